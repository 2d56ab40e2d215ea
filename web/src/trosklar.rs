//! The thresholds of the charted job in words: where a step of work leaves less to live on, a
//! benefit steps down or ends (the engine's `calculator_core::trosklar`), one short paragraph
//! each, in the order of the hours.

use calculator_core::trosklar::Troskel;
use calculator_core::KomponentId;

use crate::format;
use crate::text::Text;

/// A list in words: "a", "a och b", "a, b och c".
fn lista(t: &Text, delar: &[&str]) -> String {
    match delar {
        [] => String::new(),
        [a] => (*a).to_string(),
        [init @ .., sista] => format!("{}{}{sista}", init.join(", "), t.radgivning.och),
    }
}

/// Each threshold as sentences: the steps down, the benefits that end, what it does to the
/// money to live on, and for aktivitets- or sjukersättning what may avoid it (unless the job
/// already has the ersättning vilande: `vilande`).
pub fn meningar(t: &Text, trosklar: &[Troskel], vilande: bool) -> Vec<String> {
    let r = &t.radgivning;
    let timmar = |x| format::timmar(t, x);
    trosklar
        .iter()
        .filter(|x| x.mindre_kvar || !x.steg_ner.is_empty() || !x.upphor.is_empty())
        .map(|x| {
            let (fran, till) = (timmar(x.fran_x), timmar(x.till_x));
            let mut delar: Vec<String> = x
                .steg_ner
                .iter()
                .filter(|s| !x.upphor.contains(&s.komponent))
                .map(|s| {
                    (r.troskel_steg)(
                        &fran,
                        &till,
                        (r.komponent_bestamd)(s.komponent),
                        &format::hela_kronor(t, -s.forandring),
                    )
                })
                .collect();
            if !x.upphor.is_empty() {
                let namn: Vec<&str> = x.upphor.iter().map(|&k| (r.komponent_bestamd)(k)).collect();
                delar.push((r.troskel_upphor)(&fran, &till, &lista(t, &namn)));
            }
            if x.mindre_kvar {
                delar.push((r.troskel_mindre_kvar)(
                    &fran,
                    &format::hela_kronor(t, -x.disponibel_forandring),
                ));
            }
            let ersattning = x
                .steg_ner
                .iter()
                .map(|s| s.komponent)
                .chain(x.upphor.iter().copied())
                .any(|k| k == KomponentId::Aktivitetsersattning);
            if ersattning && x.mindre_kvar && !vilande {
                delar.push(r.troskel_vilande.to_string());
            }
            delar.join(" ")
        })
        .collect()
}
