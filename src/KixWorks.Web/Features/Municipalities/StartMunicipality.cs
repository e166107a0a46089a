using System.ComponentModel.DataAnnotations;
using FluentValidation;
using KixWorks.Domain.Common;
using KixWorks.Domain.Municipalities;
using KixWorks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using KixWorks.Web.Features.Shared;

namespace KixWorks.Web.Features.Municipalities;

/// <summary>A programme admin starts a new gemeente (lifecycle Onboarding).</summary>
public static class StartMunicipality
{
    public sealed class Command
    {
        public string Name { get; set; } = "";
        public string CbsCode { get; set; } = "";
        [Display(Name = "Field.ProgrammeStartDate")]
        public DateOnly? ProgrammeStartDate { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vul de naam van de gemeente in.").WithErrorCode("Validation.Municipality.NameRequired")
                .MaximumLength(Limits.MunicipalityNameLength)
                .WithMessage($"De naam mag hoogstens {Limits.MunicipalityNameLength} tekens lang zijn.").WithErrorCode("Validation.Municipality.NameTooLong");
            RuleFor(c => c.CbsCode).Must(Municipality.IsValidCbsCode)
                .WithMessage("Vul de CBS-gemeentecode in: GM gevolgd door vier cijfers, bijvoorbeeld GM0606.")
                .WithErrorCode("Validation.Municipality.CbsCodeInvalid");
            RuleFor(c => c.ProgrammeStartDate).NotNull().WithMessage("Vul de startdatum van het programma in als dd-mm-jjjj.")
                .WithErrorCode("Validation.Municipality.ProgrammeStartDateRequired");
        }
    }

    public sealed class Handler(KixWorksDbContext db, IStringLocalizer<SharedResource> text)
    {
        public async Task<CommandResult> HandleAsync(Command command, CancellationToken ct)
        {
            var code = command.CbsCode.Trim().ToUpperInvariant();
            if (await db.Municipalities.AnyAsync(m => m.CbsCode == code, ct))
                return CommandResult.Refused(text["Municipalities.Error.DuplicateCbsCode"].Value, nameof(Command.CbsCode));
            try
            {
                var municipality = Municipality.Start(command.Name, code, command.ProgrammeStartDate!.Value);
                db.Municipalities.Add(municipality);
                await db.SaveChangesAsync(ct);
                return CommandResult.Done;
            }
            catch (DomainException e)
            {
                return CommandResult.Refused(e.Message);
            }
        }
    }
}
