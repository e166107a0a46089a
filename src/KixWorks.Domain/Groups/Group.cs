using KixWorks.Domain.Common;

namespace KixWorks.Domain.Groups;

/// <summary>A cohort in one gemeente. Trainers, kick-off and module plan come with later features.</summary>
public sealed class Group : ITenantOwned, IVersioned
{
    private Group() { }

    public Guid Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public int Version { get; set; }

    public static Group Plan(string name, DateOnly startDate, DateOnly? endDate)
    {
        var group = new Group { Id = Guid.CreateVersion7() };
        group.Reschedule(name, startDate, endDate);
        return group;
    }

    public void Reschedule(string name, DateOnly startDate, DateOnly? endDate)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Vul de naam van de groep in.");
        if (endDate is not null && endDate < startDate) throw new DomainException("De einddatum ligt vóór de startdatum.");
        Name = name.Trim();
        StartDate = startDate;
        EndDate = endDate;
    }
}
