//! The chart, drawn as SVG from the engine's sweep over hours per week. Two views of the same
//! sweep: money to live on per month (components stacked, the tax below zero, the total as a
//! line, the chosen alternatives marked), and what is kept of the next 100 kr earned, split by
//! where the rest goes (the engine's marginal effects). Pointer or arrow keys move a cursor
//! whose figures are read out in words; an equivalent table follows for screen readers.

use calculator_core::jamforelse::{Marginaleffekt, SweepResultat};
use calculator_core::KomponentId;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::format;
use crate::text::{text, RadText, Text};

/// A chosen alternative, marked on the chart.
#[derive(Clone, PartialEq)]
pub struct Markering {
    pub nummer: usize,
    pub timmar: Decimal,
    pub disponibel: Decimal,
    /// The job differs from the charted one in its hours alone, so it lies on the curve.
    pub pa_kurvan: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub svep: SweepResultat,
    pub timlon: String,
    pub markeringar: Vec<Markering>,
}

/// Which view of the sweep is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visning {
    /// Money to live on per month.
    Niva,
    /// What is kept of the next 100 kr.
    Marginal,
}

/// Colours of the stacked components.
const FARGER: [&str; 8] = [
    "#0b4f8a", "#2e7d32", "#8a4b0b", "#6a1b9a", "#00695c", "#ad1457", "#455a64", "#827717",
];
/// The tax, below zero. With the areas' opacity (`TATHET`) every colour here keeps at least
/// 3:1 against white (WCAG 1.4.11); white lines separate neighbouring areas.
const SKATT_FARG: &str = "#6f7a85";
const TATHET: &str = "0.85";
/// What is kept: the colour of the total line in the level view.
const BEHALL_FARG: &str = "#1b1b1b";

/// The chart's size and margins, in CSS pixels: its viewBox is drawn at the width it is shown
/// (measured, `use_bredd`), so the labels are exactly the size style.css gives them (13 and 14
/// px) on a phone as on a wide screen, not a fixed drawing scaled down to half.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Matt {
    /// Width and height.
    pub b: f64,
    pub h: f64,
    /// Left margin (the y axis's labels), right, top and bottom (the x axis's labels and title).
    pub va: f64,
    pub ho: f64,
    pub up: f64,
    pub ne: f64,
}

/// The width drawn before the chart's own has been measured.
const BREDD_FORE_MATNING: f64 = 640.0;
/// The narrowest drawing: below it the chart is scaled down (a very small window).
const MINSTA_BREDD: f64 = 240.0;

impl Matt {
    /// The chart at `bredd` px wide, with room on the left for the longest of `y_etiketter`.
    /// Taller than wide proportions on a phone would leave little to read; a narrow chart is
    /// 300 px high (its plot about 240), a wide one 340.
    pub fn ny(bredd: f64, y_etiketter: &[String]) -> Matt {
        let b = bredd.max(MINSTA_BREDD).round();
        Matt {
            b,
            h: if b < 560.0 { 300.0 } else { 340.0 },
            va: y_etiketter
                .iter()
                .map(|e| etikettbredd(e))
                .fold(0.0, f64::max)
                + 10.0,
            ho: 14.0,
            up: 14.0,
            ne: 46.0,
        }
    }
}

/// About how wide an axis label is at 13 px in a system font, on the wide side (DejaVu Sans,
/// Linux's usual, has a digit of 8.3 px and a minus of 10.9; Roboto and Segoe UI are
/// narrower), so a label never runs off the left edge.
fn etikettbredd(s: &str) -> f64 {
    s.chars()
        .map(|c| match c {
            '0'..='9' => 8.4,
            '−' | '-' => 11.0,
            _ => 4.5,
        })
        .sum()
}

pub(crate) fn f(x: Decimal) -> f64 {
    x.to_f64().unwrap_or(0.0)
}

/// A coordinate with one decimal, written without the float formatter (which costs the wasm
/// bundle 10 KB for this alone).
pub(crate) fn k(x: f64) -> String {
    let n = (x * 10.0).round() as i64;
    let a = n.unsigned_abs();
    format!("{}{}.{}", if n < 0 { "-" } else { "" }, a / 10, a % 10)
}

/// A step for the y axis that gives at most six gridlines.
fn y_steg(spann: f64) -> f64 {
    [
        25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 2000.0, 2500.0, 5000.0, 10000.0, 20000.0, 50000.0,
    ]
    .into_iter()
    .find(|s| spann / s <= 6.0)
    .unwrap_or(100000.0)
}

/// The component ids in the order they are stacked: the sweep's own order (alphabetic), the
/// wage first.
fn idn(s: &SweepResultat) -> Vec<KomponentId> {
    let mut v: Vec<KomponentId> = Vec::new();
    for p in &s.punkter {
        for k in p.komponenter.keys() {
            if !v.contains(k) {
                v.push(*k);
            }
        }
    }
    v.sort_by_key(|k| (*k != KomponentId::Lon, *k));
    v
}

