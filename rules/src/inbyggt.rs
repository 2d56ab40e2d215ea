//! The parameter files, built into the program as Rust values. build.rs reads and checks
//! `params/**/*.toml` and writes them as code (`$OUT_DIR/years.rs`, included here): static data
//! in the `Raw*` types below, which the functions here turn into the public parameter types
//! of `params` and `formaner`. Nothing is parsed at run time, so neither the files' text nor
//! a deserializer for them is part of the program (which matters for the web download).

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::formaner::{OmradeMeta, Tidslinje, Varde};
use crate::params::{Basis, Meta, Piece, Piecewise, Provenance, Scalar, SkatteParametrar};

include!(concat!(env!("OUT_DIR"), "/years.rs"));

/// A benefit area's `verified_until`, and its parameters' own where they have one.
pub(crate) type OmradeKontroll = (
    &'static str,
    &'static str,
    &'static [(&'static str, Option<&'static str>)],
);

/// One income year (a line of `params/inkomstar.toml`): its tax parameters, the values in
/// force on 1 January, and, when published, its kommuner's rates (CSV).
pub(crate) struct EmbeddedYear {
    pub year: i32,
    pub skatt: fn() -> SkatteParametrar,
    pub kommuner_csv: Option<&'static str>,
    /// The year whose kommun file `kommuner_csv` is (an earlier one before the year's own is
    /// published).
    pub kommuner_ar: i32,
}

/// `mantissa` × 10^−`scale`, exactly: what rust_decimal parses from the number's text.
const fn dec(mantissa: i64, scale: u32) -> Decimal {
    let m = mantissa.unsigned_abs();
    Decimal::from_parts(m as u32, (m >> 32) as u32, 0, mantissa < 0, scale)
}

struct RawProvenance {
    name: &'static str,
    unit: &'static str,
    valid_from: &'static str,
    reference: &'static str,
    source: &'static str,
    verified_on: &'static str,
    verified_until: Option<&'static str>,
    note: Option<&'static str>,
}

struct RawScalar {
    value: Decimal,
    basis: Option<Basis>,
    provenance: RawProvenance,
}

struct RawPiecewise {
    basis: Basis,
    pieces: &'static [Piece],
    provenance: RawProvenance,
}

struct RawVarde {
    from: &'static str,
    fran: (i32, u32),
    value: Option<Decimal>,
    pieces: Option<&'static [Piece]>,
    table: Option<&'static [(&'static str, Decimal)]>,
    reference: &'static str,
    source: &'static str,
    verified_on: &'static str,
    note: Option<&'static str>,
}

struct RawTidslinje {
    name: &'static str,
    unit: &'static str,
    basis: Option<Basis>,
    note: Option<&'static str>,
    verified_until: Option<&'static str>,
    values: &'static [RawVarde],
}

fn provenance(p: &RawProvenance) -> Provenance {
    Provenance {
        name: p.name.into(),
        unit: p.unit.into(),
        valid_from: p.valid_from.into(),
        reference: p.reference.into(),
        source: p.source.into(),
        verified_on: p.verified_on.into(),
        verified_until: p.verified_until.map(Into::into),
        note: p.note.map(Into::into),
    }
}

fn scalar(s: &RawScalar) -> Scalar {
    Scalar {
        value: s.value,
        basis: s.basis,
        provenance: provenance(&s.provenance),
    }
}

fn piecewise(p: &RawPiecewise) -> Piecewise {
    Piecewise {
        basis: p.basis,
        pieces: p.pieces.to_vec(),
        provenance: provenance(&p.provenance),
    }
}

fn tidslinje(t: &RawTidslinje) -> Tidslinje {
    Tidslinje {
        name: t.name.into(),
        unit: t.unit.into(),
        basis: t.basis,
        note: t.note.map(Into::into),
        verified_until: t.verified_until.map(Into::into),
        values: t
            .values
            .iter()
            .map(|v| Varde {
                from: v.from.into(),
                fran: v.fran,
                value: v.value,
                pieces: v.pieces.map(<[Piece]>::to_vec),
                table: v.table.map(|t| {
                    t.iter()
                        .map(|(k, x)| ((*k).to_string(), *x))
                        .collect::<BTreeMap<_, _>>()
                }),
                reference: v.reference.into(),
                source: v.source.into(),
                verified_on: v.verified_on.into(),
                note: v.note.map(Into::into),
            })
            .collect(),
    }
}
