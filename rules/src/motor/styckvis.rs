//! Schedules the law writes as intervals ("överstiger X men inte Y"), each a linear piece in
//! multiples of a base amount.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The base amount a value is a multiple of, by its name in the parameter files.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Prisbasbelopp,
    Inkomstbasbelopp,
}

impl Basis {
    /// The short name used in formulas.
    pub fn forkortning(self) -> &'static str {
        match self {
            Basis::Prisbasbelopp => "pbb",
            Basis::Inkomstbasbelopp => "ibb",
        }
    }
}

/// One interval of a piecewise linear rule: for x up to `upto` × basis,
/// amount = `base` × basis + `rate` × (x − `over` × basis).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Piece {
    #[serde(default)]
    pub upto: Option<Decimal>,
    #[serde(default)]
    pub base: Decimal,
    #[serde(default)]
    pub rate: Decimal,
    #[serde(default)]
    pub over: Decimal,
}

/// The piece that applies at `x` (bounds inclusive), given the value of the basis.
fn index(pieces: &[Piece], x: Decimal, basis_kr: Decimal) -> usize {
    pieces
        .iter()
        .position(|p| p.upto.is_none_or(|u| x <= u * basis_kr))
        .unwrap_or(pieces.len().saturating_sub(1))
}

/// The schedule's value at `x`.
pub fn varde(pieces: &[Piece], x: Decimal, basis_kr: Decimal) -> Decimal {
    let Some(p) = pieces.get(index(pieces, x, basis_kr)) else {
        return Decimal::ZERO;
    };
    p.base * basis_kr + p.rate * (x - p.over * basis_kr)
}

/// The formula of the piece that applies at `x`, with `b` the basis's short name.
pub fn beskriv(pieces: &[Piece], b: &str, x: Decimal, basis_kr: Decimal) -> String {
    let idx = index(pieces, x, basis_kr);
    let Some(p) = pieces.get(idx) else {
        return String::new();
    };
    let lower = if idx == 0 { None } else { pieces[idx - 1].upto };
    let range = match (lower, p.upto) {
        (None, Some(u)) => format!("x ≤ {u} {b}"),
        (Some(l), Some(u)) => format!("{l} {b} < x ≤ {u} {b}"),
        (Some(l), None) => format!("x > {l} {b}"),
        (None, None) => "alla x".to_string(),
    };
    let mut f = Vec::new();
    if !p.base.is_zero() {
        f.push(format!("{} {b}", p.base.normalize()));
    }
    if !p.rate.is_zero() {
        if p.over.is_zero() {
            f.push(format!("{} × x", p.rate.normalize()));
        } else {
            f.push(format!(
                "{} × (x − {} {b})",
                p.rate.normalize(),
                p.over.normalize()
            ));
        }
    }
    let f = if f.is_empty() {
        "0".to_string()
    } else {
        f.join(" + ")
    };
    format!("{range}: {f}")
}
