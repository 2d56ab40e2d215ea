//! The hours × hourly wage map, drawn from the engine's `karta` (calculator-core/src/karta.rs):
//! for one job, how much more or less there is to live on than today at every number of hours
//! a week (across) and hourly wage (up), and where one more hour gives less (the engine's
//! `klippor`, drawn as thick black bars between two cells and listed in words).
//!
//! Colour-blind safe: a blue–orange diverging scale (never red and green), cells worse than
//! today hatched besides, the cliffs black; and every figure is in the table that follows, a
//! real `<table>` with headers, built only when opened.

use std::rc::Rc;

use calculator_core::karta::Karta;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::diagram::{f, k, use_bredd, Ram};
use crate::format;
use crate::text::{text, Text};

/// The scale's steps: upper bound in kronor (exclusive; the last has none) and colour. Worse
/// than today in two oranges, the same as today near white, better in four blues (ColorBrewer
/// PuOr/RdBu ends, which stay apart in every common colour blindness).
const SKALA: [(Option<i64>, &str); 7] = [
    (Some(-1000), "#b35806"),
    (Some(-1), "#fdb863"),
    (Some(1), "#f7f7f7"),
    (Some(2000), "#c6dbef"),
    (Some(4000), "#6baed6"),
    (Some(6000), "#2171b5"),
    (None, "#08306b"),
];

/// The step of the scale a difference of `x` kronor falls in (whole kronor: −0.4 is "the same").
fn steg(x: Decimal) -> usize {
    let x = format::hela(x);
    SKALA
        .iter()
        .position(|(grans, _)| grans.is_none_or(|g| x < Decimal::from(g)))
        .unwrap_or(SKALA.len() - 1)
}

/// A cell worse than today: hatched as well as orange.
fn samre(x: Decimal) -> bool {
    format::hela(x) < Decimal::ZERO
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub karta: Rc<Karta>,
    /// The job's name ("Jobb 1").
    pub namn: String,
    /// The job as it is in the form (hours, hourly wage): ringed on the map.
    pub jobbet: Option<(Decimal, Decimal)>,
}