/// The chart's frame: value ranges to viewBox coordinates, gridlines and axis labels.
pub(crate) struct Ram {
    pub(crate) x0: f64,
    pub(crate) x1: f64,
    pub(crate) ymin: f64,
    pub(crate) ymax: f64,
    /// The y axis's gridlines, each with its label.
    pub(crate) y_linjer: Vec<(f64, String)>,
    pub(crate) m: Matt,
}

impl Ram {
    pub(crate) fn new(t: &Text, bredd: f64, x0: f64, x1: f64, ymin: f64, ymax: f64) -> Ram {
        let steg = y_steg(ymax - ymin);
        let (ymin, ymax) = (
            (ymin / steg).floor() * steg,
            (ymax / steg).ceil().max(1.0) * steg,
        );
        let mut y_linjer = Vec::new();
        let mut y = ymin;
        while y <= ymax + 0.5 {
            y_linjer.push((y, format::tal(t, Decimal::from(y.round() as i64), 0)));
            y += steg;
        }
        let etiketter: Vec<String> = y_linjer.iter().map(|(_, e)| e.clone()).collect();
        Ram {
            x0,
            x1,
            ymin,
            ymax,
            y_linjer,
            m: Matt::ny(bredd, &etiketter),
        }
    }
    /// A frame with gridlines of its own (`y_linjer` between `ymin` and `ymax`), for a y axis
    /// that is not kronor from zero (the map's hourly wages).
    pub(crate) fn med_linjer(
        bredd: f64,
        (x0, x1): (f64, f64),
        (ymin, ymax): (f64, f64),
        y_linjer: Vec<(f64, String)>,
    ) -> Ram {
        let etiketter: Vec<String> = y_linjer.iter().map(|(_, e)| e.clone()).collect();
        Ram {
            x0,
            x1,
            ymin,
            ymax,
            y_linjer,
            m: Matt::ny(bredd, &etiketter),
        }
    }
    pub(crate) fn sx(&self, x: f64) -> f64 {
        let m = &self.m;
        m.va + (x - self.x0) / (self.x1 - self.x0).max(1.0) * (m.b - m.va - m.ho)
    }
    pub(crate) fn sy(&self, y: f64) -> f64 {
        let m = &self.m;
        m.up + (self.ymax - y) / (self.ymax - self.ymin).max(1.0) * (m.h - m.up - m.ne)
    }
    /// The x value under a viewBox x coordinate.
    fn x_for(&self, vx: f64) -> f64 {
        let m = &self.m;
        self.x0 + (vx - m.va) / (m.b - m.va - m.ho) * (self.x1 - self.x0)
    }
    fn rutnat(&self, x_axel: &str) -> Html {
        let m = &self.m;
        // Every 5 hours where there is room for it, else every 10.
        let delar = if m.b - m.va - m.ho < 8.0 * 28.0 { 4 } else { 8 };
        let x_linjer: Vec<(f64, String)> = (0..=delar)
            .map(|i| self.x0 + (self.x1 - self.x0) * f64::from(i) / f64::from(delar))
            .map(|x| (x, (x.round() as i64).to_string()))
            .collect();
        self.rutnat_med(x_axel, &x_linjer)
    }
    /// The gridlines, the axis labels (`x_linjer`: each x with its label) and the x axis's title.
    pub(crate) fn rutnat_med(&self, x_axel: &str, x_linjer: &[(f64, String)]) -> Html {
        let m = &self.m;
        html! {
            <g class="rutnat">
                { for self.y_linjer.iter().map(|(y, etikett)| html! {
                    <>
                    <line x1={k(m.va)} x2={k(m.b - m.ho)} y1={k(self.sy(*y))} y2={k(self.sy(*y))} />
                    <text x={k(m.va - 6.0)} y={k(self.sy(*y) + 4.5)} text-anchor="end">
                        { etikett.clone() }
                    </text>
                    </>
                }) }
                { for x_linjer.iter().map(|(x, etikett)| html! {
                    <text x={k(self.sx(*x))} y={k(m.h - m.ne + 18.0)} text-anchor="middle">
                        { etikett.clone() }
                    </text>
                }) }
                <text x={k((m.b + m.va - m.ho) / 2.0)} y={k(m.h - 6.0)} text-anchor="middle">{ x_axel }</text>
                if self.ymin <= 0.0 && 0.0 <= self.ymax {
                    <line class="nollinje" x1={k(m.va)} x2={k(m.b - m.ho)} y1={k(self.sy(0.0))} y2={k(self.sy(0.0))} />
                }
            </g>
        }
    }
}

/// A box on the chart: left, top, right, bottom.
type Ruta = (f64, f64, f64, f64);

