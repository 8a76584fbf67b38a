using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Organisasi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Kinerja.Web.Tests.Pages;

/// <summary>Every interface text written in Indonesian on a page has its English in the resources.</summary>
[Collection("web")]
public partial class TranslationTests(TestApps apps)
{
    [GeneratedRegex("""L\["(?<key>[^"]+)"\]""")]
    private static partial Regex LocalizedKey();

    [Fact]
    public void EveryPageText_AndEveryRoleAndUnitKindLabel_HasAnEnglishTranslation()
    {
        var features = Path.Combine(RepoRoot(), "src", "Kinerja.Web", "Features");
        var keys = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => LocalizedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Concat(Enum.GetValues<SopRole>().Select(r => r.Label()))
            .Concat(Enum.GetValues<UnitKind>().Select(k => k.Label()))
            .Concat(Kinerja.Web.Features.Perencanaan.PlanLabels.All())
            .Distinct().ToList();
        keys.Count.ShouldBeGreaterThan(80);

        var localizer = apps[DatabaseProvider.Sqlite].Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var missing = keys.Where(k => localizer[k].ResourceNotFound).ToList();
            missing.ShouldBeEmpty("add these to src/Kinerja.Web/Resources/en.tsv and run build-resx.py");
            localizer["Keluar"].Value.ShouldBe("Log out");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
