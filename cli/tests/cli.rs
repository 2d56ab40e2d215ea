//! End-to-end tests of the `kalkyl` binary. Expected figures are read from Skatteverket's
//! files in tests/oracle at test time, never retyped, so that a typo here cannot make a wrong
//! engine pass.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use rust_decimal::Decimal;

fn kalkyl() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kalkyl"));
    // A panic must show up as "panicked" whatever the environment says about backtraces.
    c.env_remove("RUST_BACKTRACE");
    c
}

fn run(args: &[&str]) -> Output {
    run_stdin(args, b"")
}

fn run_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = kalkyl()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kalkyl");
    // Ignore the result: kalkyl may exit before reading stdin (e.g. on a flag error).
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("run kalkyl")
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

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn oracle(name: &str) -> String {
    let p = repo().join("tests/oracle").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "kalkyl {args:?} failed: {}", stderr(&o));
    assert!(o.stderr.is_empty(), "stderr: {}", stderr(&o));
    stdout(&o)
}

/// Asserts byte equality, reporting the first differing line rather than two 400 kB strings.
fn assert_same_text(got: &str, want: &str, what: &str) {
    if got == want {
        return;
    }
    let mut g = got.split_inclusive('\n');
    let mut w = want.split_inclusive('\n');
    for line in 1.. {
        match (g.next(), w.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (a, b) => {
                panic!("{what}: first difference on line {line}:\n  kalkyl: {a:?}\n  fil:    {b:?}")
            }
        }
    }
}

// ---- skattetabell ---------------------------------------------------------------------

#[test]
fn full_table_2026_is_byte_identical_to_skatteverkets_file() {
    let want = oracle("skattetabell_2026_manad_tab29-42_30B.csv");
    assert_same_text(&ok(&["skattetabell", "--year", "2026"]), &want, "2026");
}

#[test]
fn full_table_2025_equals_the_30b_rows_of_skatteverkets_file() {
    // The official 2025 file also has "30%" rows (percentages above 80 000 kr), which the
    // engine does not produce; everything else must match to the byte.
    let file = oracle("skattetabell_2025_manad_tab29-42.csv");
    let want: String = file
        .split_inclusive('\n')
        .enumerate()
        .filter(|(i, l)| *i == 0 || l.starts_with("2025,30B,"))
        .map(|(_, l)| l)
        .collect();
    assert_eq!(want.lines().count(), 1 + 14 * 481, "the filter lost rows");
    assert_same_text(&ok(&["skattetabell", "--year=2025"]), &want, "2025");
}

/// The official amount of one cell, looked up the way a payer does: the row whose
/// inkomst_from..=inkomst_tom holds the income in whole kronor; below the first row, 0.
fn official_cell(file: &str, table: u32, column: usize, kronor: u32) -> String {
    for line in file.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let num = |i: usize| f[i].parse::<u32>().expect("number in oracle");
        if f[1] == "30B" && num(2) == table && num(3) <= kronor && kronor <= num(4) {
            return f[4 + column].to_string();
        }
    }
    assert_eq!(kronor, 0, "no row for table {table}, {kronor} kr");
    "0".to_string()
}

#[test]
fn single_lookups_match_skatteverkets_file() {
    let files = [
        ("2025", oracle("skattetabell_2025_manad_tab29-42.csv")),
        ("2026", oracle("skattetabell_2026_manad_tab29-42_30B.csv")),
    ];
    // Band edges (the 1–2000 row, the switch from 100 kr to 200 kr rows at 20 000, the last
    // row at 80 000), income with öre (truncated to kronor, as the tables are in kronor),
    // and the ends of the table and column ranges.
    let cases: &[(u32, usize, &str, u32)] = &[
        (29, 1, "0", 0),
        (29, 1, "1", 1),
        (33, 1, "2000", 2000),
        (33, 1, "2001", 2001),
        (33, 3, "2100", 2100),
        (34, 1, "19999.99", 19999),
        (34, 1, "20000", 20000),
        (34, 1, "20001", 20001),
        (31, 1, "30000", 30000),
        (31, 1, "30000.50", 30000),
        (31, 1, "30000,50", 30000),
        (32, 2, "29801", 29801),
        (35, 4, "45678.9", 45678),
        (36, 5, "61234", 61234),
        (42, 6, "79999", 79999),
        (42, 1, "80000", 80000),
        (29, 6, "80000.00", 80000),
    ];
    for (year, file) in &files {
        for &(table, column, income, kronor) in cases {
            let want = official_cell(file, table, column, kronor);
            let got = ok(&[
                "skattetabell",
                "--year",
                year,
                "--table",
                &table.to_string(),
                &format!("--column={column}"),
                "--income",
                income,
            ]);
            assert_eq!(
                got,
                format!("{want}\n"),
                "{year} tabell {table} kolumn {column} inkomst {income}"
            );
        }
    }
}

