//! Hand-written argument parsing. A parser crate would cost more build time than the three
//! commands here are worth, and doing it by hand lets every error name the flag and say what
//! is allowed, in the same `fel: <fält>: <meddelande>` form as the engine's errors.

use std::ffi::OsString;

use calculator_core::InputError;

/// One flag a command accepts.
pub struct Flag {
    pub name: &'static str,
    /// False for switches such as `--compact`.
    pub takes_value: bool,
    /// What a value may be, for messages about a missing or bad value.
    pub allowed: fn() -> String,
}

/// The arguments after the command name, sorted out.
#[derive(Default)]
pub struct Parsed {
    values: Vec<(&'static str, String)>,
    switches: Vec<&'static str>,
    /// Kept as OsString: a file name need not be UTF-8.
    pub positional: Vec<OsString>,
    pub help: bool,
}

impl Parsed {
    pub fn value(&self, flag: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(n, _)| *n == flag)
            .map(|(_, v)| v.as_str())
    }

    pub fn switch(&self, flag: &str) -> bool {
        self.switches.contains(&flag)
    }
}

/// Parses `--flag value`, `--flag=value`, switches, `-h`/`--help`, `--` and positional
/// arguments. Reports every problem, not just the first, as the engine does.
pub fn parse(args: &[OsString], flags: &[Flag]) -> Result<Parsed, Vec<InputError>> {
    let mut p = Parsed::default();
    let mut errs = Vec::new();
    let mut only_positional = false;
    let mut i = 0;
    while i < args.len() {
        let raw = &args[i];
        i += 1;
        let Some(a) = raw.to_str() else {
            // Flags are ASCII, so anything that is not UTF-8 can only be a file name.
            p.positional.push(raw.clone());
            continue;
        };
        if only_positional || a == "-" || !a.starts_with('-') {
            p.positional.push(raw.clone());
            continue;
        }
        if a == "--" {
            only_positional = true;
            continue;
        }
        if a == "-h" || a == "--help" {
            p.help = true;
            continue;
        }
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (a, None),
        };
        let Some(flag) = flags.iter().find(|f| f.name == name) else {
            errs.push(InputError::new(
                name,
                format!("okänd flagga; tillåtna: {}", flag_list(flags)),
            ));
            continue;
        };
        if !flag.takes_value {
            if inline.is_some() {
                errs.push(InputError::new(flag.name, "flaggan tar inget värde"));
            } else if !p.switches.contains(&flag.name) {
                p.switches.push(flag.name);
            }
            continue;
        }
        let value = match inline {
            Some(v) => v.to_string(),
            // A following `--flag` means the value was forgotten; taking it as the value
            // would only produce a more confusing message. A single dash may start a
            // negative number, which the value check then explains.
            None => match args.get(i).map(|n| n.to_str()) {
                Some(Some(next)) if !next.starts_with("--") => {
                    i += 1;
                    next.to_string()
                }
                Some(None) => {
                    i += 1;
                    errs.push(InputError::new(
                        flag.name,
                        format!("värdet är inte giltig UTF-8; ange {}", (flag.allowed)()),
                    ));
                    continue;
                }
                _ => {
                    errs.push(InputError::new(
                        flag.name,
                        format!("värde saknas; ange {}", (flag.allowed)()),
                    ));
                    continue;
                }
            },
        };
        if p.value(flag.name).is_some() {
            errs.push(InputError::new(
                flag.name,
                "anges mer än en gång; ange flaggan en gång",
            ));
            continue;
        }
        p.values.push((flag.name, value));
    }
    if errs.is_empty() {
        Ok(p)
    } else {
        Err(errs)
    }
}

fn flag_list(flags: &[Flag]) -> String {
    let mut names: Vec<&str> = flags.iter().map(|f| f.name).collect();
    names.push("--help");
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed() -> String {
        "ett tal".into()
    }

    const FLAGS: &[Flag] = &[
        Flag {
            name: "--year",
            takes_value: true,
            allowed,
        },
        Flag {
            name: "--compact",
            takes_value: false,
            allowed,
        },
    ];

    fn os(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn both_value_forms_and_positionals() {
        let p = parse(&os(&["--year", "2026", "fil.json", "--compact"]), FLAGS).unwrap();
        assert_eq!(p.value("--year"), Some("2026"));
        assert!(p.switch("--compact"));
        assert_eq!(p.positional, os(&["fil.json"]));
        let p = parse(&os(&["--year=2025", "-"]), FLAGS).unwrap();
        assert_eq!(p.value("--year"), Some("2025"));
        assert_eq!(p.positional, os(&["-"]));
    }

    #[test]
    fn empty_inline_value_is_kept_for_the_value_check() {
        let p = parse(&os(&["--year="]), FLAGS).unwrap();
        assert_eq!(p.value("--year"), Some(""));
    }

    #[test]
    fn negative_number_is_a_value_but_a_flag_is_not() {
        let p = parse(&os(&["--year", "-5"]), FLAGS).unwrap();
        assert_eq!(p.value("--year"), Some("-5"));
        let e = parse(&os(&["--year", "--compact"]), FLAGS).err().unwrap();
        assert_eq!(e[0].field, "--year");
        assert!(e[0].message.contains("värde saknas"));
    }

    #[test]
    fn after_double_dash_everything_is_positional() {
        let p = parse(&os(&["--", "--year"]), FLAGS).unwrap();
        assert_eq!(p.positional, os(&["--year"]));
        assert_eq!(p.value("--year"), None);
    }

    #[test]
    fn every_problem_is_reported() {
        let e = parse(
            &os(&[
                "--yaer",
                "1",
                "-x",
                "--compact=ja",
                "--year",
                "1",
                "--year=2",
            ]),
            FLAGS,
        )
        .err()
        .unwrap();
        let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["--yaer", "-x", "--compact", "--year"]);
    }
}
