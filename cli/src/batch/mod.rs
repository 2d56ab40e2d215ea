//! `kalkyl batch`: a caseload of scenarios, one JSON object a line, computed in parallel and
//! written in input order as JSON Lines or CSV. A bad line becomes an error record naming its
//! line and field, and the run goes on; only flags, unreadable input or unwritable output stop
//! it. See docs/cli.md, "kalkyl batch".

mod flode;
mod kolumner;
mod lasare;
mod rad;

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::time::{Duration, Instant};

use calculator_core::InputError;

use crate::args::{self, Flag};
use crate::Fel;
use kolumner::Kolumn;

/// What each line becomes.
pub enum Format {
    /// One JSON object a line: the amounts, or with `forklaring` the full result.
    Jsonl { forklaring: bool },
    /// One row per line and alternative, with the chosen columns.
    Csv { kolumner: Vec<Kolumn> },
}

/// How many lines came out how; summed over chunks by the writer.
#[derive(Default, Clone)]
pub struct Raknare {
    pub berakade: u64,
    pub med_fel: u64,
    pub tomma: u64,
    /// The first few lines with an error, for the summary.
    pub forsta_fel: Vec<u64>,
}

/// How many erroneous line numbers the summary names.
const FEL_I_SAMMANFATTNINGEN: usize = 10;

impl Raknare {
    fn lagg_till(&mut self, r: &Raknare) {
        self.berakade += r.berakade;
        self.med_fel += r.med_fel;
        self.tomma += r.tomma;
        for &n in &r.forsta_fel {
            if self.forsta_fel.len() < FEL_I_SAMMANFATTNINGEN {
                self.forsta_fel.push(n);
            }
        }
    }

    fn fel_pa_rad(&mut self, rad: u64) {
        self.med_fel += 1;
        if self.forsta_fel.len() < FEL_I_SAMMANFATTNINGEN {
            self.forsta_fel.push(rad);
        }
    }
}

