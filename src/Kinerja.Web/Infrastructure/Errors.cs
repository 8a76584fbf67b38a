namespace Kinerja.Web.Infrastructure;

/// <summary>The thing asked for does not exist, or the user may not know that it exists.</summary>
public class NotFoundException(string message = "Data tidak ditemukan.") : Exception(message);

/// <summary>The user may see the thing but not do this to it.</summary>
public class ForbiddenException(string message = "Anda tidak berwenang melakukan tindakan ini.") : Exception(message);

/// <summary>Several inputs are wrong at once (e.g. rows of an import); nothing was changed.</summary>
public class ValidationFailedException(string message, IDictionary<string, string[]> errors) : Exception(message)
{
    public IDictionary<string, string[]> Errors { get; } = errors;
}
