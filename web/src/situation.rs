//! The counselling view's input: the household's situation today and the jobs to try, as
//! typed, and the engine's `Scenario` built from them as a typed value. Only reading and
//! routing happens here; every rule and every range check is the engine's.

use std::collections::BTreeMap;

use calculator_core::hushall::{
    AktivitetsersattningInput, AktivitetsstodForm, AktivitetsstodInput, Alternativ, BarnInput,
    ForsorjningsstodInput, HushallInput, JobbInput, SjukpenningInput, SweepOver, SweepSpec,
};
use calculator_core::scenario::Person;
use calculator_core::KomponentId;
use calculator_core::{InputErrors, Scenario, ScenarioResult, SCHEMA_VERSION};
use rules::formaner::aktivitetsersattning::{Niva, Slag, Vilande};
use rules::formaner::barnbidrag::{Fordelning, Skolgang};
use rules::formaner::bostadsbidrag::Boende;
use rules::formaner::forsorjningsstod::{Jobbstimulans, SkaligaKostnader};
use rules::formaner::sjukpenning::Omfattning;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::form::{las_heltal, las_tal, Lasfel};

/// A choice the form offers among an enum's values (the engine's own enums, and `Har`): every
/// value in the order shown, and its name, which is the engine's name for it (as in the
/// scenario format) and the value of its `<option>`.
pub trait Val: Copy + PartialEq + 'static {
    const ALLA: &'static [Self];
    fn namn(self) -> &'static str;
    /// The value by its name; None for a name the form does not offer.
    fn fran_namn(namn: &str) -> Option<Self> {
        Self::ALLA.iter().copied().find(|x| x.namn() == namn)
    }
}

impl Val for Har {
    const ALLA: &'static [Self] = &[
        Har::Inget,
        Har::Sjukpenning,
        Har::Aktivitetsersattning,
        Har::Sjukersattning,
        Har::Aktivitetsstod,
        Har::Forsorjningsstod,
    ];
    fn namn(self) -> &'static str {
        match self {
            Har::Inget => "inget",
            Har::Sjukpenning => "sjukpenning",
            Har::Aktivitetsersattning => "aktivitetsersattning",
            Har::Sjukersattning => "sjukersattning",
            Har::Aktivitetsstod => "aktivitetsstod",
            Har::Forsorjningsstod => "forsorjningsstod",
        }
    }
}

impl Val for Niva {
    const ALLA: &'static [Self] = &[
        Niva::Hel,
        Niva::TreFjardedelar,
        Niva::Halv,
        Niva::EnFjardedel,
    ];
    fn namn(self) -> &'static str {
        match self {
            Niva::Hel => "hel",
            Niva::TreFjardedelar => "tre_fjardedelar",
            Niva::Halv => "halv",
            Niva::EnFjardedel => "en_fjardedel",
        }
    }
}

impl Val for AktivitetsstodForm {
    const ALLA: &'static [Self] = &[
        AktivitetsstodForm::Grundbelopp,
        AktivitetsstodForm::Inkomstbaserat,
        AktivitetsstodForm::UtvecklingsersattningGymnasieexamen,
        AktivitetsstodForm::UtvecklingsersattningOvriga,
    ];
    fn namn(self) -> &'static str {
        match self {
            AktivitetsstodForm::Grundbelopp => "grundbelopp",
            AktivitetsstodForm::Inkomstbaserat => "inkomstbaserat",
            AktivitetsstodForm::UtvecklingsersattningGymnasieexamen => {
                "utvecklingsersattning_gymnasieexamen"
            }
            AktivitetsstodForm::UtvecklingsersattningOvriga => "utvecklingsersattning_ovriga",
        }
    }
}

impl Val for Boende {
    const ALLA: &'static [Self] = &[Boende::Hemmavarande, Boende::Vaxelvis, Boende::Umgange];
    fn namn(self) -> &'static str {
        match self {
            Boende::Hemmavarande => "hemmavarande",
            Boende::Vaxelvis => "vaxelvis",
            Boende::Umgange => "umgange",
        }
    }
}

impl Val for Skolgang {
    const ALLA: &'static [Self] = &SKOLGANG;
    fn namn(self) -> &'static str {
        match self {
            Skolgang::Ingen => "ingen",
            Skolgang::Studiehjalp => "studiehjalp",
            Skolgang::ForlangtBarnbidrag => "forlangt_barnbidrag",
        }
    }
}

/// Sjukpenning's level for the level the form keeps (one field for sjukpenning and
/// aktivitets-/sjukersättning, which have the same four levels).
pub fn sjukpenning_omfattning(niva: Niva) -> Omfattning {
    match niva {
        Niva::Hel => Omfattning::Hel,
        Niva::TreFjardedelar => Omfattning::TreFjardedelar,
        Niva::Halv => Omfattning::Halv,
        Niva::EnFjardedel => Omfattning::EnFjardedel,
    }
}

/// The form's level for a sjukpenning level (the inverse of `sjukpenning_omfattning`).
pub fn niva_for_omfattning(o: Omfattning) -> Niva {
    match o {
        Omfattning::Hel => Niva::Hel,
        Omfattning::TreFjardedelar => Niva::TreFjardedelar,
        Omfattning::Halv => Niva::Halv,
        Omfattning::EnFjardedel => Niva::EnFjardedel,
    }
}

/// What an adult has today, besides any job tried in an alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Har {
    Inget,
    Sjukpenning,
    Aktivitetsersattning,
    Sjukersattning,
    /// Aktivitetsstöd or utvecklingsersättning in an Arbetsförmedlingen programme.
    Aktivitetsstod,
    Forsorjningsstod,
}

