//! The bad-input table (`cases.json` beside this file), read the same way by the engine's, the
//! CLI's and the web app's tests (each includes this file with `#[path]`).

use serde_json::Value;

/// The table, compiled in, so the wasm tests need no file access.
pub const TABELL: &str = include_str!("cases.json");

/// One case of the table.
pub struct Fall {
    pub id: String,
    v: Value,
}

/// Every case, with the table's base scenario.
pub fn alla() -> (Value, Vec<Fall>) {
    let d: Value = serde_json::from_str(TABELL).expect("tests/bad-input/cases.json is JSON");
    let fall = d["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|v| Fall {
            id: v["id"].as_str().expect("id").to_string(),
            v: v.clone(),
        })
        .collect();
    (d["base"].clone(), fall)
}

impl Fall {
    /// Whether the case runs at `niva` (engine, cli, fil, lank, formular).
    pub fn pa(&self, niva: &str) -> bool {
        match self.v["levels"].as_array() {
            Some(l) => l.iter().any(|x| x == niva),
            None => matches!(niva, "engine" | "cli" | "fil"),
        }
    }

    /// Not bad: the input must be read.
    pub fn godtas(&self) -> bool {
        self.v["accepted"].as_bool().unwrap_or(false)
    }

    /// Read as the base scenario: the same result.
    pub fn som_base(&self) -> bool {
        self.v["som_base"].as_bool().unwrap_or(false)
    }

    /// The start of the field the message must name ("" or "scenario": the input as a whole).
    pub fn falt(&self) -> &str {
        self.v["field"].as_str().unwrap_or("")
    }

    /// Words the message must contain.
    pub fn sager(&self) -> Vec<&str> {
        self.v["says"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default()
    }

    /// The case as a saved file opened in the web app, where the form's own words may apply
    /// (`says_fil`, else `says`).
    pub fn som_fil(&self) -> Fall {
        let mut v = self.v.clone();
        if !v["says_fil"].is_null() {
            v["says"] = v["says_fil"].clone();
        }
        Fall {
            id: self.id.clone(),
            v,
        }
    }

    /// A member of the case (`form`, `lank`, `lank_fragment`, `text_latin1`).
    pub fn del(&self, namn: &str) -> &Value {
        &self.v[namn]
    }

    /// The scenario text of the case (None for a typed field or a share link).
    pub fn text(&self, base: &Value) -> Option<String> {
        if let Some(t) = self.v["text"].as_str() {
            return Some(t.to_string());
        }
        if let Some(t) = self.v["text_latin1"].as_str() {
            return Some(t.to_string());
        }
        if !self.v["scenario"].is_null() {
            return Some(self.v["scenario"].to_string());
        }
        let mut s = base.clone();
        if let Some(p) = self.v["patch"].as_object() {
            for (k, x) in p {
                s[k] = x.clone();
            }
            return Some(s.to_string());
        }
        let g = &self.v["generate"];
        if let Some(n) = g["children"].as_u64() {
            let barn: Vec<Value> = (0..n).map(|_| serde_json::json!({ "age": 5 })).collect();
            s["household"] = serde_json::json!({ "children": barn });
            return Some(s.to_string());
        }
        if let Some(n) = g["padding_bytes"].as_u64() {
            let t = s.to_string();
            let utan_slut = &t[..t.len() - 1];
            return Some(format!("{utan_slut}{}}}", " ".repeat(n as usize)));
        }
        if let Some(n) = g["nesting"].as_u64() {
            let n = n as usize;
            return Some(format!(
                r#"{{"schema_version":1,"year":2026,"people":{}{}}}"#,
                "[".repeat(n),
                "]".repeat(n)
            ));
        }
        if let Some(n) = g["label_chars"].as_u64() {
            s["alternatives"] = serde_json::json!([{
                "label": "å".repeat(n as usize),
                "people": { "0": { "job": { "hours_per_week": 20 } } }
            }]);
            return Some(s.to_string());
        }
        None
    }

    /// Whether `field` and `message` are what the case asks for; Err says what is missing.
    pub fn stammer(&self, field: &str, message: &str) -> Result<(), String> {
        let falt = self.falt();
        if !field.starts_with(falt) {
            return Err(format!("field {field:?} is not {falt:?}"));
        }
        self.sager_i(message)
    }

    /// Whether `message` says each of the case's words.
    pub fn sager_i(&self, message: &str) -> Result<(), String> {
        match self.sager().into_iter().find(|ord| !message.contains(ord)) {
            Some(ord) => Err(format!("message {message:?} lacks {ord:?}")),
            None => Ok(()),
        }
    }
}

/// Runs `kontrollera` on every case of level `niva` as a test harness of its own: one line per
/// case, libtest's summary line (the suite counts cases), exit 101 when one fails. Arguments
/// not starting with '-' filter the cases by id.
pub fn kor(niva: &str, mut kontrollera: impl FnMut(&Fall) -> Result<(), String>) {
    let (_, fall) = alla();
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let valda: Vec<&Fall> = fall
        .iter()
        .filter(|f| f.pa(niva))
        .filter(|f| filter.is_empty() || filter.iter().any(|x| f.id.contains(x.as_str())))
        .collect();
    println!("\nrunning {} tests", valda.len());
    let (mut passed, mut failed) = (0, 0);
    let mut problem = Vec::new();
    for f in &valda {
        match kontrollera(f) {
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
    // The issue asks for at least 60 cases; a table that lost its cases should not pass.
    if filter.is_empty() && fall.len() < 60 {
        failed += 1;
        println!(
            "only {} cases in the table; expected at least 60",
            fall.len()
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
