//! Skatteverket's monthly withholding tables (allmänna skattetabeller, månadslön) computed
//! by the method of Teknisk beskrivning SKV 433: the annual final tax of a steady income at
//! the top of each income band, divided by twelve.
//!
//! Legal basis: the tables are fixed by Skatteverket under SFL (2011:1244) 10 kap. 8–9 §§;
//! the payer withholds by them under SFL 11 kap. Which table: the person's total skattesats
//! (kommun + region + begravning + kyrkoavgift) rounded to whole percent, .50 rounding down.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::params::SkatteParametrar;
use crate::skatt::{slutlig_skatt, AlderVidAretsIngang, Inkomster, Skattesatser};
use crate::trace::Trace;

/// Lowest and highest table number Skatteverket publishes.
pub const TABELL_MIN: u32 = 29;
pub const TABELL_MAX: u32 = 42;
/// Highest monthly income with a kronor amount; above it the tables give a percentage.
pub const INKOMST_MAX: u32 = 80_000;

/// A table column: which kind of income, and which age group (SKV 433 §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kolumn {
    /// 1: lön, arvoden, sjuklön — under 66.
    LonUnder66 = 1,
    /// 2: pension and other income without jobbskatteavdrag — 66 or older.
    Pension66 = 2,
    /// 3: lön — 66 or older.
    Lon66 = 3,
    /// 4: sjuk- och aktivitetsersättning — under 66.
    SjukAktivitetsersattning = 4,
    /// 5: other pensionable benefits (a-kassa …) — under 66.
    AnnanPensionsgrundande = 5,
    /// 6: pension — under 66.
    PensionUnder66 = 6,
}

impl Kolumn {
    pub const ALLA: [Kolumn; 6] = [
        Kolumn::LonUnder66,
        Kolumn::Pension66,
        Kolumn::Lon66,
        Kolumn::SjukAktivitetsersattning,
        Kolumn::AnnanPensionsgrundande,
        Kolumn::PensionUnder66,
    ];

    pub fn from_number(n: u32) -> Option<Kolumn> {
        Kolumn::ALLA.iter().copied().find(|k| *k as u32 == n)
    }

    pub fn number(self) -> u32 {
        self as u32
    }

    /// The column a single income of this kind uses, given the age group.
    pub fn for_income(kind: Inkomstslag, aldre: bool) -> Option<Kolumn> {
        Some(match (kind, aldre) {
            (Inkomstslag::Lon, false) => Kolumn::LonUnder66,
            (Inkomstslag::Lon, true) => Kolumn::Lon66,
            (Inkomstslag::SjukAktivitetsersattning, false) => Kolumn::SjukAktivitetsersattning,
            (Inkomstslag::AnnanPensionsgrundande, false) => Kolumn::AnnanPensionsgrundande,
            (Inkomstslag::Pension, false) => Kolumn::PensionUnder66,
            (Inkomstslag::Pension, true) => Kolumn::Pension66,
            // Sjukpenning is withheld by Försäkringskassan's särskilda tabeller (SKVFS 2019:16),
            // not by these; 66+ people have no SA; a-kassa 66+ goes in column 2 in practice but
            // the tables do not say so.
            _ => return None,
        })
    }
}

/// Income kinds as the tables and the tax law separate them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inkomstslag {
    Lon,
    Sjukpenning,
    AnnanPensionsgrundande,
    SjukAktivitetsersattning,
    Pension,
}

/// The table a total rate (percent, incl. begravning and any kyrkoavgift) belongs to:
/// rounded to whole percent, and a rate ending in exactly .50 rounds down
/// (Skatteverket: "32,50 → tabell 32, 32,51 → tabell 33").
pub fn tabellnummer(total_procent: Decimal) -> u32 {
    let t = total_procent.round_dp_with_strategy(0, RoundingStrategy::MidpointTowardZero);
    u32::try_from(t.mantissa() / 10i128.pow(t.scale())).unwrap_or(0)
}