/// One adult as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Vuxen {
    pub alder: String,
    pub har: Har,
    /// The level of sjukpenning (as `sjukpenning_omfattning`) or of aktivitets-/sjukersättning.
    pub niva: Niva,
    /// Sjukpenning: SGI, kronor per year.
    pub sgi: String,
    /// Sjukpenning: the normal working time per week that the sick-listing is measured against
    /// (a job's hours against it set the level in each alternative). Required, no default.
    pub normal_arbetstid: String,
    /// Aktivitets-/sjukersättning: inkomstrelaterad per month, if known.
    pub inkomstrelaterad: String,
    /// Months with aktivitets-/sjukersättning so far (for vilande).
    pub manader_med_ersattning: String,
    /// Months the ersättning has already been vilande (the 24 months with 25 % kept count
    /// from the first).
    pub manader_vilande: String,
    /// With aktivitets-/sjukersättning: also in an Arbetsförmedlingen programme with
    /// aktivitetsstöd (for the part of the time the ersättning does not cover).
    pub akt_ocksa: bool,
    /// Aktivitetsstöd: the form.
    pub akt_form: AktivitetsstodForm,
    /// Aktivitetsstöd: the daily amount of the decision (inkomstbaserat).
    pub akt_dagbelopp: String,
    /// Aktivitetsstöd: the programme's extent, percent of full time.
    pub akt_omfattning: String,
    /// The benefit's amount per month from the decision letter; empty = computed.
    pub beslut_belopp: String,
    /// Bostadstillägg per month from the decision letter; empty = computed.
    pub beslut_bostadstillagg: String,
    /// Wage per month from work the adult already has (before tax); a job tried comes on top.
    pub lon_i_dag: String,
    /// A-kassa or another taxable, pensionable benefit per month (before tax).
    pub akassa: String,
    /// A member of Svenska kyrkan (pays kyrkoavgift with the tax).
    pub kyrka: bool,
    /// The församling's kyrkoavgift, percent; required for a member, never assumed.
    pub kyrkoavgift: String,
}

impl Default for Vuxen {
    fn default() -> Self {
        Vuxen {
            alder: "24".into(),
            har: Har::Inget,
            niva: Niva::Hel,
            sgi: String::new(),
            normal_arbetstid: String::new(),
            inkomstrelaterad: String::new(),
            // Asked, never assumed: both decide whether vilande applies (SFB 36 kap. 10, 14
            // och 15 §§); the engine asks for them when a job is tried with vilande.
            manader_med_ersattning: String::new(),
            manader_vilande: String::new(),
            akt_ocksa: false,
            akt_form: AktivitetsstodForm::Grundbelopp,
            akt_dagbelopp: String::new(),
            akt_omfattning: "100".into(),
            beslut_belopp: String::new(),
            beslut_bostadstillagg: String::new(),
            lon_i_dag: String::new(),
            akassa: String::new(),
            kyrka: false,
            kyrkoavgift: String::new(),
        }
    }
}

/// A child as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Barn {
    pub alder: String,
    pub boende: Boende,
    /// The barnbidrag is shared half and half with a parent elsewhere.
    pub delat: bool,
    /// Eats lunch at förskola on weekdays (försörjningsstöd's riksnorm for ages 0–6).
    pub lunch: bool,
    /// School after the allmänt barnbidrag. Asked and sent only for the ages
    /// `fragar_skolgang` gives.
    pub skolgang: Skolgang,
    /// Birth month 1–12; None until chosen (no default: it changes the barnbidrag at the
    /// ages `fragar_fodelsemanad` gives).
    pub fodelsemanad: Option<u32>,
}

impl Default for Barn {
    fn default() -> Self {
        Barn {
            alder: "5".into(),
            boende: Boende::Hemmavarande,
            delat: false,
            lunch: false,
            skolgang: Skolgang::Ingen,
            fodelsemanad: None,
        }
    }
}

/// The answers to "går i skolan?", in the order shown; no school first.
pub const SKOLGANG: [Skolgang; 3] = [
    Skolgang::Ingen,
    Skolgang::Studiehjalp,
    Skolgang::ForlangtBarnbidrag,
];

/// Whether the form asks if a child of `alder` goes to school: from the age the allmänt
/// barnbidrag ends to the last age studies count (the rules' parameters, 16–20 in 2026).
pub fn fragar_skolgang(year: i32, month: u32, alder: u32) -> bool {
    let m = rules::formaner::Manad::new(year, month.clamp(1, 12));
    let p = rules::formaner::barnbidrag::params();
    let ar = |t: &rules::formaner::Tidslinje| {
        t.scalar(m)
            .and_then(|x| x.trunc().to_string().parse::<u32>().ok())
    };
    match (
        ar(&p.allmant_barnbidrag_alder),
        ar(&p.flerbarnstillagg_studerande_alder),
    ) {
        (Some(fran), Some(till)) => (fran..=till).contains(&alder),
        _ => false,
    }
}

/// Whether the form asks for a child's birth month: when the rules' barnbidrag for a child of
/// this age in this month depends on it, for some answer to the school question (in 2026 the
/// ages 0, 16 and 18–20). The rules decide, not an age list here.
pub fn fragar_fodelsemanad(year: i32, month: u32, alder: u32) -> bool {
    use rules::formaner::barnbidrag::{barnbidrag, BarnbidragBarn, BarnbidragIndata, Fordelning};
    let m = rules::formaner::Manad::new(year, month.clamp(1, 12));
    let skolor: &[Skolgang] = if fragar_skolgang(year, month, alder) {
        &SKOLGANG
    } else {
        &SKOLGANG[..1]
    };
    skolor.iter().any(|skola| {
        let barn = BarnbidragBarn {
            alder,
            fodelsemanad: None,
            skolgang: *skola,
            fordelning: Fordelning::Hela,
        };
        barnbidrag(
            m,
            &BarnbidragIndata { barn: vec![barn] },
            &mut rules::trace::Trace::off(),
        )
        .status
            == rules::formaner::Status::BehoverUppgift
    })
}

