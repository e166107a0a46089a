namespace KixWorks.Web.Infrastructure.Tenancy;

/// <summary>Runs work "inside gemeente X" outside a request (the aftercare and retention jobs): a fresh DI scope,
/// so a fresh DbContext, whose <see cref="ICurrentUser"/> is the system actor of that gemeente. The tenant filter
/// stays on, and the scope's gemeente cannot be switched; another gemeente means another RunAsync.</summary>
public sealed class TenantScope(IServiceScopeFactory scopes)
{
    public Task RunAsync(Guid municipalityId, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync<bool>(municipalityId, async (services, token) =>
        {
            await work(services, token);
            return true;
        }, ct);
    }

    public async Task<T> RunAsync<T>(Guid municipalityId, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (municipalityId == Guid.Empty) throw new ArgumentException("Een gemeente is verplicht.", nameof(municipalityId));
        ct.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem(municipalityId);
        return await work(scope.ServiceProvider, ct);
    }
}
