namespace Kinerja.Domain.Capaian;

// Temporary: the capaian engine (branch "capaian") brings the real definitions; these names match it.
public enum Polarity { Positive = 1, Negative = 2, Range = 3 }

public enum NegativeFormula { Selisih = 1, RasioTerbalik = 2 }

public enum RollUp { Kumulatif = 1, NilaiAkhir = 2, RataRata = 3 }
