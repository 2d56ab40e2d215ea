//! The chart of the months ahead ("Över tid"): the money to live on month by month, today and
//! each job, from the engine's plan. Drawn with the sweep chart's frame and helpers
//! (`crate::diagram`): the same grid, labels and measured width. Each track has a line style
//! and a marker shape of its own, so no track is told by its colour alone; the months in which
//! something changes are marked on the time axis by a number, and listed with that number
//! under the chart. The tables that follow it (`radgivning::over_tid`) hold the same figures.

use std::rc::Rc;

use calculator_core::plan::PlanResultat;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::diagram::{etikettlagen, f, k, use_bredd, Ram};
use crate::format;
use crate::text::{text, RadText};

/// A track's line: colour, dash pattern and marker shape (today first).
pub struct Linjestil {
    pub farg: &'static str,
    pub streck: &'static str,
    pub markor: Markorform,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Markorform {
    Cirkel,
    Kvadrat,
    Triangel,
    Romb,
    Ring,
}

/// Today solid black with filled circles; the jobs dashed, dotted, dash-dotted and long-dashed
/// in blue, orange, purple and teal (Okabe–Ito-like hues that stay apart in the common colour
/// blindnesses), each with its own marker. Every colour keeps at least 4.5:1 on white.
pub const LINJER: [Linjestil; 5] = [
    Linjestil {
        farg: "#1b1b1b",
        streck: "",
        markor: Markorform::Cirkel,
    },
    Linjestil {
        farg: "#0b4f8a",
        streck: "9 4",
        markor: Markorform::Kvadrat,
    },
    Linjestil {
        farg: "#a04a00",
        streck: "2 4",
        markor: Markorform::Triangel,
    },
    Linjestil {
        farg: "#6a1b9a",
        streck: "10 3 2 3",
        markor: Markorform::Romb,
    },
    Linjestil {
        farg: "#00695c",
        streck: "16 5",
        markor: Markorform::Ring,
    },
];

pub fn linjestil(s: usize) -> &'static Linjestil {
    &LINJER[s % LINJER.len()]
}

/// A marker of `form` centred at (x, y).
pub fn markor(form: Markorform, x: f64, y: f64, farg: &str) -> Html {
    match form {
        Markorform::Cirkel => {
            html! { <circle cx={k(x)} cy={k(y)} r="3.5" fill={farg.to_string()} /> }
        }
        Markorform::Kvadrat => html! {
            <rect x={k(x - 3.5)} y={k(y - 3.5)} width="7" height="7" fill={farg.to_string()} />
        },
        Markorform::Triangel => html! {
            <polygon points={format!("{},{} {},{} {},{}", k(x), k(y - 4.5), k(x + 4.5), k(y + 3.5), k(x - 4.5), k(y + 3.5))}
                fill={farg.to_string()} />
        },
        Markorform::Romb => html! {
            <polygon points={format!("{},{} {},{} {},{} {},{}", k(x), k(y - 5.0), k(x + 4.5), k(y), k(x), k(y + 5.0), k(x - 4.5), k(y))}
                fill={farg.to_string()} />
        },
        Markorform::Ring => html! {
            <circle cx={k(x)} cy={k(y)} r="3.5" fill="#ffffff" stroke={farg.to_string()} stroke-width="2" />
        },
    }
}

/// A sample of track `s`'s line and marker, for the legend.
pub fn linjeprov(s: usize) -> Html {
    let l = linjestil(s);
    html! {
        <svg class="linjeprov-spar" viewBox="0 0 30 14" aria-hidden="true" focusable="false">
            <line x1="1" x2="29" y1="7" y2="7" stroke={l.farg} stroke-width="2.5"
                stroke-dasharray={(!l.streck.is_empty()).then_some(l.streck)} />
            { markor(l.markor, 15.0, 7.0, l.farg) }
        </svg>
    }
}

