using System.Collections.Immutable;

namespace AgreementLang.Catalog;

/// <summary>How far along the supply chain a production stage lies, from mined ore to finished component.</summary>
public enum StageLevel
{
    /// <summary>Mined ore or physically upgraded concentrate.</summary>
    Ore = 0,

    /// <summary>Refined chemical: oxide, carbonate, hydroxide, sulphate, APT and the like.</summary>
    Chemical = 1,

    /// <summary>Unwrought refined metal.</summary>
    Metal = 2,

    /// <summary>Alloy, ferro-alloy or metallurgical intermediate such as matte.</summary>
    Alloy = 3,

    /// <summary>Manufactured component: magnet, cell, wire, electrode.</summary>
    Component = 4,
}

/// <summary>A production stage, such as <c>oxide</c> or <c>metal</c>.</summary>
/// <param name="Name">The stage name as written in agreements (case-sensitive, e.g. <c>oxide</c>, <c>APT</c>).</param>
/// <param name="Level">How far along the supply chain the stage lies.</param>
/// <param name="Description">A plain-English description.</param>
public sealed record StageInfo(string Name, StageLevel Level, string Description);

/// <summary>A mineral of the catalogue.</summary>
/// <param name="Code">The code used in agreements: the chemical symbol for an element (<c>Li</c>, <c>W</c>),
/// otherwise a lower-case word (<c>graphite</c>, <c>met-coal</c>), or a composite (<c>NdPr</c>, <c>REE</c>).</param>
/// <param name="Name">The lower-case English name (USGS spelling: <c>aluminum</c>, <c>cesium</c>).</param>
/// <param name="OnUsgsList">True for the 60 minerals of the USGS 2025 critical-minerals list.</param>
/// <param name="Elements">Lower-case element names, e.g. <c>NdPr</c> gives neodymium and praseodymium.</param>
public sealed record MineralInfo(string Code, string Name, bool OnUsgsList, ImmutableArray<string> Elements);

/// <summary>A Harmonized System tariff line for a mineral at a production stage.</summary>
/// <param name="Mineral">The mineral code.</param>
/// <param name="Stage">The stage name.</param>
/// <param name="Code">The HS subheading (<c>2846.90</c>) or heading (<c>7402</c>).</param>
/// <param name="Description">A plain-English description of the line.</param>
/// <param name="Uncertain">True where the classification is less certain (the <c>~</c> codes of the domain notes).</param>
public sealed record HsLine(string Mineral, string Stage, string Code, string Description, bool Uncertain);

/// <summary>A conversion factor between two stages of one mineral.</summary>
/// <param name="Mineral">The mineral code.</param>
/// <param name="FromStage">The input stage.</param>
/// <param name="ToStage">The output stage.</param>
/// <param name="Factor">Kilograms of <paramref name="ToStage"/> per kilogram of <paramref name="FromStage"/>
/// (a composition-based factor: process losses are not deducted).</param>
public sealed record StageYield(string Mineral, string FromStage, string ToStage, decimal Factor);

/// <summary>An ISO 4217 currency, fund or precious-metal code.</summary>
/// <param name="Code">The three-letter alphabetic code, e.g. <c>USD</c>.</param>
/// <param name="Name">The ISO name, e.g. <c>US Dollar</c>.</param>
/// <param name="MinorUnits">Decimal places of the minor unit (USD 2, JPY 0, KWD 3);
/// -1 where ISO 4217 gives none (N.A.: XAU, XDR, XTS, XXX and the like).</param>
public sealed record CurrencyInfo(string Code, string Name, int MinorUnits);

/// <summary>An ISO 3166-1 alpha-2 country code, or the exceptionally reserved <c>EU</c>.</summary>
/// <param name="Code">The two-letter code, e.g. <c>JP</c>.</param>
/// <param name="Name">The English short name.</param>
public sealed record CountryInfo(string Code, string Name);
