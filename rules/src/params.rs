//! The tax parameters of one income year, with their legal references.
//!
//! The files are timelines: `rules/params/basbelopp.toml` (the base amounts) and
//! `rules/params/skatt.toml` (the rest), each parameter a list of dated values, and
//! `rules/params/inkomstar.toml`, one line per income year. `build.rs` checks that every value
//! has its unit, from, reference (with a §), source and verified_on, and writes each year's
//! [`SkatteParametrar`] as Rust code (see `inbyggt`): the values in force on 1 January of the
//! year. The serde derives read that snapshot in tests/params.rs, which checks that the code
//! holds exactly what the files say.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::motor::styckvis;
pub use crate::motor::styckvis::{Basis, Piece};

/// The provenance of the value a parameter has in the income year: the unit is the
/// parameter's, the rest is the value's own in the timeline.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The parameter's plain name, shown in explanations instead of its key.
    pub name: String,
    pub unit: String,
    /// The value's `from` in the timeline: the first day it applies (on or before 1 January of
    /// the income year).
    pub valid_from: String,
    pub reference: String,
    pub source: String,
    pub verified_on: String,
    /// The date the value is verified until, when it differs from the year's
    /// (`Meta::verified_until`): a value entered for a year whose other values are not yet
    /// published says so here, and the values carried from the year before do not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_until: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A single value, possibly a multiple of a base amount.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scalar {
    pub value: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A rule the law writes as a table of intervals in multiples of a base amount.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Piecewise {
    pub basis: Basis,
    pub pieces: Vec<Piece>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Piecewise {
    /// Evaluates the rule at `x` kronor, given the kronor value of the basis.
    pub fn eval(&self, x: Decimal, basis_kr: Decimal) -> Decimal {
        styckvis::varde(&self.pieces, x, basis_kr)
    }

    /// The formula of the interval that applies at `x`, in the law's words (for the trace).
    pub fn describe(&self, x: Decimal, basis_kr: Decimal) -> String {
        styckvis::beskriv(&self.pieces, self.basis.forkortning(), x, basis_kr)
    }
}

/// An income year's line in `rules/params/inkomstar.toml`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub year: String,
    /// "verified" (reproduces Skatteverket's official tables), "unverified" or "preliminary"
    /// (entered before the year's values were all published).
    pub status: String,
    pub verified_on: String,
    /// The date the year's parameters are verified until (each may say otherwise).
    pub verified_until: String,
    pub note: String,
    /// Before a year's kommun rates are published: the year whose rates are used instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kommunalskatt_fran: Option<String>,
}

/// All tax parameters of one income year: each the value in force on 1 January (field names
/// are the parameters' keys in the files).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SkatteParametrar {
    pub meta: Meta,
    pub prisbasbelopp: Scalar,
    pub forhojt_prisbasbelopp: Scalar,
    pub inkomstbasbelopp: Scalar,
    pub grundavdrag: Piecewise,
    pub forhojt_grundavdrag: Piecewise,
    pub forhojt_grundavdrag_alder: Scalar,
    pub jobbskatteavdrag: Piecewise,
    #[serde(default)]
    pub jobbskatteavdrag_avtrappning: Option<Piecewise>,
    pub jobbskatteavdrag_aldre: Piecewise,
    #[serde(default)]
    pub jobbskatteavdrag_aldre_avtrappning: Option<Piecewise>,
    pub jobbskatteavdrag_alder: Scalar,
    pub skattereduktion_sjuk_aktivitetsersattning: Piecewise,
    pub skattereduktion_sjuk_aktivitetsersattning_golv: Scalar,
    pub skattereduktion_forvarvsinkomst_nedre: Scalar,
    pub skattereduktion_forvarvsinkomst_sats: Scalar,
    pub skattereduktion_forvarvsinkomst_max: Scalar,
    pub skiktgrans: Scalar,
    pub statlig_skattesats: Scalar,
    pub allman_pensionsavgift_sats: Scalar,
    pub allman_pensionsavgift_tak: Scalar,
    pub allman_pensionsavgift_golv: Scalar,
    pub public_service_avgift_sats: Scalar,
    pub public_service_avgift_tak: Scalar,
    pub public_service_avgift_alder: Scalar,
    pub begravningsavgift: Scalar,
    pub skattetabell_avgifter_antagande: Scalar,
}

