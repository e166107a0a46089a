using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Municipalities;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Branding;

/// <summary>A municipal manager sets their gemeente's primary colour and logo.</summary>
public static class ChangeBranding
{
    public sealed class Command
    {
        public string? PrimaryColour { get; set; }
        public IFormFile? Logo { get; set; }
        public bool RemoveLogo { get; set; }
        public int Version { get; set; }
    }

    public sealed record Form(Command Command, string MunicipalityName, bool HasLogo);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PrimaryColour).Must(c => BrandColour.IsValid(c!)).When(c => !string.IsNullOrWhiteSpace(c.PrimaryColour))
                .WithMessage("Een kleur is een # gevolgd door zes hexadecimale tekens, bijvoorbeeld #1A5F8F.")
                .WithErrorCode("Validation.Branding.PrimaryColourInvalid");
            RuleFor(c => c.Logo!.Length).LessThanOrEqualTo(Municipality.MaxLogoBytes).When(c => c.Logo is not null)
                .WithName(nameof(Command.Logo)).OverridePropertyName(nameof(Command.Logo))
                .WithMessage("Een logo is hoogstens 200 kB groot.").WithErrorCode("Validation.Branding.LogoTooLarge");
        }
    }

    public sealed class Handler(KixWorksDbContext db, IStringLocalizer<SharedResource> text)
    {
        public async Task<Form> LoadAsync(CancellationToken ct) =>
            await db.Municipalities.AsNoTracking().Where(m => m.Id == db.CurrentMunicipalityId)
                .Select(m => new Form(new Command { PrimaryColour = m.PrimaryColour, Version = m.Version }, m.Name, m.LogoContentType != null))
                .SingleAsync(ct);

        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var municipality = await db.Municipalities.SingleAsync(m => m.Id == db.CurrentMunicipalityId, ct);
            db.Entry(municipality).Property(m => m.Version).OriginalValue = command.Version;
            try
            {
                municipality.ChangePrimaryColour(command.PrimaryColour);
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message, nameof(Command.PrimaryColour));
            }
            try
            {
                if (command.RemoveLogo) municipality.ChangeLogo(null);
                else if (command.Logo is { Length: > 0 } file) municipality.ChangeLogo(await ReadAsync(file, ct));
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message, nameof(Command.Logo));
            }
            try
            {
                await db.SaveChangesAsync(ct);
                return CommandResult.Done;
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommandResult.Conflict(text["Branding.Error.Conflict"].Value);
            }
        }

        private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
        {
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
    }
}