/// The household as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    pub year: i32,
    pub month: u32,
    pub kommun: String,
    pub vuxna: Vec<Vuxen>,
    pub boende: String,
    /// Savings and other assets (bostadstillägg and bostadsbidrag count them).
    pub formogenhet: String,
    /// The flat's area in m² (bostadsbidrag's area limits).
    pub yta: String,
    pub barn: Vec<Barn>,
    /// Underhållsstöd or underhållsbidrag the household receives per month (asked when there
    /// are children); empty = none.
    pub underhall: String,
    /// Försörjningsstöd: the costs the social services accept, per month, besides housing.
    pub fs: FsKostnader,
    /// Försörjningsstöd: months in a row with support before this one (jobbstimulans).
    /// Required with försörjningsstöd and empty until typed: 0 would silently remove the
    /// jobbstimulans.
    pub fs_manader: String,
    /// Bostadsbidrag per month from the decision letter; empty = computed.
    pub beslut_bostadsbidrag: String,
    /// Försörjningsstöd per month from the decision; empty = estimated.
    pub beslut_forsorjningsstod: String,
}

impl Default for Situation {
    /// Nothing filled in but one adult; the year and month are the caller's (the form starts
    /// at the current month).
    fn default() -> Self {
        Situation {
            year: 0,
            month: 1,
            kommun: String::new(),
            vuxna: vec![Vuxen::default()],
            boende: String::new(),
            formogenhet: String::new(),
            yta: String::new(),
            barn: Vec::new(),
            underhall: String::new(),
            fs: FsKostnader::default(),
            fs_manader: String::new(),
            beslut_bostadsbidrag: String::new(),
            beslut_forsorjningsstod: String::new(),
        }
    }
}

/// Försörjningsstöd's costs besides the riksnorm and housing, as typed (SoL 2025:400 12 kap.).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FsKostnader {
    pub hushallsel: String,
    pub hemforsakring: String,
    pub arbetsresor: String,
    pub fack_och_akassa: String,
    pub barnomsorg: String,
    pub ovrigt: String,
}

/// One of försörjningsstöd's costs the form asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kostnad {
    Hushallsel,
    Hemforsakring,
    Arbetsresor,
    FackOchAkassa,
    Barnomsorg,
    Ovrigt,
}

impl Kostnad {
    /// Every cost, in the order the form shows them.
    pub const ALLA: [Kostnad; 6] = [
        Kostnad::Hushallsel,
        Kostnad::Hemforsakring,
        Kostnad::Arbetsresor,
        Kostnad::FackOchAkassa,
        Kostnad::Barnomsorg,
        Kostnad::Ovrigt,
    ];

    /// The element id of its field.
    pub fn id(self) -> &'static str {
        match self {
            Kostnad::Hushallsel => "fs-el",
            Kostnad::Hemforsakring => "fs-forsakring",
            Kostnad::Arbetsresor => "fs-resor",
            Kostnad::FackOchAkassa => "fs-fack",
            Kostnad::Barnomsorg => "fs-barnomsorg",
            Kostnad::Ovrigt => "fs-kostnader",
        }
    }

    /// The engine's amount of this cost.
    pub fn i(self, k: &mut SkaligaKostnader) -> &mut Decimal {
        match self {
            Kostnad::Hushallsel => &mut k.hushallsel,
            Kostnad::Hemforsakring => &mut k.hemforsakring,
            Kostnad::Arbetsresor => &mut k.arbetsresor,
            Kostnad::FackOchAkassa => &mut k.fack_och_akassa,
            Kostnad::Barnomsorg => &mut k.barnomsorg,
            Kostnad::Ovrigt => &mut k.ovrigt,
        }
    }
}

impl FsKostnader {
    /// Each cost with its value as typed, in the order the form shows them.
    pub fn falt(&self) -> [(Kostnad, &String); 6] {
        Kostnad::ALLA.map(|k| {
            let v = match k {
                Kostnad::Hushallsel => &self.hushallsel,
                Kostnad::Hemforsakring => &self.hemforsakring,
                Kostnad::Arbetsresor => &self.arbetsresor,
                Kostnad::FackOchAkassa => &self.fack_och_akassa,
                Kostnad::Barnomsorg => &self.barnomsorg,
                Kostnad::Ovrigt => &self.ovrigt,
            };
            (k, v)
        })
    }

    /// The cost as typed, to change it.
    pub fn falt_mut(&mut self, k: Kostnad) -> &mut String {
        match k {
            Kostnad::Hushallsel => &mut self.hushallsel,
            Kostnad::Hemforsakring => &mut self.hemforsakring,
            Kostnad::Arbetsresor => &mut self.arbetsresor,
            Kostnad::FackOchAkassa => &mut self.fack_och_akassa,
            Kostnad::Barnomsorg => &mut self.barnomsorg,
            Kostnad::Ovrigt => &mut self.ovrigt,
        }
    }
}

/// A job to try, for the first adult.
#[derive(Debug, Clone, PartialEq)]
pub struct Jobb {
    /// Which adult takes the job (index into `Situation::vuxna`).
    pub person: usize,
    pub timmar: String,
    /// Hourly wage; or, when `per_manad`, the monthly salary.
    pub lon: String,
    pub per_manad: bool,
    pub vilande: bool,
    pub behall_25: bool,
    /// Semesterersättning (12 %, semesterlagen 16 a §) is paid on top of the hourly wage.
    pub semester: bool,
    /// Försörjningsstöd: travel to the job, per month, on top of today's costs.
    pub fs_resor: String,
    /// Försörjningsstöd: förskola/fritids needed for the job, per month, on top of today's.
    pub fs_barnomsorg: String,
}

impl Default for Jobb {
    fn default() -> Self {
        Jobb {
            person: 0,
            timmar: "10".into(),
            lon: "135".into(),
            per_manad: false,
            vilande: false,
            behall_25: true,
            semester: false,
            fs_resor: String::new(),
            fs_barnomsorg: String::new(),
        }
    }
}

