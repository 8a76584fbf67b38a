namespace Kinerja.Domain.Perencanaan;

/// <summary>The three levels of the budget structure of a Renja / DPA.</summary>
public enum ProgramLevel
{
    Program = 1,
    Kegiatan = 2,
    SubKegiatan = 3,
}
