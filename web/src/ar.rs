//! The income years both views offer.

/// The income years the page offers: those the engine has kommun rates for (a year without
/// them could only be computed with a typed skattesats, which the page does not ask for).
pub fn inkomstar() -> Vec<i32> {
    calculator_core::supported_years()
        .into_iter()
        .filter(|&y| calculator_core::kommuner(y).is_ok_and(|k| !k.is_empty()))
        .collect()
}
