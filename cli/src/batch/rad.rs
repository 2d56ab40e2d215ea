//! One chunk's lines computed and written as records: what a worker thread does.

use std::io::Write;

use calculator_core::{Belopp, InputError, MAX_SCENARIO_BYTE};

use super::kolumner::{self, Kolumn, Manadsrad};
use super::lasare::{Bit, Rad};
use super::Format;

/// Computes every line of `bit` and writes its records to `bit.ut`.
pub fn berakna(bit: &mut Bit, format: &Format) {
    let Bit {
        forsta_rad,
        data,
        rader,
        ut,
        raknare,
        ..
    } = bit;
    for (i, rad) in rader.iter().enumerate() {
        let nr = *forsta_rad + i as u64;
        let svar = match *rad {
            Rad::Tom => {
                raknare.tomma += 1;
                continue;
            }
            Rad::ForLang(n) => (
                None,
                Err(vec![InputError::new(
                    "scenario",
                    format!(
                        "raden är {n} byte; ett scenario är högst {MAX_SCENARIO_BYTE} byte (1 MB) och står på en rad"
                    ),
                )]),
            ),
            Rad::Text { start, slut } => skyddad(&data[start..slut], format),
        };
        let (id, svar) = svar;
        let id = id.as_deref();
        match (svar, format) {
            (Ok(Svar::Belopp(b)), Format::Jsonl { .. }) => {
                raknare.berakade += 1;
                jsonl_post(ut, nr, id, "belopp", &b);
            }
            (Ok(Svar::Belopp(b)), Format::Csv { kolumner }) => {
                raknare.berakade += 1;
                csv_rader(ut, nr, id, &b, kolumner);
            }
            (Ok(Svar::Resultat(r)), _) => {
                raknare.berakade += 1;
                jsonl_post(ut, nr, id, "resultat", &r);
            }
            (Err(fel), Format::Jsonl { .. }) => {
                raknare.fel_pa_rad(nr);
                jsonl_fel(ut, nr, id, &fel);
            }
            (Err(fel), Format::Csv { kolumner }) => {
                raknare.fel_pa_rad(nr);
                csv_fel(ut, nr, id, &fel, kolumner);
            }
        }
    }
}

/// What a line computed to.
enum Svar {
    Belopp(Box<Belopp>),
    /// With explanations (`--forklaring`).
    Resultat(Box<calculator_core::ScenarioResult>),
}

/// A panic in the engine is a bug; in a debug build it would otherwise take its whole chunk
/// with it, and the writer would wait for that chunk for ever. Here it becomes the line's
/// error record. (The release build aborts on a panic, as every command does.)
/// The scenario's `id` (once it could be read) beside what the line computed to.
type Utfall = (Option<String>, Result<Svar, Vec<InputError>>);

fn skyddad(bytes: &[u8], format: &Format) -> Utfall {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| berakna_rad(bytes, format)))
        .unwrap_or_else(|_| {
            (
                None,
                Err(vec![InputError::new(
                    "scenario",
                    "internt fel: beräkningen avbröts (ett fel i programmet, inte i raden; rapportera gärna raden)",
                )]),
            )
        })
}

fn berakna_rad(bytes: &[u8], format: &Format) -> Utfall {
    let scenario = match las_rad(bytes) {
        Ok(s) => s,
        Err(fel) => return (None, Err(fel)),
    };
    let id = scenario.id.clone();
    (id, berakna_scenario(&scenario, format))
}

fn las_rad(bytes: &[u8]) -> Result<calculator_core::Scenario, Vec<InputError>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![InputError::new(
            "scenario",
            format!(
                "inte UTF-8-text (ogiltig byte i kolumn {}); ange JSON i UTF-8",
                e.valid_up_to() + 1
            ),
        )]
    })?;
    calculator_core::parse_scenario(text)
        .map_err(|e| e.0.into_iter().map(utan_rad).collect::<Vec<_>>())
}

fn berakna_scenario(
    scenario: &calculator_core::Scenario,
    format: &Format,
) -> Result<Svar, Vec<InputError>> {
    if let Format::Jsonl { forklaring: true } = format {
        let r = calculator_core::evaluate(scenario).map_err(|e| e.0)?;
        return Ok(Svar::Resultat(Box::new(r)));
    }
    Ok(Svar::Belopp(Box::new(
        calculator_core::belopp(scenario).map_err(|e| e.0)?,
    )))
}

/// The engine places a JSON error at "(rad R, kolumn K)" of its text. A batch line is one
/// line, and "rad 1" beside the record's own line number would mislead; the column stays.
fn utan_rad(mut e: InputError) -> InputError {
    if let Some(i) = e.message.rfind(" (rad 1, kolumn ") {
        if e.message.ends_with(')') {
            e.message.replace_range(i..i + " (rad 1, ".len(), " (");
        }
    }
    e
}

