namespace Kinerja.Domain.Sop;

/// <summary>Collects problems while a definition is read, so all of them are reported at once.</summary>
internal sealed class SopErrorList
{
    private readonly List<SopDefinitionError> errors = [];

    public bool Any => errors.Count > 0;

    public void Add(int line, string field, string message) => errors.Add(new(line, field, message));

    /// <summary>In text order; problems on one line keep the order they were found in.</summary>
    public IReadOnlyList<SopDefinitionError> InLineOrder() => errors.OrderBy(e => e.Line).ToList();
}
