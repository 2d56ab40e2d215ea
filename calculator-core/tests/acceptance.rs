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

/// A plain runner (harness = false): one line per case in cargo's own format, and the same
/// closing line, so scripts/test counts each household as a test.
fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/acceptance");
    let mut files = Vec::new();
    cases(&root, &mut files);
    files.sort();
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    files.retain(|f| {
        filter.is_empty()
            || filter
                .iter()
                .any(|x| f.to_string_lossy().contains(x.as_str()))
    });
    println!("\nrunning {} tests", files.len());
    let (mut passed, mut failed) = (0, 0);
    let mut problems = Vec::new();
    for f in &files {
        let name = f.strip_prefix(&root).unwrap_or(f).display().to_string();
        let errs = check_case(f);
        if errs.is_empty() {
            passed += 1;
            println!("test {name} ... ok");
        } else {
            failed += 1;
            println!("test {name} ... FAILED");
            problems.extend(errs);
        }
    }
    if !problems.is_empty() {
        println!("\nfailures:\n{}", problems.join("\n"));
    }
    // A folder that lost its cases should not pass silently.
    if filter.is_empty() && files.len() < 40 {
        failed += 1;
        println!(
            "only {} case files found; expected at least 40",
            files.len()
        );
    }
    println!(
        "\ntest result: {}. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out\n",
        if failed == 0 { "ok" } else { "FAILED" }
    );
    if failed > 0 {
        std::process::exit(101);
    }
}