/// "jan 2027": a month's short name for the time axis.
pub fn kort_manad(r: &RadText, manad: &str) -> String {
    let (ar, m) = manad.split_once('-').unwrap_or((manad, "1"));
    let i = m.parse::<usize>().unwrap_or(1).clamp(1, 12) - 1;
    let namn: String = r.manader[i].chars().take(3).collect();
    format!("{namn} {ar}")
}

/// The months in which something changes on some track, in order, each with the events
/// (track, text; the engine's text begins with the month) of that month: numbered 1, 2, … on the chart and in the list.
pub fn handelsemanader(plan: &PlanResultat) -> Vec<Handelsemanad> {
    let mut ut: Vec<Handelsemanad> = Vec::new();
    for (s, spar) in plan.spar.iter().enumerate() {
        for h in &spar.handelser {
            match ut.iter_mut().find(|(n, _, _)| *n == h.nummer) {
                Some((_, _, v)) => v.push((s, h.text.clone())),
                None => ut.push((h.nummer, h.manad.clone(), vec![(s, h.text.clone())])),
            }
        }
    }
    ut.sort_by_key(|(n, _, _)| *n);
    ut
}

/// A month in which something changes: plan month, `YYYY-MM`, and each event as (track, text).
pub type Handelsemanad = (u32, String, Vec<(usize, String)>);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub plan: Rc<PlanResultat>,
    /// Each track's name as shown ("I dag", "Jobb 1").
    pub namn: Vec<String>,
}

