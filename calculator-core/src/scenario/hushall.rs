//! The household's input blocks: housing, children, försörjningsstöd, jobbpremie and
//! decision-letter amounts.

use std::collections::BTreeMap;

use rules::formaner::{barnbidrag as bb, bostadsbidrag as bbi, forsorjningsstod as fs};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::komponent_id::KomponentId;

/// A child living in the household (or part of the time).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarnInput {
    /// Age in whole years in the month computed.
    pub age: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_month: Option<u32>,
    /// `hemmavarande` (default), `vaxelvis`, `umgange`.
    #[serde(default = "hemma")]
    pub boende: bbi::Boende,
    /// `ingen` (default), `forlangt_barnbidrag`, `studiehjalp`.
    #[serde(default)]
    pub skolgang: bb::Skolgang,
    /// `hela` (default): this household gets all of the child's barnbidrag; `delat`: shared
    /// half and half between the parents (SFB 16 kap. 5 §). With one adult the other half goes
    /// to a parent elsewhere; with two adults both halves stay in the household. (A stepchild
    /// who shares with a parent outside a two-adult household: enter the amount as an
    /// override.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub barnbidrag: Option<bb::Fordelning>,
    /// Eats lunch at förskola/skola on weekdays (riksnormen's "utan lunch" for ages 0–6).
    #[serde(default)]
    pub lunch_utanfor_hemmet: bool,
}

fn hemma() -> bbi::Boende {
    bbi::Boende::Hemmavarande
}

/// Försörjningsstöd: the costs the social services usually accept, and how long the household
/// has had support (for jobbstimulans).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForsorjningsstodInput {
    /// Costs besides the riksnorm, per month. Boende defaults to the household's housing
    /// cost when left at 0.
    #[serde(default)]
    pub kostnader: fs::SkaligaKostnader,
    #[serde(default)]
    pub jobbstimulans: fs::Jobbstimulans,
    /// Underhållsstöd or underhållsbidrag received per month.
    #[serde(default)]
    pub underhall_per_manad: Decimal,
    /// Other net income per month not entered elsewhere.
    #[serde(default)]
    pub ovriga_inkomster_per_manad: Decimal,
    /// An adult who is not a sambo but lives in a household of this many persons
    /// (SoF 12 kap. 3 §).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hushallsgemenskap_medlemmar: Option<u32>,
}

/// What the household shares.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HushallInput {
    /// Rent or other housing cost, kronor per month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boendekostnad_per_manad: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bostadsyta_kvm: Option<Decimal>,
    /// Förmögenhet on 31 December of the year before (bostadstillägg).
    #[serde(default)]
    pub formogenhet: Decimal,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<BarnInput>,
    /// Underhållsstöd from Försäkringskassan or underhållsbidrag from the other parent that
    /// the household receives, kronor per month, as entered (not modelled): money to live on
    /// in every alternative, and an income for försörjningsstöd (SoL 12 kap. 1 §).
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub underhall_per_manad: Decimal,
    /// Present: försörjningsstöd is estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forsorjningsstod: Option<ForsorjningsstodInput>,
    /// Present: whether jobbpremie may apply is shown (as information, never in the totals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobbpremie: Option<JobbpremieInput>,
    /// Amounts from decision letters replacing modelled household amounts, per month: one of
    /// [`HushallInput::BESLUTSBELOPP`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<KomponentId, Decimal>,
}

impl HushallInput {
    /// The household's amounts a decision letter may replace.
    pub const BESLUTSBELOPP: [KomponentId; 3] = [
        KomponentId::Bostadsbidrag,
        KomponentId::Barnbidrag,
        KomponentId::Forsorjningsstod,
    ];

    /// The amount a decision letter gives for `id`, when one was entered.
    pub fn beslutat(&self, id: KomponentId) -> Option<&Decimal> {
        self.overrides.get(&id)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobbpremieInput {
    /// Försörjningsstöd was paid every month July–December 2025.
    #[serde(default)]
    pub fs_varje_manad_juli_december_2025: bool,
    #[serde(default)]
    pub manader_med_jobbpremie: u32,
}
