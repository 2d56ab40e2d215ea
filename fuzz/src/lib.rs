//! What must hold for any input: the check functions of the fuzz targets, one per target.
//!
//! The fuzz targets (fuzz/fuzz_targets/*.rs) call these on what libFuzzer generates, and the
//! stable test calculator-core/tests/fuzz_corpus.rs includes this file by path and calls the
//! same functions on every file of fuzz/corpus/<target>/, so a finding kept in the corpus
//! stays a regression test. Every function panics (through `assert!`) when something that
//! must hold does not; an input the engine refuses with an error is fine, as long as the
//! error names a field and says something. See docs/fuzzing.md.
//!
//! Nothing here may use a crate calculator-core's tests do not have (calculator-core,
//! rules, rust_decimal, serde_json), and the web's reading of typed numbers is included by
//! path from web/src/tal.rs, which uses nothing of Yew.

use calculator_core::jamforelse::MAX_SWEEP_PUNKTER;
use calculator_core::{evaluate, parse_scenario, Decimal, InputErrors, Scenario, ScenarioResult};
use serde_json::{json, Map, Value};

#[path = "../../web/src/tal.rs"]
pub mod tal;

/// A check: panics when something that must hold for the input does not.
pub type Check = fn(&[u8]);

/// The targets by name, as scripts/fuzz and the replay test know them.
pub const TARGETS: [(&str, Check); 4] = [
    ("parse", check_parse),
    ("evaluate", check_evaluate),
    ("compare_sweep", check_compare_sweep),
    ("las_tal", check_las_tal),
];

/// (a) The scenario parser on any text: it answers a scenario or errors naming fields; a
/// scenario it reads is validated without panicking and reads back equal from the JSON it
/// writes (what "Spara som fil" and a share link rely on).
pub fn check_parse(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match parse_scenario(&text) {
        Ok(s) => {
            let _ = calculator_core::scenario::validate(&s);
            let skriven = serde_json::to_string(&s).expect("a parsed scenario serialises");
            let igen = parse_scenario(&skriven)
                .unwrap_or_else(|e| panic!("written scenario does not read back: {e}\n{skriven}"));
            assert_eq!(igen, s, "written scenario reads back different\n{skriven}");
        }
        Err(e) => check_errors(&e),
    }
}

/// (b) Parse, then evaluate, any text; see [`check_scenario_text`].
pub fn check_evaluate(data: &[u8]) {
    check_scenario_text(&String::from_utf8_lossy(data));
}

/// A scenario as JSON text through the whole engine: parse, evaluate (with its comparisons
/// and sweep), and check the result ([`check_result`]) or the errors.
pub fn check_scenario_text(text: &str) {
    let s = match parse_scenario(text) {
        Ok(s) => s,
        Err(e) => return check_errors(&e),
    };
    match evaluate(&s) {
        Ok(r) => check_result(&s, &r),
        Err(e) => check_errors(&e),
    }
}

/// A refusal names at least one field and says something about each.
fn check_errors(e: &InputErrors) {
    assert!(!e.0.is_empty(), "an error without any message");
    for x in &e.0 {
        assert!(!x.field.is_empty(), "an error without a field: {x}");
        assert!(
            !x.message.trim().is_empty(),
            "an empty message for {}",
            x.field
        );
    }
    let _ = e.to_string();
}

/// No amount of a month is anywhere near this (incomes are limited to 1 000 000 kr a month
/// each): a larger one means arithmetic ran away.
fn rimligt(x: Decimal, vad: &str) {
    assert!(
        x.abs() <= Decimal::from(1_000_000_000u32),
        "{vad} = {x}: implausibly large"
    );
}

fn summa_i_summan(m: &calculator_core::manad::Manadsresultat) -> Decimal {
    m.komponenter
        .iter()
        .filter(|k| k.i_summan)
        .map(|k| k.per_manad)
        .sum()
}