#[function_component(Kartan)]
pub fn kartan(p: &Props) -> Html {
    let t = text();
    let o = &t.radgivning.over_tid;
    let nod = use_node_ref();
    let tabell_oppen = use_state(|| false);
    let kr = &p.karta;
    let (nx, ny) = (kr.timmar.len(), kr.timloner.len());
    let bredd = use_bredd(&nod, nx >= 2 && ny >= 1);
    if nx < 2 || ny < 1 {
        return Html::default();
    }
    // Cells centred on their hours and wage.
    let dx = f(kr.timmar[1] - kr.timmar[0]);
    let dy = if ny > 1 {
        f(kr.timloner[1] - kr.timloner[0])
    } else {
        10.0
    };
    let (x0, x1) = (f(kr.timmar[0]) - dx / 2.0, f(kr.timmar[nx - 1]) + dx / 2.0);
    let (y0, y1) = (
        f(kr.timloner[0]) - dy / 2.0,
        f(kr.timloner[ny - 1]) + dy / 2.0,
    );
    // Every wage labelled where the rows are tall enough, else every other.
    let hela = |x: f64| Decimal::from(x.round() as i64);
    let forsok = Ram::med_linjer(bredd, (x0, x1), (y0, y1), Vec::new());
    let radhojd = (forsok.m.h - forsok.m.up - forsok.m.ne) / ny as f64;
    let var = if radhojd >= 16.0 { 1 } else { 2 };
    let y_linjer: Vec<(f64, String)> = (kr.timloner.iter().enumerate())
        .filter(|(i, _)| i % var == 0)
        .map(|(_, w)| (f(*w), format::tal(t, *w, 0)))
        .collect();
    let ram = Ram::med_linjer(bredd, (x0, x1), (y0, y1), y_linjer);
    let m = ram.m;
    let x_delar = if m.b - m.va - m.ho < 8.0 * 28.0 { 4 } else { 8 };
    let x_etiketter: Vec<(f64, String)> = (0..=x_delar)
        .map(|i| {
            let x = f(kr.timmar[0])
                + (f(kr.timmar[nx - 1]) - f(kr.timmar[0])) * f64::from(i) / f64::from(x_delar);
            (x, format::tal(t, hela(x), 0))
        })
        .collect();

    let celler = (kr.timloner.iter().zip(&kr.battre_an_i_dag)).flat_map(|(w, rad)| {
        let ram = &ram;
        kr.timmar.iter().zip(rad).map(move |(h, x)| {
            let (cx, cy) = (ram.sx(f(*h) - dx / 2.0), ram.sy(f(*w) + dy / 2.0));
            let (b, hj) = (
                ram.sx(f(*h) + dx / 2.0) - cx,
                ram.sy(f(*w) - dy / 2.0) - cy,
            );
            let farg = SKALA[steg(*x)].1;
            html! {
                <>
                <rect x={k(cx)} y={k(cy)} width={k(b + 0.3)} height={k(hj + 0.3)} fill={farg} />
                if samre(*x) {
                    <rect x={k(cx)} y={k(cy)} width={k(b + 0.3)} height={k(hj + 0.3)} fill="url(#karta-streck)" />
                }
                </>
            }
        })
    });
    let klippor = kr.klippor.iter().map(|c| {
        let x = ram.sx((f(c.fran_timmar) + f(c.till_timmar)) / 2.0);
        let (ya, yb) = (
            ram.sy(f(c.timlon) + dy / 2.0),
            ram.sy(f(c.timlon) - dy / 2.0),
        );
        html! {
            <g class="klippa">
                <line x1={k(x)} x2={k(x)} y1={k(ya)} y2={k(yb)} stroke="#ffffff" stroke-width="6" />
                <line x1={k(x)} x2={k(x)} y1={k(ya)} y2={k(yb)} stroke="#000000" stroke-width="3" />
            </g>
        }
    });
    let jobbet = p.jobbet.map(|(h, w)| {
        html! {
            <circle id="karta-jobbet" cx={k(ram.sx(f(h)))} cy={k(ram.sy(f(w)))} r="7" fill="none"
                stroke="#000000" stroke-width="2.5" />
        }
    });
    let fmt_timlon = |w: Decimal| (o.karta_kr_timme)(&format::tal(t, w, 0));
    let beskrivning = (o.karta_beskrivning)(
        &p.namn,
        &format::tal(t, kr.timmar[0], 1),
        &format::tal(t, kr.timmar[nx - 1], 1),
        &fmt_timlon(kr.timloner[0]),
        &fmt_timlon(kr.timloner[ny - 1]),
        kr.klippor.len(),
    );
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
        <figure id="karta-figur" class="diagram karta" aria-labelledby="karta-synlig-rubrik">
            <p class="diagram-rubrik" id="karta-synlig-rubrik">{ (o.karta_diagram_rubrik)(&p.namn) }</p>
            <div class="diagramyta" ref={nod}>
                <svg id="karta" viewBox={format!("0 0 {} {}", m.b as i64, m.h as i64)} role="img"
                    aria-labelledby="karta-titel karta-beskrivning" focusable="false">
                    <title id="karta-titel">{ (o.karta_diagram_rubrik)(&p.namn) }</title>
                    <desc id="karta-beskrivning">{ beskrivning }</desc>
                    <defs>
                        <pattern id="karta-streck" width="6" height="6" patternUnits="userSpaceOnUse"
                            patternTransform="rotate(45)">
                            <line x1="0" x2="0" y1="0" y2="6" stroke="#000000" stroke-width="1.2" stroke-opacity="0.55" />
                        </pattern>
                    </defs>
                    { for celler }
                    { ram.rutnat_med(o.karta_x_axel, &x_etiketter) }
                    { for klippor }
                    { for jobbet }
                </svg>
            </div>
            <p class="hjalp">{ o.karta_y_axel }</p>
            <figcaption>
                <ul class="teckenforklaring karta-skala">
                    { for SKALA.iter().enumerate().map(|(i, (_, farg))| html! {
                        <li>
                            <svg class="farg" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                                <rect width="14" height="14" fill={*farg} stroke="#6f7a85" stroke-width="1" />
                                if i < 2 {
                                    <rect width="14" height="14" fill="url(#karta-streck)" />
                                }
                            </svg>
                            { o.karta_skala[i] }
                        </li>
                    }) }
                    <li><span class="klipprov" aria-hidden="true"></span>{ o.karta_klippa }</li>
                    if p.jobbet.is_some() {
                        <li><span class="punktprov ring" aria-hidden="true"></span>{ o.karta_jobbet }</li>
                    }
                </ul>
            </figcaption>
            { klipplista(t, kr) }
            <details id="karta-tabell-ram" open={*tabell_oppen} {ontoggle}>
                <summary>{ o.karta_som_tabell }</summary>
                if *tabell_oppen {
                    <div class="rullram" tabindex="0" role="region" aria-label={o.karta_som_tabell}>
                        { tabell(t, kr, &p.namn) }
                    </div>
                }
            </details>
        </figure>
    }
}

