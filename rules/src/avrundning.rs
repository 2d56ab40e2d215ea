//! The roundings the law prescribes, each named after where it is written.

use rust_decimal::{Decimal, RoundingStrategy};

const HUNDRA: Decimal = Decimal::from_parts(100, 0, 0, false, 0);

/// Nedåt till helt hundratal kronor (IL 1 kap. 5 §, 67 kap. 6 §; lag 1994:1744 3 § 1 st).
pub fn nedat_hundratal(x: Decimal) -> Decimal {
    (x / HUNDRA).floor() * HUNDRA
}

/// Uppåt till helt hundratal kronor (IL 63 kap. 3 § and 3 a §: grundavdraget).
pub fn uppat_hundratal(x: Decimal) -> Decimal {
    (x / HUNDRA).ceil() * HUNDRA
}

/// Öretal faller bort: whole kronor toward zero (IL 67 kap. 1 §; Skatteverket's tables
/// truncate kommunal and statlig skatt and the avgifter the same way, SKV 433).
pub fn hela_kronor(x: Decimal) -> Decimal {
    x.trunc()
}

/// Närmast hela hundratal, 50 nedåt (lag 1994:1744 om allmän pensionsavgift 3 § 4 st).
pub fn narmaste_hundratal_50_nedat(x: Decimal) -> Decimal {
    (x / HUNDRA).round_dp_with_strategy(0, RoundingStrategy::MidpointTowardZero) * HUNDRA
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn pensionsavgift_rounds_50_down_and_51_up() {
        assert_eq!(narmaste_hundratal_50_nedat(dec!(12684)), dec!(12700));
        assert_eq!(narmaste_hundratal_50_nedat(dec!(12650)), dec!(12600));
        assert_eq!(narmaste_hundratal_50_nedat(dec!(12650.01)), dec!(12700));
        assert_eq!(narmaste_hundratal_50_nedat(dec!(12649)), dec!(12600));
    }

    #[test]
    fn hundreds() {
        assert_eq!(nedat_hundratal(dec!(25199.99)), dec!(25100));
        assert_eq!(uppat_hundratal(dec!(31320)), dec!(31400));
        assert_eq!(uppat_hundratal(dec!(31300)), dec!(31300));
        assert_eq!(hela_kronor(dec!(11976.99)), dec!(11976));
    }
}
