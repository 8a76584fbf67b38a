-- Kinerja schema 0013 (Sqlite): the working-day calendar per Pemda — office hours per weekday (KalenderPemda with
-- JamKerjaPemda rows, one per working weekday) and its holidays (HariLiburPemda: libur nasional, cuti bersama, libur daerah).
-- A Pemda without rows runs on the shipped default; its first change stores it (docs/decisions.md).

CREATE TABLE "KalenderPemda" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KalenderPemda" PRIMARY KEY AUTOINCREMENT,
    "PemdaId" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_KalenderPemda_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE CASCADE
);

CREATE TABLE "JamKerjaPemda" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_JamKerjaPemda" PRIMARY KEY AUTOINCREMENT,
    "KalenderPemdaId" INTEGER NOT NULL,
    "Hari" INTEGER NOT NULL,
    "Mulai" TEXT NOT NULL,
    "Selesai" TEXT NOT NULL,
    CONSTRAINT "FK_JamKerjaPemda_KalenderPemda_KalenderPemdaId" FOREIGN KEY ("KalenderPemdaId") REFERENCES "KalenderPemda" ("Id") ON DELETE CASCADE
);

CREATE TABLE "HariLiburPemda" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HariLiburPemda" PRIMARY KEY AUTOINCREMENT,
    "PemdaId" INTEGER NOT NULL,
    "Tanggal" TEXT NOT NULL,
    "Nama" TEXT NOT NULL,
    "Jenis" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_HariLiburPemda_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_KalenderPemda_PemdaId" ON "KalenderPemda" ("PemdaId");

CREATE UNIQUE INDEX "IX_JamKerjaPemda_KalenderPemdaId_Hari" ON "JamKerjaPemda" ("KalenderPemdaId", "Hari");

CREATE UNIQUE INDEX "IX_HariLiburPemda_PemdaId_Tanggal" ON "HariLiburPemda" ("PemdaId", "Tanggal");
