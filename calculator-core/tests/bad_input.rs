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
    let (base, fall) = fall::alla();
    let base_svar = las_och_rakna(&base.to_string()).expect("the base scenario is good");
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let valda: Vec<&Fall> = fall
        .iter()
        .filter(|f| f.pa("engine"))
        .filter(|f| filter.is_empty() || filter.iter().any(|x| f.id.contains(x.as_str())))
        .collect();
    println!("\nrunning {} tests", valda.len());
    let (mut passed, mut failed) = (0, 0);
    let mut problem = Vec::new();
    for f in &valda {
        match kontrollera(f, &base, &base_svar) {
            Ok(()) => {
                passed += 1;
                println!("test {} ... ok", f.id);
            }
            Err(e) => {
                failed += 1;
                println!("test {} ... FAILED", f.id);
                problem.push(format!("{}: {e}", f.id));
            }
        }
    }
    if !problem.is_empty() {
        println!("\nfailures:\n{}", problem.join("\n"));
    }
    // The issue asks for at least 60 cases across the levels; a table that lost its cases
    // should not pass silently.
    if filter.is_empty() && fall.len() < 60 {
        failed += 1;
        println!(
            "only {} cases in the table; expected at least 60",
            fall.len()
        );
    }
    println!("\ntest result: {}. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out\n",
        if failed == 0 { "ok" } else { "FAILED" });
    if failed > 0 {
        std::process::exit(101);
    }
}