pub fn help() -> String {
    format!(
        "\
Användning: kalkyl batch [FIL] [--format jsonl|csv] [--kolumner K1,K2,…]
                         [--forklaring] [--tradar N]

Läser scenarier som JSON Lines (ett scenario som JSON-objekt per rad) från FIL,
eller från stdin om FIL saknas eller är -, beräknar dem parallellt och skriver
en post per rad i samma ordning på stdout. Tomma rader hoppas över. En rad med fel
blir en felpost med radnummer och fält, och resten av filen beräknas.

Flaggor:
  --format F       jsonl (standard): {{\"rad\":N,\"belopp\":{{…}}}} per rad, eller
                   {{\"rad\":N,\"fel\":[{{\"falt\":…,\"meddelande\":…}}]}};
                   csv: en rad per scenario och alternativ (0 = i dag)
  --kolumner K     CSV-kolumner, åtskilda med komma (bara med --format csv):
                   {namn};
                   KOMPONENT (summa över personerna), KOMPONENT.status,
                   KOMPONENT[P] och KOMPONENT[P].status (person P, från 0);
                   alla = varje komponents summa och status.
                   rad, alternativ och fel står alltid med. Standard:
                   {standard}
  --forklaring     Hela resultatet med förklaringar (som kalkyl calculate)
                   i stället för bara beloppen; bara med --format jsonl
  --tradar N       Antal beräkningstrådar 1–{max_tradar} (standard: antalet
                   kärnor, här {karnor})
  -h, --help       Visa hjälpen

Komponenter:
  {komponenter}

En sammanfattning (antal rader, fel, tid, hushåll per sekund) skrivs på stderr,
och en förloppsindikator när stderr är en terminal.
Slutstatus: 0 alla rader beräknade, 3 klart men minst en rad gav en felpost,
1 läs- eller skrivfel, 2 felaktiga flaggor.

Exempel:
  kalkyl batch hushall.jsonl > belopp.jsonl
  kalkyl batch hushall.jsonl --format csv \\
    --kolumner disponibel_inkomst,skatt,bostadstillagg,bostadstillagg.status \\
    > belopp.csv
",
        namn = radbryt(&kolumner::FASTA_NAMN, ", ", 19),
        standard = radbryt(&kolumner::STANDARD, ",", 19),
        max_tradar = MAX_TRADAR,
        karnor = karnor(),
        komponenter = radbryt(&kolumner::komponentnamn(), ", ", 2),
    )
}

/// Joins `items` with `sep` into lines of at most 80 characters, each line after the first
/// indented by `indrag` (the first line is placed at that column by the text around it).
fn radbryt(items: &[&str], sep: &str, indrag: usize) -> String {
    const BREDD: usize = 80;
    let mut ut = String::new();
    let mut kolumn = indrag;
    for (i, item) in items.iter().enumerate() {
        let bit = if i + 1 < items.len() {
            format!("{item}{}", sep.trim_end())
        } else {
            (*item).to_string()
        };
        if i > 0 {
            if kolumn + sep.len() - sep.trim_end().len() + bit.chars().count() > BREDD {
                ut.push('\n');
                ut.push_str(&" ".repeat(indrag));
                kolumn = indrag;
            } else {
                let mellan = &sep[sep.trim_end().len()..];
                ut.push_str(mellan);
                kolumn += mellan.len();
            }
        }
        ut.push_str(&bit);
        kolumn += bit.chars().count();
    }
    ut
}

const MAX_TRADAR: usize = 1024;

fn karnor() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn allowed_format() -> String {
    "jsonl eller csv".into()
}
fn allowed_kolumner() -> String {
    format!(
        "kolumnnamn åtskilda med komma, t.ex. {}",
        kolumner::STANDARD[..3].join(",")
    )
}
fn allowed_tradar() -> String {
    format!("ett antal trådar 1–{MAX_TRADAR}")
}

pub fn batch(rest: &[OsString]) -> Result<(), Fel> {
    let p = args::parse(
        rest,
        &[
            Flag {
                name: "--format",
                takes_value: true,
                allowed: allowed_format,
            },
            Flag {
                name: "--kolumner",
                takes_value: true,
                allowed: allowed_kolumner,
            },
            Flag {
                name: "--forklaring",
                takes_value: false,
                allowed: String::new,
            },
            Flag {
                name: "--tradar",
                takes_value: true,
                allowed: allowed_tradar,
            },
        ],
    )?;
    if p.help {
        return crate::write_stdout(&help());
    }
    let (format, tradar) = tolka_flaggor(&p)?;
    let (inn, namn, storlek) = oppna(&p)?;
    let start = Instant::now();
    let framsteg = Framsteg::ny(storlek, start);
    let mut ut = io::stdout().lock();
    let resultat = flode::kor(inn, &namn, &mut ut, &format, tradar, &framsteg);
    framsteg.klar();
    let raknare = resultat?;
    sammanfatta(&raknare, start.elapsed(), tradar);
    if raknare.med_fel > 0 {
        Err(Fel::Felposter)
    } else {
        Ok(())
    }
}

/// The output format and the number of threads, with every flag problem reported at once.
fn tolka_flaggor(p: &args::Parsed) -> Result<(Format, usize), Fel> {
    let mut errs = Vec::new();
    if p.positional.len() > 1 {
        errs.push(InputError::new(
            p.positional[1].to_string_lossy(),
            "batch läser en fil; ange högst en FIL (eller - för stdin)",
        ));
    }
    let csv = match p.value("--format") {
        None | Some("jsonl") => false,
        Some("csv") => true,
        Some(v) => {
            errs.push(InputError::new(
                "--format",
                format!("okänt format \"{v}\"; tillåtna: jsonl, csv"),
            ));
            false
        }
    };
    let forklaring = p.switch("--forklaring");
    if csv && forklaring {
        errs.push(InputError::new(
            "--forklaring",
            "förklaringarna är JSON och går inte i CSV; ange --format jsonl eller ta bort --forklaring",
        ));
    }
    let kolumner = match p.value("--kolumner") {
        Some(_) if !csv => {
            errs.push(InputError::new(
                "--kolumner",
                "kolumner väljs bara för CSV; ange --format csv",
            ));
            Vec::new()
        }
        Some(v) => kolumner::tolka(v).unwrap_or_else(|e| {
            errs.push(e);
            Vec::new()
        }),
        None => kolumner::standard(),
    };
    let tradar = match p.value("--tradar") {
        None => karnor(),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if (1..=MAX_TRADAR).contains(&n) => n,
            _ => {
                errs.push(InputError::new(
                    "--tradar",
                    format!("\"{v}\" går inte; ange {}", allowed_tradar()),
                ));
                1
            }
        },
    };
    if !errs.is_empty() {
        return Err(errs.into());
    }
    let format = if csv {
        Format::Csv { kolumner }
    } else {
        Format::Jsonl { forklaring }
    };
    Ok((format, tradar))
}

/// The input, buffered in large blocks, its name for messages, and its size in bytes when it
/// is a file (for the progress bar).
type Indata = (Box<dyn BufRead + Send>, String, Option<u64>);

fn oppna(p: &args::Parsed) -> Result<Indata, Fel> {
    const BUFFERT: usize = 1 << 20;
    match p.positional.first() {
        Some(f) if f != "-" => {
            let namn = f.to_string_lossy().into_owned();
            let fel =
                |e: io::Error| Fel::Io(InputError::new(&namn, format!("kan inte läsa filen: {e}")));
            let fil = File::open(f).map_err(fel)?;
            let meta = fil.metadata().map_err(fel)?;
            if meta.is_dir() {
                return Err(Fel::Io(InputError::new(
                    &namn,
                    "kan inte läsa filen: det är en katalog",
                )));
            }
            let storlek = Some(meta.len()).filter(|&n| n > 0 && meta.is_file());
            Ok((
                Box::new(BufReader::with_capacity(BUFFERT, fil)),
                namn,
                storlek,
            ))
        }
        _ => {
            if io::stdin().is_terminal() {
                let _ = io::stderr().write_all(
                    "Läser scenarier från stdin, ett per rad (avsluta med Ctrl-D; se kalkyl batch --help)\n"
                        .as_bytes(),
                );
            }
            let inn = BufReader::with_capacity(BUFFERT, io::stdin());
            Ok((Box::new(inn), "stdin".into(), None))
        }
    }
}

/// The summary line on stderr: what came out and how fast.
fn sammanfatta(r: &Raknare, tid: Duration, tradar: usize) {
    let rader = r.berakade + r.med_fel + r.tomma;
    let sek = tid.as_secs_f64();
    let per_s = if sek > 0.0 {
        ((r.berakade + r.med_fel) as f64 / sek).round()
    } else {
        0.0
    };
    let mut text = format!(
        "kalkyl batch: {rader} rader: {} beräknade, {} med fel, {} tomma; {} s, {per_s:.0} hushåll/s, {tradar} {}\n",
        r.berakade,
        r.med_fel,
        r.tomma,
        format!("{sek:.2}").replace('.', ","),
        if tradar == 1 { "tråd" } else { "trådar" },
    );
    if !r.forsta_fel.is_empty() {
        let lista: Vec<String> = r.forsta_fel.iter().map(u64::to_string).collect();
        let fler = if r.med_fel > r.forsta_fel.len() as u64 {
            " …"
        } else {
            ""
        };
        text.push_str(&format!(
            "kalkyl batch: fel på rad {}{fler} (se felposterna i utdata)\n",
            lista.join(", ")
        ));
    }
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// The progress bar: shown only on a terminal, and only once a run has lasted long enough
/// for one to help (a short run would just flicker).
pub struct Framsteg {
    bar: Option<indicatif::ProgressBar>,
    start: Instant,
    visad: std::cell::Cell<bool>,
}

const VISA_EFTER: Duration = Duration::from_millis(700);

impl Framsteg {
    fn ny(storlek: Option<u64>, start: Instant) -> Self {
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
        let bar = io::stderr().is_terminal().then(|| {
            let (bar, mall) = match storlek {
                Some(n) => (
                    ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::hidden()),
                    "{spinner} [{elapsed_precise}] {wide_bar} {percent:>3} % {msg} (kvar {eta})",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
                    "{spinner} [{elapsed_precise}] {msg}",
                ),
            };
            if let Ok(stil) = ProgressStyle::with_template(mall) {
                bar.set_style(stil);
            }
            bar
        });
        Framsteg {
            bar,
            start,
            visad: std::cell::Cell::new(false),
        }
    }

    /// After a chunk is written: `byte` more of the input done, `rader` lines in all.
    pub fn steg(&self, byte: u64, rader: u64) {
        let Some(bar) = &self.bar else { return };
        if !self.visad.get() && self.start.elapsed() >= VISA_EFTER {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.visad.set(true);
        }
        bar.inc(byte);
        bar.set_message(format!("{rader} rader"));
    }

    fn klar(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
