using System.Security.Claims;
using KixWorks.Web.Infrastructure.Authorization;

namespace KixWorks.Web.Features.Home;

public sealed record StartLink(string Title, string Description, string Controller, string Action);

public sealed record StartPage(string Heading, string RoleName, IReadOnlyList<StartLink> Links)
{
    public static StartPage For(ClaimsPrincipal user)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
        var links = new List<StartLink>();
        if (role == Roles.ProgrammeAdmin)
        {
            links.Add(new("Gemeenten", "Start een nieuwe gemeente en bekijk de fase van elke gemeente.", "Municipalities", "Index"));
            links.Add(new("Gebruikers", "Maak gebruikers aan en wijs ze toe aan gemeenten.", "Users", "Index"));
        }
        else if (user.ActiveMunicipalityId() is not null)
        {
            var participants = role == Roles.Consultant
                ? "Zoek een deelnemer, registreer een nieuwe en werk dossiers bij."
                : "Bekijk de deelnemers van uw gemeente.";
            links.Add(new("Deelnemers", participants, "Participants", "Index"));
            if (role == Roles.MunicipalManager)
                links.Add(new("Gebruikers", "Maak collega's van uw gemeente aan of zet ze op non-actief.", "Users", "Index"));
        }
        var heading = role switch
        {
            Roles.ProgrammeAdmin => "Programmabeheer",
            Roles.MunicipalManager => "Overzicht van uw gemeente",
            Roles.Consultant => "Mijn werk als consulent",
            Roles.Trainer or Roles.CoTrainer => "Mijn groepen en deelnemers",
            _ => "Welkom",
        };
        return new StartPage(heading, Roles.Dutch(role), links);
    }
}