/// What the engine promises about a result: it serialises; the disposable income is the sum
/// of the components in the totals (today, each alternative, each sweep point); the people's
/// and household's figures add up; each comparison's differences add up to its difference to
/// today; a sweep has at most MAX_SWEEP_PUNKTER points, rising, and marginal rates whose parts
/// add up to their total; no amount is implausibly large.
pub fn check_result(s: &Scenario, r: &ScenarioResult) {
    let json = serde_json::to_string(r).expect("a result serialises");
    assert!(serde_json::from_str::<Value>(&json).is_ok());

    let m = &r.manad;
    assert_eq!(m.disponibel_inkomst, summa_i_summan(m), "today: components");
    for k in &m.komponenter {
        rimligt(k.per_manad, &format!("{:?} {:?}", k.id, k.person));
    }
    assert!(
        m.lon_brutto >= Decimal::ZERO,
        "negative wages {}",
        m.lon_brutto
    );

    assert_eq!(r.people.len(), s.people.len());
    let (mut brutto, mut skatt, mut netto) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for p in &r.people {
        let pm = &p.per_manad;
        assert_eq!(pm.netto_efter_slutlig_skatt, pm.brutto - pm.slutlig_skatt);
        assert!(
            p.slutlig_skatt_ar.total_skatt >= Decimal::ZERO,
            "negative tax"
        );
        rimligt(p.slutlig_skatt_ar.total_skatt, "slutlig skatt");
        brutto += pm.brutto;
        skatt += pm.slutlig_skatt;
        netto += pm.netto_efter_slutlig_skatt;
    }
    assert_eq!(r.household.brutto_per_manad, brutto);
    assert_eq!(r.household.slutlig_skatt_per_manad, skatt);
    assert_eq!(r.household.netto_per_manad, netto);

    assert_eq!(r.jamforelse.len(), s.alternatives.len());
    for (k, a) in r.jamforelse.iter().enumerate() {
        assert_eq!(a.disponibel_inkomst, a.manad.disponibel_inkomst);
        assert_eq!(
            a.disponibel_inkomst,
            summa_i_summan(&a.manad),
            "alternative {k}"
        );
        assert_eq!(
            a.skillnad_mot_i_dag,
            a.disponibel_inkomst - m.disponibel_inkomst
        );
        let delar: Decimal = a.komponenter.iter().map(|x| x.skillnad).sum();
        assert_eq!(
            delar, a.skillnad_mot_i_dag,
            "alternative {k}: the components' differences do not add up"
        );
        for x in &a.komponenter {
            assert_eq!(x.skillnad, x.alternativ - x.i_dag);
        }
    }

    assert_eq!(r.sweep.is_some(), s.sweep.is_some());
    if let Some(sw) = &r.sweep {
        assert!(!sw.punkter.is_empty(), "a sweep without points");
        assert!(
            sw.punkter.len() <= MAX_SWEEP_PUNKTER,
            "{} points",
            sw.punkter.len()
        );
        assert!(sw.marginaleffekter.len() < sw.punkter.len());
        for w in sw.punkter.windows(2) {
            assert!(
                w[0].x < w[1].x,
                "sweep not rising: {} then {}",
                w[0].x,
                w[1].x
            );
        }
        for p in &sw.punkter {
            let sum: Decimal = p.komponenter.values().copied().sum();
            assert_eq!(p.disponibel_inkomst, sum, "sweep point {}", p.x);
            rimligt(p.disponibel_inkomst, "sweep point");
        }
        for e in &sw.marginaleffekter {
            assert_eq!(e.total, e.delar.values().copied().sum::<Decimal>());
        }
    }
}

/// (d) The web form's reading of a typed amount or count. The first byte chooses the
/// decimals allowed (0–3, as the forms use 0, 2 and 3); the rest is the text typed. An
/// amount read has at most that many decimals and reads the same again written back in the
/// Swedish way (decimal comma, "kr"); a count read is 0 or more and equals the amount read.
pub fn check_las_tal(data: &[u8]) {
    use tal::{las_heltal, las_tal, Lasfel};
    let (max, rest) = match data.split_first() {
        Some((b, rest)) => (u32::from(*b % 4), rest),
        None => (2, data),
    };
    let text = String::from_utf8_lossy(rest);
    match las_tal(&text, max) {
        Ok(x) => {
            assert!(
                x.scale() <= max,
                "{text:?} read as {x}, more than {max} decimals"
            );
            let svenska = format!("{} kr", x.to_string().replace('.', ","));
            assert_eq!(las_tal(&svenska, max), Ok(x), "{svenska:?} from {text:?}");
        }
        Err(Lasfel::ForMangaDecimaler(n)) => assert_eq!(n, max),
        Err(_) => {}
    }
    match las_heltal(&text) {
        Ok(n) => {
            assert!(n >= 0, "count {n} from {text:?}");
            assert_eq!(
                las_tal(&text, 0).map(|x| x.normalize()),
                Ok(Decimal::from(n))
            );
        }
        Err(Lasfel::ForMangaDecimaler(_)) => panic!("a count refused for its decimals"),
        Err(_) => {}
    }
}

