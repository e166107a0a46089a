using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using KixWorks.Web.Infrastructure.Localization;
using KixWorks.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;

namespace KixWorks.Web.Infrastructure.Mvc;

public static class MvcSetup
{
    public static IServiceCollection AddKixWorksMvc(this IServiceCollection services)
    {
        services
            .AddControllersWithViews(options =>
            {
                // FluentValidation owns "required", with Dutch messages; no English [Required] implied by nullability.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // Antiforgery on every non-GET request, no opt-in needed.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            // Display names are text keys (e.g. Field.DateOfBirth), so binding messages name the field in the user's language.
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddRazorOptions(options =>
            {
                // Views live next to their controller (STYLE.md): Features/<Controller>/<View>.cshtml.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            })
            // Validation runs on the server only (FluentValidation): no data-val-* attributes for a client script we do not ship.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);

        // FluentValidation runs inside MVC's model validation, into ModelState (ADR 0012). Synchronously: a validator
        // with an async rule would throw there, so rules that need I/O live in the handler.
        services.AddFluentValidationAutoValidation();
        services.AddScoped<IValidatorInterceptor, LocalisingValidatorInterceptor>();
        services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();
        RegisterByConvention(services);

        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Languages.Formatting.Name, Languages.Dutch);
            o.SupportedCultures = [Languages.Formatting];
            o.SupportedUICultures = Languages.All.Select(CultureInfo.GetCultureInfo).ToList();
            o.RequestCultureProviders = [new UserLanguageProvider()];
        });
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>One assembly scan: every FluentValidation validator and every use-case handler (a class named Handler).</summary>
    private static void RegisterByConvention(IServiceCollection services)
    {
        foreach (var type in typeof(MvcSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (type.Name == "Handler") services.AddScoped(type);
            foreach (var validatorInterface in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddScoped(validatorInterface, type);
        }
    }
}
