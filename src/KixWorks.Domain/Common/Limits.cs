namespace KixWorks.Domain.Common;

/// <summary>Field lengths shared by the EF mapping and the validators.</summary>
public static class Limits
{
    public const int NameLength = 100;
    public const int NamePrefixLength = 20;
    public const int PhoneLength = 20;
    public const int EmailLength = 254;
    public const int ReasonLength = 500;
    public const int MunicipalityNameLength = 100;
    public const int CbsCodeLength = 6;
    public const int GroupNameLength = 100;
    public const int LanguageCodeLength = 10;
    public const int StreetLength = 100;
    public const int HouseNumberAdditionLength = 6;
    /// <summary>"1234 AB".</summary>
    public const int PostcodeLength = 7;
    public const int CityLength = 80;
    public const int ClientNumberLength = 30;
    /// <summary>Length over composition (NIST SP 800-63B); the maximum only stops absurd input.</summary>
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 256;
}