impl SkatteParametrar {
    /// The kronor value of a base amount.
    pub fn basis_kr(&self, basis: Basis) -> Decimal {
        match basis {
            Basis::Prisbasbelopp => self.prisbasbelopp.value,
            Basis::Inkomstbasbelopp => self.inkomstbasbelopp.value,
        }
    }

    /// The kronor value of a scalar, multiplying out its basis if it has one.
    pub fn kr(&self, s: &Scalar) -> Decimal {
        match s.basis {
            Some(b) => s.value * self.basis_kr(b),
            None => s.value,
        }
    }

    /// Every parameter by key, for listing and for the reference test.
    pub fn all(&self) -> Vec<(&'static str, &Provenance)> {
        let mut v: Vec<(&'static str, &Provenance)> = vec![
            ("prisbasbelopp", &self.prisbasbelopp.provenance),
            (
                "forhojt_prisbasbelopp",
                &self.forhojt_prisbasbelopp.provenance,
            ),
            ("inkomstbasbelopp", &self.inkomstbasbelopp.provenance),
            ("grundavdrag", &self.grundavdrag.provenance),
            ("forhojt_grundavdrag", &self.forhojt_grundavdrag.provenance),
            (
                "forhojt_grundavdrag_alder",
                &self.forhojt_grundavdrag_alder.provenance,
            ),
            ("jobbskatteavdrag", &self.jobbskatteavdrag.provenance),
            (
                "jobbskatteavdrag_aldre",
                &self.jobbskatteavdrag_aldre.provenance,
            ),
            (
                "jobbskatteavdrag_alder",
                &self.jobbskatteavdrag_alder.provenance,
            ),
            (
                "skattereduktion_sjuk_aktivitetsersattning",
                &self.skattereduktion_sjuk_aktivitetsersattning.provenance,
            ),
            (
                "skattereduktion_sjuk_aktivitetsersattning_golv",
                &self
                    .skattereduktion_sjuk_aktivitetsersattning_golv
                    .provenance,
            ),
            (
                "skattereduktion_forvarvsinkomst_nedre",
                &self.skattereduktion_forvarvsinkomst_nedre.provenance,
            ),
            (
                "skattereduktion_forvarvsinkomst_sats",
                &self.skattereduktion_forvarvsinkomst_sats.provenance,
            ),
            (
                "skattereduktion_forvarvsinkomst_max",
                &self.skattereduktion_forvarvsinkomst_max.provenance,
            ),
            ("skiktgrans", &self.skiktgrans.provenance),
            ("statlig_skattesats", &self.statlig_skattesats.provenance),
            (
                "allman_pensionsavgift_sats",
                &self.allman_pensionsavgift_sats.provenance,
            ),
            (
                "allman_pensionsavgift_tak",
                &self.allman_pensionsavgift_tak.provenance,
            ),
            (
                "allman_pensionsavgift_golv",
                &self.allman_pensionsavgift_golv.provenance,
            ),
            (
                "public_service_avgift_sats",
                &self.public_service_avgift_sats.provenance,
            ),
            (
                "public_service_avgift_tak",
                &self.public_service_avgift_tak.provenance,
            ),
            (
                "public_service_avgift_alder",
                &self.public_service_avgift_alder.provenance,
            ),
            ("begravningsavgift", &self.begravningsavgift.provenance),
            (
                "skattetabell_avgifter_antagande",
                &self.skattetabell_avgifter_antagande.provenance,
            ),
        ];
        if let Some(p) = &self.jobbskatteavdrag_avtrappning {
            v.push(("jobbskatteavdrag_avtrappning", &p.provenance));
        }
        if let Some(p) = &self.jobbskatteavdrag_aldre_avtrappning {
            v.push(("jobbskatteavdrag_aldre_avtrappning", &p.provenance));
        }
        v
    }
}