impl Jobb {
    /// Switches between an hourly wage and a monthly salary, converting the wage typed so that
    /// it means the same pay: monthly = hours × hourly × 52 / 12 (the rules' weeks per month),
    /// to whole kronor; hourly = monthly / (hours × 52 / 12), to the öre. Without hours to
    /// convert with (empty, 0 or unreadable) the wage is cleared, so the field asks to be
    /// filled in rather than 145 kr an hour being read as 145 kr a month. A wage that cannot be
    /// read stays as typed, with its message.
    pub fn byt_lonetyp(&mut self, t: &crate::text::Text, per_manad: bool) {
        use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
        if self.per_manad == per_manad {
            return;
        }
        self.per_manad = per_manad;
        let Some(timmar) = las_tal(&self.timmar, 2).ok().filter(|h| *h > Decimal::ZERO) else {
            self.lon = String::new();
            return;
        };
        let Ok(lon) = las_tal(&self.lon, 2) else {
            return;
        };
        let veckor = rules::formaner::arbete::veckor_per_manad();
        // 52 / 12 is not exact as a Decimal: the noise in the 28th digit goes before rounding.
        let (ny, decimaler) = if per_manad {
            (timmar * lon * veckor, 0)
        } else {
            (lon / (timmar * veckor), 2)
        };
        let ny = ny
            .round_dp(12)
            .round_dp_with_strategy(decimaler, MidpointAwayFromZero);
        self.lon = crate::format::tal(t, ny, 2);
    }
}

/// At most this many alternatives (the engine's limit).
pub const MAX_JOBB: usize = 4;

/// A field that could not be read, by its element id.
#[derive(Debug, Clone, PartialEq)]
pub struct Lasfelet {
    pub id: String,
    pub fel: Lasfel,
}

/// Reads typed amounts; empty optional fields stay None, unreadable ones are reported.
struct Lasare(Vec<Lasfelet>);

/// A count as the scenario holds it: a whole number, 0 or more, that fits a `u32` (larger is
/// "för stort").
fn las_antal(s: &str) -> Result<u32, Lasfel> {
    las_heltal(s).and_then(|n| u32::try_from(n).map_err(|_| Lasfel::ForStort))
}

impl Lasare {
    fn fel(&mut self, id: &str, fel: Lasfel) {
        self.0.push(Lasfelet { id: id.into(), fel });
    }
    /// An optional amount: empty is None. Amounts go to the engine normalised (no trailing
    /// zeros), as typed.
    fn tal(&mut self, id: &str, s: &str) -> Option<Decimal> {
        match las_tal(s, 2) {
            Ok(x) => Some(x.normalize()),
            Err(Lasfel::Tomt) => None,
            Err(fel) => {
                self.fel(id, fel);
                None
            }
        }
    }
    /// A required amount: empty or unreadable ones are reported and None, so that nothing is
    /// sent in their place.
    fn kravs_om(&mut self, id: &str, s: &str) -> Option<Decimal> {
        las_tal(s, 2)
            .map_err(|fel| self.fel(id, fel))
            .ok()
            .map(|x| x.normalize())
    }
    /// A required amount, read as 0 when it cannot be read (and reported).
    fn kravs(&mut self, id: &str, s: &str) -> Decimal {
        self.kravs_om(id, s).unwrap_or_default()
    }
    /// A required count (age): empty or unreadable ones are reported and read as 0.
    fn antal(&mut self, id: &str, s: &str) -> u32 {
        self.antal_kravs(id, s).unwrap_or_default()
    }
    /// A required count: empty or unreadable ones are reported and None, so that nothing is
    /// sent in their place.
    fn antal_kravs(&mut self, id: &str, s: &str) -> Option<u32> {
        las_antal(s).map_err(|fel| self.fel(id, fel)).ok()
    }
    /// An optional count: empty is None.
    fn antal_om(&mut self, id: &str, s: &str) -> Option<u32> {
        match las_antal(s) {
            Ok(n) => Some(n),
            Err(Lasfel::Tomt) => None,
            Err(fel) => {
                self.fel(id, fel);
                None
            }
        }
    }
}

/// The label of alternative `i` (0-based), from the text table.
pub fn etikett(t: &crate::text::RadText, i: usize) -> String {
    (t.jobb_etikett)(i + 1)
}

/// Aktivitets- or sjukersättning today.
fn har_ersattning(v: &Vuxen) -> bool {
    matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning)
}

/// The aktivitetsstöd of adult `i`.
fn aktivitetsstod(l: &mut Lasare, i: usize, v: &Vuxen) -> AktivitetsstodInput {
    let belopp_per_dag = (v.akt_form == AktivitetsstodForm::Inkomstbaserat)
        .then(|| l.kravs(&format!("akt-dagbelopp-{i}"), &v.akt_dagbelopp));
    let omfattning = l
        .tal(&format!("akt-omfattning-{i}"), &v.akt_omfattning)
        .map_or(Decimal::ONE, |pct| (pct / Decimal::ONE_HUNDRED).normalize());
    AktivitetsstodInput {
        form: v.akt_form,
        belopp_per_dag,
        aldre_regler_vid_ikrafttradandet: false,
        omfattning,
        ersattningsdagar: None,
    }
}

/// Today's sjukpenning of adult `i`: the level as decided. The alternatives give no level:
/// with a job the engine takes it from the job's hours against the normal working time, never
/// above this one (docs/decisions.md, "Sick leave and work").
fn sjukpenning(l: &mut Lasare, i: usize, v: &Vuxen) -> SjukpenningInput {
    SjukpenningInput {
        sgi: l.tal(&format!("sgi-{i}"), &v.sgi),
        forvantad_arsinkomst: None,
        omfattning: Some(sjukpenning_omfattning(v.niva)),
        normal_arbetstid: l.kravs_om(&format!("arbetstid-{i}"), &v.normal_arbetstid),
        dag_i_sjukperioden: 1,
        arbetslos: false,
        sarskilda_fall: false,
    }
}

