//! `kalkyl`: the command-line face of calculator-core. It parses arguments, reads input and
//! writes output; every figure comes from the engine, so the CLI, the tests and the web app
//! cannot disagree.
//!
//! Errors go to stderr as `fel: <fält>: <meddelande>` lines, with exit status 2 for bad input
//! and 1 for reading or writing failures. Nothing the user controls may panic: a panic would
//! print Rust internals instead of saying which field is wrong.

mod args;
mod batch;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::str::FromStr;

use args::{Flag, Parsed};
use calculator_core::{InputError, InputErrors};
use rust_decimal::Decimal;

/// Why a command did not finish.
enum Fel {
    /// The input is wrong; the user can fix it (exit 2).
    Input(Vec<InputError>),
    /// Reading or writing failed (exit 1).
    Io(InputError),
    /// The reader of stdout went away (`kalkyl … | head`): nothing is wrong, stop quietly.
    BrokenPipe,
    /// `kalkyl batch` finished, but some lines were errors (exit 3): the output has their
    /// records and the summary on stderr names them, so nothing more is printed.
    Felposter,
}

impl From<InputError> for Fel {
    fn from(e: InputError) -> Self {
        Fel::Input(vec![e])
    }
}

impl From<Vec<InputError>> for Fel {
    fn from(e: Vec<InputError>) -> Self {
        Fel::Input(e)
    }
}

fn main() -> ExitCode {
    // args_os, not args: std::env::args panics on an argument that is not UTF-8.
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(()) | Err(Fel::BrokenPipe) => ExitCode::SUCCESS,
        Err(Fel::Input(errs)) => {
            report(&errs);
            ExitCode::from(2)
        }
        Err(Fel::Io(e)) => {
            report(&[e]);
            ExitCode::from(1)
        }
        Err(Fel::Felposter) => ExitCode::from(3),
    }
}

