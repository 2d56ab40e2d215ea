//! Reading numbers as people type them: amounts ("30 000 kr", "30000,50") and counts. Pure
//! Rust with no Yew or browser type, so that it is also compiled natively: the fuzz target
//! `las_tal` and its corpus replay test include this file by path (see docs/fuzzing.md).
//! `crate::form` re-exports it; nothing here may name another module of the web crate.

use std::str::FromStr;

use rust_decimal::Decimal;

/// Why a typed amount could not be read as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lasfel {
    Tomt,
    EjTal,
    ForMangaDecimaler(u32),
    ForStort,
    /// A count (age, months) that is negative or has decimals.
    EjHeltal,
}

/// Reads an amount as people write it in Sweden: "30000", "30 000", "30 000 kr", "30000,50".
/// A point is taken as a decimal sign too, but "30.000" is refused rather than read as
/// thirty kronor.
pub fn las_tal(s: &str, max_decimaler: u32) -> Result<Decimal, Lasfel> {
    let s = s.trim();
    let s = s
        .strip_suffix("kr")
        .or_else(|| s.strip_suffix("KR"))
        .or_else(|| s.strip_suffix("Kr"))
        .or_else(|| s.strip_suffix('%'))
        .unwrap_or(s);
    let ren: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\t'))
        .map(|c| match c {
            ',' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    if ren.is_empty() {
        return Err(Lasfel::Tomt);
    }
    let siffror = ren.strip_prefix('-').unwrap_or(&ren);
    let (hel, dec) = match siffror.split_once('.') {
        Some((h, d)) => (h, Some(d)),
        None => (siffror, None),
    };
    let ar_siffror = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
    if !ar_siffror(hel) || dec.is_some_and(|d| !ar_siffror(d)) {
        return Err(Lasfel::EjTal);
    }
    if dec.is_some_and(|d| d.len() > max_decimaler as usize) {
        return Err(Lasfel::ForMangaDecimaler(max_decimaler));
    }
    // Only the length can make a string of digits unreadable as a Decimal.
    Decimal::from_str(&ren).map_err(|_| Lasfel::ForStort)
}

/// Reads a count (an age, a number of months): a whole number, 0 or more. Nothing is rounded
/// or clamped: "2,5" and "-1" are refused with their own message.
pub fn las_heltal(s: &str) -> Result<i64, Lasfel> {
    let x = match las_tal(s, 0) {
        Err(Lasfel::ForMangaDecimaler(_)) => return Err(Lasfel::EjHeltal),
        r => r?,
    };
    if x.is_sign_negative() && !x.is_zero() {
        return Err(Lasfel::EjHeltal);
    }
    x.to_string().parse::<i64>().map_err(|_| Lasfel::ForStort)
}