fn overlappar(a: &Ruta, b: &Ruta) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Where each marked job's number goes, given its point (x, y) and number: above the point
/// where there is room, else below it, to its right or left, or further up; never on another
/// number or point, and inside the chart. The text's centre and baseline for each. On a phone
/// two jobs a few hours apart lie a few pixels apart, and their numbers drawn the same way
/// above each would overlap.
pub fn etikettlagen(punkter: &[(f64, f64, usize)], m: &Matt) -> Vec<(f64, f64)> {
    // The number at 14 px bold: about 9 px a digit, 14 px from its top to its baseline.
    let ruta = |x: f64, y: f64, n: usize| {
        let halv = 4.5 * n.to_string().len() as f64 + 2.0;
        (x - halv, y - 13.0, x + halv, y + 3.0)
    };
    let cirklar: Vec<Ruta> = (punkter.iter())
        .map(|&(x, y, _)| (x - 8.0, y - 8.0, x + 8.0, y + 8.0))
        .collect();
    let mut lagda: Vec<Ruta> = Vec::new();
    let mut ut = Vec::new();
    for &(x, y, n) in punkter {
        let halv = 4.5 * n.to_string().len() as f64 + 2.0;
        let mut forslag = vec![
            (x, y - 13.0),
            (x, y + 23.0),
            (x + 12.0 + halv, y + 5.0),
            (x - 12.0 - halv, y + 5.0),
        ];
        forslag.extend((1..12).map(|i| (x, y - 13.0 - 17.0 * f64::from(i))));
        forslag.extend((1..12).map(|i| (x, y + 23.0 + 17.0 * f64::from(i))));
        let inne = |r: &Ruta| r.0 >= 0.0 && r.1 >= 0.0 && r.2 <= m.b && r.3 <= m.h - m.ne;
        let fri = |r: &Ruta| inne(r) && !lagda.iter().chain(&cirklar).any(|o| overlappar(r, o));
        // Rather on a point than on another number, if it must be on something.
        let utan_tal = |r: &Ruta| inne(r) && !lagda.iter().any(|o| overlappar(r, o));
        let val = (forslag.iter())
            .find(|&&(fx, fy)| fri(&ruta(fx, fy, n)))
            .or_else(|| forslag.iter().find(|&&(fx, fy)| utan_tal(&ruta(fx, fy, n))))
            .copied()
            .unwrap_or(forslag[0]);
        lagda.push(ruta(val.0, val.1, n));
        ut.push(val);
    }
    ut
}

/// The colour of each component, the same in both views.
fn farger(s: &SweepResultat, ids: &[KomponentId]) -> Vec<(KomponentId, &'static str)> {
    let negativ = |id: KomponentId| {
        s.punkter.iter().any(|p| {
            p.komponenter
                .get(&id)
                .is_some_and(|x| x.is_sign_negative() && !x.is_zero())
        })
    };
    let mut i = 0;
    ids.iter()
        .map(|&id| {
            if negativ(id) {
                (id, SKATT_FARG)
            } else {
                i += 1;
                (id, FARGER[(i - 1) % FARGER.len()])
            }
        })
        .collect()
}