/// The income bands of the monthly table: 1–2 000 kr, then 100 kr wide up to 20 000 kr,
/// then 200 kr wide up to 80 000 kr (481 rows).
pub fn inkomstband() -> Vec<(u32, u32)> {
    let mut v = vec![(1, 2000)];
    let mut from = 2001;
    while from <= INKOMST_MAX {
        let width = if from <= 20_000 { 100 } else { 200 };
        v.push((from, from + width - 1));
        from += width;
    }
    v
}

/// The band a whole-krona monthly income falls in, or None for 0 kr and above 80 000 kr.
pub fn band_for(inkomst: u32) -> Option<(u32, u32)> {
    if inkomst == 0 || inkomst > INKOMST_MAX {
        return None;
    }
    if inkomst <= 2000 {
        return Some((1, 2000));
    }
    let (start, width) = if inkomst <= 20_000 {
        (2001, 100)
    } else {
        (20_001, 200)
    };
    let from = start + (inkomst - start) / width * width;
    Some((from, from + width - 1))
}

/// One cell: the monthly withholding for a band whose top is `band_tom` (SKV 433 §7):
/// annual income = band top × 12 rounded down to hundreds; kommunal skattesats =
/// table − 1.16 and begravnings- plus kyrkoavgift = 1.16 % of the taxable income; the cell
/// is the annual total tax divided by 12 with öre dropped.
pub fn cell(p: &SkatteParametrar, tabell: u32, kolumn: Kolumn, band_tom: u32) -> Decimal {
    cell_traced(p, tabell, kolumn, band_tom, &mut Trace::off())
}

/// As [`cell`], recording the underlying annual computation in `trace`.
pub fn cell_traced(
    p: &SkatteParametrar,
    tabell: u32,
    kolumn: Kolumn,
    band_tom: u32,
    trace: &mut Trace,
) -> Decimal {
    let arsinkomst =
        crate::avrundning::nedat_hundratal(Decimal::from(band_tom) * Decimal::from(12));
    let mut ink = Inkomster::default();
    match kolumn {
        Kolumn::LonUnder66 | Kolumn::Lon66 => ink.lon = arsinkomst,
        Kolumn::Pension66 | Kolumn::PensionUnder66 => ink.pension = arsinkomst,
        Kolumn::SjukAktivitetsersattning => ink.sjuk_aktivitetsersattning = arsinkomst,
        Kolumn::AnnanPensionsgrundande => ink.annan_pensionsgrundande = arsinkomst,
    }
    let avgifter = p.skattetabell_avgifter_antagande.value;
    let satser = Skattesatser {
        kommunal: Decimal::from(tabell) - avgifter,
        begravningsavgift: avgifter,
        kyrkoavgift: Decimal::ZERO,
    };
    let alder = match kolumn {
        Kolumn::Pension66 | Kolumn::Lon66 => {
            // The later of the two age limits, so that both the förhöjt grundavdrag and the
            // older jobbskatteavdrag apply (they differ from 2027).
            let a = p
                .forhojt_grundavdrag_alder
                .value
                .max(p.jobbskatteavdrag_alder.value);
            AlderVidAretsIngang(u32::try_from(a.trunc().mantissa()).unwrap_or(66))
        }
        _ => AlderVidAretsIngang(40),
    };
    let skatt = slutlig_skatt(p, &ink, &satser, alder, trace);
    (skatt.total_skatt / Decimal::from(12)).floor()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn table_number_rounds_half_down() {
        assert_eq!(tabellnummer(dec!(32.50)), 32);
        assert_eq!(tabellnummer(dec!(32.51)), 33);
        assert_eq!(tabellnummer(dec!(32.49)), 32);
        assert_eq!(tabellnummer(dec!(33.143)), 33);
    }

    #[test]
    fn bands_match_the_official_layout() {
        let b = inkomstband();
        assert_eq!(b.len(), 481);
        assert_eq!(b[0], (1, 2000));
        assert_eq!(b[1], (2001, 2100));
        assert_eq!(b[180], (19_901, 20_000));
        assert_eq!(b[181], (20_001, 20_200));
        assert_eq!(*b.last().unwrap(), (79_801, 80_000));
        for &(from, to) in &b {
            assert_eq!(band_for(from), Some((from, to)));
            assert_eq!(band_for(to), Some((from, to)));
        }
        assert_eq!(band_for(0), None);
        assert_eq!(band_for(80_001), None);
    }
}