/// Today's aktivitets- or sjukersättning of adult `i`.
fn ersattning(l: &mut Lasare, i: usize, v: &Vuxen) -> AktivitetsersattningInput {
    AktivitetsersattningInput {
        slag: if v.har == Har::Sjukersattning {
            Slag::Sjukersattning
        } else {
            Slag::Aktivitetsersattning
        },
        niva: v.niva,
        inkomstrelaterad_per_manad: l.tal(&format!("inkomstrelaterad-{i}"), &v.inkomstrelaterad),
        antagandeinkomst: None,
        forsakringstid_ar: None,
        vilande: None,
        steglos_avrakning: false,
    }
}

/// Which of today's decision amounts (`overrides`) the scenario keeps: all, for today and
/// the alternatives (which switch off those a job changes); or, for the chart, only those a
/// job does not change.
#[derive(Clone, Copy)]
enum Beslut {
    Alla,
    /// Amounts from decision letters describe today; a job changes the job-taker's own
    /// benefit and everything that tests the household's income (bostadstillägg,
    /// bostadsbidrag, försörjningsstöd), so those are computed again. The other adult's own
    /// sjukpenning, ersättning or aktivitetsstöd does not change with it and keeps its decided
    /// amount (docs/decisions.md).
    Diagram {
        jobbtagare: usize,
    },
}

impl Beslut {
    /// Keeps the decided amount `namn` of adult `person` (None: the household's).
    fn behall(self, person: Option<usize>, namn: KomponentId) -> bool {
        match self {
            Beslut::Alla => true,
            Beslut::Diagram { jobbtagare } => {
                person.is_some_and(|p| p != jobbtagare) && namn != KomponentId::Bostadstillagg
            }
        }
    }
}

/// Adult `i` today, with the amounts of their decisions (`overrides`) that `beslut` keeps.
fn person(l: &mut Lasare, year: i32, i: usize, v: &Vuxen, beslut: Beslut) -> Person {
    let alder = l.antal(&format!("alder-{i}"), &v.alder);
    let mut p = Person {
        // Out of i32 only for an age of billions: then a birth year the engine refuses.
        birth_year: i32::try_from(i64::from(year) - i64::from(alder)).unwrap_or(i32::MIN),
        // Born in January: the age typed is the age all through the month computed.
        birth_month: Some(1),
        ..Person::default()
    };
    match v.har {
        Har::Inget | Har::Forsorjningsstod => {}
        Har::Sjukpenning => p.sjukpenning = Some(sjukpenning(l, i, v)),
        Har::Aktivitetsersattning | Har::Sjukersattning => {
            p.aktivitetsersattning = Some(ersattning(l, i, v));
            if v.akt_ocksa {
                p.aktivitetsstod = Some(aktivitetsstod(l, i, v));
            }
        }
        Har::Aktivitetsstod => p.aktivitetsstod = Some(aktivitetsstod(l, i, v)),
    }
    if let Some(x) = l.tal(&format!("idaglon-{i}"), &v.lon_i_dag) {
        p.income_per_month.lon = x;
    }
    if let Some(x) = l.tal(&format!("akassa-{i}"), &v.akassa) {
        p.income_per_month.annan_pensionsgrundande = x;
    }
    // The rate differs by församling (about 0.6–1.5 %): asked, never assumed.
    if v.kyrka {
        p.kyrkoavgift_procent = l.kravs_om(&format!("kyrkoavgift-{i}"), &v.kyrkoavgift);
    }
    let formansnamn = match v.har {
        Har::Sjukpenning => Some(KomponentId::Sjukpenning),
        Har::Aktivitetsersattning | Har::Sjukersattning => Some(KomponentId::Aktivitetsersattning),
        Har::Aktivitetsstod => Some(KomponentId::Aktivitetsstod),
        Har::Inget | Har::Forsorjningsstod => None,
    };
    if let Some(namn) = formansnamn {
        if let Some(x) = l.tal(&format!("beslut-belopp-{i}"), &v.beslut_belopp) {
            if beslut.behall(Some(i), namn) {
                p.overrides.insert(namn, x);
            }
        }
    }
    if har_ersattning(v) {
        if let Some(x) = l.tal(&format!("beslut-bt-{i}"), &v.beslut_bostadstillagg) {
            if beslut.behall(Some(i), KomponentId::Bostadstillagg) {
                p.overrides.insert(KomponentId::Bostadstillagg, x);
            }
        }
    }
    p
}

/// Child `i` as the engine takes it.
fn barn(l: &mut Lasare, s: &Situation, i: usize, b: &Barn) -> BarnInput {
    let age = l.antal(&format!("barn-{i}"), &b.alder);
    // School is sent only where the form asks it (a hidden answer does not count).
    let fragas = las_antal(&b.alder).is_ok_and(|a| fragar_skolgang(s.year, s.month, a));
    BarnInput {
        age,
        // The month as chosen; where the rules need it and it is not chosen, the engine asks
        // for it (barnbidrag "behöver uppgift"), shown beside the field.
        birth_month: b.fodelsemanad,
        boende: b.boende,
        skolgang: if fragas { b.skolgang } else { Skolgang::Ingen },
        // Asked only of a single parent; with two adults the engine keeps both halves in the
        // household whatever is sent, so the tick is sent as it is (and saved).
        barnbidrag: Some(if b.delat {
            Fordelning::Delat
        } else {
            Fordelning::Hela
        }),
        lunch_utanfor_hemmet: b.lunch,
    }
}

/// Försörjningsstöd today: the costs typed, and the months in a row (required: every
/// alternative has a wage, and with a wage the months decide the jobbstimulans; empty is
/// reported beside the field and nothing is sent, never 0).
fn forsorjningsstod(l: &mut Lasare, s: &Situation) -> ForsorjningsstodInput {
    let mut kostnader = SkaligaKostnader::default();
    for (k, varde) in s.fs.falt() {
        if let Some(x) = l.tal(k.id(), varde) {
            *k.i(&mut kostnader) = x;
        }
    }
    let jobbstimulans = Jobbstimulans {
        manader_med_fs_i_folj: l.antal_kravs("fs-manader", &s.fs_manader),
        manader_sedan_start: None,
    };
    ForsorjningsstodInput {
        kostnader,
        jobbstimulans,
        ..ForsorjningsstodInput::default()
    }
}

