//! `kalkyl batch` end to end: the acceptance cases as one JSON Lines file give, line for line,
//! the figures `kalkyl calculate` gives on each case alone; bad lines become error records
//! with their line numbers while the rest is computed; CSV columns; order with many threads.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn kalkyl() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kalkyl"));
    c.env_remove("RUST_BACKTRACE");
    c
}

fn run_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = kalkyl()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kalkyl");
    let mut inn = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    // Written from a thread: kalkyl writes while it reads, and both pipes have limits.
    let skrivare = std::thread::spawn(move || {
        let _ = inn.write_all(&data);
    });
    let o = child.wait_with_output().expect("run kalkyl");
    skrivare.join().expect("writer");
    o
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn acceptance_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("tests/acceptance") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            acceptance_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

/// Every acceptance case's scenario, one compact line each, in a fixed order; and the full
/// household of the fuzz seeds with a sweep, since no acceptance case has one.
fn scenarios() -> Vec<String> {
    let mut files = Vec::new();
    acceptance_files(&repo().join("tests/acceptance"), &mut files);
    files.sort();
    assert!(files.len() >= 90, "only {} acceptance cases", files.len());
    let mut out: Vec<String> = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).expect("case file");
            let case: Value = serde_json::from_str(&text).expect("case JSON");
            serde_json::to_string(&case["scenario"]).expect("scenario")
        })
        .collect();
    let seed = std::fs::read_to_string(repo().join("fuzz/seeds/household.json")).expect("seed");
    let mut s: Value = serde_json::from_str(&seed).expect("seed JSON");
    s["sweep"] = json!({"over": "hours", "from": 0, "to": 20, "step": 2.5});
    s["alternatives"] = json!([{"label": "20 timmar, \"heltid\"", "people": {"0": {"job": {"hours_per_week": 20}}}}]);
    out.push(serde_json::to_string(&s).expect("seed"));
    out
}

fn jsonl(lines: &[String]) -> Vec<u8> {
    let mut s = lines.join("\n");
    s.push('\n');
    s.into_bytes()
}

fn records(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The figures of one month, from calculate's `manad` or batch's `i_dag`/`manad`.
fn month_figures(m: &Value) -> Value {
    let komponenter: Vec<Value> = m["komponenter"]
        .as_array()
        .expect("komponenter")
        .iter()
        .map(|k| {
            json!([
                k["id"],
                k["person"],
                k["status"],
                k["per_manad"],
                k["i_summan"]
            ])
        })
        .collect();
    json!({
        "disponibel_inkomst": m["disponibel_inkomst"],
        "kvar_efter_boendekostnad": m["kvar_efter_boendekostnad"],
        "lon_brutto": m["lon_brutto"],
        "komponenter": komponenter,
    })
}

fn figures_of_calculate(r: &Value) -> Value {
    let alternativ: Vec<Value> = r["jamforelse"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|j| {
                    json!([
                        j["label"],
                        j["skillnad_mot_i_dag"],
                        month_figures(&j["manad"])
                    ])
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "manad": r["manad"]["manad"],
        "i_dag": month_figures(&r["manad"]),
        "alternativ": alternativ,
        "sweep": r["sweep"],
    })
}

fn figures_of_batch(b: &Value) -> Value {
    let alternativ: Vec<Value> = b["alternativ"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|j| {
                    json!([
                        j["label"],
                        j["skillnad_mot_i_dag"],
                        month_figures(&j["manad"])
                    ])
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "manad": b["manad"],
        "i_dag": month_figures(&b["i_dag"]),
        "alternativ": alternativ,
        "sweep": b["sweep"],
    })
}

fn calculate(scenario: &str) -> Value {
    let o = run_stdin(&["calculate", "--compact"], scenario.as_bytes());
    assert!(o.status.success(), "calculate: {}", stderr(&o));
    serde_json::from_str(&stdout(&o)).expect("calculate JSON")
}

#[test]
fn acceptance_cases_as_one_file_give_the_figures_of_calculate_line_for_line() {
    let lines = scenarios();
    let o = run_stdin(&["batch", "--tradar", "2"], &jsonl(&lines));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let recs = records(&o);
    assert_eq!(recs.len(), lines.len());
    let mut alternativ = 0;
    for (i, (line, rec)) in lines.iter().zip(&recs).enumerate() {
        assert_eq!(rec["rad"], json!(i + 1), "{rec}");
        let want = figures_of_calculate(&calculate(line));
        let got = figures_of_batch(&rec["belopp"]);
        assert_eq!(got, want, "line {}: {line}", i + 1);
        alternativ += want["alternativ"].as_array().map_or(0, Vec::len);
    }
    // The comparison covered alternatives and a sweep, not only today's month.
    assert!(alternativ > 50, "{alternativ} alternatives");
    assert!(recs.last().expect("a record")["belopp"]["sweep"]["punkter"].is_array());
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{} rader: {} beräknade, 0 med fel",
            lines.len(),
            lines.len()
        )),
        "{err}"
    );
}