// ---- calculate ------------------------------------------------------------------------

/// A row of worked_examples.csv by id: (expected, inputs). The file quotes fields that hold
/// commas, so split with quotes in mind.
fn worked_example(id: &str) -> (String, String) {
    let file = oracle("worked_examples.csv");
    let header = csv_fields(file.lines().next().expect("header"));
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    for line in file.lines().skip(1) {
        let f = csv_fields(line);
        if f[col("id")] == id {
            return (f[col("expected")].clone(), f[col("inputs")].clone());
        }
    }
    panic!("{id} not in worked_examples.csv");
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

/// Skatteverket's e-tjänst case etj-26-1..5 (lön 360 000 kr, Stockholm, född 1985): each
/// row's figure and where it is in the result.
const ETJ_26: &[(&str, &str)] = &[
    ("etj-26-1", "kommunal_skatt"),
    ("etj-26-2", "jobbskatteavdrag"),
    ("etj-26-3", "skattereduktion_allman_pensionsavgift"),
    ("etj-26-4", "skattereduktion_forvarvsinkomst"),
    ("etj-26-5", "beskattningsbar_forvarvsinkomst"),
];

fn assert_matches_etjanst(json: &str) {
    let v: serde_json::Value = serde_json::from_str(json).expect("output is JSON");
    let ar = &v["people"][0]["slutlig_skatt_ar"];
    for (id, field) in ETJ_26 {
        let (expected, inputs) = worked_example(id);
        assert!(inputs.contains("360000"), "{id} is not the 360 000 kr case");
        // Amounts are strings so that no decimal is lost to a float.
        let got = ar[field]
            .as_str()
            .unwrap_or_else(|| panic!("{field} is not a JSON string: {}", ar[field]));
        let parse = |s: &str| s.parse::<Decimal>().unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(parse(got), parse(&expected), "{id}: {field}");
    }
    assert_eq!(v["skattesats"]["kommun"]["namn"], "Stockholm");
    assert_eq!(
        v["people"][0]["slutlig_skatt_ar"]["bruttoinkomst"],
        "360000"
    );
}

#[test]
fn calculate_file_matches_skatteverkets_etjanst() {
    let path = data("stockholm_2026_lon_30000.json");
    let out = ok(&["calculate", path.to_str().expect("UTF-8 path")]);
    assert!(out.lines().count() > 10, "pretty JSON expected");
    assert_matches_etjanst(&out);
}

#[test]
fn calculate_stdin_matches_skatteverkets_etjanst() {
    let json = std::fs::read(data("stockholm_2026_lon_30000.json")).expect("scenario");
    for args in [
        &["calculate"][..],
        &["calculate", "-"],
        &["calculate", "--compact"],
    ] {
        let o = run_stdin(args, &json);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_matches_etjanst(&stdout(&o));
    }
}

#[test]
fn compact_output_is_one_line_and_the_same_result() {
    let path = data("stockholm_2026_lon_30000.json");
    let p = path.to_str().expect("UTF-8 path");
    let compact = ok(&["calculate", "--compact", p]);
    assert_eq!(compact.lines().count(), 1);
    let pretty = ok(&["calculate", p]);
    let a: serde_json::Value = serde_json::from_str(&compact).expect("JSON");
    let b: serde_json::Value = serde_json::from_str(&pretty).expect("JSON");
    assert_eq!(a, b);
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut json = b"\xef\xbb\xbf".to_vec();
    json.extend(std::fs::read(data("stockholm_2026_lon_30000.json")).expect("scenario"));
    let o = run_stdin(&["calculate"], &json);
    assert!(o.status.success(), "{}", stderr(&o));
}

// ---- kommuner -------------------------------------------------------------------------

#[test]
fn kommuner_lists_all_290_as_csv() {
    for year in ["2025", "2026"] {
        let out = ok(&["kommuner", "--year", year]);
        let mut lines = out.lines();
        assert_eq!(
            lines.next(),
            Some("kod,namn,kommunal_skattesats,begravningsavgift")
        );
        let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
        assert_eq!(rows.len(), 290, "{year}");
        let mut codes: Vec<&str> = rows.iter().map(|r| r[0]).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 290, "{year}: duplicate kommunkod");
        for r in &rows {
            assert_eq!(r.len(), 4, "{r:?}");
            assert!(
                r[0].len() == 4 && r[0].bytes().all(|b| b.is_ascii_digit()),
                "{r:?}"
            );
            for rate in &r[2..] {
                rate.parse::<Decimal>()
                    .unwrap_or_else(|e| panic!("{r:?}: {e}"));
            }
        }
    }
    // The rate the e-tjänst case above states for Stockholm.
    let (_, inputs) = worked_example("etj-26-1");
    assert!(inputs.contains("Stockholm 30.55%"));
    assert!(ok(&["kommuner", "--year", "2026"]).contains("\n0180,Stockholm,30.55,"));
}

