-- Kinerja schema 0010 (Sqlite): what each indicator does with a capaian below 0.
-- What a capaian below 0 becomes, per indicator: 1 = kept, 2 = clamped to 0 (Kinerja.Domain.Capaian.NegativeResult).
ALTER TABLE "Indikator" ADD "NegativeResult" INTEGER NOT NULL DEFAULT 1;
