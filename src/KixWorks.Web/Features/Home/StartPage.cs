using System.Security.Claims;
using KixWorks.Web.Features.Shared;
using KixWorks.Web.Infrastructure.Authorization;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Home;

public sealed record StartLink(string Title, string Description, string Controller, string Action);

public sealed record StartPage(string Heading, string RoleName, IReadOnlyList<StartLink> Links)
{
    public static StartPage For(ClaimsPrincipal user, IStringLocalizer<SharedResource> text)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
        var links = new List<StartLink>();
        if (role == Roles.ProgrammeAdmin)
        {
            links.Add(new(text["Home.Link.Municipalities"], text["Home.Link.MunicipalitiesAdmin"], "Municipalities", "Index"));
            links.Add(new(text["Home.Link.Users"], text["Home.Link.UsersAdmin"], "Users", "Index"));
        }
        else if (user.ActiveMunicipalityId() is not null)
        {
            var participants = role == Roles.Consultant
                ? text["Home.Link.ParticipantsConsultant"]
                : text["Home.Link.ParticipantsOther"];
            links.Add(new(text["Home.Link.Participants"], participants, "Participants", "Index"));
            if (role == Roles.MunicipalManager)
                links.Add(new(text["Home.Link.Users"], text["Home.Link.UsersManager"], "Users", "Index"));
        }
        var heading = role switch
        {
            Roles.ProgrammeAdmin => text["Home.Heading.ProgrammeAdmin"],
            Roles.MunicipalManager => text["Home.Heading.MunicipalManager"],
            Roles.Consultant => text["Home.Heading.Consultant"],
            Roles.Trainer or Roles.CoTrainer => text["Home.Heading.Trainer"],
            _ => text["Home.Heading.Other"],
        };
        return new StartPage(heading, RoleNames.Display(role, text), links);
    }
}