// ---- help and version -----------------------------------------------------------------

#[test]
fn help_and_version() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let out = ok(args);
        for cmd in ["calculate", "skattetabell", "kommuner", "Slutstatus"] {
            assert!(out.contains(cmd), "{args:?} lacks {cmd}");
        }
    }
    for (args, want) in [
        (&["calculate", "--help"][..], "kalkyl calculate [FIL]"),
        (&["calculate", "-h"], "--compact"),
        (&["skattetabell", "--help"], "--column K"),
        (&["skattetabell", "--year", "2026", "-h"], "--income KR"),
        (&["kommuner", "--help"], "kod,namn"),
        (&["help", "skattetabell"], "--table T"),
    ] {
        assert!(ok(args).contains(want), "{args:?} lacks {want}");
    }
    let v = ok(&["--version"]);
    assert!(v.starts_with(&format!("kalkyl {}", env!("CARGO_PKG_VERSION"))));
    assert_eq!(ok(&["-V"]), v);
}

// ---- errors ---------------------------------------------------------------------------

/// Asserts a failure: the exit status, that every stderr line is a `fel: ` line, that the
/// expected pieces (field names, allowed values) are there, and that nothing panicked.
fn assert_fails(o: &Output, code: i32, want: &[&str], what: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "{what}: status; stderr: {err}");
    assert!(o.stdout.is_empty(), "{what}: stdout not empty");
    assert!(!err.contains("panicked"), "{what}: {err}");
    assert!(!err.is_empty(), "{what}: no message");
    for line in err.lines() {
        assert!(
            line.starts_with("fel: "),
            "{what}: stray stderr line {line:?}"
        );
    }
    for w in want {
        assert!(err.contains(w), "{what}: stderr lacks {w:?}:\n{err}");
    }
}

