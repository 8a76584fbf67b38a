namespace Kinerja.Domain;

/// <summary>
/// A rule of the domain was broken by the caller's input. The message is written for the user
/// (Bahasa Indonesia); <see cref="Field"/> names the input it is about, when there is one, so a
/// form can show it next to that field and the API can list it under that key.
/// </summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
