using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Rekap;

public enum TargetSource
{
    /// <summary>The TW I–IV targets of a signed PK's Rencana Aksi.</summary>
    RencanaAksi = 1,
    /// <summary>No Rencana Aksi: the Renstra's yearly target.</summary>
    Renstra = 2,
    /// <summary>Neither: no target for the year.</summary>
    None = 3,
}

/// <summary>One signed PK's row of the indicator for the year, with its Rencana Aksi.</summary>
/// <param name="OfAnsweringUnit">The PK's jabatan sits in a unit that answers for the indicator.</param>
public sealed record RencanaAksiPlan(int PerjanjianKinerjaId, bool OfAnsweringUnit, decimal AnnualTarget, IReadOnlyList<decimal?> Quarters);

/// <summary>The Renstra's target of the year; <paramref name="Upper"/> is the band's upper bound of a range indicator.</summary>
public sealed record YearTarget(decimal Value, decimal? Upper);

/// <summary>One quarter's target: a value (Lower) or a band, or nothing when it is not set.</summary>
public readonly record struct QuarterTarget(decimal? Lower, decimal? Upper)
{
    public bool IsSet => Lower is not null;

    /// <summary>The engine's target; an unset quarter is 0, which only enters a full-period figure, never a capaian.</summary>
    public Target ToTarget() =>
        Lower is not decimal l ? Target.Of(0) : Upper is decimal u && u > l ? Target.Band(l, u) : Target.Of(l);
}

/// <summary>
/// Where an indicator's quarterly targets come from, as a round does when it opens: the Rencana Aksi of
/// a signed PK of the year — the PK of a unit that answers for the indicator first, then the oldest —
/// else the Renstra's yearly target, which holds in every quarter for nilai akhir and rata-rata (a
/// level) but only for the whole year of a kumulatif indicator (the quarters of a flow cannot be
/// guessed, so TW IV carries the year and the other quarters stay unset).
/// </summary>
/// <param name="AnnualTarget">T_year for progress: the chosen PK row's target, else the Renstra's.</param>
public sealed record QuarterTargets(TargetSource Source, IReadOnlyList<QuarterTarget> Quarters, decimal? AnnualTarget)
{
    public static QuarterTargets Choose(RollUp rollUp, IEnumerable<RencanaAksiPlan> plans, YearTarget? yearly)
    {
        var plan = plans.OrderByDescending(p => p.OfAnsweringUnit).ThenBy(p => p.PerjanjianKinerjaId)
            .FirstOrDefault(p => p.Quarters.Any(q => q is not null));
        // Band targets live in the Renstra; a Rencana Aksi keeps one number per quarter.
        var upper = rollUp == RollUp.Kumulatif ? null : yearly?.Upper;
        if (plan is not null)
            return new(TargetSource.RencanaAksi, plan.Quarters.Select(q => new QuarterTarget(q, q is null ? null : upper)).ToArray(), plan.AnnualTarget);
        if (yearly is null) return new(TargetSource.None, new QuarterTarget[4], null);
        return rollUp == RollUp.Kumulatif
            ? new(TargetSource.Renstra, [default, default, default, new(yearly.Value, null)], yearly.Value)
            : new(TargetSource.Renstra, Enumerable.Repeat(new QuarterTarget(yearly.Value, yearly.Upper), 4).ToArray(), yearly.Value);
    }
}