/// What the household shares, today, with the amounts of its decisions that `beslut` keeps.
fn hushall(l: &mut Lasare, s: &Situation, fs: bool, beslut: Beslut) -> HushallInput {
    let mut h = HushallInput {
        boendekostnad_per_manad: l.tal("boende", &s.boende),
        ..HushallInput::default()
    };
    h.formogenhet = l.tal("formogenhet", &s.formogenhet).unwrap_or_default();
    h.bostadsyta_kvm = l.tal("yta", &s.yta);
    // Only with children: a removed last child takes the field (and its amount) with it.
    if !s.barn.is_empty() {
        h.underhall_per_manad = l.tal("underhall", &s.underhall).unwrap_or_default();
    }
    h.children = s
        .barn
        .iter()
        .enumerate()
        .map(|(i, b)| barn(l, s, i, b))
        .collect();
    if fs {
        h.forsorjningsstod = Some(forsorjningsstod(l, s));
    }
    let bb = l.tal("beslut-bb", &s.beslut_bostadsbidrag);
    let fs = fs
        .then(|| l.tal("beslut-fs", &s.beslut_forsorjningsstod))
        .flatten();
    for (namn, x) in [
        (KomponentId::Bostadsbidrag, bb),
        (KomponentId::Forsorjningsstod, fs),
    ] {
        if let Some(x) = x.filter(|_| beslut.behall(None, namn)) {
            h.overrides.insert(namn, x);
        }
    }
    h
}

/// What a job changes: the adult who takes it, the job, its vilande (with aktivitets- or
/// sjukersättning), and the försörjningsstöd costs it brings (today's with the job's added).
struct Jobbandring {
    person: usize,
    job: JobbInput,
    vilande: Option<Vilande>,
    arbetsresor: Option<Decimal>,
    barnomsorg: Option<Decimal>,
}

/// Months with the ersättning, and months already vilande, of each adult who has one (for a
/// job's vilande).
struct Manader {
    med_ersattning: Vec<Option<u32>>,
    vilande: Vec<Option<u32>>,
}

impl Manader {
    /// Required for an adult one of whose jobs is tried with vilande (they decide whether
    /// vilande applies, SFB 36 kap. 10, 14 och 15 §§: no figure is shown as if they were 0);
    /// otherwise read when given.
    fn las(l: &mut Lasare, s: &Situation, jobb: &[Jobb]) -> Manader {
        let vilar = |i: usize| jobb.iter().any(|j| j.vilande && jobbtagare(s, j) == i);
        let mut las = |id: &str, falt: fn(&Vuxen) -> &String| -> Vec<Option<u32>> {
            (s.vuxna.iter().enumerate())
                .map(|(i, v)| {
                    let id = format!("{id}-{i}");
                    match (har_ersattning(v), vilar(i)) {
                        (false, _) => None,
                        (true, true) => l.antal_kravs(&id, falt(v)),
                        (true, false) => l.antal_om(&id, falt(v)),
                    }
                })
                .collect()
        };
        Manader {
            med_ersattning: las("manader-ersattning", |v| &v.manader_med_ersattning),
            vilande: las("manader-vilande", |v| &v.manader_vilande),
        }
    }
}

/// The adult who takes job `j`.
fn jobbtagare(s: &Situation, j: &Jobb) -> usize {
    j.person.min(s.vuxna.len().saturating_sub(1))
}

/// Job `i` as a change to today.
fn jobbandring(
    l: &mut Lasare,
    s: &Situation,
    i: usize,
    j: &Jobb,
    manader: &Manader,
    i_dag: Option<&SkaligaKostnader>,
) -> Jobbandring {
    let person = jobbtagare(s, j);
    let timmar = l.kravs(&format!("timmar-{i}"), &j.timmar);
    let lon = l.kravs(&format!("lon-{i}"), &j.lon);
    let job = JobbInput {
        hours_per_week: timmar,
        hourly_wage: (!j.per_manad).then_some(lon),
        monthly_salary: j.per_manad.then_some(lon),
        semesterersattning_procent: (!j.per_manad && j.semester)
            .then(|| semesterersattning_procent(s).normalize()),
        full_time_hours: None,
    };
    let vilande = (j.vilande && s.vuxna.get(person).is_some_and(har_ersattning)).then(|| Vilande {
        manader_med_ersattning_fore: manader.med_ersattning[person],
        manader_vilande_hittills: manader.vilande[person],
        beslutad_andel: None,
        behallen_25_procent: j.behall_25,
    });
    // Costs the job brings that försörjningsstöd counts, added to today's; childcare is asked
    // (and counted) only when there are children.
    let mut extra = |id: String, varde: &str, i_dag: Decimal| {
        l.tal(&id, varde).map(|x| (i_dag + x).normalize())
    };
    let (arbetsresor, barnomsorg) = match i_dag {
        Some(k) => (
            extra(format!("jobb-resor-{i}"), &j.fs_resor, k.arbetsresor),
            extra(
                format!("jobb-barnomsorg-{i}"),
                if s.barn.is_empty() {
                    ""
                } else {
                    &j.fs_barnomsorg
                },
                k.barnomsorg,
            ),
        ),
        None => (None, None),
    };
    Jobbandring {
        person,
        job,
        vilande,
        arbetsresor,
        barnomsorg,
    }
}

