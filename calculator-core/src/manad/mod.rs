//! The household month: for one month, every amount the household receives, in named stages
//! in the order of docs/pipeline.md. Later stages read the amounts of earlier ones, never the
//! other way round:
//!
//! 1–2. [`person`]: work and social insurance (sjukpenning, aktivitets-/sjukersättning,
//!      aktivitetsstöd), per person;
//! 3.   [`skatt`]: the final tax on all taxable incomes together, per person;
//! 4.   [`bostad`]: bostadsbidrag and bostadstillägg; [`barn`]: barnbidrag and what a young
//!      person of 18+ at home gets;
//! 5.   [`forsorjningsstod`]: an estimate from the riksnorm and every net income;
//! 6.   [`information`]: jobbpremie (never in the totals); [`regelnotiser`]: rules used past
//!      the date they are verified until.

mod barn;
mod bostad;
mod forsorjningsstod;
mod information;
mod person;
mod regelnotiser;
mod skatt;

use rules::formaner::{aktivitetsersattning as ae, Manad, Status, Utfall};
use rules::skatt::Inkomster;
use rules::trace::{Step, Trace};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::komponent_id::KomponentId;
use crate::scenario::{HushallInput, Kommunalskatt, Scenario};

pub use person::alder_i_manad;
pub use regelnotiser::Regelnotis;

/// One amount of the month: an income, a benefit or the tax.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Komponent {
    /// Which amount: per person the wage, the amounts typed for today, sjukpenning,
    /// aktivitets-/sjukersättning, aktivitetsstöd, the tax and bostadstillägg; the household's
    /// the rest (see [`KomponentId`]).
    pub id: KomponentId,
    pub label: &'static str,
    /// The person it belongs to; None for the household's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    pub status: Status,
    /// Signed contribution to disposable income per month (the tax is negative).
    pub per_manad: Decimal,
    pub skattepliktig: bool,
    /// False for information only (jobbpremie): not in the totals.
    pub i_summan: bool,
    /// True when försörjningsstöd-like: an estimate the authority decides with judgement.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub uppskattning: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skal: Option<std::borrow::Cow<'static, str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub saknas: Vec<String>,
    /// Sjukpenning with a job: the level the job's hours leave (1, 0.75, 0.5, 0.25; 0 when the
    /// work leaves none), SFB 27 kap. 45–46 §§. The amount of the step "sjukpenning_niva", as
    /// data for a view that builds no explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub niva_med_arbete: Option<Decimal>,
    /// Försörjningsstöd: the part of the wages not counted this month because the
    /// jobbstimulans applies (SoL 12 kap. 8 §); absent when it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobbstimulans_per_manad: Option<Decimal>,
    /// The modelled amount when the user replaced it with a known one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modellerat_per_manad: Option<Decimal>,
    pub steps: Vec<Step>,
}

/// The household's month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Manadsresultat {
    pub manad: String,
    pub komponenter: Vec<Komponent>,
    /// Sum of the components in the totals: what the household has to live on per month.
    pub disponibel_inkomst: Decimal,
    /// What is left of it when the housing cost is paid (disponibel inkomst less
    /// `household.boendekostnad_per_manad`); absent when no housing cost was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kvar_efter_boendekostnad: Option<Decimal>,
    /// Gross wages of the household per month.
    pub lon_brutto: Decimal,
    /// Each person's taxable incomes per month as the tax was computed on them (entered and
    /// computed together); `people[]` of the result shows the tax on these.
    #[serde(skip)]
    pub skattepliktiga: Vec<crate::scenario::Manadsinkomster>,
    /// Each person's incomes for the year the final tax is computed on.
    #[serde(skip)]
    pub inkomster_ar: Vec<Inkomster>,
    /// Each person's final tax for the year on those incomes, computed once in stage 3 and
    /// read again by `people[]` of the result.
    #[serde(skip)]
    pub slutlig_skatt_ar: Vec<rules::skatt::SlutligSkatt>,
    /// Per person: part of the aktivitets-/sjukersättning is vilande this month (the plan
    /// counts these months, SFB 36 kap. 14–15 §§).
    #[serde(skip)]
    pub vilande: Vec<bool>,
    /// What bostadsbidrag was computed from this month (the plan's year-end computes the final
    /// bidrag from the same, with the calendar year's income, SFB 98 kap. 5 §).
    #[serde(skip)]
    pub bostadsbidrag_indata: Option<rules::formaner::bostadsbidrag::BostadsbidragIndata>,
    /// Rules used in this month after the date they are verified until (a new year whose
    /// amounts are not published or not entered yet): which, and why. Empty when every rule
    /// used is verified for the month.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub regelnotiser: Vec<Regelnotis>,
}