#[test]
fn bad_arguments_name_the_flag_and_what_is_allowed() {
    let cases: &[(&[&str], &[&str])] = &[
        // Commands and flags.
        (
            &[],
            &["kommando", "calculate, batch, skattetabell, kommuner"],
        ),
        (
            &["calc"],
            &[
                "fel: calc: okänt kommando",
                "calculate, batch, skattetabell, kommuner",
            ],
        ),
        (&["--yaer"], &["fel: --yaer:", "--help", "--version"]),
        (&["help", "calc"], &["fel: calc:", "calculate"]),
        (
            &["skattetabell", "--yaer", "2026"],
            &[
                "fel: --yaer: okänd flagga",
                "--year, --table, --column, --income",
            ],
        ),
        (
            &["skattetabell", "-y", "2026"],
            &["fel: -y: okänd flagga", "--year"],
        ),
        (
            &["kommuner", "--year", "2026", "--table", "33"],
            &["fel: --table: okänd flagga", "--year"],
        ),
        (
            &["calculate", "--year=2026"],
            &["fel: --year: okänd flagga", "--compact"],
        ),
        (
            &["calculate", "--compact=ja"],
            &["fel: --compact: flaggan tar inget värde"],
        ),
        (
            &["calculate", "a.json", "b.json"],
            &["fel: b.json:", "högst en FIL"],
        ),
        (
            &["kommuner", "--year", "2026", "extra"],
            &["fel: extra: oväntat argument"],
        ),
        (
            &["skattetabell", "--year", "2026", "--year", "2025"],
            &["fel: --year: anges mer än en gång"],
        ),
        // Missing flags and values.
        (
            &["skattetabell"],
            &["fel: --year: saknas", "2024, 2025, 2026, 2027"],
        ),
        (&["kommuner"], &["fel: --year: saknas", "2026"]),
        (
            &["skattetabell", "--year"],
            &["fel: --year: värde saknas", "2024, 2025, 2026, 2027"],
        ),
        (
            &["skattetabell", "--year", "--table", "33"],
            &["fel: --year: värde saknas"],
        ),
        (
            &["skattetabell", "--year", "2026", "--table", "33"],
            &[
                "fel: --column: saknas",
                "1–6",
                "fel: --income: saknas",
                "0–80000",
            ],
        ),
        (
            &["skattetabell", "--year", "2026", "--income", "30000"],
            &["fel: --table: saknas", "29–42", "fel: --column: saknas"],
        ),
        // Values of the wrong kind.
        (
            &["skattetabell", "--year", "tjugo"],
            &[
                "fel: --year: \"tjugo\" är inget årtal",
                "2024, 2025, 2026, 2027",
            ],
        ),
        (
            &[
                "skattetabell",
                "--year=",
                "--table=x",
                "--column=ett",
                "--income=30k",
            ],
            &[
                "fel: --year:",
                "fel: --table: \"x\"",
                "29–42",
                "fel: --column: \"ett\"",
                "1–6",
                "fel: --income: \"30k\"",
                "0–80000",
            ],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "1_000",
            ],
            &["fel: --income:", "0–80000"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "30000.505",
            ],
            &["fel: --income:", "två decimaler"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "-33",
                "--column",
                "1",
                "--income",
                "1",
            ],
            &["fel: --table:", "29–42"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "99999999999",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "1",
            ],
            &["fel: --year:", "2024, 2025, 2026, 2027"],
        ),
        // Values out of range.
        (
            &["skattetabell", "--year", "2023"],
            &["fel: --year: inkomstår 2023", "2024, 2025, 2026, 2027"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2028",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "1",
            ],
            &["fel: --year:", "2027"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "28",
                "--column",
                "1",
                "--income",
                "1",
            ],
            &["fel: --table: tabell 28", "29–42"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "43",
                "--column",
                "1",
                "--income",
                "1",
            ],
            &["fel: --table:", "29–42"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "7",
                "--income",
                "1",
            ],
            &["fel: --column: kolumn 7", "1–6"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "0",
                "--income",
                "1",
            ],
            &["fel: --column:", "1–6"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "-1",
            ],
            &["fel: --income: -1 kr", "0–80000"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "80001",
            ],
            &["fel: --income: 80001 kr", "0–80000"],
        ),
        (
            &[
                "skattetabell",
                "--year",
                "2026",
                "--table",
                "33",
                "--column",
                "1",
                "--income",
                "99999999999999999999999999999999",
            ],
            &["fel: --income:", "0–80000"],
        ),
        (
            &["kommuner", "--year", "2024"],
            &["fel: --year:", "2024", "2025, 2026"],
        ),
        (
            &["kommuner", "--year", "1999"],
            &["fel: --year:", "2024, 2025, 2026, 2027"],
        ),
    ];
    for (args, want) in cases {
        assert_fails(&run(args), 2, want, &format!("{args:?}"));
    }
}