// ---------------------------------------------------------------------------------------
// (c) Comparisons and sweeps, structure-aware: the bytes choose a seed household and edits,
// up to five alternatives (one more than allowed) and a sweep, so that nearly every input is
// well-formed JSON and reaches the comparison and the sweep rather than the parser's errors.

/// Households to start from: acceptance cases' scenarios (fuzz/seeds/, copied so that the
/// corpus keeps its meaning when a case changes) and the benchmark household.
const SEEDS: [&str; 11] = [
    include_str!("../seeds/household.json"),
    include_str!("../seeds/ae-2026-vilande-halv-25-procent-och-bostadstillagg.json"),
    include_str!("../seeds/af-2026-grundbelopp-och-lon-samma-dagar-med-skatt.json"),
    include_str!("../seeds/ar-2027-januari-aktivitetsersattning-sagt-vilka-regler.json"),
    include_str!("../seeds/barn-2026-sambor-bonusbarn-och-gemensamma-barn.json"),
    include_str!("../seeds/bb-unga-2026-sambor-inkomsttak-103720.json"),
    include_str!("../seeds/exempel-d-bostadstillagg-2025-lon-60000.json"),
    include_str!("../seeds/fs-2026-ensamstaende-foralder-14-manader-jobbstimulans.json"),
    include_str!("../seeds/hand-2026-goteborg-kyrkoavgift.json"),
    include_str!("../seeds/jp-2026-jobbpremie-som-information.json"),
    include_str!("../seeds/sa-2026-halv-sjukersattning-halv-sjukpenning-bostadstillagg.json"),
];

/// Amounts at and around the engine's limits, written as decimal strings (exact).
const GRANSER: [&str; 24] = [
    "0",
    "1",
    "-1",
    "0.5",
    "0.49",
    "0.01",
    "12",
    "13",
    "20",
    "40",
    "80",
    "80.5",
    "100",
    "99.99",
    "2000",
    "50000",
    "100000",
    "200000",
    "200000.01",
    "1000000",
    "1000000.01",
    "0.0000000000000000000000000001",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
];

/// Whole numbers at the limits of the integer fields (months, years, days, counts).
const HELTAL: [i64; 16] = [
    0,
    1,
    2,
    12,
    13,
    23,
    24,
    600,
    3650,
    1900,
    2000,
    2025,
    2026,
    2027,
    4_294_967_295,
    -2_147_483_648,
];

/// The fuzzer's bytes read as choices; zeros once they run out.
struct Val<'a>(&'a [u8]);

impl Val<'_> {
    fn u8(&mut self) -> u8 {
        match self.0.split_first() {
            Some((b, rest)) => {
                self.0 = rest;
                *b
            }
            None => 0,
        }
    }
    fn under(&mut self, n: usize) -> usize {
        usize::from(self.u8()) % n
    }
    fn i64(&mut self) -> i64 {
        let mut b = [0u8; 8];
        for x in &mut b {
            *x = self.u8();
        }
        i64::from_le_bytes(b)
    }
    /// A number for a field: whole (`heltal`) or an amount, mostly near the limits.
    fn tal(&mut self, heltal: bool) -> Value {
        match (self.under(4), heltal) {
            (0, _) => json!(self.u8()),
            (1, true) => json!(HELTAL[self.under(HELTAL.len())]),
            (1, false) => Value::String(GRANSER[self.under(GRANSER.len())].into()),
            (2, true) => json!(self.i64() >> self.under(64)),
            (2, false) => {
                let d = Decimal::new(self.i64() >> self.under(64), self.under(29) as u32);
                Value::String(d.to_string())
            }
            _ => json!(u16::from_le_bytes([self.u8(), self.u8()]) % 2100),
        }
    }
    fn ord(&mut self, ord: &[&str]) -> Value {
        Value::String(ord[self.under(ord.len())].into())
    }
}

/// The JSON pointers of every leaf under `v` (numbers, strings, booleans).
fn lov(v: &Value, pekare: String, ut: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                lov(x, format!("{pekare}/{k}"), ut);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                lov(x, format!("{pekare}/{i}"), ut);
            }
        }
        _ => ut.push(pekare),
    }
}

