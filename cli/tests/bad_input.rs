//! The bad-input table (tests/bad-input/cases.json) through `kalkyl calculate FILE`, as a
//! user runs it: exit code 2, and a line "fel: FIELD: MESSAGE" naming the field and what is
//! allowed (the file's own name where the whole file is at fault). Never a panic (exit 101).
//! One test per case, so the suite's counts say how many cases pass.

#[path = "../../tests/bad-input/fall.rs"]
#[allow(dead_code)]
mod fall;

use std::path::{Path, PathBuf};
use std::process::Command;

use fall::Fall;
use serde_json::Value;

/// Exit code, stdout and stderr of `kalkyl calculate` on `bytes` written to `fil`.
fn kalkyl(fil: &Path, bytes: &[u8]) -> (Option<i32>, String, String) {
    std::fs::write(fil, bytes).expect("a temporary file");
    let ut = Command::new(env!("CARGO_BIN_EXE_kalkyl"))
        .arg("calculate")
        .arg(fil)
        .output()
        .expect("kalkyl runs");
    (
        ut.status.code(),
        String::from_utf8_lossy(&ut.stdout).into_owned(),
        String::from_utf8_lossy(&ut.stderr).into_owned(),
    )
}

/// The case's bytes: Latin-1 for `text_latin1`, else UTF-8.
fn bytes(f: &Fall, text: &str) -> Vec<u8> {
    if f.del("text_latin1").is_string() {
        text.chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect()
    } else {
        text.as_bytes().to_vec()
    }
}

fn kontrollera(f: &Fall, base: &Value, dir: &Path, base_ut: &str) -> Result<(), String> {
    let text = f.text(base).ok_or("the case has no scenario text")?;
    let fil = dir.join(format!("{}.json", f.id));
    let (kod, ut, fel) = kalkyl(&fil, &bytes(f, &text));
    if f.godtas() {
        return match kod {
            Some(0) if f.som_base() && ut != base_ut => {
                Err("read, but not as the base scenario".into())
            }
            Some(0) => Ok(()),
            _ => Err(format!("exit {kod:?}: {fel}")),
        };
    }
    if kod != Some(2) {
        return Err(format!("exit {kod:?} (2 expected): {fel}"));
    }
    let namn = fil.to_string_lossy().into_owned();
    let mut problem = Vec::new();
    for rad in fel.lines() {
        let Some(rest) = rad.strip_prefix("fel: ") else {
            problem.push(format!("a line that is no error: {rad:?}"));
            continue;
        };
        let (falt, msg) = rest.split_once(": ").unwrap_or(("", rest));
        // The whole file's errors name the file.
        let falt = if falt == namn { "scenario" } else { falt };
        match f.stammer(falt, msg) {
            Ok(()) => return Ok(()),
            Err(e) => problem.push(e),
        }
    }
    if f.falt().is_empty() && fel.contains(&namn) && f.stammer("", &fel).is_ok() {
        return Ok(());
    }
    Err(problem.join("; "))
}

fn main() {
    let (base, _) = fall::alla();
    let dir: PathBuf =
        std::env::temp_dir().join(format!("kalkyl-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let (kod, base_ut, fel) = kalkyl(&dir.join("base.json"), base.to_string().as_bytes());
    assert_eq!(kod, Some(0), "the base scenario is good: {fel}");
    // The folder is left for the system's cleaning when a case fails: `kor` exits there.
    fall::kor("cli", |f| kontrollera(f, &base, &dir, &base_ut));
    let _ = std::fs::remove_dir_all(&dir);
}
