//! Build step for the rules crate: reads the dated parameter files in `params/*.toml`,
//! refuses to build if any parameter lacks its legal reference or provenance, and embeds
//! each year as JSON (numbers as strings, so every value stays an exact decimal) together
//! with that year's kommun tax rates from `data/kommunalskatt_<year>.csv`.
//!
//! Adding an income year is therefore a data change: drop in `params/<year>.toml` (and the
//! kommun file when Skatteverket has published it) and the year exists.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Keys every parameter must carry (DEVELOPERS.md principle 1).
const REQUIRED: &[&str] = &["unit", "valid_from", "reference", "source", "verified_on"];

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let params_dir = root.join("params");
    let data_dir = root.join("data");
    println!("cargo:rerun-if-changed={}", params_dir.display());
    println!("cargo:rerun-if-changed={}", data_dir.display());

    let mut files: Vec<PathBuf> = fs::read_dir(&params_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", params_dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();

    let mut errors = Vec::new();
    let mut out = String::from("pub(crate) static EMBEDDED_YEARS: &[EmbeddedYear] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        match year_entry(path, &data_dir) {
            Ok(entry) => out.push_str(&entry),
            Err(mut e) => errors.append(&mut e),
        }
    }
    out.push_str("];\n");

    // Benefit areas: one file per area, each parameter a timeline of dated values.
    let formaner_dir = params_dir.join("formaner");
    println!("cargo:rerun-if-changed={}", formaner_dir.display());
    let mut areas: Vec<PathBuf> = fs::read_dir(&formaner_dir)
        .map(|rd| {
            rd.map(|e| e.expect("directory entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    areas.sort();
    out.push_str("pub(crate) static EMBEDDED_FORMANER: &[(&str, &str)] = &[\n");
    for path in &areas {
        println!("cargo:rerun-if-changed={}", path.display());
        match area_entry(path) {
            Ok(entry) => out.push_str(&entry),
            Err(mut e) => errors.append(&mut e),
        }
    }
    out.push_str("];\n");
    if !errors.is_empty() {
        for e in &errors {
            println!("cargo:warning={e}");
        }
        panic!(
            "parameter files are incomplete ({} problems):\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
    let dest = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("years.rs");
    fs::write(&dest, out).expect("write years.rs");
}

fn year_entry(path: &Path, data_dir: &Path) -> Result<String, Vec<String>> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let stem: i32 = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| vec![format!("{name}: file name must be <year>.toml")])?;
    let text = fs::read_to_string(path).map_err(|e| vec![format!("{name}: {e}")])?;
    let doc: toml::Table = text
        .parse()
        .map_err(|e| vec![format!("{name}: not valid TOML: {e}")])?;

    let mut errors = Vec::new();
    match doc
        .get("meta")
        .and_then(|m| m.get("year"))
        .and_then(|y| y.as_integer())
    {
        Some(y) if y == i64::from(stem) => {}
        _ => errors.push(format!("{name}: [meta] year must be {stem}")),
    }
    for (key, value) in &doc {
        if key == "meta" {
            continue;
        }
        let Some(table) = value.as_table() else {
            errors.push(format!(
                "{name}: `{key}` must be a table with value and provenance"
            ));
            continue;
        };
        for req in REQUIRED {
            match table.get(*req).and_then(|v| v.as_str()) {
                Some(s) if !s.trim().is_empty() => {}
                _ => errors.push(format!("{name}: parameter `{key}` has no `{req}`")),
            }
        }
        if let Some(r) = table.get("reference").and_then(|v| v.as_str()) {
            if !r.contains('§') {
                errors.push(format!(
                    "{name}: parameter `{key}`: reference must name a paragraph (§): {r}"
                ));
            }
        }
        if let Some(s) = table.get("source").and_then(|v| v.as_str()) {
            if !s.starts_with("https://") {
                errors.push(format!(
                    "{name}: parameter `{key}`: source must be an https URL"
                ));
            }
        }
        for date_key in ["valid_from", "verified_on"] {
            if let Some(d) = table.get(date_key).and_then(|v| v.as_str()) {
                if !is_iso_date(d) {
                    errors.push(format!(
                        "{name}: parameter `{key}`: {date_key} must be YYYY-MM-DD"
                    ));
                }
            }
        }
        if table.get("value").is_none() && table.get("pieces").is_none() {
            errors.push(format!(
                "{name}: parameter `{key}` has neither `value` nor `pieces`"
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let json = serde_json::to_string(&to_json(&toml::Value::Table(doc))).expect("json");
    let csv = data_dir.join(format!("kommunalskatt_{stem}.csv"));
    let kommuner = if csv.exists() {
        println!("cargo:rerun-if-changed={}", csv.display());
        format!("Some(include_str!({:?}))", csv.display().to_string())
    } else {
        "None".to_string()
    };
    let mut s = String::new();
    writeln!(
        s,
        "    EmbeddedYear {{ year: {stem}, params_json: {json:?}, kommuner_csv: {kommuner} }},"
    )
    .unwrap();
    Ok(s)
}

/// A benefit area file: `[meta] area = "<file stem>"`, then parameters, each with `unit` and
/// `values = [{ from, value | pieces | table, reference, source, verified_on, note? }, …]`.
fn area_entry(path: &Path) -> Result<String, Vec<String>> {
    let name = format!("formaner/{}", path.file_name().unwrap().to_string_lossy());
    let stem = path.file_stem().unwrap().to_string_lossy().to_string();
    let text = fs::read_to_string(path).map_err(|e| vec![format!("{name}: {e}")])?;
    let doc: toml::Table = text
        .parse()
        .map_err(|e| vec![format!("{name}: not valid TOML: {e}")])?;
    let mut errors = Vec::new();
    if doc
        .get("meta")
        .and_then(|m| m.get("area"))
        .and_then(|a| a.as_str())
        != Some(stem.as_str())
    {
        errors.push(format!("{name}: [meta] area must be \"{stem}\""));
    }
    for (key, value) in &doc {
        if key == "meta" {
            continue;
        }
        let Some(table) = value.as_table() else {
            errors.push(format!("{name}: `{key}` must be a table"));
            continue;
        };
        if table
            .get("unit")
            .and_then(|u| u.as_str())
            .is_none_or(|u| u.trim().is_empty())
        {
            errors.push(format!("{name}: parameter `{key}` has no `unit`"));
        }
        let Some(values) = table
            .get("values")
            .and_then(|v| v.as_array())
            .filter(|a| !a.is_empty())
        else {
            errors.push(format!("{name}: parameter `{key}` has no dated `values`"));
            continue;
        };
        let mut last_from = String::new();
        for (i, v) in values.iter().enumerate() {
            let at = format!("{name}: `{key}` values[{i}]");
            let Some(v) = v.as_table() else {
                errors.push(format!("{at} must be a table"));
                continue;
            };
            for req in ["from", "reference", "source", "verified_on"] {
                match v.get(req).and_then(|x| x.as_str()) {
                    Some(s) if !s.trim().is_empty() => {}
                    _ => errors.push(format!("{at} has no `{req}`")),
                }
            }
            if let Some(r) = v.get("reference").and_then(|x| x.as_str()) {
                if !r.contains('§') {
                    errors.push(format!("{at}: reference must name a paragraph (§): {r}"));
                }
            }
            if let Some(s) = v.get("source").and_then(|x| x.as_str()) {
                if !s.starts_with("https://") && !s.starts_with("http://") {
                    errors.push(format!("{at}: source must be a URL"));
                }
            }
            for d in ["from", "verified_on"] {
                if let Some(x) = v.get(d).and_then(|x| x.as_str()) {
                    if !is_iso_date(x) {
                        errors.push(format!("{at}: {d} must be YYYY-MM-DD"));
                    }
                }
            }
            if let Some(f) = v.get("from").and_then(|x| x.as_str()) {
                if f <= last_from.as_str() {
                    errors.push(format!("{at}: `from` dates must increase"));
                }
                last_from = f.to_string();
            }
            if v.get("value").is_none() && v.get("pieces").is_none() && v.get("table").is_none() {
                errors.push(format!("{at} has no `value`, `pieces` or `table`"));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let json = serde_json::to_string(&to_json(&toml::Value::Table(doc))).expect("json");
    Ok(format!("    ({stem:?}, {json:?}),\n"))
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// TOML → JSON with every number written as its decimal text, so the runtime parses it into
/// an exact `Decimal` and no binary floating point ever touches a legal amount.
fn to_json(v: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::String(i.to_string()),
        // Rust prints the shortest text that round-trips, which for the literals written in
        // the parameter files (at most 4 decimals) is the literal itself.
        toml::Value::Float(f) => J::String(format!("{f}")),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.iter().map(to_json).collect()),
        toml::Value::Table(t) => {
            J::Object(t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect())
        }
    }
}