/// The enum values and names a scenario's strings take.
const ORD: [&str; 14] = [
    "hel",
    "halv",
    "tre_fjardedelar",
    "en_fjardedel",
    "aktivitetsersattning",
    "sjukersattning",
    "grundniva",
    "inkomstbaserat",
    "utvecklingsersattning",
    "Göteborg",
    "1480",
    "Stockholm",
    "",
    "okänd",
];

/// Changes one leaf of `v`: a new number near a limit, another string, the opposite truth
/// value, or null (which removes an optional field).
fn andra_ett_lov(r: &mut Val, v: &mut Value) {
    let mut l = Vec::new();
    lov(v, String::new(), &mut l);
    if l.is_empty() {
        return;
    }
    let p = &l[r.under(l.len())];
    let Some(x) = v.pointer_mut(p) else { return };
    *x = match (x.clone(), r.under(8)) {
        (_, 0) => Value::Null,
        (Value::Bool(b), _) => Value::Bool(!b),
        (Value::String(_), _) => r.ord(&ORD),
        (Value::Number(n), _) => {
            let heltal = n.is_i64() && r.under(4) != 0;
            r.tal(heltal)
        }
        (_, _) => r.tal(false),
    };
}

/// A member of another seed's person or household, put into this one (a block it lacks:
/// a job, sjukpenning, children, försörjningsstöd …).
fn lana_block(r: &mut Val, v: &mut Value) {
    let fran: Value = serde_json::from_str(SEEDS[r.under(SEEDS.len())]).expect("seed");
    let (fran, till) = if r.under(2) == 0 {
        let j = r.under(2);
        (fran["people"].get(0).cloned(), v["people"].get_mut(j))
    } else {
        (fran.get("household").cloned(), v.get_mut("household"))
    };
    if let (Some(Value::Object(fran)), Some(Value::Object(till))) = (fran, till) {
        if let Some((k, x)) = fran.iter().nth(r.under(fran.len().max(1))) {
            till.insert(k.clone(), x.clone());
        }
    }
}

/// The scenario text the bytes describe.
pub fn scenario_fran_bytes(data: &[u8]) -> String {
    let mut r = Val(data);
    let mut v: Value = serde_json::from_str(SEEDS[r.under(SEEDS.len())]).expect("seed");
    for _ in 0..r.under(4) {
        lana_block(&mut r, &mut v);
    }
    for _ in 0..r.under(6) {
        andra_ett_lov(&mut r, &mut v);
    }
    // Alternatives: each a changed copy of a person and/or the household, as merge patches.
    let antal = r.under(7).min(5);
    if antal > 0 || r.under(2) == 0 {
        let mut alt = Vec::new();
        for k in 0..antal {
            let mut a = Map::new();
            a.insert("label".into(), json!(format!("jobb {k}")));
            let vem = r.under(8);
            if vem < 6 {
                let i = usize::from(vem >= 4);
                let mut p = v["people"].get(i).cloned().unwrap_or_else(|| json!({}));
                for _ in 0..1 + r.under(3) {
                    andra_ett_lov(&mut r, &mut p);
                }
                let nyckel = ["0", "1", "2", "x"][if vem < 5 { i } else { 2 + r.under(2) }];
                a.insert("people".into(), json!({ nyckel: p }));
            }
            if vem >= 3 {
                let mut h = v.get("household").cloned().unwrap_or_else(|| json!({}));
                andra_ett_lov(&mut r, &mut h);
                a.insert("household".into(), h);
            }
            alt.push(Value::Object(a));
        }
        v["alternatives"] = Value::Array(alt);
    }
    if r.under(4) != 0 {
        let over = r.ord(&["hours", "monthly_salary"]);
        let mut sweep = json!({
            "person": r.under(3),
            "over": over,
            "from": r.tal(false),
            "to": r.tal(false),
            "step": r.tal(false),
        });
        if r.under(4) == 0 {
            andra_ett_lov(&mut r, &mut sweep);
        }
        v["sweep"] = sweep;
    }
    v.to_string()
}

/// (c) A household with alternatives and a sweep, described by the bytes, through the
/// engine: as [`check_scenario_text`].
pub fn check_compare_sweep(data: &[u8]) {
    check_scenario_text(&scenario_fran_bytes(data));
}
