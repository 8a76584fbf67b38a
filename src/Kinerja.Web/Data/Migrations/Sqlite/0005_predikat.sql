-- Kinerja schema 0005 (Sqlite): each Pemda's predikat scale as data, and its efficiency thresholds.

ALTER TABLE "Pemda" ADD "EfisienAbove" TEXT NOT NULL DEFAULT '5.0';

ALTER TABLE "Pemda" ADD "TidakEfisienBelow" TEXT NOT NULL DEFAULT '-5.0';

CREATE TABLE "PredikatPemda" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PredikatPemda" PRIMARY KEY AUTOINCREMENT,
    "PemdaId" INTEGER NOT NULL,
    "Urutan" INTEGER NOT NULL,
    "Lower" TEXT NULL,
    "Upper" TEXT NULL,
    "Label" TEXT NOT NULL,
    "Colour" TEXT NOT NULL,
    CONSTRAINT "FK_PredikatPemda_Pemda_PemdaId" FOREIGN KEY ("PemdaId") REFERENCES "Pemda" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_PredikatPemda_PemdaId_Urutan" ON "PredikatPemda" ("PemdaId", "Urutan");
