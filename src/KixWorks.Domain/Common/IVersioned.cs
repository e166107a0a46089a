namespace KixWorks.Domain.Common;

/// <summary>An entity that people edit; the data layer raises <see cref="Version"/> on every update
/// and refuses an update made against an older version (optimistic concurrency).</summary>
public interface IVersioned
{
    int Version { get; set; }
}
