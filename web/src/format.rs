//! Numbers as a Swedish reader expects them: "30 000 kr", "2 345,50 kr", "30,55 %".
//!
//! The separators come from the text table so that another language brings its own.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::text::Text;

/// An amount of money: whole kronor without decimals, otherwise exactly two (öre).
pub fn kronor(t: &Text, belopp: Decimal) -> String {
    format!("{}\u{a0}{}", tal(t, belopp, 2), t.kronor)
}

/// Whole kronor, for the cards and the summary: "18 788 kr". Öre stay in the explanations,
/// where the arithmetic is shown (the engine's figures are exact; this only rounds the view,
/// half away from zero).
pub fn hela_kronor(t: &Text, belopp: Decimal) -> String {
    format!("{}\u{a0}{}", tal(t, hela(belopp), 0), t.kronor)
}

/// `x` to whole kronor, half away from zero, without a minus on zero (−0,40 kr is "0 kr").
pub fn hela(x: Decimal) -> Decimal {
    let r = x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    if r.is_zero() {
        Decimal::ZERO
    } else {
        r
    }
}

/// An explanation step's amount in its unit: "1 250 kr", "2 barn", "22 dagar", "75 %".
pub fn i_enhet(t: &Text, belopp: Decimal, enhet: rules::trace::Enhet) -> String {
    use rules::trace::Enhet;
    match enhet {
        Enhet::Kronor => kronor(t, belopp),
        Enhet::Barn => format!("{}\u{a0}{}", tal(t, belopp, 0), t.enhet_barn),
        Enhet::Dagar => format!("{}\u{a0}{}", tal(t, belopp, 0), t.enhet_dagar),
        Enhet::Andel => format!("{}\u{a0}%", tal(t, belopp * Decimal::ONE_HUNDRED, 0)),
    }
}

/// A deduction shown with a minus sign in front, so the table reads as a sum.
pub fn avdrag(t: &Text, belopp: Decimal) -> String {
    if belopp.is_zero() {
        kronor(t, belopp)
    } else {
        format!("{}{}", t.minus, kronor(t, belopp))
    }
}

/// A rate in percent, with as many decimals as it has (two for kommunalskatt, three for
/// some begravningsavgifter).
pub fn procent(t: &Text, sats: Decimal) -> String {
    format!("{}\u{a0}{}", tal(t, sats, 4), t.procent)
}

/// Hours (per week): at most two decimals and no padding, "10", "10,5", "12,25" (hours are
/// no money, and "10,50 timmar" reads oddly).
pub fn timmar(t: &Text, x: Decimal) -> String {
    let x = x.round_dp(2).normalize();
    let s = x
        .abs()
        .to_string()
        .replace('.', &t.decimaltecken.to_string());
    if x.is_sign_negative() && !x.is_zero() {
        format!("{}{s}", t.minus)
    } else {
        s
    }
}

/// A number with thousands grouped and at most `max_decimaler` decimals. Whole numbers get no
/// decimals; others get at least two, because "2 345,5 kr" reads as a typo.
pub fn tal(t: &Text, x: Decimal, max_decimaler: u32) -> String {
    let x = x
        .round_dp_with_strategy(max_decimaler, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let negativ = x.is_sign_negative() && !x.is_zero();
    let abs = x.abs();
    let heltal = abs.trunc();
    let decimaler = if abs.scale() == 0 {
        String::new()
    } else {
        let s = abs.to_string();
        let frac = s.split('.').nth(1).unwrap_or("");
        format!("{}{:0<2}", t.decimaltecken, frac)
    };
    let siffror = heltal.to_string();
    let mut grupperat = String::with_capacity(siffror.len() + siffror.len() / 3);
    for (i, c) in siffror.chars().enumerate() {
        if i > 0 && (siffror.len() - i) % 3 == 0 {
            grupperat.push(t.tusentalsavgransare);
        }
        grupperat.push(c);
    }
    format!(
        "{}{grupperat}{decimaler}",
        if negativ { t.minus } else { "" }
    )
}

/// The law a paragraph reference names, as a link to its consolidated text in
/// Regeringskansliets rättsdatabas (the SFS number in parentheses: "SFB (2010:110) 102 kap.
/// 21 §" → `…sfst?bet=2010:110`); None when the reference names no SFS number ("Uppgift från
/// användaren").
pub fn lagrum_url(referens: &str) -> Option<String> {
    let b = referens.as_bytes();
    (0..b.len()).find_map(|i| {
        let ar = b.get(i..i + 4)?;
        if !ar.iter().all(u8::is_ascii_digit) || b.get(i + 4) != Some(&b':') {
            return None;
        }
        // Not inside a longer number.
        if i > 0 && b[i - 1].is_ascii_digit() {
            return None;
        }
        let n = b[i + 5..].iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=4).contains(&n).then(|| {
            format!(
                "https://rkrattsbaser.gov.se/sfst?bet={}",
                &referens[i..i + 5 + n]
            )
        })
    })
}
