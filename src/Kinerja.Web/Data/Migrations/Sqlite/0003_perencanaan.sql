-- Kinerja schema 0003 (Sqlite): the plan — Renstra, Tujuan, Sasaran, Indikator with yearly targets and responsible units,
-- Program/Kegiatan/Sub-kegiatan with pagu, Perjanjian Kinerja with its indicators and Rencana Aksi.

CREATE TABLE "Renstra" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Renstra" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "TahunAwal" INTEGER NOT NULL,
    "TahunAkhir" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Renstra_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Tujuan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Tujuan" PRIMARY KEY AUTOINCREMENT,
    "RenstraId" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Uraian" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Tujuan_Renstra_RenstraId" FOREIGN KEY ("RenstraId") REFERENCES "Renstra" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Sasaran" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sasaran" PRIMARY KEY AUTOINCREMENT,
    "TujuanId" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Uraian" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Sasaran_Tujuan_TujuanId" FOREIGN KEY ("TujuanId") REFERENCES "Tujuan" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PerjanjianKinerja" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PerjanjianKinerja" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "JabatanId" INTEGER NOT NULL,
    "AtasanJabatanId" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "PreviousId" INTEGER NULL,
    "SignedAtUtc" TEXT NULL,
    "SignedByUserName" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PerjanjianKinerja_Jabatan_AtasanJabatanId" FOREIGN KEY ("AtasanJabatanId") REFERENCES "Jabatan" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PerjanjianKinerja_Jabatan_JabatanId" FOREIGN KEY ("JabatanId") REFERENCES "Jabatan" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PerjanjianKinerja_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PerjanjianKinerja_PerjanjianKinerja_PreviousId" FOREIGN KEY ("PreviousId") REFERENCES "PerjanjianKinerja" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProgramKegiatan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProgramKegiatan" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "Level" INTEGER NOT NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "SasaranId" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ProgramKegiatan_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgramKegiatan_ProgramKegiatan_ParentId" FOREIGN KEY ("ParentId") REFERENCES "ProgramKegiatan" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgramKegiatan_Sasaran_SasaranId" FOREIGN KEY ("SasaranId") REFERENCES "Sasaran" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Indikator" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indikator" PRIMARY KEY AUTOINCREMENT,
    "SasaranId" INTEGER NULL,
    "ProgramKegiatanId" INTEGER NULL,
    "Kode" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "DefinisiOperasional" TEXT NULL,
    "Formula" TEXT NULL,
    "Satuan" TEXT NOT NULL,
    "Polarity" INTEGER NOT NULL,
    "NegativeFormula" INTEGER NULL,
    "RollUp" INTEGER NOT NULL,
    "Decimals" INTEGER NOT NULL,
    "SumberData" TEXT NULL,
    "IsIku" INTEGER NOT NULL,
    "KondisiAwal" TEXT NULL,
    "TargetAkhir" TEXT NULL,
    "CapaianCap" TEXT NULL,
    "AllowsAbove100" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Indikator_ProgramKegiatan_ProgramKegiatanId" FOREIGN KEY ("ProgramKegiatanId") REFERENCES "ProgramKegiatan" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Indikator_Sasaran_SasaranId" FOREIGN KEY ("SasaranId") REFERENCES "Sasaran" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Pagu" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pagu" PRIMARY KEY AUTOINCREMENT,
    "ProgramKegiatanId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Jumlah" INTEGER NOT NULL,
    CONSTRAINT "FK_Pagu_ProgramKegiatan_ProgramKegiatanId" FOREIGN KEY ("ProgramKegiatanId") REFERENCES "ProgramKegiatan" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndikatorTargets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndikatorTargets" PRIMARY KEY AUTOINCREMENT,
    "IndikatorId" INTEGER NOT NULL,
    "Tahun" INTEGER NOT NULL,
    "Nilai" TEXT NOT NULL,
    "NilaiAtas" TEXT NULL,
    CONSTRAINT "FK_IndikatorTargets_Indikator_IndikatorId" FOREIGN KEY ("IndikatorId") REFERENCES "Indikator" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndikatorUnits" (
    "IndikatorId" INTEGER NOT NULL,
    "UnitKerjaId" INTEGER NOT NULL,
    CONSTRAINT "PK_IndikatorUnits" PRIMARY KEY ("IndikatorId", "UnitKerjaId"),
    CONSTRAINT "FK_IndikatorUnits_Indikator_IndikatorId" FOREIGN KEY ("IndikatorId") REFERENCES "Indikator" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IndikatorUnits_UnitKerja_UnitKerjaId" FOREIGN KEY ("UnitKerjaId") REFERENCES "UnitKerja" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PerjanjianKinerjaIndikator" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PerjanjianKinerjaIndikator" PRIMARY KEY AUTOINCREMENT,
    "PerjanjianKinerjaId" INTEGER NOT NULL,
    "IndikatorId" INTEGER NOT NULL,
    "Target" TEXT NOT NULL,
    "SupportsId" INTEGER NULL,
    CONSTRAINT "FK_PerjanjianKinerjaIndikator_Indikator_IndikatorId" FOREIGN KEY ("IndikatorId") REFERENCES "Indikator" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PerjanjianKinerjaIndikator_PerjanjianKinerjaIndikator_SupportsId" FOREIGN KEY ("SupportsId") REFERENCES "PerjanjianKinerjaIndikator" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PerjanjianKinerjaIndikator_PerjanjianKinerja_PerjanjianKinerjaId" FOREIGN KEY ("PerjanjianKinerjaId") REFERENCES "PerjanjianKinerja" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RencanaAksi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RencanaAksi" PRIMARY KEY AUTOINCREMENT,
    "PerjanjianKinerjaIndikatorId" INTEGER NOT NULL,
    "TargetTw1" TEXT NULL,
    "TargetTw2" TEXT NULL,
    "TargetTw3" TEXT NULL,
    "TargetTw4" TEXT NULL,
    "Aksi" TEXT NULL,
    "Anggaran" INTEGER NULL,
    "PenanggungJawab" TEXT NULL,
    "MismatchConfirmed" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_RencanaAksi_PerjanjianKinerjaIndikator_PerjanjianKinerjaIndikatorId" FOREIGN KEY ("PerjanjianKinerjaIndikatorId") REFERENCES "PerjanjianKinerjaIndikator" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Indikator_ProgramKegiatanId" ON "Indikator" ("ProgramKegiatanId");