#[function_component(Tidsdiagram)]
pub fn tidsdiagram(p: &Props) -> Html {
    let t = text();
    let r = &t.radgivning;
    let o = &r.over_tid;
    let nod = use_node_ref();
    let plan = &p.plan;
    let n = plan.spar.first().map_or(0, |s| s.manader.len());
    let bredd = use_bredd(&nod, n >= 2);
    if n < 2 {
        return Html::default();
    }
    let ymax = (plan.spar.iter())
        .flat_map(|s| s.manader.iter().filter_map(|m| m.disponibel_inkomst))
        .map(f)
        .fold(0.0, f64::max);
    let ram = Ram::new(t, bredd, 1.0, n as f64, 0.0, ymax);
    let m = ram.m;
    // Every 6 months where four labels fit, else every 12.
    let var = if m.b - m.va - m.ho < 4.0 * 70.0 {
        12
    } else {
        6
    };
    let manader = &plan.spar[0].manader;
    let x_etiketter: Vec<(f64, String)> = (manader.iter())
        .filter(|pm| (pm.nummer - 1) % var == 0)
        .map(|pm| (f64::from(pm.nummer), kort_manad(r, &pm.manad)))
        .collect();

    // Each track as polylines (a month not computed breaks the line) and markers.
    let spar = plan.spar.iter().enumerate().map(|(s, spar)| {
        let l = linjestil(s);
        let mut delar: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for pm in &spar.manader {
            match pm.disponibel_inkomst {
                Some(d) => delar
                    .last_mut()
                    .expect("one part at least")
                    .push((ram.sx(f64::from(pm.nummer)), ram.sy(f(d)))),
                None => delar.push(Vec::new()),
            }
        }
        let punkter: Vec<(f64, f64)> = delar.iter().flatten().copied().collect();
        html! {
            <g class="spar" id={format!("tidsdiagram-spar-{s}")}>
                { for delar.iter().filter(|d| !d.is_empty()).map(|d| {
                    let pts = d.iter().map(|(x, y)| format!("{},{}", k(*x), k(*y))).collect::<Vec<_>>().join(" ");
                    html! {
                        <>
                        <polyline points={pts.clone()} fill="none" stroke="#ffffff" stroke-width="6" stroke-linejoin="round" />
                        <polyline class="sparlinje" points={pts} fill="none" stroke={l.farg} stroke-width="2.5"
                            stroke-linejoin="round" stroke-dasharray={(!l.streck.is_empty()).then_some(l.streck)} />
                        </>
                    }
                }) }
                { for punkter.iter().map(|(x, y)| markor(l.markor, *x, *y, l.farg)) }
            </g>
        }
    });

    // The event months: a dashed line across the plot and its number at the top.
    let handelser = handelsemanader(plan);
    let toppar: Vec<(f64, f64, usize)> = (handelser.iter().enumerate())
        .map(|(i, (nr, _, _))| (ram.sx(f64::from(*nr)), m.up + 10.0, i + 1))
        .collect();
    let lagen = etikettlagen(&toppar, &m);
    let handelselinjer = toppar.iter().zip(&lagen).map(|(&(x, _, nr), &(tx, ty))| {
        html! {
            <g class="handelse">
                <line x1={k(x)} x2={k(x)} y1={k(m.up)} y2={k(m.h - m.ne)} />
                <text x={k(tx)} y={k(ty)} text-anchor="middle">{ nr }</text>
            </g>
        }
    });

    let forsta = manader.first().map(|pm| pm.manad.as_str()).unwrap_or("");
    let sista = manader.last().map(|pm| pm.manad.as_str()).unwrap_or("");
    let beskrivning = (o.diagram_beskrivning)(&kort_manad(r, forsta), &kort_manad(r, sista))
        + &(plan.spar.iter().zip(&p.namn))
            .map(|(spar, namn)| {
                let belopp = |x: Option<Decimal>| {
                    x.map_or(o.ej_beraknad.to_string(), |x| {
                        format::hela_kronor(t, format::hela(x))
                    })
                };
                (o.diagram_spar)(
                    namn,
                    &belopp(spar.manader.first().and_then(|m| m.disponibel_inkomst)),
                    &belopp(spar.manader.last().and_then(|m| m.disponibel_inkomst)),
                )
            })
            .collect::<String>();

    html! {
        <figure id="tidsdiagram-figur" class="diagram tidsdiagram" aria-labelledby="tidsdiagram-rubrik">
            <p class="diagram-rubrik" id="tidsdiagram-rubrik">{ o.diagram_rubrik }</p>
            <div class="diagramyta" ref={nod}>
                <svg id="tidsdiagram" viewBox={format!("0 0 {} {}", m.b as i64, m.h as i64)} role="img"
                    aria-labelledby="tidsdiagram-titel tidsdiagram-beskrivning" focusable="false">
                    <title id="tidsdiagram-titel">{ o.diagram_rubrik }</title>
                    <desc id="tidsdiagram-beskrivning">{ beskrivning }</desc>
                    { ram.rutnat_med(o.diagram_x_axel, &x_etiketter) }
                    { for handelselinjer }
                    { for spar }
                </svg>
            </div>
            <figcaption>
                <ul class="teckenforklaring">
                    { for p.namn.iter().enumerate().map(|(s, namn)| html! {
                        <li>{ linjeprov(s) }{ namn.clone() }</li>
                    }) }
                    if !handelser.is_empty() {
                        <li><span class="handelseprov" aria-hidden="true">{ "1" }</span>{ o.diagram_handelse }</li>
                    }
                </ul>
                if !handelser.is_empty() {
                    <p class="diagram-rubrik">{ o.diagram_handelser_rubrik }</p>
                    <ol id="tidsdiagram-handelser" class="tidsdiagram-handelser">
                        { for handelser.iter().map(|(_, _, v)| html! {
                            <li>
                                { for v.iter().map(|(s, text)| html! {
                                    <span class="handelse-rad">
                                        { (o.diagram_handelse_rad)(p.namn.get(*s).map_or("", |x| x.as_str()), text) }
                                    </span>
                                }) }
                            </li>
                        }) }
                    </ol>
                }
                <p class="hjalp">{ o.diagram_tabell_hjalp }</p>
            </figcaption>
        </figure>
    }
}
