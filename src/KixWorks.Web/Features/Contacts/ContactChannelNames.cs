using KixWorks.Domain.Participants;
using Microsoft.Extensions.Localization;

namespace KixWorks.Web.Features.Contacts;

/// <summary>The UI name of a contact channel in the user's language.</summary>
public static class ContactChannelNames
{
    public static string Display(ContactChannel channel, IStringLocalizer<SharedResource> text) => channel switch
    {
        ContactChannel.WhatsApp => text["ContactChannel.WhatsApp"],
        ContactChannel.Phone => text["ContactChannel.Phone"],
        ContactChannel.HomeVisit => text["ContactChannel.HomeVisit"],
        ContactChannel.Office => text["ContactChannel.Office"],
        _ => text["ContactChannel.Email"],
    };
}