CREATE INDEX "IX_Indikator_SasaranId" ON "Indikator" ("SasaranId");

CREATE UNIQUE INDEX "IX_IndikatorTargets_IndikatorId_Tahun" ON "IndikatorTargets" ("IndikatorId", "Tahun");

CREATE INDEX "IX_IndikatorUnits_UnitKerjaId" ON "IndikatorUnits" ("UnitKerjaId");

CREATE UNIQUE INDEX "IX_Pagu_ProgramKegiatanId_Tahun" ON "Pagu" ("ProgramKegiatanId", "Tahun");

CREATE INDEX "IX_PerjanjianKinerja_AtasanJabatanId" ON "PerjanjianKinerja" ("AtasanJabatanId");

CREATE UNIQUE INDEX "IX_PerjanjianKinerja_JabatanId_Tahun_Revisi" ON "PerjanjianKinerja" ("JabatanId", "Tahun", "Revisi");

CREATE INDEX "IX_PerjanjianKinerja_PerangkatDaerahId" ON "PerjanjianKinerja" ("PerangkatDaerahId");

CREATE INDEX "IX_PerjanjianKinerja_PreviousId" ON "PerjanjianKinerja" ("PreviousId");

CREATE INDEX "IX_PerjanjianKinerjaIndikator_IndikatorId" ON "PerjanjianKinerjaIndikator" ("IndikatorId");

CREATE UNIQUE INDEX "IX_PerjanjianKinerjaIndikator_PerjanjianKinerjaId_IndikatorId" ON "PerjanjianKinerjaIndikator" ("PerjanjianKinerjaId", "IndikatorId");

CREATE INDEX "IX_PerjanjianKinerjaIndikator_SupportsId" ON "PerjanjianKinerjaIndikator" ("SupportsId");

CREATE INDEX "IX_ProgramKegiatan_ParentId" ON "ProgramKegiatan" ("ParentId");

CREATE UNIQUE INDEX "IX_ProgramKegiatan_PerangkatDaerahId_Kode" ON "ProgramKegiatan" ("PerangkatDaerahId", "Kode");

CREATE INDEX "IX_ProgramKegiatan_SasaranId" ON "ProgramKegiatan" ("SasaranId");

CREATE UNIQUE INDEX "IX_RencanaAksi_PerjanjianKinerjaIndikatorId" ON "RencanaAksi" ("PerjanjianKinerjaIndikatorId");

CREATE UNIQUE INDEX "IX_Renstra_PerangkatDaerahId_TahunAwal" ON "Renstra" ("PerangkatDaerahId", "TahunAwal");

CREATE UNIQUE INDEX "IX_Sasaran_TujuanId_Kode" ON "Sasaran" ("TujuanId", "Kode");

CREATE UNIQUE INDEX "IX_Tujuan_RenstraId_Kode" ON "Tujuan" ("RenstraId", "Kode");
