using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kinerja.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Entity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    Alasan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pemda",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    EfisienAbove = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    TidakEfisienBelow = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pemda", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HariLiburPemda",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HariLiburPemda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HariLiburPemda_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KalenderPemda",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KalenderPemda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KalenderPemda_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PerangkatDaerah",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReadsAcrossPemda = table.Column<bool>(type: "boolean", nullable: false),
                    ValidasiKasi = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerangkatDaerah", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerangkatDaerah_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PredikatPemda",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Lower = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Upper = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Colour = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PredikatPemda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PredikatPemda_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JamKerjaPemda",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KalenderPemdaId = table.Column<int>(type: "integer", nullable: false),
                    Hari = table.Column<int>(type: "integer", nullable: false),
                    Mulai = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Selesai = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JamKerjaPemda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JamKerjaPemda_KalenderPemda_KalenderPemdaId",
                        column: x => x.KalenderPemdaId,
                        principalTable: "KalenderPemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: true),
                    PreferredLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PengumpulanData",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: true),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Triwulan = table.Column<int>(type: "integer", nullable: false),
                    DibukaUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BatasWaktuUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ValidasiKasi = table.Column<bool>(type: "boolean", nullable: false),
                    DibukaOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DikunciUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PengumpulanData", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PengumpulanData_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PengumpulanData_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Renstra",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TahunAwal = table.Column<int>(type: "integer", nullable: false),
                    TahunAkhir = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Renstra", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Renstra_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SopDokumen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RevisiTerakhir = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopDokumen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SopDokumen_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuratNomorUrut",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Terakhir = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratNomorUrut", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratNomorUrut_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuratTemplate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Docx = table.Column<byte[]>(type: "bytea", nullable: true),
                    NamaFile = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    FormatNomor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DiunggahOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DiunggahUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratTemplate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratTemplate_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitKerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitKerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitKerja_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitKerja_UnitKerja_ParentId",
                        column: x => x.ParentId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuratPengumpulan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PengumpulanDataId = table.Column<int>(type: "integer", nullable: false),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Perihal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Isi = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Nomor = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    NomorUrut = table.Column<int>(type: "integer", nullable: true),
                    NomorTahun = table.Column<int>(type: "integer", nullable: true),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: true),
                    DitandatanganiOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DokumenFinal = table.Column<byte[]>(type: "bytea", nullable: true),
                    DibuatOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratPengumpulan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratPengumpulan_PengumpulanData_PengumpulanDataId",
                        column: x => x.PengumpulanDataId,
                        principalTable: "PengumpulanData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuratPengumpulan_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tujuan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RenstraId = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Uraian = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tujuan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tujuan_Renstra_RenstraId",
                        column: x => x.RenstraId,
                        principalTable: "Renstra",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SopInstance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    SopDokumenId = table.Column<int>(type: "integer", nullable: false),
                    Revisi = table.Column<int>(type: "integer", nullable: false),
                    NamaSop = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PengumpulanDataId = table.Column<int>(type: "integer", nullable: false),
                    MulaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SelesaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DimulaiOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopInstance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SopInstance_PengumpulanData_PengumpulanDataId",
                        column: x => x.PengumpulanDataId,
                        principalTable: "PengumpulanData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SopInstance_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SopInstance_SopDokumen_SopDokumenId",
                        column: x => x.SopDokumenId,
                        principalTable: "SopDokumen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SopRevisi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SopDokumenId = table.Column<int>(type: "integer", nullable: false),
                    Revisi = table.Column<int>(type: "integer", nullable: false),
                    Yaml = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Nomor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TanggalEfektif = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopRevisi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SopRevisi_SopDokumen_SopDokumenId",
                        column: x => x.SopDokumenId,
                        principalTable: "SopDokumen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FormatDataKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PengumpulanDataId = table.Column<int>(type: "integer", nullable: false),
                    UnitKerjaId = table.Column<int>(type: "integer", nullable: true),
                    SumberOpdId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DiajukanOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DiajukanUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DiisiPerencanaan = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormatDataKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormatDataKinerja_PengumpulanData_PengumpulanDataId",
                        column: x => x.PengumpulanDataId,
                        principalTable: "PengumpulanData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FormatDataKinerja_PerangkatDaerah_SumberOpdId",
                        column: x => x.SumberOpdId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FormatDataKinerja_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Jabatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemdaId = table.Column<int>(type: "integer", nullable: false),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: true),
                    UnitKerjaId = table.Column<int>(type: "integer", nullable: true),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jabatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Jabatan_Pemda_PemdaId",
                        column: x => x.PemdaId,
                        principalTable: "Pemda",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Jabatan_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Jabatan_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuratPenerima",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SuratPengumpulanId = table.Column<int>(type: "integer", nullable: false),
                    UnitKerjaId = table.Column<int>(type: "integer", nullable: false),
                    DiterimaUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DibacaOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DibacaUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratPenerima", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratPenerima_SuratPengumpulan_SuratPengumpulanId",
                        column: x => x.SuratPengumpulanId,
                        principalTable: "SuratPengumpulan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuratPenerima_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SuratRiwayat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SuratPengumpulanId = table.Column<int>(type: "integer", nullable: false),
                    Aksi = table.Column<int>(type: "integer", nullable: false),
                    DariStatus = table.Column<int>(type: "integer", nullable: false),
                    KeStatus = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NamaLengkap = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratRiwayat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratRiwayat_SuratPengumpulan_SuratPengumpulanId",
                        column: x => x.SuratPengumpulanId,
                        principalTable: "SuratPengumpulan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sasaran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TujuanId = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Uraian = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sasaran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sasaran_Tujuan_TujuanId",
                        column: x => x.TujuanId,
                        principalTable: "Tujuan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SopInstanceStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SopInstanceId = table.Column<int>(type: "integer", nullable: false),
                    StepNo = table.Column<int>(type: "integer", nullable: false),
                    Putaran = table.Column<int>(type: "integer", nullable: false),
                    Kegiatan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WaktuAmount = table.Column<int>(type: "integer", nullable: false),
                    WaktuUnit = table.Column<int>(type: "integer", nullable: false),
                    MulaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    JatuhTempoUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SelesaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelesaiOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Keputusan = table.Column<int>(type: "integer", nullable: true),
                    OutputNama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OutputTautan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopInstanceStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SopInstanceStep_SopInstance_SopInstanceId",
                        column: x => x.SopInstanceId,
                        principalTable: "SopInstance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FormRiwayat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FormatDataKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    Aksi = table.Column<int>(type: "integer", nullable: false),
                    DariStatus = table.Column<int>(type: "integer", nullable: false),
                    KeStatus = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormRiwayat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormRiwayat_FormatDataKinerja_FormatDataKinerjaId",
                        column: x => x.FormatDataKinerjaId,
                        principalTable: "FormatDataKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JabatanAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    JabatanId = table.Column<int>(type: "integer", nullable: false),
                    IsPlt = table.Column<bool>(type: "boolean", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JabatanAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JabatanAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JabatanAssignments_Jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "Jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerjanjianKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    JabatanId = table.Column<int>(type: "integer", nullable: false),
                    AtasanJabatanId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Revisi = table.Column<int>(type: "integer", nullable: false),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedByUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerjanjianKinerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerja_Jabatan_AtasanJabatanId",
                        column: x => x.AtasanJabatanId,
                        principalTable: "Jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerja_Jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "Jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerja_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerja_PerjanjianKinerja_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "PerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgramKegiatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerangkatDaerahId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SasaranId = table.Column<int>(type: "integer", nullable: true),
                    UnitKerjaId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramKegiatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramKegiatan_PerangkatDaerah_PerangkatDaerahId",
                        column: x => x.PerangkatDaerahId,
                        principalTable: "PerangkatDaerah",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgramKegiatan_ProgramKegiatan_ParentId",
                        column: x => x.ParentId,
                        principalTable: "ProgramKegiatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgramKegiatan_Sasaran_SasaranId",
                        column: x => x.SasaranId,
                        principalTable: "Sasaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgramKegiatan_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Disposisi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SopInstanceId = table.Column<int>(type: "integer", nullable: false),
                    SopInstanceStepId = table.Column<int>(type: "integer", nullable: false),
                    DariUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DariNama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DariJabatan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    KepadaUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    KepadaNama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    KepadaJabatan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Instruksi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Lampiran = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TanggalUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    JenisParaf = table.Column<int>(type: "integer", nullable: true),
                    ParafOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ParafUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disposisi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disposisi_SopInstanceStep_SopInstanceStepId",
                        column: x => x.SopInstanceStepId,
                        principalTable: "SopInstanceStep",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Disposisi_SopInstance_SopInstanceId",
                        column: x => x.SopInstanceId,
                        principalTable: "SopInstance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SopStepKelengkapan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SopInstanceStepId = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Ada = table.Column<bool>(type: "boolean", nullable: false),
                    DokumenNama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Tautan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DicentangOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DicentangUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopStepKelengkapan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SopStepKelengkapan_SopInstanceStep_SopInstanceStepId",
                        column: x => x.SopInstanceStepId,
                        principalTable: "SopInstanceStep",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SopStepPetugas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SopInstanceStepId = table.Column<int>(type: "integer", nullable: false),
                    PelaksanaId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PelaksanaJudul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    JabatanId = table.Column<int>(type: "integer", nullable: false),
                    JabatanNama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NamaLengkap = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IsPlt = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopStepPetugas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SopStepPetugas_SopInstanceStep_SopInstanceStepId",
                        column: x => x.SopInstanceStepId,
                        principalTable: "SopInstanceStep",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FormAnggaran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FormatDataKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    ProgramKegiatanId = table.Column<int>(type: "integer", nullable: false),
                    Pagu = table.Column<long>(type: "bigint", nullable: false),
                    Realisasi = table.Column<long>(type: "bigint", nullable: true),
                    CatatanValidasi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormAnggaran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormAnggaran_FormatDataKinerja_FormatDataKinerjaId",
                        column: x => x.FormatDataKinerjaId,
                        principalTable: "FormatDataKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FormAnggaran_ProgramKegiatan_ProgramKegiatanId",
                        column: x => x.ProgramKegiatanId,
                        principalTable: "ProgramKegiatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indikator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SasaranId = table.Column<int>(type: "integer", nullable: true),
                    ProgramKegiatanId = table.Column<int>(type: "integer", nullable: true),
                    Kode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DefinisiOperasional = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Formula = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Satuan = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Polarity = table.Column<int>(type: "integer", nullable: false),
                    NegativeFormula = table.Column<int>(type: "integer", nullable: true),
                    RollUp = table.Column<int>(type: "integer", nullable: false),
                    NegativeResult = table.Column<int>(type: "integer", nullable: false),
                    Decimals = table.Column<int>(type: "integer", nullable: false),
                    SumberData = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsIku = table.Column<bool>(type: "boolean", nullable: false),
                    KondisiAwal = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    TargetAkhir = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    CapaianCap = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    AllowsAbove100 = table.Column<bool>(type: "boolean", nullable: false),
                    BuktiWajib = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indikator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indikator_ProgramKegiatan_ProgramKegiatanId",
                        column: x => x.ProgramKegiatanId,
                        principalTable: "ProgramKegiatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Indikator_Sasaran_SasaranId",
                        column: x => x.SasaranId,
                        principalTable: "Sasaran",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pagu",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramKegiatanId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Jumlah = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pagu", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pagu_ProgramKegiatan_ProgramKegiatanId",
                        column: x => x.ProgramKegiatanId,
                        principalTable: "ProgramKegiatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FormIndikator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FormatDataKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    IndikatorId = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    TargetAtas = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Realisasi = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    FaktorPendukung = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FaktorPenghambat = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TindakLanjut = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Penjelasan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CatatanValidasi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormIndikator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormIndikator_FormatDataKinerja_FormatDataKinerjaId",
                        column: x => x.FormatDataKinerjaId,
                        principalTable: "FormatDataKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FormIndikator_Indikator_IndikatorId",
                        column: x => x.IndikatorId,
                        principalTable: "Indikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndikatorId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    NilaiAtas = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorTargets_Indikator_IndikatorId",
                        column: x => x.IndikatorId,
                        principalTable: "Indikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorUnits",
                columns: table => new
                {
                    IndikatorId = table.Column<int>(type: "integer", nullable: false),
                    UnitKerjaId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorUnits", x => new { x.IndikatorId, x.UnitKerjaId });
                    table.ForeignKey(
                        name: "FK_IndikatorUnits_Indikator_IndikatorId",
                        column: x => x.IndikatorId,
                        principalTable: "Indikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndikatorUnits_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerjanjianKinerjaIndikator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerjanjianKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    IndikatorId = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    SupportsId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerjanjianKinerjaIndikator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerjaIndikator_Indikator_IndikatorId",
                        column: x => x.IndikatorId,
                        principalTable: "Indikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerjaIndikator_PerjanjianKinerjaIndikator_Suppo~",
                        column: x => x.SupportsId,
                        principalTable: "PerjanjianKinerjaIndikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerjanjianKinerjaIndikator_PerjanjianKinerja_PerjanjianKine~",
                        column: x => x.PerjanjianKinerjaId,
                        principalTable: "PerjanjianKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuktiDukung",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FormIndikatorId = table.Column<int>(type: "integer", nullable: false),
                    NamaFile = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    JenisKonten = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DiunggahOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DiunggahUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiDukung", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiDukung_FormIndikator_FormIndikatorId",
                        column: x => x.FormIndikatorId,
                        principalTable: "FormIndikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RencanaAksi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PerjanjianKinerjaIndikatorId = table.Column<int>(type: "integer", nullable: false),
                    TargetTw1 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    TargetTw2 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    TargetTw3 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    TargetTw4 = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Aksi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Anggaran = table.Column<long>(type: "bigint", nullable: true),
                    PenanggungJawab = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    MismatchConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RencanaAksi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RencanaAksi_PerjanjianKinerjaIndikator_PerjanjianKinerjaInd~",
                        column: x => x.PerjanjianKinerjaIndikatorId,
                        principalTable: "PerjanjianKinerjaIndikator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PemdaId",
                table: "AspNetUsers",
                column: "PemdaId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PerangkatDaerahId",
                table: "AspNetUsers",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Entity_EntityKey",
                table: "AuditEntries",
                columns: new[] { "Entity", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiDukung_FormIndikatorId",
                table: "BuktiDukung",
                column: "FormIndikatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Disposisi_KepadaUserId",
                table: "Disposisi",
                column: "KepadaUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Disposisi_SopInstanceId",
                table: "Disposisi",
                column: "SopInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Disposisi_SopInstanceStepId",
                table: "Disposisi",
                column: "SopInstanceStepId");

            migrationBuilder.CreateIndex(
                name: "IX_FormAnggaran_FormatDataKinerjaId_ProgramKegiatanId",
                table: "FormAnggaran",
                columns: new[] { "FormatDataKinerjaId", "ProgramKegiatanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormAnggaran_ProgramKegiatanId",
                table: "FormAnggaran",
                column: "ProgramKegiatanId");

            migrationBuilder.CreateIndex(
                name: "IX_FormatDataKinerja_PengumpulanDataId_UnitKerjaId_SumberOpdId",
                table: "FormatDataKinerja",
                columns: new[] { "PengumpulanDataId", "UnitKerjaId", "SumberOpdId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormatDataKinerja_Status",
                table: "FormatDataKinerja",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FormatDataKinerja_SumberOpdId",
                table: "FormatDataKinerja",
                column: "SumberOpdId");

            migrationBuilder.CreateIndex(
                name: "IX_FormatDataKinerja_UnitKerjaId",
                table: "FormatDataKinerja",
                column: "UnitKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_FormIndikator_FormatDataKinerjaId_IndikatorId",
                table: "FormIndikator",
                columns: new[] { "FormatDataKinerjaId", "IndikatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FormIndikator_IndikatorId",
                table: "FormIndikator",
                column: "IndikatorId");

            migrationBuilder.CreateIndex(
                name: "IX_FormRiwayat_FormatDataKinerjaId",
                table: "FormRiwayat",
                column: "FormatDataKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_HariLiburPemda_PemdaId_Tanggal",
                table: "HariLiburPemda",
                columns: new[] { "PemdaId", "Tanggal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indikator_ProgramKegiatanId",
                table: "Indikator",
                column: "ProgramKegiatanId");

            migrationBuilder.CreateIndex(
                name: "IX_Indikator_SasaranId",
                table: "Indikator",
                column: "SasaranId");

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorTargets_IndikatorId_Tahun",
                table: "IndikatorTargets",
                columns: new[] { "IndikatorId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorUnits_UnitKerjaId",
                table: "IndikatorUnits",
                column: "UnitKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_PemdaId_Kode",
                table: "Jabatan",
                columns: new[] { "PemdaId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_PerangkatDaerahId",
                table: "Jabatan",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_UnitKerjaId",
                table: "Jabatan",
                column: "UnitKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_JabatanAssignments_JabatanId",
                table: "JabatanAssignments",
                column: "JabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_JabatanAssignments_UserId",
                table: "JabatanAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_JamKerjaPemda_KalenderPemdaId_Hari",
                table: "JamKerjaPemda",
                columns: new[] { "KalenderPemdaId", "Hari" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KalenderPemda_PemdaId",
                table: "KalenderPemda",
                column: "PemdaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pagu_ProgramKegiatanId_Tahun",
                table: "Pagu",
                columns: new[] { "ProgramKegiatanId", "Tahun" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pemda_Kode",
                table: "Pemda",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PengumpulanData_PemdaId_PerangkatDaerahId_Tahun_Triwulan",
                table: "PengumpulanData",
                columns: new[] { "PemdaId", "PerangkatDaerahId", "Tahun", "Triwulan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PengumpulanData_PerangkatDaerahId",
                table: "PengumpulanData",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "IX_PerangkatDaerah_PemdaId_Kode",
                table: "PerangkatDaerah",
                columns: new[] { "PemdaId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerja_AtasanJabatanId",
                table: "PerjanjianKinerja",
                column: "AtasanJabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerja_JabatanId_Tahun_Revisi",
                table: "PerjanjianKinerja",
                columns: new[] { "JabatanId", "Tahun", "Revisi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerja_PerangkatDaerahId",
                table: "PerjanjianKinerja",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerja_PreviousId",
                table: "PerjanjianKinerja",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerjaIndikator_IndikatorId",
                table: "PerjanjianKinerjaIndikator",
                column: "IndikatorId");

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerjaIndikator_PerjanjianKinerjaId_IndikatorId",
                table: "PerjanjianKinerjaIndikator",
                columns: new[] { "PerjanjianKinerjaId", "IndikatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerjanjianKinerjaIndikator_SupportsId",
                table: "PerjanjianKinerjaIndikator",
                column: "SupportsId");

            migrationBuilder.CreateIndex(
                name: "IX_PredikatPemda_PemdaId_Urutan",
                table: "PredikatPemda",
                columns: new[] { "PemdaId", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramKegiatan_ParentId",
                table: "ProgramKegiatan",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramKegiatan_PerangkatDaerahId_Kode",
                table: "ProgramKegiatan",
                columns: new[] { "PerangkatDaerahId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramKegiatan_SasaranId",
                table: "ProgramKegiatan",
                column: "SasaranId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramKegiatan_UnitKerjaId",
                table: "ProgramKegiatan",
                column: "UnitKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_RencanaAksi_PerjanjianKinerjaIndikatorId",
                table: "RencanaAksi",
                column: "PerjanjianKinerjaIndikatorId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Renstra_PerangkatDaerahId_TahunAwal",
                table: "Renstra",
                columns: new[] { "PerangkatDaerahId", "TahunAwal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sasaran_TujuanId_Kode",
                table: "Sasaran",
                columns: new[] { "TujuanId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SopDokumen_PerangkatDaerahId",
                table: "SopDokumen",
                column: "PerangkatDaerahId");

            migrationBuilder.CreateIndex(
                name: "IX_SopInstance_PengumpulanDataId",
                table: "SopInstance",
                column: "PengumpulanDataId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SopInstance_PerangkatDaerahId_SopDokumenId",
                table: "SopInstance",
                columns: new[] { "PerangkatDaerahId", "SopDokumenId" });

            migrationBuilder.CreateIndex(
                name: "IX_SopInstance_SopDokumenId",
                table: "SopInstance",
                column: "SopDokumenId");

            migrationBuilder.CreateIndex(
                name: "IX_SopInstanceStep_SopInstanceId_StepNo_Putaran",
                table: "SopInstanceStep",
                columns: new[] { "SopInstanceId", "StepNo", "Putaran" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SopRevisi_SopDokumenId_Revisi",
                table: "SopRevisi",
                columns: new[] { "SopDokumenId", "Revisi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SopStepKelengkapan_SopInstanceStepId",
                table: "SopStepKelengkapan",
                column: "SopInstanceStepId");

            migrationBuilder.CreateIndex(
                name: "IX_SopStepPetugas_SopInstanceStepId",
                table: "SopStepPetugas",
                column: "SopInstanceStepId");

            migrationBuilder.CreateIndex(
                name: "IX_SopStepPetugas_UserId",
                table: "SopStepPetugas",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SuratNomorUrut_PerangkatDaerahId_Tahun_Jenis",
                table: "SuratNomorUrut",
                columns: new[] { "PerangkatDaerahId", "Tahun", "Jenis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuratPenerima_SuratPengumpulanId_UnitKerjaId",
                table: "SuratPenerima",
                columns: new[] { "SuratPengumpulanId", "UnitKerjaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuratPenerima_UnitKerjaId",
                table: "SuratPenerima",
                column: "UnitKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_SuratPengumpulan_Nomor",
                table: "SuratPengumpulan",
                columns: new[] { "PerangkatDaerahId", "NomorTahun", "Jenis", "NomorUrut" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuratPengumpulan_PengumpulanDataId_Jenis",
                table: "SuratPengumpulan",
                columns: new[] { "PengumpulanDataId", "Jenis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuratPengumpulan_Status",
                table: "SuratPengumpulan",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SuratRiwayat_SuratPengumpulanId",
                table: "SuratRiwayat",
                column: "SuratPengumpulanId");

            migrationBuilder.CreateIndex(
                name: "IX_SuratTemplate_PerangkatDaerahId_Jenis",
                table: "SuratTemplate",
                columns: new[] { "PerangkatDaerahId", "Jenis" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tujuan_RenstraId_Kode",
                table: "Tujuan",
                columns: new[] { "RenstraId", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitKerja_ParentId",
                table: "UnitKerja",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitKerja_Path",
                table: "UnitKerja",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_UnitKerja_PerangkatDaerahId_Kode",
                table: "UnitKerja",
                columns: new[] { "PerangkatDaerahId", "Kode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BuktiDukung");

            migrationBuilder.DropTable(
                name: "Disposisi");

            migrationBuilder.DropTable(
                name: "FormAnggaran");

            migrationBuilder.DropTable(
                name: "FormRiwayat");

            migrationBuilder.DropTable(
                name: "HariLiburPemda");

            migrationBuilder.DropTable(
                name: "IndikatorTargets");

            migrationBuilder.DropTable(
                name: "IndikatorUnits");

            migrationBuilder.DropTable(
                name: "JabatanAssignments");

            migrationBuilder.DropTable(
                name: "JamKerjaPemda");

            migrationBuilder.DropTable(
                name: "Pagu");

            migrationBuilder.DropTable(
                name: "PredikatPemda");

            migrationBuilder.DropTable(
                name: "RencanaAksi");

            migrationBuilder.DropTable(
                name: "SopRevisi");

            migrationBuilder.DropTable(
                name: "SopStepKelengkapan");

            migrationBuilder.DropTable(
                name: "SopStepPetugas");

            migrationBuilder.DropTable(
                name: "SuratNomorUrut");

            migrationBuilder.DropTable(
                name: "SuratPenerima");

            migrationBuilder.DropTable(
                name: "SuratRiwayat");

            migrationBuilder.DropTable(
                name: "SuratTemplate");

            migrationBuilder.DropTable(
                name: "FormIndikator");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "KalenderPemda");

            migrationBuilder.DropTable(
                name: "PerjanjianKinerjaIndikator");

            migrationBuilder.DropTable(
                name: "SopInstanceStep");

            migrationBuilder.DropTable(
                name: "SuratPengumpulan");

            migrationBuilder.DropTable(
                name: "FormatDataKinerja");

            migrationBuilder.DropTable(
                name: "Indikator");

            migrationBuilder.DropTable(
                name: "PerjanjianKinerja");

            migrationBuilder.DropTable(
                name: "SopInstance");

            migrationBuilder.DropTable(
                name: "ProgramKegiatan");

            migrationBuilder.DropTable(
                name: "Jabatan");

            migrationBuilder.DropTable(
                name: "PengumpulanData");

            migrationBuilder.DropTable(
                name: "SopDokumen");

            migrationBuilder.DropTable(
                name: "Sasaran");

            migrationBuilder.DropTable(
                name: "UnitKerja");

            migrationBuilder.DropTable(
                name: "Tujuan");

            migrationBuilder.DropTable(
                name: "Renstra");

            migrationBuilder.DropTable(
                name: "PerangkatDaerah");

            migrationBuilder.DropTable(
                name: "Pemda");
        }
    }
}