/// Writes the error lines. Not eprintln!: it panics when stderr is closed, and there is
/// nowhere left to report that anyway.
fn report(errs: &[InputError]) {
    let mut text = String::new();
    for e in errs {
        text.push_str(&format!("fel: {}: {}\n", e.field, e.message));
    }
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

const COMMANDS: &str = "calculate, batch, skattetabell, kommuner, help";

fn run(args: &[OsString]) -> Result<(), Fel> {
    let Some(first) = args.first() else {
        return Err(InputError::new(
            "kommando",
            format!("inget kommando angivet; tillåtna: {COMMANDS} (se kalkyl --help)"),
        )
        .into());
    };
    let rest = &args[1..];
    match first.to_str() {
        Some("-h" | "--help") => write_stdout(&main_help()),
        Some("help") => help_command(rest),
        Some("-V" | "--version") => write_stdout(&version()),
        Some("calculate") => calculate(rest),
        Some("batch") => batch::batch(rest),
        Some("skattetabell") => skattetabell(rest),
        Some("kommuner") => kommuner(rest),
        Some(other) if other.starts_with('-') => Err(InputError::new(
            other,
            format!(
                "okänd flagga; före kommandot går bara --help och --version; kommandon: {COMMANDS}"
            ),
        )
        .into()),
        _ => Err(InputError::new(
            first.to_string_lossy(),
            format!("okänt kommando; tillåtna: {COMMANDS} (se kalkyl --help)"),
        )
        .into()),
    }
}

fn help_command(rest: &[OsString]) -> Result<(), Fel> {
    let text = match rest.first().map(|a| a.to_str()) {
        None => main_help(),
        Some(Some("calculate")) => CALCULATE_HELP.to_string(),
        Some(Some("batch")) => batch::help(),
        Some(Some("skattetabell")) => skattetabell_help(),
        Some(Some("kommuner")) => kommuner_help(),
        Some(_) => {
            return Err(InputError::new(
                rest[0].to_string_lossy(),
                format!("okänt kommando; tillåtna: {COMMANDS}"),
            )
            .into())
        }
    };
    write_stdout(&text)
}

fn years_list() -> String {
    let years: Vec<String> = calculator_core::supported_years()
        .iter()
        .map(|y| y.to_string())
        .collect();
    years.join(", ")
}

fn version() -> String {
    format!(
        "kalkyl {} (inkomstår {})\n",
        env!("CARGO_PKG_VERSION"),
        years_list()
    )
}

fn main_help() -> String {
    format!(
        "\
kalkyl – skatt enligt svenska regler, inkomstår {years}

Användning:
  kalkyl calculate [FIL] [--compact]
  kalkyl batch [FIL] [--format jsonl|csv] [--kolumner …] [--forklaring] [--tradar N]
  kalkyl skattetabell --year ÅR [--table T --column K --income KR]
  kalkyl kommuner --year ÅR
  kalkyl help [KOMMANDO]

Kommandon:
  calculate     Beräkna ett scenario (JSON) och skriv resultatet som JSON
  batch         Beräkna många scenarier, ett per rad (JSON Lines), till JSON Lines
                eller CSV
  skattetabell  Skatteavdrag enligt Skatteverkets månadstabeller
  kommuner      Kommunernas skattesatser som CSV

Flaggor:
  -h, --help     Visa hjälpen (även efter ett kommando)
  -V, --version  Visa versionen

Värden anges som --flagga värde eller --flagga=värde.
Slutstatus: 0 klart, 1 läs- eller skrivfel, 2 felaktig indata,
3 batch klar men minst en rad gav en felpost.
Fel skrivs på stderr som fel: <fält>: <vad som är fel och vad som är tillåtet>.
",
        years = years_list()
    )
}

const CALCULATE_HELP: &str = "\
Användning: kalkyl calculate [FIL] [--compact] [--del plan|karta]

Läser ett scenario (JSON) från FIL, eller från stdin om FIL saknas eller är -,
och skriver resultatet som JSON på stdout. Belopp skrivs som strängar (\"101426\")
så att inga decimaler går förlorade.

Flaggor:
  --compact   JSON på en rad
  --del D     Skriv bara en del av resultatet: plan (månaderna framåt, scenariots
              plan-block) eller karta (timmar × timlön, scenariots karta-block)
  -h, --help  Visa hjälpen

Exempel:
  kalkyl calculate scenario.json
  echo '{\"schema_version\":1,\"year\":2026,\"kommun\":\"Stockholm\",\"people\":
    [{\"birth_year\":1985,\"income_per_month\":{\"lon\":30000}}]}' | kalkyl calculate
";

fn skattetabell_help() -> String {
    format!(
        "\
Användning:
  kalkyl skattetabell --year ÅR --table T --column K --income KR
  kalkyl skattetabell --year ÅR

Med --table: skatteavdraget per månad i kronor (bara talet).
Utan --table: hela tabellsetet (tabell 29–42, kolumn 1–6, upp till 80 000 kr)
i Skatteverkets CSV-format, för diff mot Skatteverkets fil.

Flaggor:
  --year ÅR     Inkomstår: {years}
  --table T     Tabell 29–42: kommunal skattesats + begravningsavgift
                (+ kyrkoavgift), avrundad till heltal (x,50 nedåt)
  --column K    Kolumn 1–6: 1 lön under 66 år, 2 pension 66+, 3 lön 66+,
                4 sjuk-/aktivitetsersättning, 5 a-kassa m.m. under 66,
                6 pension under 66
  --income KR   Månadsinkomst 0–80000 kr; öre går bra (30000.50, 30000,50)
  -h, --help    Visa hjälpen

--table, --column och --income anges tillsammans.

Ett inkomstår vars regler inte är kontrollerade mot Skatteverkets tabeller
(2024; och 2027, som räknas med 2026 års värden där 2027 års inte är
publicerade) ger tabeller ur de regler vi har, inte Skatteverkets.

Exempel:
  kalkyl skattetabell --year 2026 --table 33 --column 1 --income 30000
  kalkyl skattetabell --year 2026 > skattetabell_2026.csv
",
        years = years_list()
    )
}

fn kommuner_help() -> String {
    format!(
        "\
Användning: kalkyl kommuner --year ÅR

Skriver kommunerna som CSV, sorterade efter namn:
  kod,namn,kommunal_skattesats,begravningsavgift
Satserna är i procent; den kommunala inkluderar regionens.

Flaggor:
  --year ÅR   Inkomstår med kommundata: {with_data}
  -h, --help  Visa hjälpen
",
        with_data = years_with_kommuner().join(", ")
    )
}

// ---- calculate ------------------------------------------------------------------------

fn calculate(rest: &[OsString]) -> Result<(), Fel> {
    let p = args::parse(
        rest,
        &[
            Flag {
                name: "--compact",
                takes_value: false,
                allowed: String::new,
            },
            Flag {
                name: "--del",
                takes_value: true,
                allowed: || "plan eller karta".into(),
            },
        ],
    )?;
    if p.help {
        return write_stdout(CALCULATE_HELP);
    }
    let del = match p.value("--del") {
        None => None,
        Some(d @ ("plan" | "karta")) => Some(d),
        Some(other) => {
            return Err(InputError::new(
                "--del",
                format!("okänd del \"{other}\"; tillåtna: plan, karta"),
            )
            .into())
        }
    };
    if p.positional.len() > 1 {
        return Err(InputError::new(
            p.positional[1].to_string_lossy(),
            "calculate läser en fil; ange högst en FIL (eller - för stdin)",
        )
        .into());
    }
    let (source, bytes) = match p.positional.first() {
        Some(f) if f != "-" => (f.to_string_lossy().into_owned(), read_file(Path::new(f))?),
        _ => ("stdin".to_string(), read_stdin()?),
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let (rad, kolumn) = rad_kolumn(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        InputError::new(
            &source,
            format!(
                "inte UTF-8-text (ogiltig byte på rad {rad}, kolumn {kolumn}); ange JSON i UTF-8"
            ),
        )
    })?;
    // A byte-order mark is dropped by the engine (for the web app's files too).
    let scenario = calculator_core::parse_scenario(&text).map_err(|e| {
        // The engine names a JSON syntax error's field "scenario" (no path is known yet); the
        // input's name tells the user more, and the message already has line and column.
        e.0.into_iter()
            .map(|mut e| {
                if e.field == "scenario" {
                    e.field.clone_from(&source);
                }
                e
            })
            .collect::<Vec<_>>()
    })?;
    let result = calculator_core::evaluate(&scenario).map_err(|e| e.0)?;
    let value = match del {
        None => serde_json::to_value(&result),
        Some("plan") => match &result.plan {
            Some(x) => serde_json::to_value(x),
            None => return Err(InputError::new("--del", "scenariot har inget plan-block; lägg till \"plan\": {\"manader\": 24} (se docs/scenario-format.md)").into()),
        },
        Some(_) => match &result.karta {
            Some(x) => serde_json::to_value(x),
            None => return Err(InputError::new("--del", "scenariot har inget karta-block (se docs/scenario-format.md)").into()),
        },
    }
    .map_err(|e| {
        Fel::Io(InputError::new(
            "resultat",
            format!("kunde inte skrivas som JSON: {e}"),
        ))
    })?;
    let json = if p.switch("--compact") {
        serde_json::to_string(&value)
    } else {
        serde_json::to_string_pretty(&value)
    }
    .map_err(|e| {
        Fel::Io(InputError::new(
            "resultat",
            format!("kunde inte skrivas som JSON: {e}"),
        ))
    })?;
    write_stdout(&(json + "\n"))
}

/// Where the byte after `before` is, counted as the engine's JSON messages count (from 1),
/// so that an editor can find the spot.
fn rad_kolumn(before: &[u8]) -> (usize, usize) {
    let rad = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let radstart = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (rad, before.len() - radstart + 1)
}

fn read_file(path: &Path) -> Result<Vec<u8>, Fel> {
    let namn = path.to_string_lossy().into_owned();
    let fil = std::fs::File::open(path)
        .map_err(|e| Fel::Io(InputError::new(&namn, format!("kan inte läsa filen: {e}"))))?;
    las_hogst(fil, &namn)
        .map_err(|e| Fel::Io(InputError::new(&namn, format!("kan inte läsa filen: {e}"))))?
}

fn read_stdin() -> Result<Vec<u8>, Fel> {
    let stdin = io::stdin().lock();
    if stdin.is_terminal() {
        // Otherwise `kalkyl calculate` without a file just sits there, looking hung.
        let _ = io::stderr().write_all(
            "Läser scenario från stdin (avsluta med Ctrl-D; se kalkyl calculate --help)\n"
                .as_bytes(),
        );
    }
    las_hogst(stdin, "stdin")
        .map_err(|e| Fel::Io(InputError::new("stdin", format!("kan inte läsas: {e}"))))?
}

/// Reads at most one byte more than a scenario may have, so a wrong file of gigabytes is
/// refused without being read into memory (Ok(Err) names the limit).
fn las_hogst(kalla: impl Read, namn: &str) -> io::Result<Result<Vec<u8>, Fel>> {
    let max = calculator_core::MAX_SCENARIO_BYTE;
    let mut buf = Vec::new();
    kalla.take(max as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > max {
        return Ok(Err(Fel::Input(vec![InputError::new(
            namn,
            format!("mer än {max} byte; ett scenario är högst {max} byte (1 MB). Är det rätt fil?"),
        )])));
    }
    Ok(Ok(buf))
}

// ---- skattetabell ---------------------------------------------------------------------

fn allowed_year() -> String {
    format!("ett inkomstår: {}", years_list())
}
fn allowed_table() -> String {
    "ett tabellnummer 29–42".into()
}
fn allowed_column() -> String {
    "en kolumn 1–6".into()
}
fn allowed_income() -> String {
    "en månadsinkomst 0–80000 kr, t.ex. 30000 eller 30000.50".into()
}

const YEAR: Flag = Flag {
    name: "--year",
    takes_value: true,
    allowed: allowed_year,
};

fn skattetabell(rest: &[OsString]) -> Result<(), Fel> {
    let p = args::parse(
        rest,
        &[
            YEAR,
            Flag {
                name: "--table",
                takes_value: true,
                allowed: allowed_table,
            },
            Flag {
                name: "--column",
                takes_value: true,
                allowed: allowed_column,
            },
            Flag {
                name: "--income",
                takes_value: true,
                allowed: allowed_income,
            },
        ],
    )?;
    if p.help {
        return write_stdout(&skattetabell_help());
    }
    let mut errs = Vec::new();
    no_positional(&p, "skattetabell", &mut errs);
    let year = required(&p, "--year", allowed_year, parse_year, &mut errs);
    let lookup = ["--table", "--column", "--income"]
        .iter()
        .any(|f| p.value(f).is_some());
    if !lookup {
        let year = finish(year, errs)?;
        let csv = calculator_core::skattetabell_csv(year).map_err(flag_errors)?;
        return write_stdout(&csv);
    }
    let table = required(&p, "--table", allowed_table, parse_table, &mut errs);
    let column = required(&p, "--column", allowed_column, parse_column, &mut errs);
    let income = required(&p, "--income", allowed_income, parse_income, &mut errs);
    let (Some(year), Some(table), Some(column), Some(income), true) =
        (year, table, column, income, errs.is_empty())
    else {
        return Err(errs.into());
    };
    let belopp =
        calculator_core::skattetabell_belopp(year, table, column, income).map_err(flag_errors)?;
    write_stdout(&format!("{belopp}\n"))
}

/// A required flag's parsed value; None (with the reason in `errs`) when missing or bad.
fn required<T>(
    p: &Parsed,
    flag: &str,
    allowed: fn() -> String,
    parse: fn(&str) -> Result<T, String>,
    errs: &mut Vec<InputError>,
) -> Option<T> {
    match p.value(flag) {
        None => {
            errs.push(InputError::new(flag, format!("saknas; ange {}", allowed())));
            None
        }
        Some(v) => match parse(v) {
            Ok(x) => Some(x),
            Err(msg) => {
                errs.push(InputError::new(flag, msg));
                None
            }
        },
    }
}

fn finish<T>(v: Option<T>, errs: Vec<InputError>) -> Result<T, Fel> {
    match v {
        Some(v) if errs.is_empty() => Ok(v),
        _ => Err(errs.into()),
    }
}

fn no_positional(p: &Parsed, cmd: &str, errs: &mut Vec<InputError>) {
    if let Some(a) = p.positional.first() {
        errs.push(InputError::new(
            a.to_string_lossy(),
            format!("oväntat argument; {cmd} tar bara flaggor (se kalkyl {cmd} --help)"),
        ));
    }
}

/// The engine names its parameters `year`, `table`, `column`, `income`; on the command line
/// the user typed `--year` etc., so name those.
fn flag_errors(e: InputErrors) -> Fel {
    Fel::Input(
        e.0.into_iter()
            .map(|mut e| {
                if matches!(e.field.as_str(), "year" | "table" | "column" | "income") {
                    e.field = format!("--{}", e.field);
                }
                e
            })
            .collect(),
    )
}

fn parse_year(s: &str) -> Result<i32, String> {
    s.parse()
        .map_err(|_| format!("\"{s}\" är inget årtal; tillåtna år: {}", years_list()))
}

fn parse_table(s: &str) -> Result<u32, String> {
    s.parse()
        .map_err(|_| format!("\"{s}\" är inget tabellnummer; tillåtet: 29–42"))
}

fn parse_column(s: &str) -> Result<u32, String> {
    s.parse()
        .map_err(|_| format!("\"{s}\" är inget kolumnnummer; tillåtet: 1–6"))
}

/// Kronor with at most two decimals (öre), point or comma. Checked by hand rather than left
/// to `Decimal::from_str`, which also takes forms such as `1_000` that nobody means. A minus
/// sign is let through so that the engine's range message can say what is allowed.
fn parse_income(s: &str) -> Result<Decimal, String> {
    let bad = || format!("\"{s}\" är inget belopp; ange {}", allowed_income());
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (kronor, ore) = match digits.split_once(['.', ',']) {
        Some((k, o)) => (k, Some(o)),
        None => (digits, None),
    };
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(kronor) || ore.is_some_and(|o| !all_digits(o)) {
        return Err(bad());
    }
    if ore.is_some_and(|o| o.len() > 2) {
        return Err(format!(
            "\"{s}\" har fler än två decimaler; ange kronor med högst två decimaler (öre)"
        ));
    }
    Decimal::from_str(&s.replace(',', ".")).map_err(|_| bad())
}

// ---- kommuner -------------------------------------------------------------------------

fn years_with_kommuner() -> Vec<String> {
    calculator_core::supported_years()
        .into_iter()
        .filter(|y| calculator_core::kommuner(*y).is_ok_and(|k| !k.is_empty()))
        .map(|y| y.to_string())
        .collect()
}

fn kommuner(rest: &[OsString]) -> Result<(), Fel> {
    let p = args::parse(rest, &[YEAR])?;
    if p.help {
        return write_stdout(&kommuner_help());
    }
    let mut errs = Vec::new();
    no_positional(&p, "kommuner", &mut errs);
    let year = required(&p, "--year", allowed_year, parse_year, &mut errs);
    let year = finish(year, errs)?;
    let list = calculator_core::kommuner(year).map_err(flag_errors)?;
    if list.is_empty() {
        // An empty CSV would look like success to a script.
        return Err(InputError::new(
            "--year",
            format!(
                "kommunernas skattesatser för {year} finns inte i underlaget; år med kommundata: {}",
                years_with_kommuner().join(", ")
            ),
        )
        .into());
    }
    let mut out = String::from("kod,namn,kommunal_skattesats,begravningsavgift\n");
    for k in &list {
        out.push_str(&format!(
            "{},{},{},{}\n",
            csv_field(&k.kod),
            csv_field(&k.namn),
            k.kommunal_skattesats,
            k.begravningsavgift
        ));
    }
    write_stdout(&out)
}

/// Quotes a CSV field when it needs it (RFC 4180). No kommun name does today, but the data
/// file is edited by hand.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

// ---- output ---------------------------------------------------------------------------

/// Writes all of `text` to stdout. Not println!: Rust ignores SIGPIPE, so a closed pipe is an
/// error on write, and println! turns that into a panic.
fn write_stdout(text: &str) -> Result<(), Fel> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| {
            if e.kind() == io::ErrorKind::BrokenPipe {
                Fel::BrokenPipe
            } else {
                Fel::Io(InputError::new("stdout", format!("kan inte skriva: {e}")))
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn income_forms() {
        assert_eq!(parse_income("30000").unwrap(), Decimal::from(30000));
        assert_eq!(parse_income("30000.5").unwrap(), Decimal::new(300005, 1));
        assert_eq!(parse_income("30000,50").unwrap(), Decimal::new(3000050, 2));
        assert_eq!(parse_income("-1").unwrap(), Decimal::from(-1));
        for bad in [
            "", "-", "abc", "30k", "1_000", "1e5", "30000.", ".5", "1.2.3", "+5", " 5",
        ] {
            assert!(parse_income(bad).is_err(), "{bad:?} accepted");
        }
        assert!(parse_income("1.234").unwrap_err().contains("två decimaler"));
        // Longer than a Decimal can hold: an error, not a panic.
        assert!(parse_income(&"9".repeat(40)).is_err());
    }

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("Stockholm"), "Stockholm");
        assert_eq!(csv_field("A, \"B\""), "\"A, \"\"B\"\"\"");
    }
}