fn farg_for(farger: &[(KomponentId, &'static str)], id: KomponentId) -> &'static str {
    farger
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, f)| *f)
        .unwrap_or(SKATT_FARG)
}

/// Kronor kept and lost of 100 kr more in gross wage: (kept, [(component, kr)]).
pub fn per_hundra(m: &Marginaleffekt) -> (Decimal, Vec<(KomponentId, Decimal)>) {
    let hundra = Decimal::ONE_HUNDRED;
    let delar: Vec<(KomponentId, Decimal)> = m
        .delar
        .iter()
        .filter(|(_, x)| !x.is_zero())
        .map(|(id, x)| (*id, (*x * hundra).round()))
        .collect();
    // What is kept is the rest, so the bar and the table add up to 100 kr after rounding.
    let behall = hundra - delar.iter().map(|(_, x)| *x).sum::<Decimal>();
    (behall, delar)
}

#[function_component(Diagram)]
pub fn diagram(p: &Props) -> Html {
    let t = text();
    let r = &t.radgivning;
    let visning = use_state(|| Visning::Niva);
    // The cursor: an index into the points (level view) or the marginal effects.
    let markor = use_state(|| None::<usize>);
    let yta = use_node_ref();
    // The box the chart is drawn in, measured for its width.
    let ram_nod = use_node_ref();
    // The table is built only while it is open: its 41 rows were most of an update's work,
    // and a closed <details> shows nothing to anyone, screen readers included.
    let tabell_oppen = use_state(|| false);
    let s = &p.svep;
    let bredd = use_bredd(&ram_nod, s.punkter.len() >= 2);
    if s.punkter.len() < 2 {
        return html! {};
    }
    let ids = idn(s);
    let farger = farger(s, &ids);
    let n = s.punkter.len();
    let x0 = f(s.punkter[0].x);
    let x1 = f(s.punkter[n - 1].x);

    let (ram, ritning, antal, avlasning) = match *visning {
        Visning::Niva => {
            let ram = niva_ram(t, bredd, s, &ids, &farger, x0, x1);
            let ritning = niva(&ram, s, &ids, &farger, &p.markeringar, *markor);
            let avl = markor.map(|i| niva_avlasning(t, s, &ids, i.min(n - 1)));
            (ram, ritning, n, avl)
        }
        Visning::Marginal => {
            let m = &s.marginaleffekter;
            let (ram, ritning) = marginal(t, bredd, s, &farger, x0, x1, *markor);
            let avl = markor
                .and_then(|i| m.get(i.min(m.len().saturating_sub(1))))
                .map(|me| marginal_avlasning(t, me));
            (ram, ritning, m.len(), avl)
        }
    };

    let byt = |v: Visning| {
        let visning = visning.clone();
        let markor = markor.clone();
        Callback::from(move |_: MouseEvent| {
            visning.set(v);
            markor.set(None);
        })
    };
    let onkeydown = tangentstyrning(&markor, antal);
    let onpointermove = pekarstyrning(&markor, *visning, &ram, s, &yta);

    let (rubrik, beskrivning) = match *visning {
        Visning::Niva => (
            (r.diagram_rubrik)(&p.timlon),
            niva_beskrivning(t, s, &p.markeringar),
        ),
        Visning::Marginal => ((r.marginal_rubrik)(&p.timlon), marginal_beskrivning(t, s)),
    };
    let flik = |id: &str, v: Visning, etikett: &str| {
        html! {
            <button type="button" id={id.to_string()} class="flik" aria-pressed={if *visning == v { "true" } else { "false" }}
                onclick={byt(v)}>{ etikett }</button>
        }
    };

    html! {
        <figure class="diagram" aria-labelledby="diagram-synlig-rubrik">
            <div class="flikar" role="group" aria-label={r.diagram_visning}>
                { flik("visa-niva", Visning::Niva, r.visa_niva) }
                { flik("visa-marginal", Visning::Marginal, r.visa_marginal) }
            </div>
            <p class="diagram-rubrik" id="diagram-synlig-rubrik">{ rubrik.clone() }</p>
            if *visning == Visning::Marginal {
                <p class="hjalp">{ r.marginal_forklaring }</p>
            }
            <div class="diagramyta" ref={ram_nod} tabindex="0" role="group" aria-labelledby="diagram-synlig-rubrik"
                aria-describedby="diagram-instruktion" {onkeydown} onpointermove={onpointermove.clone()}
                onpointerdown={onpointermove}>
                <svg id="diagram" ref={yta} class={if *visning == Visning::Marginal { "marginal" } else { "niva" }}
                    viewBox={format!("0 0 {} {}", ram.m.b as i64, ram.m.h as i64)} role="img"
                    aria-labelledby="diagram-titel diagram-beskrivning" focusable="false">
                    <title id="diagram-titel">{ rubrik }</title>
                    <desc id="diagram-beskrivning">{ beskrivning }</desc>
                    { ram.rutnat(r.diagram_x_axel) }
                    { ritning }
                </svg>
            </div>
            <p id="diagram-instruktion" class="hjalp">{ r.diagram_instruktion }</p>
            <p id="diagram-avlasning" class="avlasning" aria-live="polite">
                { avlasning.unwrap_or_default() }
            </p>
            <figcaption>
                { teckenforklaring(r, *visning, &farger, s, (
                    p.markeringar.iter().any(|m| m.pa_kurvan),
                    p.markeringar.iter().any(|m| !m.pa_kurvan),
                )) }
            </figcaption>
            { tabelldel(t, *visning, &tabell_oppen, s, &ids) }
        </figure>
    }
}

/// The width in CSS pixels of the element `nod` (once `ritad`, it is in the page), followed as
/// it changes (a turned phone, a resized window, the layout's columns): the chart is drawn at
/// that width. Until it is measured, `BREDD_FORE_MATNING`.
#[hook]
pub(crate) fn use_bredd(nod: &NodeRef, ritad: bool) -> f64 {
    // Set only when it differs: a re-render costs the chart's whole drawing.
    let bredd = use_state_eq(|| BREDD_FORE_MATNING);
    {
        let bredd = bredd.clone();
        use_effect_with((nod.clone(), ritad), move |(nod, _)| {
            let el = nod.cast::<web_sys::Element>();
            let observator = el.as_ref().and_then(|el| {
                let el2 = el.clone();
                let matt = Closure::<dyn Fn()>::new(move || {
                    let b = el2.get_bounding_client_rect().width().round();
                    // Hidden (printing, a closed view): keep what was drawn.
                    if b > 0.0 {
                        bredd.set(b);
                    }
                });
                let o = web_sys::ResizeObserver::new(matt.as_ref().unchecked_ref()).ok()?;
                o.observe(el);
                Some((o, matt))
            });
            move || {
                if let Some((o, matt)) = observator {
                    o.disconnect();
                    drop(matt);
                }
            }
        });
    }
    *bredd
}

/// The arrow keys (and Page Up/Down, Home, End) move the cursor over `antal` positions;
/// Escape takes it away.
fn tangentstyrning(
    markor: &UseStateHandle<Option<usize>>,
    antal: usize,
) -> Callback<KeyboardEvent> {
    let markor = markor.clone();
    Callback::from(move |e: KeyboardEvent| {
        if antal == 0 {
            return;
        }
        let sista = antal - 1;
        let nu = *markor;
        let ny = match e.key().as_str() {
            "ArrowRight" | "ArrowUp" => nu.map_or(0, |i| (i + 1).min(sista)),
            "ArrowLeft" | "ArrowDown" => nu.map_or(0, |i| i.saturating_sub(1)),
            "PageUp" => nu.map_or(0, |i| (i + 5).min(sista)),
            "PageDown" => nu.map_or(0, |i| i.saturating_sub(5)),
            "Home" => 0,
            "End" => sista,
            "Escape" => {
                markor.set(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        markor.set(Some(ny));
    })
}

/// The pointer puts the cursor on the nearest point (level view) or step (marginal view).
fn pekarstyrning(
    markor: &UseStateHandle<Option<usize>>,
    vy: Visning,
    ram: &Ram,
    s: &SweepResultat,
    yta: &NodeRef,
) -> Callback<PointerEvent> {
    let markor = markor.clone();
    let (rx0, rx1, ymin, ymax, m) = (ram.x0, ram.x1, ram.ymin, ram.ymax, ram.m);
    let mitter: Vec<f64> = s
        .marginaleffekter
        .iter()
        .map(|m| (f(m.from_x) + f(m.to_x)) / 2.0)
        .collect();
    let xs: Vec<f64> = s.punkter.iter().map(|p| f(p.x)).collect();
    let yta = yta.clone();
    // Yew delegates events to its root, so the chart's own box comes from a node ref.
    Callback::from(move |e: PointerEvent| {
        let Some(el) = yta.cast::<web_sys::Element>() else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return;
        }
        let vx = (f64::from(e.client_x()) - rect.left()) / rect.width() * m.b;
        let x = Ram {
            x0: rx0,
            x1: rx1,
            ymin,
            ymax,
            y_linjer: Vec::new(),
            m,
        }
        .x_for(vx);
        let kandidater = if vy == Visning::Niva { &xs } else { &mitter };
        let narmast = kandidater
            .iter()
            .enumerate()
            .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
            .map(|(i, _)| i);
        if narmast != *markor {
            markor.set(narmast);
        }
    })
}

/// The chart as a table, in a `<details>`: built only while it is open.
fn tabelldel(
    t: &Text,
    visning: Visning,
    tabell_oppen: &UseStateHandle<bool>,
    s: &SweepResultat,
    ids: &[KomponentId],
) -> Html {
    let r = &t.radgivning;
    let ontoggle = {
        let tabell_oppen = tabell_oppen.clone();
        Callback::from(move |e: Event| {
            let oppen = e
                .target_unchecked_into::<web_sys::Element>()
                .has_attribute("open");
            if oppen != *tabell_oppen {
                tabell_oppen.set(oppen);
            }
        })
    };
    html! {
        <details id={if visning == Visning::Niva { "diagram-tabell-ram" } else { "marginal-tabell-ram" }}
            open={**tabell_oppen} {ontoggle}>
            <summary>{ r.diagram_som_tabell }</summary>
            if **tabell_oppen {
                <div class="rullram" tabindex="0" role="region" aria-label={r.diagram_som_tabell}>
                { match visning {
                    Visning::Niva => niva_tabell(t, s, ids),
                    Visning::Marginal => marginal_tabell(t, s),
                } }
                </div>
            }
        </details>
    }
}

/// The level view's frame: from 0 (or the tax below it) to the highest stack or total.
fn niva_ram(
    t: &Text,
    bredd: f64,
    s: &SweepResultat,
    ids: &[KomponentId],
    farger: &[(KomponentId, &'static str)],
    x0: f64,
    x1: f64,
) -> Ram {
    let n = s.punkter.len();
    let varde = |pi: usize, id: KomponentId| {
        f(s.punkter[pi]
            .komponenter
            .get(&id)
            .copied()
            .unwrap_or_default())
    };
    let negativ = |id: &KomponentId| farg_for(farger, *id) == SKATT_FARG;
    let mut ymax: f64 = 0.0;
    let mut ymin: f64 = 0.0;
    for i in 0..n {
        let (neg, pos): (Vec<&KomponentId>, Vec<&KomponentId>) =
            ids.iter().partition(|id| negativ(id));
        ymax = ymax.max(pos.iter().map(|id| varde(i, **id)).sum::<f64>());
        ymax = ymax.max(f(s.punkter[i].disponibel_inkomst));
        ymin = ymin.min(neg.iter().map(|id| varde(i, **id)).sum::<f64>());
    }
    Ram::new(t, bredd, x0, x1, ymin, ymax)
}

/// The level view: stacked areas, the total line, the marked alternatives and the cursor.
fn niva(
    ram: &Ram,
    s: &SweepResultat,
    ids: &[KomponentId],
    farger: &[(KomponentId, &'static str)],
    markeringar: &[Markering],
    markor: Option<usize>,
) -> Html {
    let n = s.punkter.len();
    let varde = |pi: usize, id: KomponentId| {
        f(s.punkter[pi]
            .komponenter
            .get(&id)
            .copied()
            .unwrap_or_default())
    };
    let negativ = |id: &KomponentId| farg_for(farger, *id) == SKATT_FARG;
    let negativa: Vec<KomponentId> = ids.iter().copied().filter(negativ).collect();
    let positiva: Vec<KomponentId> = ids.iter().copied().filter(|i| !negativ(i)).collect();
    let m = &ram.m;

    // Stacked areas: each band from the running total before it to the one after.
    let mut ytor = Vec::new();
    for grupp in [&positiva, &negativa] {
        let mut bas = vec![0.0; n];
        for id in grupp.iter() {
            let topp: Vec<f64> = (0..n).map(|i| bas[i] + varde(i, *id)).collect();
            let mut d = String::new();
            for (i, (pk, y)) in s.punkter.iter().zip(&topp).enumerate() {
                d.push_str(&format!(
                    "{}{},{} ",
                    if i == 0 { "M" } else { "L" },
                    k(ram.sx(f(pk.x))),
                    k(ram.sy(*y))
                ));
            }
            for i in (0..n).rev() {
                d.push_str(&format!(
                    "L{},{} ",
                    k(ram.sx(f(s.punkter[i].x))),
                    k(ram.sy(bas[i]))
                ));
            }
            d.push('Z');
            ytor.push((*id, farg_for(farger, *id), d));
            bas = topp;
        }
    }
    let linje: String = s
        .punkter
        .iter()
        .map(|pk| {
            format!(
                "{},{}",
                k(ram.sx(f(pk.x))),
                k(ram.sy(f(pk.disponibel_inkomst)))
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    // Jobs at the same hours would hide each other: each further one moves aside.
    let punkter: Vec<(f64, f64, usize)> = (markeringar.iter().enumerate())
        .map(|(i, mk)| {
            let samma = markeringar[..i]
                .iter()
                .filter(|x| x.timmar == mk.timmar)
                .count();
            let cx = ram.sx(f(mk.timmar)) + 16.0 * samma as f64;
            (cx, ram.sy(f(mk.disponibel)), mk.nummer)
        })
        .collect();
    let lagen = etikettlagen(&punkter, m);
    html! {
        <>
        { for ytor.iter().map(|(id, farg, d)| html! {
            <path class={format!("yta yta-{id}")} d={d.clone()} fill={*farg} fill-opacity={TATHET}
                stroke="#ffffff" stroke-width="1" />
        }) }
        // A white edge keeps the line readable over the dark areas.
        <polyline points={linje.clone()} fill="none" stroke="#ffffff" stroke-width="7" stroke-linejoin="round" />
        <polyline id="diagram-linje" points={linje} fill="none" stroke={BEHALL_FARG} stroke-width="3" stroke-linejoin="round" />
        { for markeringar.iter().zip(punkter.iter().zip(&lagen)).map(|(mk, (&(cx, cy, _), &(tx, ty)))| html! {
            <g class={classes!("markering", (!mk.pa_kurvan).then_some("utanfor-kurvan"))}>
                <circle cx={k(cx)} cy={k(cy)} r="7" />
                <text x={k(tx)} y={k(ty)} text-anchor="middle">{ mk.nummer }</text>
            </g>
        }) }
        if let Some(pk) = markor.and_then(|i| s.punkter.get(i)) {
            <g class="markor" id="diagram-markor">
                <line x1={k(ram.sx(f(pk.x)))} x2={k(ram.sx(f(pk.x)))} y1={k(m.up)} y2={k(m.h - m.ne)} />
                <circle cx={k(ram.sx(f(pk.x)))} cy={k(ram.sy(f(pk.disponibel_inkomst)))} r="5" />
            </g>
        }
        </>
    }
}

/// One hour step's bar: from and to hours, and kronor of 100 kr by component (`None` for
/// what is kept).
type Stapel = (f64, f64, Vec<(Option<KomponentId>, f64)>);

/// The marginal view: per hour step, a bar of 100 kr more in wage split into what is kept
/// (on top) and what each component takes (the tax, each benefit that shrinks).
fn marginal(
    t: &Text,
    bredd: f64,
    s: &SweepResultat,
    farger: &[(KomponentId, &'static str)],
    x0: f64,
    x1: f64,
    markor: Option<usize>,
) -> (Ram, Html) {
    let staplar: Vec<Stapel> = s
        .marginaleffekter
        .iter()
        .map(|m| {
            let (behall, delar) = per_hundra(m);
            let mut v: Vec<(Option<KomponentId>, f64)> =
                delar.iter().map(|(id, x)| (Some(*id), f(*x))).collect();
            v.push((None, f(behall)));
            (f(m.from_x), f(m.to_x), v)
        })
        .collect();
    let mut ymax: f64 = 100.0;
    let mut ymin: f64 = 0.0;
    for (_, _, delar) in &staplar {
        ymax = ymax.max(delar.iter().map(|(_, x)| x.max(0.0)).sum::<f64>());
        ymin = ymin.min(delar.iter().map(|(_, x)| x.min(0.0)).sum::<f64>());
    }
    let ram = Ram::new(t, bredd, x0, x1, ymin, ymax);
    let m = ram.m;
    let mut rutor = Vec::new();
    for (a, b, delar) in &staplar {
        let bredd = (ram.sx(*b) - ram.sx(*a)) * 0.8;
        let vx = ram.sx((a + b) / 2.0) - bredd / 2.0;
        let (mut upp, mut ner) = (0.0, 0.0);
        for (id, x) in delar {
            let (fran, till) = if *x >= 0.0 {
                let f0 = upp;
                upp += x;
                (f0, upp)
            } else {
                let f0 = ner;
                ner += x;
                (f0, ner)
            };
            let (y0, y1) = (ram.sy(fran.max(till)), ram.sy(fran.min(till)));
            let farg = match id {
                None => BEHALL_FARG,
                Some(id) => farg_for(farger, *id),
            };
            rutor.push((
                id.map_or("behall", KomponentId::as_str),
                farg,
                k(vx),
                k(y0),
                k(bredd.max(1.0)),
                k((y1 - y0).max(0.5)),
            ));
        }
    }
    let html = html! {
        <>
        { for rutor.iter().map(|(id, farg, x, y, w, h)| html! {
            <rect class={format!("stapel stapel-{id}")} x={x.clone()} y={y.clone()} width={w.clone()} height={h.clone()}
                fill={*farg} fill-opacity={TATHET} stroke="#ffffff" stroke-width="0.5" />
        }) }
        <line class="hundralinje" x1={k(m.va)} x2={k(m.b - m.ho)} y1={k(ram.sy(100.0))} y2={k(ram.sy(100.0))} />
        if let Some(me) = markor.and_then(|i| s.marginaleffekter.get(i)) {
            <g class="markor" id="diagram-markor">
                <rect x={k(ram.sx(f(me.from_x)))} y={k(m.up)} width={k(ram.sx(f(me.to_x)) - ram.sx(f(me.from_x)))}
                    height={k(m.h - m.ne - m.up)} fill="none" />
            </g>
        }
        </>
    };
    (ram, html)
}

fn niva_beskrivning(t: &Text, s: &SweepResultat, markeringar: &[Markering]) -> String {
    let r = &t.radgivning;
    let forsta = &s.punkter[0];
    let sista = &s.punkter[s.punkter.len() - 1];
    (r.diagram_beskrivning)(
        &format::kronor(t, forsta.disponibel_inkomst),
        &format::tal(t, sista.x, 1),
        &format::kronor(t, sista.disponibel_inkomst),
    ) + &markeringar
        .iter()
        .map(|m| {
            (r.diagram_markering)(
                m.nummer,
                &format::tal(t, m.timmar, 1),
                &format::kronor(t, m.disponibel),
            )
        })
        .collect::<String>()
}

/// The marginal view in words: the least and the most kept of 100 kr, and where.
fn marginal_beskrivning(t: &Text, s: &SweepResultat) -> String {
    let r = &t.radgivning;
    let behall: Vec<(Decimal, &Marginaleffekt)> = s
        .marginaleffekter
        .iter()
        .map(|m| (per_hundra(m).0, m))
        .collect();
    let (Some(min), Some(max)) = (
        behall.iter().min_by_key(|(b, _)| *b),
        behall.iter().max_by_key(|(b, _)| *b),
    ) else {
        return String::new();
    };
    let timmar = |m: &Marginaleffekt| {
        format!(
            "{}–{}",
            format::tal(t, m.from_x, 1),
            format::tal(t, m.to_x, 1)
        )
    };
    (r.marginal_beskrivning)(
        &format::kronor(t, min.0.abs()),
        min.0.is_sign_negative() && !min.0.is_zero(),
        &timmar(min.1),
        &format::kronor(t, max.0),
        &timmar(max.1),
    )
}

/// The cursor's point in words: hours, money to live on and each component.
fn niva_avlasning(t: &Text, s: &SweepResultat, ids: &[KomponentId], i: usize) -> String {
    let r = &t.radgivning;
    let pk = &s.punkter[i];
    let delar: Vec<String> = ids
        .iter()
        .filter_map(|id| pk.komponenter.get(id).map(|x| (*id, x)))
        .filter(|(_, x)| !x.is_zero())
        .map(|(id, x)| format!("{} {}", (r.komponent_namn)(id), format::kronor(t, *x)))
        .collect();
    (r.avlasning_niva)(
        &format::tal(t, pk.x, 1),
        &format::kronor(t, pk.disponibel_inkomst),
        &delar.join(", "),
    )
}

fn marginal_avlasning(t: &Text, m: &Marginaleffekt) -> String {
    let r = &t.radgivning;
    let (behall, delar) = per_hundra(m);
    let delar: Vec<String> = delar
        .iter()
        .map(|(id, x)| format!("{} {}", (r.komponent_namn)(*id), format::kronor(t, *x)))
        .collect();
    (r.avlasning_marginal)(
        &format::tal(t, m.from_x, 1),
        &format::tal(t, m.to_x, 1),
        &format::kronor(t, behall.abs()),
        behall.is_sign_negative() && !behall.is_zero(),
        &delar.join(", "),
    )
}

fn teckenforklaring(
    r: &RadText,
    visning: Visning,
    farger: &[(KomponentId, &'static str)],
    s: &SweepResultat,
    // (jobs on the curve, jobs beside it)
    markerade: (bool, bool),
) -> Html {
    let prov = |farg: &'static str| {
        html! {
            <svg class="farg" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={farg} fill-opacity={TATHET} />
            </svg>
        }
    };
    // Only what shows somewhere: an amount in the level view, a share of the next 100 kr in
    // the marginal view.
    let med = |id: KomponentId| match visning {
        Visning::Niva => s
            .punkter
            .iter()
            .any(|p| p.komponenter.get(&id).is_some_and(|x| !x.is_zero())),
        Visning::Marginal => s
            .marginaleffekter
            .iter()
            .any(|m| m.delar.get(&id).is_some_and(|x| !x.is_zero())),
    };
    html! {
        <ul class="teckenforklaring">
            if visning == Visning::Niva {
                <li><span class="linjeprov" aria-hidden="true"></span>{ r.disponibel_kort }</li>
            } else {
                <li>{ prov(BEHALL_FARG) }{ r.behall_kort }</li>
            }
            { for farger.iter().filter(|(id, _)| visning == Visning::Niva || *id != KomponentId::Lon).filter(|(id, _)| med(*id)).map(|(id, farg)| html! {
                <li>{ prov(farg) }{ (r.komponent_namn)(*id) }</li>
            }) }
            if markerade.0 && visning == Visning::Niva {
                <li><span class="punktprov" aria-hidden="true"></span>{ r.diagram_markerade }</li>
            }
            if markerade.1 && visning == Visning::Niva {
                <li><span class="punktprov utanfor-kurvan" aria-hidden="true"></span>{ r.diagram_markerade_utanfor }</li>
            }
        </ul>
    }
}

fn niva_tabell(t: &Text, s: &SweepResultat, ids: &[KomponentId]) -> Html {
    let r = &t.radgivning;
    let namn = |id: KomponentId| (r.komponent_namn)(id);
    html! {
            <table id="diagram-tabell">
                <caption>{ r.diagram_tabell_rubrik }</caption>
                <thead><tr>
                    <th scope="col">{ r.diagram_x_axel }</th>
                    { for ids.iter().map(|id| html! { <th scope="col" class="tal">{ namn(*id) }</th> }) }
                    <th scope="col" class="tal">{ r.disponibel_kort }</th>
                </tr></thead>
                <tbody>
                    { for s.punkter.iter().map(|pk| html! {
                        <tr>
                            <th scope="row">{ format::tal(t, pk.x, 1) }</th>
                            { for ids.iter().map(|id| html! {
                                <td class="tal">{ format::kronor(t, pk.komponenter.get(id).copied().unwrap_or_default()) }</td>
                            }) }
                            <td class="tal disponibel">{ format::kronor(t, pk.disponibel_inkomst) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
    }
}

fn marginal_tabell(t: &Text, s: &SweepResultat) -> Html {
    let r = &t.radgivning;
    let mut ids: Vec<KomponentId> = Vec::new();
    for m in &s.marginaleffekter {
        for (id, x) in &m.delar {
            if !x.is_zero() && !ids.contains(id) {
                ids.push(*id);
            }
        }
    }
    html! {
            <table id="marginal-tabell">
                <caption>{ r.marginal_tabell_rubrik }</caption>
                <thead><tr>
                    <th scope="col">{ r.diagram_x_axel }</th>
                    <th scope="col" class="tal">{ r.behall_kort }</th>
                    { for ids.iter().map(|id| html! { <th scope="col" class="tal">{ (r.komponent_namn)(*id) }</th> }) }
                </tr></thead>
                <tbody>
                    { for s.marginaleffekter.iter().map(|m| {
                        let (behall, delar) = per_hundra(m);
                        html! {
                            <tr>
                                <th scope="row">{ format!("{}–{}", format::tal(t, m.from_x, 1), format::tal(t, m.to_x, 1)) }</th>
                                <td class="tal behall">{ format::kronor(t, behall) }</td>
                                { for ids.iter().map(|id| html! {
                                    <td class="tal">{ format::kronor(t, delar.iter().find(|(i, _)| i == id).map(|(_, x)| *x).unwrap_or_default()) }</td>
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
    }
}
