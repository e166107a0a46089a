namespace KixWorks.Domain.Intakes;

public enum BarrierKind { Childcare, Mobility, Language, Health, Debts, Housing, ResidenceProcedure, DigitalSkills, Other }

/// <summary>Something that stands in the way of work or school, and what will be done about it.</summary>
public sealed record IntakeBarrier(BarrierKind Kind, string? Note, string Action);
