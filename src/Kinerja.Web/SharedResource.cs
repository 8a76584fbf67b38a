namespace Kinerja.Web;

/// <summary>
/// Marker for the interface texts. Pages write the Indonesian text as the key
/// (L["Masuk"]); Resources/SharedResource.en.resx holds the English of each key.
/// </summary>
public class SharedResource;