/// The scenario for the engine: "i dag" as the baseline, each job as an alternative, and,
/// when `svep` is given, a sweep over hours 0–40 with that job as the baseline instead.
pub fn scenario(
    t: &crate::text::RadText,
    s: &Situation,
    jobb: &[Jobb],
    svep: Option<usize>,
) -> (Scenario, Vec<Lasfelet>) {
    let mut l = Lasare(Vec::new());
    let fs = s.vuxna.iter().any(|v| v.har == Har::Forsorjningsstod);
    let beslut = match svep.and_then(|i| jobb.get(i)) {
        Some(j) => Beslut::Diagram {
            jobbtagare: jobbtagare(s, j),
        },
        None => Beslut::Alla,
    };
    let mut people: Vec<Person> = (s.vuxna.iter().enumerate())
        .map(|(i, v)| person(&mut l, s.year, i, v, beslut))
        .collect();
    let mut household = hushall(&mut l, s, fs, beslut);
    let manader = Manader::las(&mut l, s, jobb);
    let i_dag = household
        .forsorjningsstod
        .as_ref()
        .map(|f| f.kostnader.clone());
    let andringar: Vec<Jobbandring> = (jobb.iter().enumerate())
        .map(|(i, j)| jobbandring(&mut l, s, i, j, &manader, i_dag.as_ref()))
        .collect();
    let kommun = s.kommun.trim();
    let mut sc = Scenario {
        schema_version: SCHEMA_VERSION,
        year: s.year,
        kommun: (!kommun.is_empty()).then(|| kommun.to_string()),
        month: Some(s.month),
        ..Scenario::default()
    };
    match svep.and_then(|i| andringar.get(i)) {
        Some(a) => {
            med_jobbet(&mut people, &mut household, a);
            sc.sweep = Some(SweepSpec {
                person: a.person,
                over: SweepOver::Hours,
                from: Decimal::ZERO,
                to: Decimal::from(40),
                step: Decimal::ONE,
            });
        }
        None => {
            sc.alternatives = (andringar.iter().enumerate())
                .map(|(i, a)| alternativ(t, i, a, &people, &household))
                .collect();
        }
    }
    sc.people = people;
    sc.household = (household != HushallInput::default()).then_some(household);
    (sc, l.0)
}

/// The chart's baseline: today with the charted job (its decision amounts already left out,
/// `Beslut::Diagram`).
fn med_jobbet(people: &mut [Person], h: &mut HushallInput, a: &Jobbandring) {
    if let Some(p) = people.get_mut(a.person) {
        p.job = Some(a.job.clone());
        if let (Some(v), Some(ae)) = (&a.vilande, p.aktivitetsersattning.as_mut()) {
            ae.vilande = Some(v.clone());
        }
    }
    // The chart's job brings its costs for försörjningsstöd along all its hours.
    if let Some(fs) = h.forsorjningsstod.as_mut() {
        if let Some(x) = a.arbetsresor {
            fs.kostnader.arbetsresor = x;
        }
        if let Some(x) = a.barnomsorg {
            fs.kostnader.barnomsorg = x;
        }
    }
}

/// A merge patch (RFC 7396) of one adult in an alternative.
#[derive(Serialize)]
struct PersonPatch<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    job: Option<&'a JobbInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aktivitetsersattning: Option<ErsattningPatch<'a>>,
    /// Today's decision amounts that do not hold in the alternative: null removes them.
    #[serde(skip_serializing_if = "Map::is_empty")]
    overrides: Map<String, Value>,
}

#[derive(Serialize)]
struct ErsattningPatch<'a> {
    vilande: &'a Vilande,
}

/// A merge patch of the household in an alternative.
#[derive(Serialize)]
struct HushallPatch {
    /// Today's decision amounts, removed (null).
    #[serde(skip_serializing_if = "Map::is_empty")]
    overrides: Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    forsorjningsstod: Option<FsPatch>,
}

#[derive(Serialize)]
struct FsPatch {
    kostnader: KostnadPatch,
}

/// The costs a job changes, today's with the job's added.
#[derive(Serialize)]
struct KostnadPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    arbetsresor: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    barnomsorg: Option<Decimal>,
}

/// A patch as the engine's `Alternativ` holds it.
fn patch(p: &impl Serialize) -> Value {
    // Cannot fail: plain structs with string keys.
    serde_json::to_value(p).unwrap_or_default()
}

/// Alternative `i`: the job, and with aktivitets- or sjukersättning its vilande, as patches of
/// today. Today's decision amounts do not hold in it: the job-taker's all go, another adult's
/// bostadstillägg, and the household's (docs/decisions.md).
fn alternativ(
    t: &crate::text::RadText,
    i: usize,
    a: &Jobbandring,
    people: &[Person],
    h: &HushallInput,
) -> Alternativ {
    // Null for each key: the merge patch removes it.
    let av = |namn: &mut dyn Iterator<Item = &KomponentId>| {
        let mut m = Map::new();
        for n in namn {
            m.insert(n.as_str().to_owned(), Value::Null);
        }
        m
    };
    let person_av = |k: usize| {
        let namn = people.get(k).into_iter().flat_map(|p| p.overrides.keys());
        av(&mut namn.filter(|n| k == a.person || **n == KomponentId::Bostadstillagg))
    };
    let mut patchar = BTreeMap::new();
    let jobbet = PersonPatch {
        job: Some(&a.job),
        aktivitetsersattning: a
            .vilande
            .as_ref()
            .map(|vilande| ErsattningPatch { vilande }),
        overrides: person_av(a.person),
    };
    patchar.insert(a.person.to_string(), patch(&jobbet));
    for k in (0..people.len()).filter(|&k| k != a.person) {
        let overrides = person_av(k);
        if !overrides.is_empty() {
            let p = PersonPatch {
                job: None,
                aktivitetsersattning: None,
                overrides,
            };
            patchar.insert(k.to_string(), patch(&p));
        }
    }
    let hh = HushallPatch {
        overrides: av(&mut h.overrides.keys()),
        forsorjningsstod: (a.arbetsresor.is_some() || a.barnomsorg.is_some()).then_some(FsPatch {
            kostnader: KostnadPatch {
                arbetsresor: a.arbetsresor,
                barnomsorg: a.barnomsorg,
            },
        }),
    };
    let household = (!hh.overrides.is_empty() || hh.forsorjningsstod.is_some()).then(|| patch(&hh));
    Alternativ {
        label: etikett(t, i),
        people: patchar,
        household,
    }
}

