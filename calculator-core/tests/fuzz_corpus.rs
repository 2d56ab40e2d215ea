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
