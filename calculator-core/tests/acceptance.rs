//! Runs every acceptance case in tests/acceptance/**.json: a scenario, the expected figures
//! (by path into the result JSON), the legal citation and the hand arithmetic or official
//! source behind each figure. See tests/acceptance/README.md for the format.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            cases(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

/// Follows `a.0.b` through objects and arrays. A segment `name[id]` picks the element of the
/// array `name` whose `id` is `id` (and no `person`); `name[id@N]` the one of person N.
fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, part| {
        if let Some((name, sel)) = part.strip_suffix(']').and_then(|p| p.split_once('[')) {
            let (id, person) = match sel.split_once('@') {
                Some((id, n)) => (id, Some(n.parse::<u64>().ok()?)),
                None => (sel, None),
            };
            return cur.get(name)?.as_array()?.iter().find(|e| {
                e.get("id").and_then(|x| x.as_str()) == Some(id)
                    && e.get("person").and_then(|x| x.as_u64()) == person
            });
        }
        match cur {
            Value::Array(a) => part.parse::<usize>().ok().and_then(|i| a.get(i)),
            Value::Object(o) => o.get(part),
            _ => None,
        }
    })
}

fn check_case(path: &Path) -> Vec<String> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut errs = Vec::new();
    for key in ["id", "title", "source", "citation"] {
        if case[key].as_str().is_none_or(|s| s.trim().is_empty()) {
            errs.push(format!("{name}: `{key}` missing"));
        }
    }
    if !matches!(
        case["oracle"].as_str(),
        Some("official" | "hand" | "derived")
    ) {
        errs.push(format!(
            "{name}: `oracle` must be official, hand or derived"
        ));
    }
    if case["hand_arithmetic"]
        .as_array()
        .is_none_or(|a| a.is_empty())
    {
        errs.push(format!(
            "{name}: `hand_arithmetic` must list the arithmetic"
        ));
    }
    if case["id"].as_str() != path.file_stem().and_then(|s| s.to_str()) {
        errs.push(format!("{name}: id must equal the file name"));
    }
    let Some(expected) = case["expected"].as_object().filter(|o| !o.is_empty()) else {
        errs.push(format!("{name}: `expected` must name at least one figure"));
        return errs;
    };
    // Through the real parser, so the case also checks the scenario format.
    let json = serde_json::to_string(&case["scenario"]).unwrap();
    let result = match calculator_core::calculate_json(&json) {
        Ok(r) => r,
        Err(e) => {
            errs.push(format!("{name}: scenario rejected: {e}"));
            return errs;
        }
    };
    let result: Value = serde_json::from_str(&result).unwrap();
    for (p, want) in expected {
        match lookup(&result, p) {
            Some(got) if got == want => {}
            got => errs.push(format!("{name}: {p}: expected {want}, engine {got:?}")),
        }
    }
    errs
}

#[test]
fn all_acceptance_cases() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/acceptance");
    let mut files = Vec::new();
    cases(&root, &mut files);
    files.sort();
    assert!(files.len() >= 10, "found only {} cases", files.len());
    // Every case must pass; print the count so the suite's size is visible in the log.
    let errs: Vec<String> = files.iter().flat_map(|f| check_case(f)).collect();
    assert!(
        errs.is_empty(),
        "{} problems:\n{}",
        errs.len(),
        errs.join("\n")
    );
    println!("{} acceptance cases passed", files.len());
}
