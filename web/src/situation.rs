//! The counselling view's input: the household's situation today and the jobs to try, as
//! typed, and the engine's `Scenario` built from them. Only reading and routing happens here;
//! every rule and every range check is the engine's.

use calculator_core::{parse_scenario, InputErrors, Scenario, ScenarioResult, SCHEMA_VERSION};
use rust_decimal::Decimal;

/// A JSON value, enough to write a scenario for `parse_scenario` (the app needs no JSON
/// library of its own for that).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written (a Decimal's or an integer's `to_string`).
    Num(String),
    Str(String),
    Array(Vec<Value>),
    Object(Map),
}

pub type Map = Vec<(String, Value)>;

impl From<Decimal> for Value {
    fn from(x: Decimal) -> Self {
        Value::Num(x.normalize().to_string())
    }
}
impl From<i64> for Value {
    fn from(x: i64) -> Self {
        Value::Num(x.to_string())
    }
}
impl From<&str> for Value {
    fn from(x: &str) -> Self {
        Value::Str(x.to_string())
    }
}
impl From<bool> for Value {
    fn from(x: bool) -> Self {
        Value::Bool(x)
    }
}

/// An object from (key, value) pairs.
fn obj<const N: usize>(par: [(&str, Value); N]) -> Value {
    Value::Object(par.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn satt(m: &mut Map, k: &str, v: Value) {
    match m.iter_mut().find(|(n, _)| n == k) {
        Some((_, x)) => *x = v,
        None => m.push((k.to_string(), v)),
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Num(n) => f.write_str(n),
            Value::Str(s) => {
                f.write_str("\"")?;
                for c in s.chars() {
                    match c {
                        '"' => f.write_str("\\\"")?,
                        '\\' => f.write_str("\\\\")?,
                        c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
                        c => write!(f, "{c}")?,
                    }
                }
                f.write_str("\"")
            }
            Value::Array(v) => {
                f.write_str("[")?;
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{x}")?;
                }
                f.write_str("]")
            }
            Value::Object(m) => {
                f.write_str("{")?;
                for (i, (k, x)) in m.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{x}", Value::Str(k.clone()))?;
                }
                f.write_str("}")
            }
        }
    }
}

use calculator_core::hushall::AktivitetsstodForm;
use rules::formaner::aktivitetsersattning::Niva;
use rules::formaner::barnbidrag::Skolgang;
use rules::formaner::bostadsbidrag::Boende;
use rules::formaner::sjukpenning::Omfattning;

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
            manader_med_ersattning: "24".into(),
            manader_vilande: "0".into(),
            akt_ocksa: false,
            akt_form: AktivitetsstodForm::Grundbelopp,
            akt_dagbelopp: String::new(),
            akt_omfattning: "100".into(),
            beslut_belopp: String::new(),
            beslut_bostadstillagg: String::new(),
            lon_i_dag: String::new(),
            akassa: String::new(),
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
        barnbidrag(m, &BarnbidragIndata { barn: vec![barn] }).status
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

impl FsKostnader {
    /// (field id, engine name, value) for each cost, in the order the form shows them.
    pub fn falt(&self) -> [(&'static str, &'static str, &String); 6] {
        [
            ("fs-el", "hushallsel", &self.hushallsel),
            ("fs-forsakring", "hemforsakring", &self.hemforsakring),
            ("fs-resor", "arbetsresor", &self.arbetsresor),
            ("fs-fack", "fack_och_akassa", &self.fack_och_akassa),
            ("fs-barnomsorg", "barnomsorg", &self.barnomsorg),
            ("fs-kostnader", "ovrigt", &self.ovrigt),
        ]
    }