#[test]
fn forklaring_gives_the_result_of_calculate() {
    let lines = scenarios();
    let some: Vec<String> = lines.iter().step_by(15).cloned().collect();
    let o = run_stdin(&["batch", "--forklaring"], &jsonl(&some));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let recs = records(&o);
    assert_eq!(recs.len(), some.len());
    for (i, (line, rec)) in some.iter().zip(&recs).enumerate() {
        assert_eq!(rec["rad"], json!(i + 1));
        assert_eq!(rec["resultat"], calculate(line), "line {}", i + 1);
    }
}

/// Writes `bytes` to a file of the test's own under Cargo's temporary directory.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&p, bytes).expect("temp file");
    p
}

#[test]
fn bad_lines_get_error_records_with_line_and_field_and_the_rest_is_computed() {
    let lines = scenarios();
    let good = &lines[0];
    let mut bytes = Vec::new();
    let mut add = |b: &[u8]| {
        bytes.extend_from_slice(b);
        bytes.push(b'\n');
    };
    add(good.as_bytes()); // 1
    add(b"{\"schema_version\":1,\"year\":2026,"); // 2: cut short
    add(lines[1].as_bytes()); // 3
    add(
        br#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"income_per_month":{"lon":"tjugo"}}]}"#,
    ); // 4: a bad field
    add(&vec![b'x'; calculator_core::MAX_SCENARIO_BYTE + 1]); // 5: too long
    add(b"{\"kommun\":\"G\xf6teborg\"}"); // 6: Latin-1, not UTF-8
    add(b"   "); // 7: blank, skipped
    add(good.as_bytes()); // 8
    let fil = temp_file("batch-bad-lines.jsonl", &bytes);
    let o = kalkyl()
        .arg("batch")
        .arg(&fil)
        .output()
        .expect("run kalkyl");
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let recs = records(&o);
    let rader: Vec<u64> = recs
        .iter()
        .map(|r| r["rad"].as_u64().expect("rad"))
        .collect();
    assert_eq!(rader, [1, 2, 3, 4, 5, 6, 8]);
    let fel = |i: usize| -> (String, String) {
        let e = &recs[i]["fel"][0];
        (
            e["falt"].as_str().expect("falt").to_string(),
            e["meddelande"].as_str().expect("meddelande").to_string(),
        )
    };
    let (falt, msg) = fel(1);
    assert_eq!(falt, "scenario", "{msg}");
    assert!(msg.contains("tar slut"), "{msg}");
    assert!(msg.contains("(kolumn ") && !msg.contains("rad 1"), "{msg}");
    let (falt, msg) = fel(3);
    assert_eq!(falt, "people[0].income_per_month.lon");
    assert!(
        msg.contains("ogiltigt tal") && msg.contains("(kolumn "),
        "{msg}"
    );
    let (falt, msg) = fel(4);
    assert_eq!(falt, "scenario");
    assert!(msg.contains("1000000 byte"), "{msg}");
    let (falt, msg) = fel(5);
    assert_eq!(falt, "scenario");
    assert!(msg.contains("UTF-8") && msg.contains("kolumn 13"), "{msg}");
    // The good lines are computed as they are alone.
    let alone = records(&run_stdin(&["batch"], &jsonl(&lines[..2])));
    assert_eq!(recs[0]["belopp"], alone[0]["belopp"]);
    assert_eq!(recs[2]["belopp"], alone[1]["belopp"]);
    assert_eq!(recs[6]["belopp"], alone[0]["belopp"]);
    let err = stderr(&o);
    assert!(
        err.contains("8 rader: 3 beräknade, 4 med fel, 1 tomma"),
        "{err}"
    );
    assert!(err.contains("fel på rad 2, 4, 5, 6"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

fn csv_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().expect("field").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => out.last_mut().expect("field").push(c),
        }
    }
    out
}

