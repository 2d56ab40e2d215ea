//! The bad-input table (tests/bad-input/cases.json) against the engine: every bad scenario is
//! refused with a message naming its field and what is allowed, nothing panics, and the inputs
//! that are not bad (a byte-order mark, a kommun with a combining mark) are read as meant.
//! One test per case, so the suite's counts say how many cases pass.

#[path = "../../tests/bad-input/fall.rs"]
#[allow(dead_code)]
mod fall;

use calculator_core::{evaluate, parse_scenario};
use fall::Fall;
use serde_json::Value;

/// The engine's answer: the result's JSON, or every (field, message).
fn las_och_rakna(text: &str) -> Result<String, Vec<(String, String)>> {
    let fel = |e: calculator_core::InputErrors| {
        e.0.into_iter()
            .map(|f| (f.field, f.message))
            .collect::<Vec<_>>()
    };
    let s = parse_scenario(text).map_err(fel)?;
    // The amounts path refuses what the full result refuses, with the same errors.
    let belopp = calculator_core::belopp(&s).map(|_| ()).map_err(fel);
    let r = evaluate(&s).map(|_| ()).map_err(fel);
    if belopp != r {
        return Err(vec![(
            "belopp".into(),
            format!("the amounts path answers {belopp:?}, the full result {r:?}"),
        )]);
    }
    let r = evaluate(&s).map_err(fel)?;
    Ok(serde_json::to_string(&r).expect("a result is JSON"))
}

fn kontrollera(f: &Fall, base: &Value, base_svar: &str) -> Result<(), String> {
    let text = f.text(base).ok_or("the case has no scenario text")?;
    let svar = std::panic::catch_unwind(|| las_och_rakna(&text))
        .map_err(|_| "the engine panicked".to_string())?;
    match (f.godtas(), svar) {
        (true, Ok(json)) if f.som_base() && json != base_svar => {
            Err("read, but not as the base scenario".into())
        }
        (true, Ok(_)) => Ok(()),
        (true, Err(e)) => Err(format!("refused: {e:?}")),
        (false, Ok(_)) => Err("accepted".into()),
        (false, Err(e)) => {
            // Whole-input errors are named "scenario" by the engine.
            let fel: Vec<String> = e
                .iter()
                .filter_map(|(falt, msg)| f.stammer(falt, msg).err())
                .collect();
            if fel.len() < e.len() {
                Ok(())
            } else {
                Err(fel.join("; "))
            }
        }
    }
}

fn main() {
    let (base, _) = fall::alla();
    let base_svar = las_och_rakna(&base.to_string()).expect("the base scenario is good");
    fall::kor("engine", |f| kontrollera(f, &base, &base_svar));
}