/// The cliffs in words, one line for each step of hours where one more hour gives less: at
/// which wages (a run of the grid's rows as "from–to") and the most it costs.
fn klipplista(t: &Text, kr: &Karta) -> Html {
    let o = &t.radgivning.over_tid;
    let mut grupper: Vec<(Decimal, Decimal, Vec<Decimal>, Decimal)> = Vec::new();
    for c in &kr.klippor {
        match (grupper.iter_mut()).find(|g| g.0 == c.fran_timmar && g.1 == c.till_timmar) {
            Some(g) => {
                g.2.push(c.timlon);
                g.3 = g.3.max(c.forlust);
            }
            None => grupper.push((c.fran_timmar, c.till_timmar, vec![c.timlon], c.forlust)),
        }
    }
    grupper.sort_by_key(|g| g.0);
    let loner = |w: &[Decimal]| -> String {
        let rader: Vec<usize> = (w.iter())
            .filter_map(|x| kr.timloner.iter().position(|y| y == x))
            .collect();
        let i_foljd = rader.windows(2).all(|p| p[1] == p[0] + 1);
        match w {
            [ett] => format::tal(t, *ett, 0),
            [forsta, .., sista] if i_foljd => format!(
                "{}–{}",
                format::tal(t, *forsta, 0),
                format::tal(t, *sista, 0)
            ),
            _ => (w.iter())
                .map(|x| format::tal(t, *x, 0))
                .collect::<Vec<_>>()
                .join(", "),
        }
    };
    html! {
        <>
        <p class="diagram-rubrik">{ o.karta_klippor_rubrik }</p>
        if kr.klippor.is_empty() {
            <p id="karta-klippor">{ o.karta_inga_klippor }</p>
        } else {
            <ul id="karta-klippor" class="karta-klippor">
                { for grupper.iter().map(|(fran, till, w, forlust)| html! {
                    <li>{ (o.karta_klippa_text)(
                        &loner(w),
                        &format::tal(t, *fran, 1),
                        &format::tal(t, *till, 1),
                        &format::hela_kronor(t, format::hela(*forlust)),
                    ) }</li>
                }) }
            </ul>
        }
        </>
    }
}

/// The map as a table: hours a week down, hourly wages across, the difference to today in
/// each cell, a cliff said in the cell it leads to.
fn tabell(t: &Text, kr: &Karta, namn: &str) -> Html {
    let o = &t.radgivning.over_tid;
    let klippa = |w: Decimal, h: Decimal| {
        kr.klippor
            .iter()
            .any(|c| c.timlon == w && c.till_timmar == h)
    };
    html! {
        <table id="karta-tabell" class="karta-tabell">
            <caption>{ (o.karta_tabell_rubrik)(namn) }</caption>
            <thead><tr>
                <th scope="col">{ o.karta_kolumn_timmar }</th>
                { for kr.timloner.iter().map(|w| html! {
                    <th scope="col" class="tal">{ (o.karta_kr_timme)(&format::tal(t, *w, 0)) }</th>
                }) }
            </tr></thead>
            <tbody>
                { for kr.timmar.iter().enumerate().map(|(j, h)| html! {
                    <tr>
                        <th scope="row">{ format::tal(t, *h, 1) }</th>
                        { for kr.timloner.iter().zip(&kr.battre_an_i_dag).map(|(w, rad)| {
                            let x = format::hela(rad[j]);
                            let tecken = if x > Decimal::ZERO { "+" } else { "" };
                            html! {
                                <td class={classes!("tal", klippa(*w, *h).then_some("klippcell"))}>
                                    { format!("{tecken}{}", format::hela_kronor(t, x)) }
                                    if klippa(*w, *h) {
                                        { " " }<span class="klippord">{ o.karta_mindre }</span>
                                    }
                                </td>
                            }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