/// The sum of a component's posts in a batch month (person None: all), "0" without any.
fn sum(m: &Value, id: &str, person: Option<u64>) -> String {
    let mut total = rust_decimal::Decimal::ZERO;
    for k in m["komponenter"].as_array().expect("komponenter") {
        if k["id"] == id && person.is_none_or(|p| k["person"] == json!(p)) {
            let kr: rust_decimal::Decimal = k["per_manad"]
                .as_str()
                .expect("kr")
                .parse()
                .expect("decimal");
            total += kr;
        }
    }
    total.to_string()
}

#[test]
fn csv_has_the_chosen_columns_one_row_per_alternative_and_the_figures_of_jsonl() {
    let mut lines = scenarios();
    lines.insert(3, "{\"year\":2026}".into());
    let input = jsonl(&lines);
    let kolumner = "etikett,disponibel_inkomst,skatt,aktivitetsersattning[0],aktivitetsersattning[0].status,kvar_efter_boendekostnad";
    let o = run_stdin(
        &["batch", "--format", "csv", "--kolumner", kolumner],
        &input,
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let csv = stdout(&o);
    let mut rows = csv.lines();
    assert_eq!(
        rows.next(),
        Some("rad,alternativ,etikett,disponibel_inkomst,skatt,aktivitetsersattning[0],aktivitetsersattning[0].status,kvar_efter_boendekostnad,fel")
    );
    let recs = records(&run_stdin(&["batch"], &input));
    let mut want = Vec::new();
    for r in &recs {
        let rad = r["rad"].to_string();
        let Some(b) = r.get("belopp") else {
            let e = &r["fel"][0];
            let fel = format!(
                "{}: {}",
                e["falt"].as_str().unwrap(),
                e["meddelande"].as_str().unwrap()
            );
            want.push(vec![
                rad,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                fel,
            ]);
            continue;
        };
        let mut months = vec![(String::new(), &b["i_dag"])];
        for a in b["alternativ"].as_array().into_iter().flatten() {
            months.push((a["label"].as_str().expect("label").to_string(), &a["manad"]));
        }
        for (i, (label, m)) in months.into_iter().enumerate() {
            let ae = m["komponenter"]
                .as_array()
                .unwrap()
                .iter()
                .find(|k| k["id"] == "aktivitetsersattning" && k["person"] == 0);
            want.push(vec![
                rad.clone(),
                i.to_string(),
                label,
                m["disponibel_inkomst"].as_str().unwrap().to_string(),
                sum(m, "skatt", None),
                sum(m, "aktivitetsersattning", Some(0)),
                ae.map_or(String::new(), |k| k["status"].as_str().unwrap().to_string()),
                m["kvar_efter_boendekostnad"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                String::new(),
            ]);
        }
    }
    let got: Vec<Vec<String>> = rows.map(csv_fields).collect();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
    // The label with a comma and quotes came through the quoting.
    assert!(csv.contains("\"20 timmar, \"\"heltid\"\"\""), "{csv}");
    assert!(got.iter().any(|r| r[5] != "0" && r[6] == "utbetalas"));
}

#[test]
fn csv_default_columns_and_the_sum_over_people() {
    // Two persons with a wage each: the tax column is both persons' tax.
    let s = r#"{"schema_version":1,"year":2026,"kommun":"Stockholm","people":[{"birth_year":1985,"income_per_month":{"lon":30000}},{"birth_year":1990,"income_per_month":{"lon":20000}}]}"#;
    let o = run_stdin(
        &[
            "batch",
            "--format=csv",
            "--kolumner",
            "skatt,skatt[0],skatt[1],skatt.status",
        ],
        s.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let row = csv_fields(out.lines().nth(1).expect("a row"));
    let kr = |i: usize| row[i].parse::<rust_decimal::Decimal>().expect("amount");
    assert_eq!(kr(2), kr(3) + kr(4));
    assert!(
        kr(3) < kr(4) && kr(4) < rust_decimal::Decimal::ZERO,
        "{row:?}"
    );
    assert_eq!(row[5], "utbetalas");
    let o = run_stdin(&["batch", "--format", "csv"], s.as_bytes());
    let header = stdout(&o).lines().next().unwrap_or_default().to_string();
    assert!(
        header.starts_with("rad,alternativ,disponibel_inkomst,"),
        "{header}"
    );
    assert!(header.contains(",bostadstillagg.status,"), "{header}");
    assert!(header.ends_with(",fel"), "{header}");
}

#[test]
fn bad_flags_name_the_flag_and_what_is_allowed() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["batch", "--format", "xml"],
            &["fel: --format:", "jsonl, csv"],
        ),
        (
            &[
                "batch",
                "--format",
                "csv",
                "--kolumner",
                "skatt,bostadsbidr,lon[x]",
            ],
            &[
                "fel: --kolumner:",
                "\"bostadsbidr\", \"lon[x]\"",
                "disponibel_inkomst",
                "bostadsbidrag",
                "KOMPONENT[P].status",
            ],
        ),
        (
            &["batch", "--kolumner", "skatt"],
            &["fel: --kolumner:", "--format csv"],
        ),
        (
            &["batch", "--format", "csv", "--kolumner", "skatt,skatt"],
            &["fel: --kolumner:", "mer än en gång"],
        ),
        (
            &["batch", "--format", "csv", "--forklaring"],
            &["fel: --forklaring:", "jsonl"],
        ),
        (&["batch", "--tradar", "0"], &["fel: --tradar:", "1–1024"]),
        (
            &["batch", "--tradar", "många"],
            &["fel: --tradar:", "1–1024"],
        ),
        (&["batch", "--tradar"], &["fel: --tradar: värde saknas"]),
        (
            &["batch", "a.jsonl", "b.jsonl"],
            &["fel: b.jsonl:", "högst en FIL"],
        ),
        (
            &["batch", "--fomat", "csv"],
            &["fel: --fomat: okänd flagga", "--kolumner"],
        ),
    ];
    for (args, want) in cases {
        let o = run_stdin(args, b"");
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        for w in *want {
            assert!(err.contains(w), "{args:?}: lacks {w:?}: {err}");
        }
    }
}