    /// The cost by its engine name, to change it.
    pub fn falt_mut(&mut self, namn: &str) -> Option<&mut String> {
        Some(match namn {
            "hushallsel" => &mut self.hushallsel,
            "hemforsakring" => &mut self.hemforsakring,
            "arbetsresor" => &mut self.arbetsresor,
            "fack_och_akassa" => &mut self.fack_och_akassa,
            "barnomsorg" => &mut self.barnomsorg,
            "ovrigt" => &mut self.ovrigt,
            _ => return None,
        })
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

impl Lasare {
    fn tal(&mut self, id: &str, s: &str) -> Option<Decimal> {
        match las_tal(s, 2) {
            Ok(d) => Some(d),
            Err(Lasfel::Tomt) => None,
            Err(fel) => {
                self.0.push(Lasfelet { id: id.into(), fel });
                None
            }
        }
    }
    /// A count (age, months); empty or unreadable ones are reported and read as 0.
    fn antal(&mut self, id: &str, s: &str) -> i64 {
        match las_heltal(s) {
            Ok(n) => n,
            Err(fel) => {
                self.0.push(Lasfelet { id: id.into(), fel });
                0
            }
        }
    }
    /// A required count: empty or unreadable ones are reported and None, so that nothing is
    /// sent in their place.
    fn antal_kravs(&mut self, id: &str, s: &str) -> Option<i64> {
        match las_heltal(s) {
            Ok(n) => Some(n),
            Err(fel) => {
                self.0.push(Lasfelet { id: id.into(), fel });
                None
            }
        }
    }
    /// An optional count: empty is None.
    fn antal_om(&mut self, id: &str, s: &str) -> Option<i64> {
        match las_heltal(s) {
            Ok(n) => Some(n),
            Err(Lasfel::Tomt) => None,
            Err(fel) => {
                self.0.push(Lasfelet { id: id.into(), fel });
                None
            }
        }
    }
    /// A required amount: empty or unreadable ones are reported and None, so that nothing is
    /// sent in their place.
    fn kravs_om(&mut self, id: &str, s: &str) -> Option<Decimal> {
        match las_tal(s, 2) {
            Ok(d) => Some(d),
            Err(fel) => {
                self.0.push(Lasfelet { id: id.into(), fel });
                None
            }
        }
    }
    fn kravs(&mut self, id: &str, s: &str) -> Decimal {
        match las_tal(s, 2) {
            Ok(d) => d,
            Err(fel) => {
                self.0.push(Lasfelet { id: id.into(), fel });
                Decimal::ZERO
            }
        }
    }
}

fn d(x: Decimal) -> Value {
    x.into()
}

/// The aktivitetsstöd block of adult `i`.
fn aktivitetsstod(l: &mut Lasare, i: usize, v: &Vuxen) -> Value {
    let mut akt = Map::new();
    satt(&mut akt, "form", v.akt_form.namn().into());
    if v.akt_form == AktivitetsstodForm::Inkomstbaserat {
        let dag = l.kravs(&format!("akt-dagbelopp-{i}"), &v.akt_dagbelopp);
        satt(&mut akt, "belopp_per_dag", d(dag));
    }
    if let Some(pct) = l.tal(&format!("akt-omfattning-{i}"), &v.akt_omfattning) {
        satt(&mut akt, "omfattning", d(pct / Decimal::ONE_HUNDRED));
    }
    Value::Object(akt)
}

/// The label of alternative `i` (0-based), from the text table.
pub fn etikett(t: &crate::text::RadText, i: usize) -> String {
    (t.jobb_etikett)(i + 1)
}

/// The scenario for the engine: "i dag" as the baseline, each job as an alternative, and,
/// when `svep` is given, a sweep over hours 0–40 with that job as the baseline instead.
pub fn scenario_json(
    t: &crate::text::RadText,
    s: &Situation,
    jobb: &[Jobb],
    svep: Option<usize>,
) -> (Value, Vec<Lasfelet>) {
    let mut l = Lasare(Vec::new());
    let mut people = Vec::new();
    let mut forsorjningsstod = false;
    // Amounts from decision letters describe today. A job changes the job-taker's own
    // benefit and everything that tests the household's income (bostadstillägg, bostadsbidrag,
    // försörjningsstöd): those each alternative and the chart compute again. The other adult's
    // own sjukpenning, ersättning or aktivitetsstöd does not change with it and keeps its
    // decided amount (docs/decisions.md).
    let beslut = svep.is_none();
    let svep_person = svep
        .and_then(|i| jobb.get(i))
        .map(|j| j.person.min(s.vuxna.len().saturating_sub(1)));
    // Keys of the overrides given today, to switch off in each alternative: per person, and
    // the household's.
    let mut beslut_person: Vec<Vec<&'static str>> = Vec::new();
    let mut beslut_hushall: Vec<&'static str> = Vec::new();
    for (i, v) in s.vuxna.iter().enumerate() {
        let alder = l.antal(&format!("alder-{i}"), &v.alder);
        let mut p = Map::new();
        satt(&mut p, "birth_year", (i64::from(s.year) - alder).into());
        // Born in January: the age typed is the age all through the month computed.
        satt(&mut p, "birth_month", 1i64.into());
        match v.har {
            Har::Inget => {}
            Har::Sjukpenning => {
                let mut sp = Map::new();
                if let Some(sgi) = l.tal(&format!("sgi-{i}"), &v.sgi) {
                    satt(&mut sp, "sgi", d(sgi));
                }
                // Today's level, as decided. The alternatives write no level: with a job the
                // engine takes it from the job's hours against the normal working time, never
                // above this one (docs/decisions.md, "Sick leave and work").
                satt(&mut sp, "omfattning", v.niva.namn().into());
                if let Some(h) = l.kravs_om(&format!("arbetstid-{i}"), &v.normal_arbetstid) {
                    satt(&mut sp, "normal_arbetstid", d(h));
                }
                satt(&mut p, "sjukpenning", Value::Object(sp));
            }
            Har::Aktivitetsersattning | Har::Sjukersattning => {
                let mut ae = Map::new();
                let slag = if v.har == Har::Sjukersattning {
                    "sjukersattning"
                } else {
                    "aktivitetsersattning"
                };
                satt(&mut ae, "slag", slag.into());
                satt(&mut ae, "niva", v.niva.namn().into());
                if let Some(x) = l.tal(&format!("inkomstrelaterad-{i}"), &v.inkomstrelaterad) {
                    satt(&mut ae, "inkomstrelaterad_per_manad", d(x));
                }
                satt(&mut p, "aktivitetsersattning", Value::Object(ae));
                if v.akt_ocksa {
                    satt(&mut p, "aktivitetsstod", aktivitetsstod(&mut l, i, v));
                }
            }
            Har::Aktivitetsstod => satt(&mut p, "aktivitetsstod", aktivitetsstod(&mut l, i, v)),
            Har::Forsorjningsstod => forsorjningsstod = true,
        }
        let mut inkomster = Map::new();
        if let Some(x) = l.tal(&format!("idaglon-{i}"), &v.lon_i_dag) {
            satt(&mut inkomster, "lon", d(x));
        }
        if let Some(x) = l.tal(&format!("akassa-{i}"), &v.akassa) {
            satt(&mut inkomster, "annan_pensionsgrundande", d(x));
        }
        if !inkomster.is_empty() {
            satt(&mut p, "income_per_month", Value::Object(inkomster));
        }
        let mut overrides = Map::new();
        let formansnamn = match v.har {
            Har::Sjukpenning => Some("sjukpenning"),
            Har::Aktivitetsersattning | Har::Sjukersattning => Some("aktivitetsersattning"),
            Har::Aktivitetsstod => Some("aktivitetsstod"),
            Har::Inget | Har::Forsorjningsstod => None,
        };
        if let Some(namn) = formansnamn {
            if let Some(x) = l.tal(&format!("beslut-belopp-{i}"), &v.beslut_belopp) {
                satt(&mut overrides, namn, d(x));
            }
        }
        if matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning) {
            if let Some(x) = l.tal(&format!("beslut-bt-{i}"), &v.beslut_bostadstillagg) {
                satt(&mut overrides, "bostadstillagg", d(x));
            }
        }
        beslut_person.push(overrides.iter().map(|(k, _)| override_namn(k)).collect());
        if !beslut {
            // The chart: only another adult's own benefit keeps its decided amount.
            overrides.retain(|(k, _)| Some(i) != svep_person && k != "bostadstillagg");
        }
        if !overrides.is_empty() {
            satt(&mut p, "overrides", Value::Object(overrides));
        }
        people.push(Value::Object(p));
    }
    let mut hushall = Map::new();
    if let Some(b) = l.tal("boende", &s.boende) {
        satt(&mut hushall, "boendekostnad_per_manad", d(b));
    }
    if let Some(f) = l.tal("formogenhet", &s.formogenhet) {
        satt(&mut hushall, "formogenhet", d(f));
    }
    if let Some(y) = l.tal("yta", &s.yta) {
        satt(&mut hushall, "bostadsyta_kvm", d(y));
    }
    let barn: Vec<Value> = s
        .barn
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let mut m = Map::new();
            satt(
                &mut m,
                "age",
                l.antal(&format!("barn-{i}"), &b.alder).into(),
            );
            if b.boende != Boende::Hemmavarande {
                satt(&mut m, "boende", b.boende.namn().into());
            }
            // Asked only of a single parent; with two adults the engine keeps both halves in
            // the household whatever is sent, so the tick is sent as it is (and saved).
            satt(
                &mut m,
                "barnbidrag",
                if b.delat { "delat" } else { "hela" }.into(),
            );
            if b.lunch {
                satt(&mut m, "lunch_utanfor_hemmet", true.into());
            }
            // School is sent only where the form asks it (a hidden answer does not count).
            let alder = las_heltal(&b.alder)
                .ok()
                .and_then(|a| u32::try_from(a).ok());
            if b.skolgang != Skolgang::Ingen
                && alder.is_some_and(|a| fragar_skolgang(s.year, s.month, a))
            {
                satt(&mut m, "skolgang", b.skolgang.namn().into());
            }
            // The month as chosen; where the rules need it and it is not chosen, the engine
            // asks for it (barnbidrag "behöver uppgift"), shown beside the field.
            if let Some(manad) = b.fodelsemanad {
                satt(&mut m, "birth_month", i64::from(manad).into());
            }
            Value::Object(m)
        })
        .collect();
    if !barn.is_empty() {
        satt(&mut hushall, "children", Value::Array(barn));
    }
    // Today's försörjningsstöd costs by engine name, for the jobs' extra costs.
    let mut fs_i_dag: Vec<(&'static str, Decimal)> = Vec::new();
    if forsorjningsstod {
        let mut kostnader = Map::new();
        for (id, namn, varde) in s.fs.falt() {
            if let Some(x) = l.tal(id, varde) {
                satt(&mut kostnader, namn, d(x));
                fs_i_dag.push((namn, x));
            }
        }
        // Required: every alternative has a wage, and with a wage the months decide the
        // jobbstimulans. Empty is reported beside the field and nothing is sent, never 0.
        let mut jobbstimulans = Map::new();
        if let Some(n) = l.antal_kravs("fs-manader", &s.fs_manader) {
            satt(&mut jobbstimulans, "manader_med_fs_i_folj", n.into());
        }
        satt(
            &mut hushall,
            "forsorjningsstod",
            obj([
                ("kostnader", Value::Object(kostnader)),
                ("jobbstimulans", Value::Object(jobbstimulans)),
            ]),
        );
    }
    let mut overrides = Map::new();
    if let Some(x) = l.tal("beslut-bb", &s.beslut_bostadsbidrag) {
        satt(&mut overrides, "bostadsbidrag", d(x));
    }
    if forsorjningsstod {
        if let Some(x) = l.tal("beslut-fs", &s.beslut_forsorjningsstod) {
            satt(&mut overrides, "forsorjningsstod", d(x));
        }
    }
    beslut_hushall.extend(overrides.iter().map(|(k, _)| override_namn(k)));
    if beslut && !overrides.is_empty() {
        satt(&mut hushall, "overrides", Value::Object(overrides));
    }

    // Each job and, with aktivitets-/sjukersättning, its vilande, as a merge patch of the
    // adult who takes it.
    let manader_fore: Vec<Option<i64>> = s
        .vuxna
        .iter()
        .enumerate()
        .map(|(i, v)| match v.har {
            Har::Aktivitetsersattning | Har::Sjukersattning => l.antal_om(
                &format!("manader-ersattning-{i}"),
                &v.manader_med_ersattning,
            ),
            _ => None,
        })
        .collect();
    let vilande_hittills: Vec<Option<i64>> = s
        .vuxna
        .iter()
        .enumerate()
        .map(|(i, v)| match v.har {
            Har::Aktivitetsersattning | Har::Sjukersattning => {
                l.antal_om(&format!("manader-vilande-{i}"), &v.manader_vilande)
            }
            _ => None,
        })
        .collect();
    let semester = semesterersattning_procent(s);
    let mut patchar = Vec::new();
    let mut jobb_kostnader: Vec<Map> = Vec::new();
    for (i, j) in jobb.iter().enumerate() {
        let person = j.person.min(s.vuxna.len().saturating_sub(1));
        let har_ae = s
            .vuxna
            .get(person)
            .is_some_and(|v| matches!(v.har, Har::Aktivitetsersattning | Har::Sjukersattning));
        let timmar = l.kravs(&format!("timmar-{i}"), &j.timmar);
        let lon = l.kravs(&format!("lon-{i}"), &j.lon);
        let mut job = Map::new();
        satt(&mut job, "hours_per_week", d(timmar));
        if j.per_manad {
            satt(&mut job, "monthly_salary", d(lon));
        } else {
            satt(&mut job, "hourly_wage", d(lon));
            if j.semester {
                satt(&mut job, "semesterersattning_procent", d(semester));
            }
        }
        let mut patch = Map::new();
        satt(&mut patch, "job", Value::Object(job));
        if har_ae && j.vilande {
            satt(
                &mut patch,
                "aktivitetsersattning",
                obj([(
                    "vilande",
                    obj([
                        (
                            "manader_med_ersattning_fore",
                            manader_fore[person].map(Value::from).unwrap_or(Value::Null),
                        ),
                        (
                            "manader_vilande_hittills",
                            Value::from(vilande_hittills[person].unwrap_or_default()),
                        ),
                        ("behallen_25_procent", j.behall_25.into()),
                    ]),
                )]),
            );
        }
        // Costs the job brings that försörjningsstöd counts: added to today's.
        let mut extra = Map::new();
        if forsorjningsstod {
            // Childcare is asked (and counted) only when there are children.
            let barnomsorg = if s.barn.is_empty() {
                ""
            } else {
                j.fs_barnomsorg.as_str()
            };
            for (id, namn, varde) in [
                (
                    format!("jobb-resor-{i}"),
                    "arbetsresor",
                    j.fs_resor.as_str(),
                ),
                (format!("jobb-barnomsorg-{i}"), "barnomsorg", barnomsorg),
            ] {
                if let Some(x) = l.tal(&id, varde) {
                    let i_dag = fs_i_dag
                        .iter()
                        .find(|(n, _)| *n == namn)
                        .map(|(_, v)| *v)
                        .unwrap_or_default();
                    satt(&mut extra, namn, d(i_dag + x));
                }
            }
        }
        jobb_kostnader.push(extra);
        patchar.push((person, Value::Object(patch)));
    }

    let mut sc = Map::new();
    satt(&mut sc, "schema_version", i64::from(SCHEMA_VERSION).into());
    satt(&mut sc, "year", i64::from(s.year).into());
    satt(&mut sc, "month", i64::from(s.month).into());
    let kommun = s.kommun.trim();
    if !kommun.is_empty() {
        satt(&mut sc, "kommun", kommun.into());
    }
    // The chart's job brings its costs for försörjningsstöd along all its hours.
    if let Some(k) = svep
        .and_then(|i| jobb_kostnader.get(i))
        .filter(|k| !k.is_empty())
    {
        if let Some((_, fs)) = hushall.iter_mut().find(|(n, _)| n == "forsorjningsstod") {
            merge(fs, &obj([("kostnader", Value::Object(k.clone()))]));
        }
    }
    if !hushall.is_empty() {
        satt(&mut sc, "household", Value::Object(hushall));
    }
    match svep.and_then(|i| patchar.get(i)) {
        Some((person, patch)) => {
            if let Some(p) = people.get_mut(*person) {
                merge(p, patch);
            }
            satt(
                &mut sc,
                "sweep",
                obj([
                    ("person", (*person as i64).into()),
                    ("over", "hours".into()),
                    ("from", 0i64.into()),
                    ("to", 40i64.into()),
                    ("step", 1i64.into()),
                ]),
            );
        }
        None => {
            let alternatives: Vec<Value> = patchar
                .into_iter()
                .enumerate()
                .map(|(i, (person, mut p))| {
                    // The decision amounts of today do not hold in the alternative.
                    let mut personer = Map::new();
                    for (k, namn) in beslut_person.iter().enumerate() {
                        // The job-taker's amounts all go; another adult's only bostadstillägg.
                        let namn: Vec<&str> = namn
                            .iter()
                            .copied()
                            .filter(|n| k == person || *n == "bostadstillagg")
                            .collect();
                        if namn.is_empty() {
                            continue;
                        }
                        // Nulls are kept: the engine's merge patch removes these keys.
                        let av = Value::Object(
                            namn.iter().map(|n| (n.to_string(), Value::Null)).collect(),
                        );
                        match (&mut p, k == person) {
                            (Value::Object(pm), true) => satt(pm, "overrides", av),
                            _ => personer.push((k.to_string(), obj([("overrides", av)]))),
                        }
                    }
                    personer.insert(0, (person.to_string(), p));
                    let mut alt = Map::new();
                    satt(&mut alt, "label", etikett(t, i).as_str().into());
                    satt(&mut alt, "people", Value::Object(personer));
                    let mut hh = Map::new();
                    if !beslut_hushall.is_empty() {
                        let av = beslut_hushall
                            .iter()
                            .map(|n| (n.to_string(), Value::Null))
                            .collect();
                        satt(&mut hh, "overrides", Value::Object(av));
                    }
                    if let Some(k) = jobb_kostnader.get(i).filter(|k| !k.is_empty()) {
                        satt(
                            &mut hh,
                            "forsorjningsstod",
                            obj([("kostnader", Value::Object(k.clone()))]),
                        );
                    }
                    if !hh.is_empty() {
                        satt(&mut alt, "household", Value::Object(hh));
                    }
                    Value::Object(alt)
                })
                .collect();
            if !alternatives.is_empty() {
                satt(&mut sc, "alternatives", Value::Array(alternatives));
            }
        }
    }
    satt(&mut sc, "people", Value::Array(people));
    (Value::Object(sc), l.0)
}