fn scenario(year: &str, kommun: &str, person: &str) -> String {
    format!(r#"{{"schema_version":1,"year":{year},"kommun":"{kommun}","people":[{person}]}}"#)
}

#[test]
fn bad_scenarios_name_the_field_and_what_is_allowed() {
    let lon =
        |amount: &str| format!(r#"{{"birth_year":1985,"income_per_month":{{"lon":{amount}}}}}"#);
    let cases: Vec<(String, Vec<&str>)> = vec![
        ("{".into(), vec!["fel: stdin: ogiltig JSON", "rad "]),
        ("".into(), vec!["fel: stdin: filen är tom"]),
        ("not json".into(), vec!["ogiltig JSON"]),
        (
            scenario("2026", "Stockholm", &lon("30000")).replace("\"kommun\"", "\"kommune\""),
            vec!["fel: kommune: okänt fält", "tillåtna fält", "`kommun`"],
        ),
        (
            scenario(
                "2026",
                "Stockholm",
                r#"{"birth_year":1985,"income_per_month":{"lön":30000}}"#,
            ),
            vec![
                "fel: people[0].income_per_month.lön: okänt fält",
                "`lon`",
                "`pension`",
            ],
        ),
        (
            r#"{"schema_version":1,"year":2026,"kommun":"Stockholm"}"#.into(),
            vec!["fältet `people` saknas"],
        ),
        (
            scenario("2026", "Gotham", &lon("30000")),
            vec!["fel: kommun: okänd kommun \"Gotham\"", "kommunkod"],
        ),
        (
            scenario("2023", "Stockholm", &lon("30000")),
            vec!["fel: year: inkomstår 2023", "2024, 2025, 2026, 2027"],
        ),
        // The engine's birth-year check computes year - 120, which overflows here.
        (
            scenario("-2147483648", "Stockholm", &lon("30000")),
            vec!["fel: year:", "2024, 2025, 2026, 2027"],
        ),
        (
            scenario("2026", "Stockholm", r#"{"birth_year":2027}"#),
            vec!["fel: people[0].birth_year:", "1906–2026"],
        ),
        (
            scenario("2026", "Stockholm", &lon("-5")),
            vec!["fel: people[0].income_per_month.lon: -5", "0–1000000"],
        ),
        (
            scenario("2026", "Stockholm", &lon("5000000")),
            vec!["fel: people[0].income_per_month.lon:", "0–1000000"],
        ),
        (
            scenario(
                "2026",
                "Stockholm",
                &lon("\"79228162514264337593543950335\""),
            ),
            vec!["fel: people[0].income_per_month.lon:", "0–1000000"],
        ),
        // Beyond what a Decimal holds: the engine's message is serde's, in English, but it
        // must still name the field and not panic.
        (
            scenario("2026", "Stockholm", &lon("1e300")),
            vec!["fel: people[0].income_per_month.lon:"],
        ),
        (
            scenario("2026", "Stockholm", &lon("30000.123")),
            vec!["fel: people[0].income_per_month.lon:", "två decimaler"],
        ),
        (
            scenario("2026", "Stockholm", &lon("\"trettio\"")),
            vec!["fel: people[0].income_per_month.lon:"],
        ),
        (
            scenario(
                "2026",
                "Stockholm",
                r#"{"birth_year":1985,"kyrkoavgift_procent":12}"#,
            ),
            vec!["fel: people[0].kyrkoavgift_procent:", "0–3"],
        ),
        (
            scenario(
                "2026",
                "Stockholm",
                &[lon("1"), lon("2"), lon("3")].join(","),
            ),
            vec!["fel: people:", "en eller två"],
        ),
    ];
    for (json, want) in &cases {
        assert_fails(&run_stdin(&["calculate"], json.as_bytes()), 2, want, json);
    }
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let json = "[".repeat(100_000);
    assert_fails(
        &run_stdin(&["calculate"], json.as_bytes()),
        2,
        &["fel: "],
        "nesting",
    );
}

#[test]
fn unreadable_input_is_an_io_error() {
    let missing = data("finns-inte.json");
    let m = missing.to_str().expect("UTF-8 path");
    assert_fails(
        &run(&["calculate", m]),
        1,
        &[&format!("fel: {m}: kan inte läsa filen")],
        "missing file",
    );
    let dir = data("");
    let d = dir.to_str().expect("UTF-8 path");
    assert_fails(
        &run(&["calculate", d]),
        1,
        &["kan inte läsa filen"],
        "directory",
    );
}

#[test]
fn input_that_is_not_utf8_is_an_input_error() {
    assert_fails(
        &run_stdin(&["calculate"], b"{\n  \"year\": \xff}"),
        2,
        &["fel: stdin: inte UTF-8", "rad 2, kolumn 11"],
        "latin-1 stdin",
    );
}

#[cfg(unix)]
#[test]
fn argument_that_is_not_utf8_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff.json");
    let o = kalkyl()
        .arg("calculate")
        .arg(bad)
        .output()
        .expect("run kalkyl");
    assert_fails(&o, 1, &["kan inte läsa filen"], "non-UTF-8 file name");
    let o = kalkyl()
        .args(["skattetabell", "--year"])
        .arg(bad)
        .output()
        .expect("run kalkyl");
    assert_fails(&o, 2, &["fel: --year:", "UTF-8"], "non-UTF-8 flag value");
    let o = kalkyl().arg(bad).output().expect("run kalkyl");
    assert_fails(&o, 2, &["okänt kommando"], "non-UTF-8 command");
}

// ---- output -----------------------------------------------------------------------------

#[test]
fn closed_stdout_pipe_is_not_a_panic() {
    // `kalkyl skattetabell --year 2026 | head -1`: the reader leaves after one line while
    // kalkyl still has some 400 kB to write.
    let mut child = kalkyl()
        .args(["skattetabell", "--year", "2026"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kalkyl");
    let mut first = [0u8; 16];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("some output");
    // The read end is dropped here.
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert_eq!(&first, b"ar,antal_dgr,tab");
    assert!(err.is_empty(), "stderr: {err}");
    assert!(status.success(), "{status:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn full_disk_is_an_io_error() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = kalkyl()
        .args(["kommuner", "--year", "2026"])
        .stdout(full)
        .output()
        .expect("run kalkyl");
    assert_fails(&o, 1, &["fel: stdout: kan inte skriva"], "/dev/full");
}

/// The plan and the map, each alone as JSON (`--del`), from a scenario with both blocks.
#[test]
fn the_plan_and_the_map_alone() {
    let scenario = r#"{"schema_version":1,"year":2026,"month":1,"kommun":"Göteborg",
      "people":[{"birth_year":1990,"birth_month":4,"job":{"hours_per_week":0,"hourly_wage":140}}],
      "household":{"boendekostnad_per_manad":7000},
      "alternatives":[{"label":"Jobb","people":{"0":{"job":{"hours_per_week":20}}}}],
      "plan":{"manader":12,"forklaringar":false,
        "steg":[{"alternativ":0,"fran_manad":1,"hours_per_week":10},{"alternativ":0,"fran_manad":4,"hours_per_week":20}]},
      "karta":{"timmar":{"fran":0,"till":40,"steg":10},"timlon":{"fran":120,"till":160,"steg":20}}}"#;
    let o = run_stdin(&["calculate", "--del", "plan"], scenario.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let plan: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(plan["start"], "2026-01");
    assert_eq!(plan["spar"][1]["manader"].as_array().unwrap().len(), 12);
    assert_eq!(plan["spar"][1]["handelser"][0]["manad"], "2026-04");
    // The year-end of 2026, which the plan covers whole: one payer, by the table.
    let ar = &plan["spar"][1]["ar"][0];
    assert_eq!((&ar["ar"], &ar["hela_aret"]), (&2026.into(), &true.into()));
    assert_eq!(ar["skatt"][0]["status"], "beraknad");
    assert_eq!(ar["skatt"][0]["utbetalare"][0]["metod"], "skattetabell");
    let o = run_stdin(
        &["calculate", "--del=karta", "--compact"],
        scenario.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let karta: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(karta["timmar"].as_array().unwrap().len(), 5);
    assert_eq!(karta["battre_an_i_dag"].as_array().unwrap().len(), 3);
    assert_eq!(karta["battre_an_i_dag"][0][0], "0");
    // A part the scenario lacks, or no such part: an error naming the flag.
    let o = run_stdin(&["calculate", "--del", "svep"], scenario.as_bytes());
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--del: okänd del"), "{}", stderr(&o));
}
