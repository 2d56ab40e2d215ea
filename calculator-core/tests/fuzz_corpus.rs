//! Replays the fuzz corpus on stable: every file of fuzz/corpus/<target>/ through the same
//! check function the fuzz target runs (fuzz/src/lib.rs, included by path), so that what the
//! fuzzer once found stays found and the checks keep holding as the engine changes. Here the
//! engine has its default features (serde_path_to_error's error paths, as the CLI), while the
//! fuzz targets build it as the web app does; the corpus runs through both. See
//! docs/fuzzing.md.

use std::path::PathBuf;

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod checks;

fn replay(target: &str) {
    let (_, check) = checks::TARGETS
        .iter()
        .find(|(name, _)| *name == target)
        .expect("a target of fuzz/src/lib.rs");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no corpus", dir.display());
    for f in &files {
        let data = std::fs::read(f).unwrap();
        // The file's name in the panic message: a failure says which input to look at.
        let r = std::panic::catch_unwind(|| check(&data));
        if let Err(e) = r {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{target}: {} fails: {msg}", f.display());
        }
    }
}

#[test]
fn corpus_parse() {
    replay("parse");
}

#[test]
fn corpus_evaluate() {
    replay("evaluate");
}

#[test]
fn corpus_compare_sweep() {
    replay("compare_sweep");
}

#[test]
fn corpus_las_tal() {
    replay("las_tal");
}

/// Every target of fuzz/src/lib.rs has a test above, and its corpus folder.
#[test]
fn every_target_is_replayed() {
    let names: Vec<&str> = checks::TARGETS.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["parse", "evaluate", "compare_sweep", "las_tal"]);
}

/// The checks can fail: a result whose disposable income is not the sum of its components
/// (one krona off) is caught by the check the corpus runs through.
#[test]
fn a_check_fails_on_a_broken_promise() {
    let s = calculator_core::parse_scenario(
        r#"{"schema_version":1,"year":2026,"kommun":"Göteborg","people":[{"birth_year":1980,"income_per_month":{"lon":30000}}]}"#,
    )
    .unwrap();
    let mut r = calculator_core::evaluate(&s).unwrap();
    checks::check_result(&s, &r);
    r.manad.disponibel_inkomst += calculator_core::Decimal::ONE;
    let fel = std::panic::catch_unwind(|| checks::check_result(&s, &r));
    assert!(fel.is_err(), "a disposable income one krona off passed");
}

/// The findings of fuzzing, each refused with the field named (their inputs are in the corpus
/// too: fuzz/corpus/compare_sweep/crash-*, fuzz/corpus/evaluate/regression-*).
fn fel(json: &str) -> Vec<(String, String)> {
    let s = calculator_core::parse_scenario(json).unwrap();
    let e = calculator_core::evaluate(&s).expect_err("refused");
    e.0.into_iter().map(|e| (e.field, e.message)).collect()
}

/// A monthly salary over 0.000…1 hours a week overflowed the division that gives its hourly
/// wage ("Division overflowed"); hours now have at most two decimals, as the form takes them.
#[test]
fn regression_hours_with_28_decimals_are_refused() {
    let e = fel(
        r#"{"schema_version":1,"year":2026,"kommun":"Göteborg","people":[{"birth_year":1990,
            "job":{"hours_per_week":"0.0000000000000000000000000001","monthly_salary":20000}}]}"#,
    );
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, "people[0].job.hours_per_week");
    assert!(e[0].1.contains("högst två decimaler"), "{}", e[0].1);
    // Two decimals are fine.
    let s = calculator_core::parse_scenario(
        r#"{"schema_version":1,"year":2026,"kommun":"Göteborg","people":[{"birth_year":1990,
            "job":{"hours_per_week":"12.25","monthly_salary":20000}}]}"#,
    )
    .unwrap();
    assert!(calculator_core::evaluate(&s).is_ok());
}

/// A sweep step of 79 228 162 514 264 337 593 543 950 335 (Decimal::MAX) from 1 hour overflowed
/// the next point's x ("Addition overflowed"); a step is now at most the range's end.
#[test]
fn regression_sweep_step_past_the_range_is_refused() {
    for (over, to, step, ok) in [
        ("hours", "80", "79228162514264337593543950335", false),
        ("hours", "80", "80.5", false),
        ("hours", "80", "80", true),
        ("monthly_salary", "200000", "200000.01", false),
        ("monthly_salary", "200000", "200000", true),
    ] {
        let json = format!(
            r#"{{"schema_version":1,"year":2026,"kommun":"Göteborg","people":[{{"birth_year":1990,
                "job":{{"hours_per_week":20,"hourly_wage":150}}}}],
                "sweep":{{"over":"{over}","from":1,"to":{to},"step":"{step}"}}}}"#
        );
        let s = calculator_core::parse_scenario(&json).unwrap();
        match calculator_core::evaluate(&s) {
            Ok(r) => {
                assert!(ok, "{over} step {step} accepted");
                assert_eq!(r.sweep.unwrap().punkter.len(), 1);
            }
            Err(e) => {
                assert!(!ok, "{over} step {step} refused: {e}");
                assert_eq!(e.0[0].field, "sweep.step");
                assert!(
                    e.0[0].message.contains("utanför det tillåtna intervallet"),
                    "{e}"
                );
            }
        }
    }
}
