using Kinerja.Domain;
using Kinerja.Domain.Capaian;

namespace Kinerja.Web.Features.Perencanaan;

public static class CapaianSettings
{
    /// <summary>
    /// The engine's settings from an indicator's stored fields. The engine refuses invalid combinations
    /// itself; its field names are mapped to ours so the message lands next to the right input.
    /// </summary>
    public static IndikatorSettings From(Polarity polarity, NegativeFormula? negativeFormula, RollUp rollUp, decimal? cap, int decimals,
        NegativeResult negativeResult = NegativeResult.Keep)
    {
        try
        {
            return new IndikatorSettings
            {
                Polarity = polarity, NegativeFormula = negativeFormula ?? NegativeFormula.Selisih, RollUp = rollUp, Cap = cap, Decimals = decimals,
                NegativeResult = negativeResult,
            };
        }
        catch (DomainException e) when (e.Field == nameof(IndikatorSettings.Cap))
        {
            throw new DomainException(e.Message, "CapaianCap");
        }
        catch (DomainException e) when (e.Field == nameof(IndikatorSettings.NegativeResult))
        {
            throw new DomainException("Perlakuan capaian di bawah 0 tidak dikenal: pilih dipertahankan atau dijadikan 0 %.", "NegativeResult");
        }
    }
}
