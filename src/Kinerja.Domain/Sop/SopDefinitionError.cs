namespace Kinerja.Domain.Sop;

/// <summary>
/// One problem in an SOP definition text. <see cref="Field"/> says where in words
/// ("langkah 7, kolom pelaksana"); <see cref="Line"/> is 1-based in the YAML text.
/// </summary>
public sealed record SopDefinitionError(int Line, string Field, string Message)
{
    public override string ToString() => $"Baris {Line}, {Field}: {Message}";
}

/// <summary>
/// The definition text is not a valid SOP. Carries every problem found, not only the first, so an
/// author can fix a file in one pass.
/// </summary>
public sealed class SopDefinitionException(IReadOnlyList<SopDefinitionError> errors)
    : DomainException(string.Join("\n", errors), "definisi")
{
    public IReadOnlyList<SopDefinitionError> Errors { get; } = errors;
}
