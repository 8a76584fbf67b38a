-- Kinerja schema 0009 (Sqlite): SOP runs (pelaksanaan SOP) per collection round — steps with their petugas, due moment and
-- outcome, kelengkapan checklist items, and dispositions with the recipient's paraf.

CREATE TABLE "SopInstance" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SopInstance" PRIMARY KEY AUTOINCREMENT,
    "PerangkatDaerahId" INTEGER NOT NULL,
    "SopDokumenId" INTEGER NOT NULL,
    "Revisi" INTEGER NOT NULL,
    "NamaSop" TEXT NOT NULL,
    "PengumpulanDataId" INTEGER NOT NULL,
    "MulaiUtc" TEXT NOT NULL,
    "SelesaiUtc" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "DimulaiOleh" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SopInstance_PengumpulanData_PengumpulanDataId" FOREIGN KEY ("PengumpulanDataId") REFERENCES "PengumpulanData" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SopInstance_PerangkatDaerah_PerangkatDaerahId" FOREIGN KEY ("PerangkatDaerahId") REFERENCES "PerangkatDaerah" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SopInstance_SopDokumen_SopDokumenId" FOREIGN KEY ("SopDokumenId") REFERENCES "SopDokumen" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SopInstanceStep" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SopInstanceStep" PRIMARY KEY AUTOINCREMENT,
    "SopInstanceId" INTEGER NOT NULL,
    "StepNo" INTEGER NOT NULL,
    "Putaran" INTEGER NOT NULL,
    "Kegiatan" TEXT NOT NULL,
    "WaktuAmount" INTEGER NOT NULL,
    "WaktuUnit" INTEGER NOT NULL,
    "MulaiUtc" TEXT NOT NULL,
    "JatuhTempoUtc" TEXT NOT NULL,
    "SelesaiUtc" TEXT NULL,
    "SelesaiOleh" TEXT NULL,
    "Keputusan" INTEGER NULL,
    "OutputNama" TEXT NULL,
    "OutputTautan" TEXT NULL,
    "Catatan" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SopInstanceStep_SopInstance_SopInstanceId" FOREIGN KEY ("SopInstanceId") REFERENCES "SopInstance" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SopStepPetugas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SopStepPetugas" PRIMARY KEY AUTOINCREMENT,
    "SopInstanceStepId" INTEGER NOT NULL,
    "PelaksanaId" TEXT NOT NULL,
    "PelaksanaJudul" TEXT NOT NULL,
    "JabatanId" INTEGER NOT NULL,
    "JabatanNama" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "NamaLengkap" TEXT NOT NULL,
    "IsPlt" INTEGER NOT NULL,
    CONSTRAINT "FK_SopStepPetugas_SopInstanceStep_SopInstanceStepId" FOREIGN KEY ("SopInstanceStepId") REFERENCES "SopInstanceStep" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SopStepKelengkapan" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SopStepKelengkapan" PRIMARY KEY AUTOINCREMENT,
    "SopInstanceStepId" INTEGER NOT NULL,
    "Nama" TEXT NOT NULL,
    "Ada" INTEGER NOT NULL,
    "DokumenNama" TEXT NULL,
    "Tautan" TEXT NULL,
    "DicentangOleh" TEXT NULL,
    "DicentangUtc" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SopStepKelengkapan_SopInstanceStep_SopInstanceStepId" FOREIGN KEY ("SopInstanceStepId") REFERENCES "SopInstanceStep" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Disposisi" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Disposisi" PRIMARY KEY AUTOINCREMENT,
    "SopInstanceId" INTEGER NOT NULL,
    "SopInstanceStepId" INTEGER NOT NULL,
    "DariUserId" TEXT NOT NULL,
    "DariNama" TEXT NOT NULL,
    "DariJabatan" TEXT NOT NULL,
    "KepadaUserId" TEXT NOT NULL,
    "KepadaNama" TEXT NOT NULL,
    "KepadaJabatan" TEXT NOT NULL,
    "Instruksi" TEXT NOT NULL,
    "Lampiran" TEXT NULL,
    "TanggalUtc" TEXT NOT NULL,
    "JenisParaf" INTEGER NULL,
    "ParafOleh" TEXT NULL,
    "ParafUtc" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Disposisi_SopInstanceStep_SopInstanceStepId" FOREIGN KEY ("SopInstanceStepId") REFERENCES "SopInstanceStep" ("Id"),
    CONSTRAINT "FK_Disposisi_SopInstance_SopInstanceId" FOREIGN KEY ("SopInstanceId") REFERENCES "SopInstance" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Disposisi_KepadaUserId" ON "Disposisi" ("KepadaUserId");
CREATE INDEX "IX_Disposisi_SopInstanceId" ON "Disposisi" ("SopInstanceId");
CREATE INDEX "IX_Disposisi_SopInstanceStepId" ON "Disposisi" ("SopInstanceStepId");
CREATE UNIQUE INDEX "IX_SopInstance_PengumpulanDataId" ON "SopInstance" ("PengumpulanDataId");
CREATE INDEX "IX_SopInstance_PerangkatDaerahId_SopDokumenId" ON "SopInstance" ("PerangkatDaerahId", "SopDokumenId");
CREATE INDEX "IX_SopInstance_SopDokumenId" ON "SopInstance" ("SopDokumenId");
CREATE UNIQUE INDEX "IX_SopInstanceStep_SopInstanceId_StepNo_Putaran" ON "SopInstanceStep" ("SopInstanceId", "StepNo", "Putaran");
CREATE INDEX "IX_SopStepKelengkapan_SopInstanceStepId" ON "SopStepKelengkapan" ("SopInstanceStepId");
CREATE INDEX "IX_SopStepPetugas_SopInstanceStepId" ON "SopStepPetugas" ("SopInstanceStepId");
CREATE INDEX "IX_SopStepPetugas_UserId" ON "SopStepPetugas" ("UserId");
