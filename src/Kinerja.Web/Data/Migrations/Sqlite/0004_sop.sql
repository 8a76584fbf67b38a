-- Kinerja schema 0004 (Sqlite): SOP definitions per OPD, each change a new revision (the YAML text kept as given).

CREATE TABLE "SopDokumen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SopDokumen" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "RevisiTerakhir" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SopDokumen_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SopRevisi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SopRevisi" PRIMARY KEY AUTOINCREMENT,
    "SopDokumenId" INTEGER NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "Yaml" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserName" TEXT NOT NULL,
    "Nomor" TEXT NULL,
    "TanggalEfektif" TEXT NULL,
    CONSTRAINT "FK_SopRevisi_SopDokumen_SopDokumenId" FOREIGN KEY ("SopDokumenId") REFERENCES "SopDokumen" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SopDokumen_PerangkatDaerahId" ON "SopDokumen" ("PerangkatDaerahId");
CREATE UNIQUE INDEX "IX_SopRevisi_SopDokumenId_Revisi" ON "SopRevisi" ("SopDokumenId", "Revisi");
