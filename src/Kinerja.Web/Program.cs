using Kinerja.Web.Data;
using Kinerja.Web.Data.Demo;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Organisasi.Impor;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Features.Perencanaan.Excel;
using Kinerja.Web.Features.Perencanaan.Pk;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Features.Pengumpulan.Surat;
using Kinerja.Web.Features.Pengumpulan.Kotak;
using Kinerja.Web.Features.Pengumpulan.Bukti;
using Kinerja.Web.Features.Pengumpulan.Excel;
using Kinerja.Web.Features.Pengumpulan.PemdaWide;
using Kinerja.Web.Features.Rekap;
using Kinerja.Web.Features.Sop;
using Kinerja.Web.Features.Sop.Pelaksanaan;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Features.Sop.Kalender;

var builder = WebApplication.CreateBuilder(args);
builder.AddKinerjaOptions();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Clock>();
builder.Services.AddHttpContextAccessor();

builder.AddKinerjaDatabase();
builder.AddKinerjaAuth();
builder.AddKinerjaLocalization();
builder.Services.AddScoped<DemoSeed>();
builder.Services.AddScoped<OrganisasiImport>();
builder.Services.AddRazorPages(o =>
    {
        o.RootDirectory = "/Features";
        o.Conventions.AuthorizeFolder("/");
        o.Conventions.AllowAnonymousToPage("/Akun/AksesDitolak");
        o.Conventions.AllowAnonymousToFolder(ErrorPages.Path);
    })
    .AddViewLocalization()
    .AddMvcOptions(o => IndonesianModelBinding.Apply(o.ModelBindingMessageProvider));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemDetailsMapping>();
builder.Services.AddOpenApi("v1");
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

var app = builder.Build();
await app.InitializeDatabaseAsync();

app.UseSecurityHeaders();
app.UseKinerjaErrorPages();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseSessionRevocation();
app.UseAuthorization();

app.MapOpenApi("/openapi/{documentName}.json");
app.MapHealth();
var api = app.MapGroup("/api/v1").RequireAuthorization();
api.MapAuthApi();
api.MapOrganisasiApi();
api.MapOrganisasiImportApi();
api.MapPerencanaanApi();
api.MapProgramApi();
api.MapRenstraExcelApi();
api.MapPerjanjianKinerjaApi();
api.MapSopApi();
api.MapPengumpulanApi();
api.MapFormatApi();
api.MapSuratApi();
api.MapKotakApi();
api.MapBuktiApi();
api.MapFormatExcelApi();
api.MapSopPelaksanaanApi();
api.MapPengumpulanPemdaApi();
api.MapKalenderApi();
api.MapRekapApi();
app.MapRazorPages();
app.MapPengumpulanOldUrls();
app.MapLanguageSwitch();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Kinerja berjalan di {Urls} — masuk dengan akun demo, mis. 'admin' (lihat README).",
        string.Join(", ", app.Urls)));
app.Run();

public partial class Program;