impl Manadsresultat {
    pub fn komponent(&self, id: KomponentId, person: Option<usize>) -> Option<&Komponent> {
        self.komponenter
            .iter()
            .find(|k| k.id == id && k.person == person)
    }
    /// Sum of one component id over people and household.
    pub fn summa(&self, id: KomponentId) -> Decimal {
        self.komponenter
            .iter()
            .filter(|k| k.id == id && k.i_summan)
            .map(|k| k.per_manad)
            .sum()
    }
}

/// Evaluates one month of a validated scenario, with every explanation.
pub fn evaluate_month(s: &Scenario, satser: &Kommunalskatt) -> Manadsresultat {
    evaluate_month_with(s, satser, true)
}

/// As [`evaluate_month`]; `detalj = false` builds no explanation at all (sweeps need only the
/// amounts, and the text is most of a month's cost). The stages in the order of
/// docs/pipeline.md.
pub fn evaluate_month_with(s: &Scenario, satser: &Kommunalskatt, detalj: bool) -> Manadsresultat {
    let mut l = Manadslage::ny(s, satser, detalj);
    for i in 0..s.people.len() {
        let inkomster = person::arbete_och_socialforsakring(&mut l, i); // 1–2
        let pm = skatt::skatt(&mut l, i, inkomster); // 3
        l.pm.push(pm);
    }
    bostad::bostad(&mut l); // 4
    barn::barn(&mut l); // 4
    forsorjningsstod::underhall(&mut l); // 4: entered, not modelled
    forsorjningsstod::forsorjningsstod(&mut l); // 5
    information::jobbpremie(&mut l); // 6
    l.resultat()
}

/// What the stages share: the scenario, the month, and the amounts fixed so far.
struct Manadslage<'a> {
    s: &'a Scenario,
    rs: &'static rules::Ruleset,
    m: Manad,
    pbb: Decimal,
    hh: &'a HushallInput,
    satser: &'a Kommunalskatt,
    detalj: bool,
    tva_vuxna: bool,
    komp: Vec<Komponent>,
    /// Each person's month, in the order of `s.people`.
    pm: Vec<PersonManad>,
    /// Bostadstillägg and bostadsbidrag, for försörjningsstöd.
    bostadsstod: Decimal,
    /// The parents' barnbidrag, for försörjningsstöd.
    barnbidrag: Decimal,
    /// What young people of 18+ at home get themselves, for försörjningsstöd.
    ungdomens_bidrag: Decimal,
    /// What bostadsbidrag was computed from.
    bostadsbidrag_indata: Option<rules::formaner::bostadsbidrag::BostadsbidragIndata>,
}

static TOMT_HUSHALL: HushallInput = HushallInput {
    boendekostnad_per_manad: None,
    bostadsyta_kvm: None,
    formogenhet: Decimal::ZERO,
    children: Vec::new(),
    underhall_per_manad: Decimal::ZERO,
    forsorjningsstod: None,
    jobbpremie: None,
    overrides: std::collections::BTreeMap::new(),
};

impl<'a> Manadslage<'a> {
    fn ny(s: &'a Scenario, satser: &'a Kommunalskatt, detalj: bool) -> Self {
        let rs = rules::ruleset(s.year).expect("validated year");
        Manadslage {
            s,
            rs,
            m: Manad::new(s.year, s.month.unwrap_or(1)),
            pbb: rs.skatt.prisbasbelopp.value,
            hh: s.household.as_ref().unwrap_or(&TOMT_HUSHALL),
            satser,
            detalj,
            tva_vuxna: s.people.len() == 2,
            komp: Vec::new(),
            pm: Vec::new(),
            bostadsstod: Decimal::ZERO,
            barnbidrag: Decimal::ZERO,
            ungdomens_bidrag: Decimal::ZERO,
            bostadsbidrag_indata: None,
        }
    }

    /// A trace for one component: recording only when explanations are wanted.
    fn trace(&self) -> Trace {
        Trace::ny(self.detalj)
    }

    /// A component from a rule's outcome.
    fn komponent(
        &self,
        id: KomponentId,
        label: &'static str,
        person: Option<usize>,
        u: Utfall,
    ) -> Komponent {
        Komponent {
            id,
            label,
            person,
            status: u.status,
            per_manad: u.per_manad,
            skattepliktig: false,
            i_summan: true,
            uppskattning: false,
            skal: u.skal,
            saknas: u.saknas,
            niva_med_arbete: None,
            jobbstimulans_per_manad: None,
            modellerat_per_manad: None,
            steps: u.steps,
        }
    }

