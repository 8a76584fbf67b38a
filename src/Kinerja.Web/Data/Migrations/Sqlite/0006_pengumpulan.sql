-- Kinerja schema 0006 (Sqlite): collection rounds, the units' data forms with their rows, evidence and chain history;
-- the OPD's optional Kepala Seksi step, evidence-required indicators, the unit reporting a sub-kegiatan, and why a change was made.

ALTER TABLE "PerangkatDaerah" ADD "ValidasiKasi" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Indikator" ADD "BuktiWajib" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ProgramKegiatan" ADD "UnitKerjaId" INTEGER NULL CONSTRAINT "FK_ProgramKegiatan_UnitKerja_UnitKerjaId" REFERENCES "UnitKerja" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_ProgramKegiatan_UnitKerjaId" ON "ProgramKegiatan" ("UnitKerjaId");

ALTER TABLE "AuditEntries" ADD "Alasan" TEXT NULL;

CREATE TABLE "PengumpulanData" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PengumpulanData" PRIMARY KEY AUTOINCREMENT,
    "PemdaId" INTEGER NOT NULL,
    "PerangkatDaerahId" INTEGER NULL,
    "Tahun" INTEGER NOT NULL,
    "Triwulan" INTEGER NOT NULL,
    "DibukaUtc" TEXT NOT NULL,
    "BatasWaktuUtc" TEXT NOT NULL,
    "ValidasiKasi" INTEGER NOT NULL,
    "DibukaOleh" TEXT NOT NULL,
    "DikunciUtc" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PengumpulanData_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PengumpulanData_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FormatDataKinerja" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FormatDataKinerja" PRIMARY KEY AUTOINCREMENT,
    "PengumpulanDataId" INTEGER NOT NULL,
    "UnitKerjaId" INTEGER NULL,
    "SumberOpdId" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "DiajukanOleh" TEXT NULL,
    "DiajukanUtc" TEXT NULL,
    "Catatan" TEXT NULL,
    "DiisiPerencanaan" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_FormatDataKinerja_PengumpulanData_PengumpulanDataId" FOREIGN KEY ("PengumpulanDataId") REFERENCES "PengumpulanData" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FormatDataKinerja_PerangkatDaerah_SumberOpdId" FOREIGN KEY ("SumberOpdId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_FormatDataKinerja_UnitKerja_UnitKerjaId" FOREIGN KEY ("UnitKerjaId") REFERENCES "UnitKerja" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FormRiwayat" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FormRiwayat" PRIMARY KEY AUTOINCREMENT,
    "FormatDataKinerjaId" INTEGER NOT NULL,
    "Aksi" INTEGER NOT NULL,
    "DariStatus" INTEGER NOT NULL,
    "KeStatus" INTEGER NOT NULL,
    "UserName" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "Catatan" TEXT NULL,
    CONSTRAINT "FK_FormRiwayat_FormatDataKinerja_FormatDataKinerjaId" FOREIGN KEY ("FormatDataKinerjaId") REFERENCES "FormatDataKinerja" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FormAnggaran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FormAnggaran" PRIMARY KEY AUTOINCREMENT,
    "FormatDataKinerjaId" INTEGER NOT NULL,
    "ProgramKegiatanId" INTEGER NOT NULL,
    "Pagu" INTEGER NOT NULL,
    "Realisasi" INTEGER NULL,
    "CatatanValidasi" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_FormAnggaran_FormatDataKinerja_FormatDataKinerjaId" FOREIGN KEY ("FormatDataKinerjaId") REFERENCES "FormatDataKinerja" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FormAnggaran_ProgramKegiatan_ProgramKegiatanId" FOREIGN KEY ("ProgramKegiatanId") REFERENCES "ProgramKegiatan" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "FormIndikator" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FormIndikator" PRIMARY KEY AUTOINCREMENT,
    "FormatDataKinerjaId" INTEGER NOT NULL,
    "IndikatorId" INTEGER NOT NULL,
    "Target" TEXT NULL,
    "TargetAtas" TEXT NULL,
    "Realisasi" TEXT NULL,
    "FaktorPendukung" TEXT NULL,
    "FaktorPenghambat" TEXT NULL,
    "TindakLanjut" TEXT NULL,
    "Penjelasan" TEXT NULL,
    "CatatanValidasi" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_FormIndikator_FormatDataKinerja_FormatDataKinerjaId" FOREIGN KEY ("FormatDataKinerjaId") REFERENCES "FormatDataKinerja" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_FormIndikator_Indikator_IndikatorId" FOREIGN KEY ("IndikatorId") REFERENCES "Indikator" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "BuktiDukung" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BuktiDukung" PRIMARY KEY AUTOINCREMENT,
    "FormIndikatorId" INTEGER NOT NULL,
    "NamaFile" TEXT NOT NULL,
    "JenisKonten" TEXT NOT NULL,
    "Ukuran" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "DiunggahOleh" TEXT NOT NULL,
    "DiunggahUtc" TEXT NOT NULL,
    CONSTRAINT "FK_BuktiDukung_FormIndikator_FormIndikatorId" FOREIGN KEY ("FormIndikatorId") REFERENCES "FormIndikator" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_BuktiDukung_FormIndikatorId" ON "BuktiDukung" ("FormIndikatorId");

CREATE UNIQUE INDEX "IX_FormAnggaran_FormatDataKinerjaId_ProgramKegiatanId" ON "FormAnggaran" ("FormatDataKinerjaId", "ProgramKegiatanId");

CREATE INDEX "IX_FormAnggaran_ProgramKegiatanId" ON "FormAnggaran" ("ProgramKegiatanId");

CREATE UNIQUE INDEX "IX_FormatDataKinerja_PengumpulanDataId_UnitKerjaId_SumberOpdId" ON "FormatDataKinerja" ("PengumpulanDataId", "UnitKerjaId", "SumberOpdId");

CREATE INDEX "IX_FormatDataKinerja_Status" ON "FormatDataKinerja" ("Status");

CREATE INDEX "IX_FormatDataKinerja_SumberOpdId" ON "FormatDataKinerja" ("SumberOpdId");

CREATE INDEX "IX_FormatDataKinerja_UnitKerjaId" ON "FormatDataKinerja" ("UnitKerjaId");

CREATE UNIQUE INDEX "IX_FormIndikator_FormatDataKinerjaId_IndikatorId" ON "FormIndikator" ("FormatDataKinerjaId", "IndikatorId");

CREATE INDEX "IX_FormIndikator_IndikatorId" ON "FormIndikator" ("IndikatorId");

CREATE INDEX "IX_FormRiwayat_FormatDataKinerjaId" ON "FormRiwayat" ("FormatDataKinerjaId");

CREATE UNIQUE INDEX "IX_PengumpulanData_PemdaId_PerangkatDaerahId_Tahun_Triwulan" ON "PengumpulanData" ("PemdaId", "PerangkatDaerahId", "Tahun", "Triwulan");

CREATE INDEX "IX_PengumpulanData_PerangkatDaerahId" ON "PengumpulanData" ("PerangkatDaerahId");
