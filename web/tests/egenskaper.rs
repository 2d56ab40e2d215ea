//! The counselling form's own scenarios against what the law makes true: generated situations
//! as a counsellor types them (today's benefit, the household, up to four jobs), through the
//! form's `scenario` to the engine, and every alternative and every point of the chart's
//! sweep checked by the same rules as the engine's generated households
//! (`calculator-core/tests/common/lagen.rs`): a person is not both sick-listed and working
//! beyond the whole working time; bostadstillägg only while the ersättning is paid or vilande;
//! more hours raise no component unless a rule says so; a job never gains more than its gross
//! wage.
//!
//! Runs with the other browser tests (`cargo test --target wasm32-unknown-unknown -p web`), in
//! the wasm the app ships; it is plain Rust, so `cargo test -p web --test egenskaper` runs it
//! natively too.

#[path = "../../calculator-core/tests/common/lagen.rs"]
mod lagen;

use calculator_core::hushall::AktivitetsstodForm;
use rules::formaner::aktivitetsersattning::Niva;
use rules::formaner::barnbidrag::Skolgang;
use web::situation::{scenario, svep_for, Barn, Har, Jobb, Situation, Vuxen};
use web::text::text;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// xorshift64*: deterministic, so a failure repeats.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, in_n: u64) -> bool {
        self.below(in_n) == 0
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

fn vuxen(r: &mut Rng) -> Vuxen {
    let har = r.pick(&[
        Har::Inget,
        Har::Sjukpenning,
        Har::Sjukpenning,
        Har::Aktivitetsersattning,
        Har::Aktivitetsersattning,
        Har::Sjukersattning,
        Har::Aktivitetsstod,
        Har::Forsorjningsstod,
    ]);
    let mut v = Vuxen {
        alder: (19 + r.below(45)).to_string(),
        har,
        niva: r.pick(&[
            Niva::Hel,
            Niva::TreFjardedelar,
            Niva::Halv,
            Niva::EnFjardedel,
        ]),
        ..Vuxen::default()
    };
    match har {
        Har::Sjukpenning => {
            v.sgi = (20_000 + r.below(550_000)).to_string();
            v.normal_arbetstid = r.pick(&["40", "38,25", "30", "20"]).to_string();
            if v.niva != Niva::Hel && r.chance(2) {
                v.lon_i_dag = (5_000 + r.below(15_000)).to_string();
            }
        }
        Har::Aktivitetsersattning | Har::Sjukersattning => {
            if har == Har::Aktivitetsersattning {
                v.alder = (19 + r.below(11)).to_string();
            }
            v.manader_med_ersattning = r.below(40).to_string();
            v.manader_vilande = r.below(30).to_string();
            if r.chance(4) {
                v.inkomstrelaterad = r.below(12_000).to_string();
            }
        }
        Har::Aktivitetsstod => {
            v.akt_form = r.pick(&[
                AktivitetsstodForm::Grundbelopp,
                AktivitetsstodForm::UtvecklingsersattningOvriga,
            ]);
        }
        Har::Inget | Har::Forsorjningsstod => {
            if r.chance(3) {
                v.akassa = r.below(15_000).to_string();
            }
        }
    }
    v
}

fn situation(r: &mut Rng) -> Situation {
    let year = r.pick(&[2025, 2026, 2026, 2026]);
    let vuxna: Vec<Vuxen> = (0..1 + r.below(2)).map(|_| vuxen(r)).collect();
    let barn: Vec<Barn> = (0..r.below(4))
        .map(|_| {
            let age = r.below(21);
            Barn {
                alder: age.to_string(),
                skolgang: if age >= 16 {
                    r.pick(&[
                        Skolgang::Ingen,
                        Skolgang::Studiehjalp,
                        Skolgang::ForlangtBarnbidrag,
                    ])
                } else {
                    Skolgang::Ingen
                },
                fodelsemanad: Some(1 + r.below(12) as u32),
                lunch: age <= 6 && r.chance(2),
                ..Barn::default()
            }
        })
        .collect();
    let fs = vuxna.iter().any(|v| v.har == Har::Forsorjningsstod);
    Situation {
        year,
        month: 1 + r.below(12) as u32,
        kommun: r
            .pick(&["Göteborg", "Stockholm", "Umeå", "Dorotea"])
            .to_string(),
        vuxna,
        boende: (3_000 + r.below(8_000)).to_string(),
        barn,
        fs_manader: if fs {
            r.below(30).to_string()
        } else {
            String::new()
        },
        ..Situation::default()
    }
}

fn jobb(r: &mut Rng, s: &Situation) -> Vec<Jobb> {
    let person = r.below(s.vuxna.len() as u64) as usize;
    (0..1 + r.below(4))
        .map(|_| Jobb {
            person,
            timmar: r.below(41).to_string(),
            lon: (120 + r.below(130)).to_string(),
            vilande: r.chance(2),
            behall_25: r.chance(2),
            semester: r.chance(4),
            ..Jobb::default()
        })
        .collect()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_alternative_and_chart_point_the_form_builds_keeps_the_law() {
    let t = &text().radgivning;
    let mut r = Rng(0xF0_2026);
    let mut fel = Vec::new();
    let mut alternativ = 0;
    let mut punkter = 0;
    for n in 0..120 {
        let s = situation(&mut r);
        let j = jobb(&mut r, &s);
        let (sc, lasfel) = scenario(t, &s, &j, None);
        assert!(lasfel.is_empty(), "household {n}: {lasfel:?}");
        alternativ += sc.alternatives.len();
        fel.extend(lagen::scenario(&sc, &format!("hushåll {n}")));
        // The chart: the form's sweep of the charted job over 0–40 hours.
        if let Some(i) = svep_for(&j) {
            let (sc, _) = scenario(t, &s, &j, Some(i));
            assert!(sc.sweep.is_some(), "{n}: the chart's scenario has no sweep");
            punkter += 41;
            fel.extend(lagen::scenario(&sc, &format!("hushåll {n}, diagrammet")));
        }
    }
    assert!(
        alternativ > 200 && punkter > 3_000,
        "{alternativ} alternatives, {punkter} points"
    );
    assert!(
        fel.is_empty(),
        "{} violations, the first:\n{}",
        fel.len(),
        fel.iter().take(12).cloned().collect::<Vec<_>>().join("\n")
    );
}
