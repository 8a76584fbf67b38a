-- Kinerja schema 0007 (Sqlite): the round's letters (SK Pengumpulan Data Kinerja, Surat Pemberitahuan) with their chain history,
-- recipients with read receipts, the per-OPD number sequences and the OPDs' own DOCX templates.

CREATE TABLE "SuratNomorUrut" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SuratNomorUrut" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Jenis" INTEGER NOT NULL,
    "Terakhir" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SuratNomorUrut_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SuratTemplate" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SuratTemplate" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "Jenis" INTEGER NOT NULL,
    "Docx" BLOB NULL,
    "NamaFile" TEXT NULL,
    "FormatNomor" TEXT NULL,
    "DiunggahOleh" TEXT NOT NULL,
    "DiunggahUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SuratTemplate_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SuratPengumpulan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SuratPengumpulan" PRIMARY KEY AUTOINCREMENT,
    "PengumpulanDataId" INTEGER NOT NULL,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "Jenis" INTEGER NOT NULL,
    "Status" INTEGER NOT NULL,
    "Perihal" TEXT NOT NULL,
    "Isi" TEXT NULL,
    "Catatan" TEXT NULL,
    "Nomor" TEXT NULL,
    "NomorUrut" INTEGER NULL,
    "NomorTahun" INTEGER NULL,
    "Tanggal" TEXT NULL,
    "DitandatanganiOleh" TEXT NULL,
    "DokumenFinal" BLOB NULL,
    "DibuatOleh" TEXT NOT NULL,
    "DibuatUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SuratPengumpulan_PengumpulanData_PengumpulanDataId" FOREIGN KEY ("PengumpulanDataId") REFERENCES "PengumpulanData" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SuratPengumpulan_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SuratPenerima" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SuratPenerima" PRIMARY KEY AUTOINCREMENT,
    "SuratPengumpulanId" INTEGER NOT NULL,
    "UnitKerjaId" INTEGER NOT NULL,
    "DiterimaUtc" TEXT NULL,
    "DibacaOleh" TEXT NULL,
    "DibacaUtc" TEXT NULL,
    CONSTRAINT "FK_SuratPenerima_SuratPengumpulan_SuratPengumpulanId" FOREIGN KEY ("SuratPengumpulanId") REFERENCES "SuratPengumpulan" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SuratPenerima_UnitKerja_UnitKerjaId" FOREIGN KEY ("UnitKerjaId") REFERENCES "UnitKerja" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SuratRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SuratRiwayat" PRIMARY KEY AUTOINCREMENT,
    "SuratPengumpulanId" INTEGER NOT NULL,
    "Aksi" INTEGER NOT NULL,
    "DariStatus" INTEGER NOT NULL,
    "KeStatus" INTEGER NOT NULL,
    "UserName" TEXT NOT NULL,
    "NamaLengkap" TEXT NULL,
    "AtUtc" TEXT NOT NULL,
    "Catatan" TEXT NULL,
    CONSTRAINT "FK_SuratRiwayat_SuratPengumpulan_SuratPengumpulanId" FOREIGN KEY ("SuratPengumpulanId") REFERENCES "SuratPengumpulan" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_SuratNomorUrut_PerangkatDaerahId_Tahun_Jenis" ON "SuratNomorUrut" ("PerangkatDaerahId", "Tahun", "Jenis");

CREATE UNIQUE INDEX "IX_SuratPenerima_SuratPengumpulanId_UnitKerjaId" ON "SuratPenerima" ("SuratPengumpulanId", "UnitKerjaId");

CREATE INDEX "IX_SuratPenerima_UnitKerjaId" ON "SuratPenerima" ("UnitKerjaId");

CREATE UNIQUE INDEX "IX_SuratPengumpulan_Nomor" ON "SuratPengumpulan" ("PerangkatDaerahId", "NomorTahun", "Jenis", "NomorUrut");

CREATE UNIQUE INDEX "IX_SuratPengumpulan_PengumpulanDataId_Jenis" ON "SuratPengumpulan" ("PengumpulanDataId", "Jenis");

CREATE INDEX "IX_SuratPengumpulan_Status" ON "SuratPengumpulan" ("Status");

CREATE INDEX "IX_SuratRiwayat_SuratPengumpulanId" ON "SuratRiwayat" ("SuratPengumpulanId");

CREATE UNIQUE INDEX "IX_SuratTemplate_PerangkatDaerahId_Jenis" ON "SuratTemplate" ("PerangkatDaerahId", "Jenis");