#[test]
fn many_threads_write_in_input_order_as_one_thread_does() {
    let lines = scenarios();
    // Enough lines for many chunks, with errors and blanks among them.
    let mut many = Vec::new();
    for i in 0..12 {
        many.extend(lines.iter().cloned());
        many.push(format!("{{\"year\":{i}}}"));
        many.push(String::new());
    }
    let input = jsonl(&many);
    let one = run_stdin(&["batch", "--tradar", "1"], &input);
    let four = run_stdin(&["batch", "--tradar", "4"], &input);
    assert_eq!(one.status.code(), Some(3));
    assert_eq!(four.status.code(), Some(3));
    assert!(one.stdout == four.stdout, "outputs differ");
    let rader: Vec<u64> = records(&four)
        .iter()
        .map(|r| r["rad"].as_u64().expect("rad"))
        .collect();
    let want: Vec<u64> = (1..=many.len() as u64)
        .filter(|&n| !many[n as usize - 1].is_empty())
        .collect();
    assert_eq!(rader, want);
    let csv1 = run_stdin(&["batch", "--format", "csv", "--tradar", "1"], &input);
    let csv3 = run_stdin(&["batch", "--format", "csv", "--tradar", "3"], &input);
    assert!(csv1.stdout == csv3.stdout, "CSV outputs differ");
}