/// `"rad":N` and, when the scenario has one, `"id":…`: the start of every record.
fn huvud(ut: &mut Vec<u8>, nr: u64, id: Option<&str>) {
    let _ = write!(ut, "{{\"rad\":{nr}");
    if let Some(id) = id {
        ut.extend_from_slice(b",\"id\":");
        let _ = serde_json::to_writer(&mut *ut, id);
    }
}

fn jsonl_post<T: serde::Serialize>(
    ut: &mut Vec<u8>,
    nr: u64,
    id: Option<&str>,
    nyckel: &str,
    varde: &T,
) {
    let fore = ut.len();
    huvud(ut, nr, id);
    let _ = write!(ut, ",\"{nyckel}\":");
    if let Err(e) = serde_json::to_writer(&mut *ut, varde) {
        // Amounts and strings always serialise; should one ever not, the line says so
        // rather than leaving half a record.
        ut.truncate(fore);
        let fel = InputError::new("resultat", format!("kunde inte skrivas som JSON: {e}"));
        jsonl_fel(ut, nr, id, &[fel]);
        return;
    }
    ut.extend_from_slice(b"}\n");
}

fn jsonl_fel(ut: &mut Vec<u8>, nr: u64, id: Option<&str>, fel: &[InputError]) {
    huvud(ut, nr, id);
    ut.extend_from_slice(b",\"fel\":[");
    for (i, e) in fel.iter().enumerate() {
        if i > 0 {
            ut.push(b',');
        }
        ut.extend_from_slice(b"{\"falt\":");
        let _ = serde_json::to_writer(&mut *ut, &e.field);
        ut.extend_from_slice(b",\"meddelande\":");
        let _ = serde_json::to_writer(&mut *ut, &e.message);
        ut.push(b'}');
    }
    ut.extend_from_slice(b"]}\n");
}

/// The header: rad, alternativ, the chosen columns, fel.
pub fn csv_rubrik(kolumner: &[Kolumn]) -> Vec<u8> {
    let mut ut = b"rad,alternativ".to_vec();
    for &k in kolumner {
        ut.push(b',');
        ut.extend_from_slice(kolumner::rubrik(k).as_bytes());
    }
    ut.extend_from_slice(b",fel\n");
    ut
}

/// Today's row (alternativ 0) and one row per alternative (1, 2, … in the scenario's order).
fn csv_rader(ut: &mut Vec<u8>, nr: u64, id: Option<&str>, b: &Belopp, kolumner: &[Kolumn]) {
    let id = id.unwrap_or_default();
    let i_dag = Manadsrad {
        id,
        manad: &b.manad,
        etikett: "",
        skillnad: calculator_core::Decimal::ZERO,
        m: &b.i_dag,
    };
    csv_rad(ut, nr, 0, &i_dag, kolumner);
    for (k, a) in b.alternativ.iter().enumerate() {
        let r = Manadsrad {
            id,
            manad: &b.manad,
            etikett: &a.label,
            skillnad: a.skillnad_mot_i_dag,
            m: &a.manad,
        };
        csv_rad(ut, nr, k + 1, &r, kolumner);
    }
}

fn csv_rad(ut: &mut Vec<u8>, nr: u64, alternativ: usize, r: &Manadsrad, kolumner: &[Kolumn]) {
    let _ = write!(ut, "{nr},{alternativ}");
    for &k in kolumner {
        ut.push(b',');
        kolumner::cell(ut, k, r);
    }
    // The fel column, empty.
    ut.extend_from_slice(b",\n");
}

/// An error line: its number, no alternative, empty figures (but the `id` column, when chosen
/// and the scenario had one), and every error in the last column as "field: message",
/// separated by " | ".
fn csv_fel(ut: &mut Vec<u8>, nr: u64, id: Option<&str>, fel: &[InputError], kolumner: &[Kolumn]) {
    let _ = write!(ut, "{nr},");
    for &k in kolumner {
        ut.push(b',');
        if k == Kolumn::Id {
            kolumner::csv_falt(ut, id.unwrap_or_default());
        }
    }
    ut.push(b',');
    let text: Vec<String> = fel
        .iter()
        .map(|e| format!("{}: {}", e.field, e.message))
        .collect();
    kolumner::csv_falt(ut, &text.join(" | "));
    ut.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_single_line_number_is_dropped() {
        let e = utan_rad(InputError::new("x", "ogiltigt tal (rad 1, kolumn 111)"));
        assert_eq!(e.message, "ogiltigt tal (kolumn 111)");
        let e = utan_rad(InputError::new("x", "saknas (rad 12, kolumn 3)"));
        assert_eq!(e.message, "saknas (rad 12, kolumn 3)");
    }

    #[test]
    fn an_error_row_has_every_column() {
        let mut ut = Vec::new();
        let fel = [InputError::new("a", "x, y"), InputError::new("b", "\"z\"")];
        csv_fel(&mut ut, 7, None, &fel, &[Kolumn::Manad, Kolumn::Etikett]);
        assert_eq!(
            String::from_utf8(ut).unwrap(),
            "7,,,,\"a: x, y | b: \"\"z\"\"\"\n"
        );
    }
}