/// Semesterlagen's semesterersättning in percent for the month computed (rules' parameter).
pub fn semesterersattning_procent(s: &Situation) -> Decimal {
    let m = rules::formaner::Manad::new(s.year, s.month.clamp(1, 12));
    rules::formaner::arbete::params()
        .semesterersattning
        .scalar(m)
        .unwrap_or_default()
        * Decimal::ONE_HUNDRED
}
/// The scenario through the engine.
pub fn berakna(s: &Scenario) -> Result<ScenarioResult, InputErrors> {
    calculator_core::evaluate(s)
}

/// Which alternative the chart sweeps: the first with an hourly wage (a sweep over hours needs
/// one).
pub fn svep_for(jobb: &[Jobb]) -> Option<usize> {
    jobb.iter().position(|j| !j.per_manad)
}

/// The alternative the chart sweeps: the one chosen, if it has an hourly wage; else the first
/// that has.
pub fn diagram_jobb(jobb: &[Jobb], vald: usize) -> Option<usize> {
    match jobb.get(vald) {
        Some(j) if !j.per_manad => Some(vald),
        _ => svep_for(jobb),
    }
}

/// The form field (its element id) an engine error is about, from the error's JSON path; None
/// for a problem with no field of its own here.
pub fn falt_for_motorfel(path: &str) -> Option<String> {
    // "people[1].birth_year" → ("people", 1, "birth_year")
    fn index(s: &str, prefix: &str) -> Option<(usize, String)> {
        let rest = s.strip_prefix(prefix)?.strip_prefix('[')?;
        let (n, rest) = rest.split_once(']')?;
        Some((n.parse().ok()?, rest.trim_start_matches('.').to_string()))
    }
    if path == "kommun" {
        return Some("kommun-r".into());
    }
    if let Some((p, rest)) = index(path, "people") {
        return person_falt(p, &rest);
    }
    if let Some((a, rest)) = index(path, "alternatives") {
        match rest.as_str() {
            "household.forsorjningsstod.kostnader.arbetsresor" => {
                return Some(format!("jobb-resor-{a}"))
            }
            "household.forsorjningsstod.kostnader.barnomsorg" => {
                return Some(format!("jobb-barnomsorg-{a}"))
            }
            _ => {}
        }
        let (p, rest) = index(&rest, "people")?;
        return match rest.as_str() {
            "job.hours_per_week" => Some(format!("timmar-{a}")),
            "job.hourly_wage" | "job.monthly_salary" => Some(format!("lon-{a}")),
            _ => person_falt(p, &rest),
        };
    }
    if let Some(rest) = path.strip_prefix("household.") {
        if let Some((k, falt)) = index(rest, "children") {
            return Some(match falt.as_str() {
                "birth_month" => format!("barnmanad-{k}"),
                "skolgang" => format!("barnskola-{k}"),
                _ => format!("barn-{k}"),
            });
        }
        return match rest {
            "boendekostnad_per_manad" => Some("boende".into()),
            "formogenhet" => Some("formogenhet".into()),
            "underhall_per_manad" => Some("underhall".into()),
            "bostadsyta_kvm" => Some("yta".into()),
            "overrides.bostadsbidrag" => Some("beslut-bb".into()),
            "overrides.forsorjningsstod" => Some("beslut-fs".into()),
            "forsorjningsstod.kostnader.hushallsel" => Some("fs-el".into()),
            "forsorjningsstod.kostnader.hemforsakring" => Some("fs-forsakring".into()),
            "forsorjningsstod.kostnader.arbetsresor" => Some("fs-resor".into()),
            "forsorjningsstod.kostnader.fack_och_akassa" => Some("fs-fack".into()),
            "forsorjningsstod.kostnader.barnomsorg" => Some("fs-barnomsorg".into()),
            "forsorjningsstod.kostnader.ovrigt" => Some("fs-kostnader".into()),
            "forsorjningsstod.jobbstimulans.manader_med_fs_i_folj" => Some("fs-manader".into()),
            _ => None,
        };
    }
    None
}

/// The form field (its element id) a component's `saknas` entry is about: what the engine
/// needs and does not have, e.g. `barn[1].fodelsemanad`; None for one with no field here.
pub fn falt_for_saknas(saknas: &str, person: Option<usize>) -> Option<String> {
    if let Some(rest) = saknas.strip_prefix("barn[") {
        let (k, falt) = rest.split_once(']')?;
        let k: usize = k.parse().ok()?;
        return match falt {
            ".fodelsemanad" => Some(format!("barnmanad-{k}")),
            _ => None,
        };
    }
    match (saknas, person) {
        ("jobbstimulans.manader_med_fs_i_folj", _) => Some("fs-manader".into()),
        ("vilande.manader_med_ersattning_fore", Some(p)) => Some(format!("manader-ersattning-{p}")),
        ("vilande.manader_vilande_hittills", Some(p)) => Some(format!("manader-vilande-{p}")),
        _ => None,
    }
}

fn person_falt(p: usize, rest: &str) -> Option<String> {
    let id = match rest {
        "birth_year" => "alder",
        "income_per_month.lon" => "idaglon",
        "income_per_month.annan_pensionsgrundande" => "akassa",
        "kyrkoavgift_procent" => "kyrkoavgift",
        "sjukpenning.sgi" => "sgi",
        "sjukpenning.normal_arbetstid" => "arbetstid",
        "aktivitetsersattning.inkomstrelaterad_per_manad" => "inkomstrelaterad",
        "aktivitetsersattning.vilande.manader_med_ersattning_fore" => "manader-ersattning",
        "aktivitetsersattning.vilande.manader_vilande_hittills" => "manader-vilande",
        "aktivitetsstod.belopp_per_dag" => "akt-dagbelopp",
        "aktivitetsstod.omfattning" => "akt-omfattning",
        "overrides.sjukpenning" | "overrides.aktivitetsersattning" | "overrides.aktivitetsstod" => {
            "beslut-belopp"
        }
        "overrides.bostadstillagg" => "beslut-bt",
        _ => return None,
    };
    Some(format!("{id}-{p}"))
}