/// The override's key as a static name (the keys the form writes).
fn override_namn(k: &str) -> &'static str {
    match k {
        "sjukpenning" => "sjukpenning",
        "aktivitetsersattning" => "aktivitetsersattning",
        "aktivitetsstod" => "aktivitetsstod",
        "bostadstillagg" => "bostadstillagg",
        "bostadsbidrag" => "bostadsbidrag",
        _ => "forsorjningsstod",
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

/// RFC 7396 merge patch (only used to put a job into the sweep's baseline the same way the
/// engine applies an alternative).
fn merge(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(p) => {
            if !matches!(target, Value::Object(_)) {
                *target = Value::Object(Map::new());
            }
            if let Value::Object(t) = target {
                for (k, v) in p {
                    if *v == Value::Null {
                        t.retain(|(n, _)| n != k);
                    } else {
                        match t.iter_mut().find(|(n, _)| n == k) {
                            Some((_, x)) => merge(x, v),
                            None => {
                                let mut x = Value::Null;
                                merge(&mut x, v);
                                t.push((k.clone(), x));
                            }
                        }
                    }
                }
            }
        }
        _ => *target = patch.clone(),
    }
}

/// The scenario through the engine.
pub fn berakna(v: &Value) -> Result<ScenarioResult, InputErrors> {
    let s: Scenario = parse_scenario(&v.to_string())?;
    calculator_core::evaluate(&s)
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
pub fn falt_for_saknas(saknas: &str) -> Option<String> {
    if let Some(rest) = saknas.strip_prefix("barn[") {
        let (k, falt) = rest.split_once(']')?;
        let k: usize = k.parse().ok()?;
        return match falt {
            ".fodelsemanad" => Some(format!("barnmanad-{k}")),
            _ => None,
        };
    }
    match saknas {
        "jobbstimulans.manader_med_fs_i_folj" => Some("fs-manader".into()),
        _ => None,
    }
}

fn person_falt(p: usize, rest: &str) -> Option<String> {
    let id = match rest {
        "birth_year" => "alder",
        "income_per_month.lon" => "idaglon",
        "income_per_month.annan_pensionsgrundande" => "akassa",
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
