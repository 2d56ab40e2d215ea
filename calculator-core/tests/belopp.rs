//! The amounts path (`belopp`, no explanation built) gives exactly the figures of the full
//! path (`evaluate`, every explanation) on every acceptance case and every scenario of the
//! fuzz corpus that the engine accepts: same components in the same order, same statuses,
//! same kronor to the öre, same alternatives and sweeps. The full path is the one the
//! acceptance cases hold to the law; this holds the fast path to it.

use std::path::{Path, PathBuf};

use calculator_core::manad::Manadsresultat;
use calculator_core::{
    belopp, evaluate, evaluate_utan_forklaring, forklaring, parse_scenario, Belopp, ScenarioResult,
};

fn files(dir: &Path, ext: Option<&str>, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in rd {
        let p = entry.unwrap().path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if ext.is_none_or(|e| p.extension().is_some_and(|x| x == e)) {
            out.push(p);
        }
    }
}

fn same(full: &ScenarioResult, b: &Belopp) -> Result<(), String> {
    let manad = |m: &calculator_core::manad::Manadsresultat, b: &calculator_core::Manadsbelopp| {
        let a: Vec<_> = m
            .komponenter
            .iter()
            .map(|k| (k.id, k.person, k.status, k.per_manad, k.i_summan))
            .collect();
        let c: Vec<_> = b
            .komponenter
            .iter()
            .map(|k| (k.id, k.person, k.status, k.per_manad, k.i_summan))
            .collect();
        if a != c {
            return Err(format!("components differ:\n full   {a:?}\n belopp {c:?}"));
        }
        if (
            m.disponibel_inkomst,
            m.kvar_efter_boendekostnad,
            m.lon_brutto,
        ) != (
            b.disponibel_inkomst,
            b.kvar_efter_boendekostnad,
            b.lon_brutto,
        ) {
            return Err("totals differ".into());
        }
        Ok(())
    };
    manad(&full.manad, &b.i_dag)?;
    if full.manad.manad != b.manad || full.year != b.year {
        return Err("month or year differs".into());
    }
    if full.jamforelse.len() != b.alternativ.len() {
        return Err("number of alternatives differs".into());
    }
    for (k, (a, c)) in full.jamforelse.iter().zip(&b.alternativ).enumerate() {
        manad(&a.manad, &c.manad).map_err(|e| format!("alternative {k}: {e}"))?;
        if a.label != c.label || a.skillnad_mot_i_dag != c.skillnad_mot_i_dag {
            return Err(format!("alternative {k}: label or difference differs"));
        }
    }
    if full.sweep != b.sweep {
        return Err("sweep differs".into());
    }
    Ok(())
}

/// The full result with what `evaluate_utan_forklaring` leaves out taken away: every step,
/// every reason (`skal`) and each person's tax trace.
fn utan_text(r: &ScenarioResult) -> ScenarioResult {
    let mut r = r.clone();
    let rensa = |m: &mut Manadsresultat| {
        for k in &mut m.komponenter {
            k.steps.clear();
            k.skal = None;
        }
    };
    rensa(&mut r.manad);
    for a in &mut r.jamforelse {
        rensa(&mut a.manad);
    }
    for p in &mut r.people {
        p.trace.clear();
    }
    r
}

/// The facts a view reads without an explanation are the amounts of the explanation's steps:
/// sjukpenning's level with a job (step "sjukpenning_niva") and the wages försörjningsstöd does
/// not count under the jobbstimulans (step "jobbstimulans"), present exactly when the step is.
fn facts_match_steps(m: &Manadsresultat) -> Result<(), String> {
    for k in &m.komponenter {
        let steg = |id: &str| k.steps.iter().find(|s| s.id == id).map(|s| s.amount);
        if k.niva_med_arbete != steg("sjukpenning_niva") {
            return Err(format!(
                "{:?}: niva_med_arbete {:?}",
                k.id, k.niva_med_arbete
            ));
        }
        if k.modellerat_per_manad.is_none() && k.jobbstimulans_per_manad != steg("jobbstimulans") {
            return Err(format!(
                "{:?}: jobbstimulans_per_manad {:?}",
                k.id, k.jobbstimulans_per_manad
            ));
        }
    }
    Ok(())
}

/// The result without explanations is the full result less its text, and the month asked for
/// with `forklaring` is the full result's month: what the web shows before and after a
/// "Varför?" is opened.
fn same_without_text(s: &calculator_core::Scenario, full: &ScenarioResult) -> Result<(), String> {
    facts_match_steps(&full.manad)?;
    for a in &full.jamforelse {
        facts_match_steps(&a.manad)?;
    }
    let utan = evaluate_utan_forklaring(s).map_err(|e| format!("refused: {e:?}"))?;
    if utan_text(&utan) != utan_text(full) {
        return Err("the result without explanations differs from the full one".into());
    }
    if utan.manad.komponenter.iter().any(|k| !k.steps.is_empty()) {
        return Err("the result without explanations has steps".into());
    }
    if forklaring(s, None).as_ref() != Ok(&full.manad) {
        return Err("forklaring(today) differs from the full result's month".into());
    }
    for (k, a) in full.jamforelse.iter().enumerate() {
        if forklaring(s, Some(k)).as_ref() != Ok(&a.manad) {
            return Err(format!("forklaring(alternative {k}) differs"));
        }
    }
    if forklaring(s, Some(full.jamforelse.len())).is_ok() {
        return Err("forklaring of an alternative that does not exist".into());
    }
    Ok(())
}

#[test]
fn amounts_path_equals_full_path() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut cases = Vec::new();
    files(&root.join("tests/acceptance"), Some("json"), &mut cases);
    assert!(cases.len() >= 40, "acceptance cases not found");
    let mut scenarios: Vec<(String, String)> = cases
        .iter()
        .map(|f| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            (f.display().to_string(), v["scenario"].to_string())
        })
        .collect();
    let mut corpus = Vec::new();
    files(&root.join("fuzz/corpus/evaluate"), None, &mut corpus);
    files(&root.join("fuzz/seeds"), Some("json"), &mut corpus);
    for f in corpus {
        if let Ok(t) = String::from_utf8(std::fs::read(&f).unwrap()) {
            scenarios.push((f.display().to_string(), t));
        }
    }
    let (mut compared, mut problems) = (0, Vec::new());
    for (name, text) in &scenarios {
        let Ok(s) = parse_scenario(text) else {
            continue;
        };
        match (evaluate(&s), belopp(&s)) {
            (Ok(full), Ok(b)) => {
                compared += 1;
                if let Err(e) = same(&full, &b).and_then(|_| same_without_text(&s, &full)) {
                    problems.push(format!("{name}: {e}"));
                }
            }
            (Err(a), Err(b)) if a.0 == b.0 => {}
            (a, b) => problems.push(format!(
                "{name}: one path refused, the other not: full {:?}, belopp {:?}",
                a.err(),
                b.err()
            )),
        }
    }
    assert!(compared >= 80, "only {compared} scenarios compared");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
