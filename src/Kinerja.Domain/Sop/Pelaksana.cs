using Kinerja.Domain.Organisasi;

namespace Kinerja.Domain.Sop;

/// <summary>
/// One actor column of the SOP table. <see cref="Judul"/> keeps the column title exactly as the
/// document prints it ("Kasubag Perencanaan Evaluasi dan Pelaporan"), <see cref="Peran"/> is the
/// role that decides which jabatan performs the step when the SOP runs.
/// </summary>
public sealed record Pelaksana(string Id, string Judul, SopRole Peran);