    /// A component for an amount the user entered rather than one the engine computed.
    fn angivet(
        &self,
        id: KomponentId,
        label: &'static str,
        person: Option<usize>,
        v: Decimal,
    ) -> Komponent {
        let mut t = self.trace();
        t.steg(|| {
            Step::ny(
                "angivet_belopp",
                "Belopp som angetts",
                v,
                "Uppgift från användaren",
            )
            .formel(format!(
                "{v} kr per månad, angivet av användaren (inte beräknat)"
            ))
            .indata([("angivet", v)])
        });
        self.komponent(id, label, person, Utfall::belopp(v, t.ta()))
    }

    /// Replaces a modelled amount with the one from the decision letter, keeping the modelled
    /// figure and saying so in the trace.
    fn beslut(&self, k: &mut Komponent, known: Option<&Decimal>) {
        let Some(&known) = known else { return };
        k.modellerat_per_manad = Some(k.per_manad);
        let mut t = self.trace();
        t.steg(|| {
            Step::ny(
                "belopp_enligt_beslut",
                "Belopp enligt beslut (angivet av användaren)",
                known,
                "Uppgift från beslutsbrev",
            )
            .formel(format!(
                "{known} kr enligt beslutet ersätter det beräknade beloppet {} kr",
                k.per_manad
            ))
            .indata([("beräknat", k.per_manad)])
        });
        k.steps.extend(t.ta());
        k.per_manad = known;
        k.status = if known > Decimal::ZERO {
            Status::Utbetalas
        } else {
            Status::NollKronor
        };
    }

    fn resultat(self) -> Manadsresultat {
        let disponibel = self
            .komp
            .iter()
            .filter(|k| k.i_summan)
            .map(|k| k.per_manad)
            .sum();
        let regelnotiser = regelnotiser::regelnotiser(self.s, self.rs, self.m, &self.komp);
        Manadsresultat {
            manad: self.m.to_string(),
            regelnotiser,
            disponibel_inkomst: disponibel,
            kvar_efter_boendekostnad: (self.s.household.as_ref())
                .and_then(|h| h.boendekostnad_per_manad)
                .map(|b| disponibel - b),
            lon_brutto: self.pm.iter().map(|x| x.lon).sum(),
            skattepliktiga: self.pm.iter().map(|x| x.skattepliktiga.clone()).collect(),
            inkomster_ar: self.pm.iter().map(|x| x.inkomster_ar.clone()).collect(),
            slutlig_skatt_ar: self.pm.iter().map(|x| x.slutlig_skatt_ar.clone()).collect(),
            vilande: self.pm.iter().map(|x| x.ae_vilande).collect(),
            bostadsbidrag_indata: self.bostadsbidrag_indata,
            komponenter: self.komp,
        }
    }
}

fn ore(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// One person's amounts of the month, as the later stages read them.
struct PersonManad {
    lon: Decimal,
    sjukpenning: Decimal,
    /// A-kassa and other pensionable benefits entered as amounts.
    annan_pensionsgrundande: Decimal,
    pension: Decimal,
    ae_sa: Decimal,
    ae_sa_slag: Option<ae::Slag>,
    /// Part of the ersättning is vilande this month (a vilandeförklaring that is granted).
    ae_vilande: bool,
    /// The status of the ersättning's component (None without one).
    ae_status: Option<Status>,
    aktivitetsstod: Decimal,
    aktivitetsstod_skattepliktigt: bool,
    skatt_manad: Decimal,
    skattepliktiga: crate::scenario::Manadsinkomster,
    /// The year's incomes as the tax was computed on them (a year of months like this one).
    inkomster_ar: Inkomster,
    /// The final tax on them.
    slutlig_skatt_ar: rules::skatt::SlutligSkatt,
}

impl PersonManad {
    /// Every taxable income per month: what the tax, the bidragsgrundande inkomst and the
    /// försörjningsstöd's income test start from.
    fn skattepliktigt(&self) -> Decimal {
        self.lon
            + self.sjukpenning
            + self.annan_pensionsgrundande
            + self.ae_sa
            + self.pension
            + if self.aktivitetsstod_skattepliktigt {
                self.aktivitetsstod
            } else {
                Decimal::ZERO
            }
    }
}