#[test]
fn empty_input_directory_and_closed_pipe() {
    let o = run_stdin(&["batch"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("0 rader"), "{}", stderr(&o));

    let o = kalkyl()
        .args(["batch", env!("CARGO_MANIFEST_DIR")])
        .output()
        .expect("run kalkyl");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).starts_with("fel: "), "{}", stderr(&o));

    // `kalkyl batch big.jsonl | head -1`: the reader leaves early; kalkyl stops quietly.
    let lines = scenarios();
    let mut many = Vec::new();
    for _ in 0..30 {
        many.extend(lines.iter().cloned());
    }
    let fil = temp_file("batch-closed-pipe.jsonl", &jsonl(&many));
    let mut child = kalkyl()
        .arg("batch")
        .arg(&fil)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kalkyl");
    let mut first = [0u8; 8];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("some output");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert_eq!(&first, b"{\"rad\":1");
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.success(), "{status:?}: {err}");
}

#[test]
fn help_lists_the_flags_and_the_main_help_the_command() {
    let o = run_stdin(&["batch", "--help"], b"");
    let h = stdout(&o);
    for w in [
        "--format",
        "--kolumner",
        "--forklaring",
        "--tradar",
        "Slutstatus",
        "bostadstillagg",
    ] {
        assert!(h.contains(w), "batch --help lacks {w}");
    }
    assert!(stdout(&run_stdin(&["--help"], b"")).contains("batch"));
    assert_eq!(stdout(&run_stdin(&["help", "batch"], b"")), h);
}

/// A scenario's own `id` (the caller's case number) comes back in its records, computed or
/// not, so results join back to the caller's data; in CSV as the column `id` when chosen.
#[test]
fn the_scenarios_id_is_echoed() {
    let rad = |id: &str, ar: u32| {
        format!(
            r#"{{"schema_version":1,"id":"{id}","year":{ar},"kommun":"Göteborg","people":[{{"birth_year":1990,"income_per_month":{{"lon":25000}}}}]}}"#
        )
    };
    let input = format!(
        "{}\n{}\n{{\"trasig\"\n",
        rad("A-1", 2026),
        rad("B, 2", 1990)
    );
    let o = run_stdin(&["batch"], input.as_bytes());
    let recs: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 3, "{}", stdout(&o));
    assert_eq!(recs[0]["id"], "A-1");
    assert!(recs[0]["belopp"].is_object());
    // Read, but refused (the year): the id is known and comes back with the error.
    assert_eq!(recs[1]["id"], "B, 2");
    assert!(recs[1]["fel"].is_array());
    // Not JSON: no id to give.
    assert!(recs[2].get("id").is_none() && recs[2]["fel"].is_array());

    let o = run_stdin(
        &[
            "batch",
            "--format",
            "csv",
            "--kolumner",
            "id,disponibel_inkomst",
        ],
        input.as_bytes(),
    );
    let ut = stdout(&o);
    let rader: Vec<&str> = ut.lines().collect();
    assert_eq!(rader[0], "rad,alternativ,id,disponibel_inkomst,fel");
    assert!(rader[1].starts_with("1,0,A-1,"), "{ut}");
    assert!(rader[2].starts_with("2,,\"B, 2\",,"), "{ut}");
    assert!(rader[3].starts_with("3,,,,"), "{ut}");
}
