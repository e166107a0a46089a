using FluentValidation;
using KixWorks.Domain.Intakes;

namespace KixWorks.Web.Features.Intakes;

/// <summary>Step 4: what stands in the way. One row per kind of barrier; a ticked row needs an action or referral.</summary>
public sealed class BarriersForm : IntakeStepForm
{
    public sealed class Row
    {
        public BarrierKind Kind { get; set; }
        public bool Selected { get; set; }
        public string? Note { get; set; }
        public string? Action { get; set; }
    }

    public List<Row> Rows { get; set; } = AllRows();

    public override IntakeStep Step => IntakeStep.Barriers;

    public override void LoadFrom(Intake intake, HealthLimitations? health)
    {
        Rows = AllRows();
        foreach (var barrier in intake.Barriers)
        {
            var row = Rows.Single(r => r.Kind == barrier.Kind);
            (row.Selected, row.Note, row.Action) = (true, barrier.Note, barrier.Action);
        }
    }

    public override void ApplyTo(Intake intake, HealthLimitations? health) =>
        intake.Save(Rows.Where(r => r.Selected).Select(r => new IntakeBarrier(r.Kind, r.Note, r.Action ?? "")).ToList());

    private static List<Row> AllRows() => Enum.GetValues<BarrierKind>().Select(k => new Row { Kind = k }).ToList();

    public sealed class Validator : AbstractValidator<BarriersForm>
    {
        public Validator()
        {
            RuleFor(f => f.Rows).Must(rows => rows.Count <= Enum.GetValues<BarrierKind>().Length)
                .WithMessage("Kies belemmeringen uit de lijst.").WithErrorCode("Validation.Intake.BarrierNotInList");
            RuleForEach(f => f.Rows).ChildRules(row =>
            {
                row.RuleFor(r => r.Kind).IsInEnum().WithMessage("Kies belemmeringen uit de lijst.").WithErrorCode("Validation.Intake.BarrierNotInList");
                row.RuleFor(r => r.Note).IntakeText();
                row.RuleFor(r => r.Action).IntakeText();
                row.RuleFor(r => r.Action).NotEmpty().When(r => r.Selected)
                    .WithMessage("Vul een actie of doorverwijzing in voor deze belemmering.").WithErrorCode("Validation.Intake.BarrierActionRequired");
                row.RuleFor(r => r.Note).NotEmpty().When(r => r.Selected && r.Kind == BarrierKind.Other)
                    .WithMessage("Beschrijf de andere belemmering.").WithErrorCode("Validation.Intake.OtherBarrierNoteRequired");
            });
        }
    }
}
