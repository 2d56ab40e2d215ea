//! The income years both views offer, and how far their rules are verified.

use rules::formaner::Manad;
use rules::kontroll;

/// The income years the page offers: those the engine has kommun rates for (a year without
/// them could only be computed with a typed skattesats, which the page does not ask for).
pub fn inkomstar() -> Vec<i32> {
    calculator_core::supported_years()
        .into_iter()
        .filter(|&y| calculator_core::kommuner(y).is_ok_and(|k| !k.is_empty()))
        .collect()
}

/// The last month of the offered income years in which no rule is used past the date it is
/// verified until (the engine's `rules::kontroll`): the app's rules are verified through its
/// last day. None if there is no such month.
pub fn kontrollerat_till() -> Option<Manad> {
    inkomstar()
        .into_iter()
        .filter_map(|y| rules::ruleset(y).ok().map(|rs| (y, rs)))
        .flat_map(|(y, rs)| (1..=12).map(move |m| (Manad::new(y, m), rs)))
        .filter(|&(m, rs)| {
            kontroll::skatt(rs, m).is_none()
                && kontroll::omraden().all(|o| kontroll::formansomrade(o, m).is_none())
        })
        .map(|(m, _)| m)
        .max()
}
