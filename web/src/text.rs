//! Every word the app shows, in one table per language, so that a translation is one new
//! table and never a hunt through the components. Only Swedish exists so far.
//!
//! Messages that come from the engine (`calculator_core::InputErrors`, the trace's labels and
//! formulas) are already Swedish and are shown as they are.

/// The app's texts. Plain strings where nothing varies; functions where a number or name must
/// go inside the sentence (word order differs between languages).
pub struct Text {
    pub lang: &'static str,
    pub sidtitel: &'static str,
    pub ingress: &'static str,
    pub uppgifter_rubrik: &'static str,

    pub lon_etikett: &'static str,
    pub lon_hjalp: &'static str,
    pub lon_saknas: &'static str,

    pub kommun_etikett: &'static str,
    pub kommun_hjalp: &'static str,
    pub kommun_lista_etikett: &'static str,
    pub kommun_saknas: &'static str,
    pub kommun_ingen_traff: &'static str,
    pub kommun_traffar: fn(usize) -> String,

    pub alder_legend: &'static str,
    pub alder_under_66: &'static str,
    pub alder_66: &'static str,
    pub alder_hjalp: &'static str,

    pub ar_etikett: &'static str,

    pub kyrka_etikett: &'static str,
    pub kyrkoavgift_etikett: &'static str,
    pub kyrkoavgift_hjalp: &'static str,
    pub kyrkoavgift_saknas: &'static str,

    pub ej_tal: &'static str,
    pub for_manga_decimaler: fn(u32) -> String,
    pub for_stort: fn(&str) -> String,
    pub fel_rubrik: &'static str,

    pub resultat_rubrik: &'static str,
    pub resultat_vantar: &'static str,
    pub resultat_rattas: &'static str,
    pub kvar_efter_skatt: &'static str,
    pub i_manaden: &'static str,
    pub utbetalt: &'static str,
    /// (table, column); the amount follows.
    pub preliminarskatt_enligt: fn(u32, u32) -> String,
    pub preliminarskatt_saknas: &'static str,
    pub efter_slutlig_skatt: &'static str,
    pub kvar_efter_slutlig_skatt: &'static str,
    /// The final tax per month follows.
    pub slutlig_skatt_forklaring: &'static str,
    /// (kommun, kommunal rate, begravningsavgift rate)
    pub skattesatser: fn(&str, &str, &str) -> String,

    pub komponenter_rubrik: &'static str,
    pub kolumn_post: &'static str,
    pub kolumn_manad: &'static str,
    pub kolumn_ar: &'static str,
    pub manad_fotnot: &'static str,
    pub grupp_inkomst: &'static str,
    pub grupp_skatter: &'static str,
    pub grupp_reduktioner: &'static str,
    pub grupp_summa: &'static str,
    pub rad_brutto: &'static str,
    pub rad_grundavdrag: &'static str,
    pub rad_beskattningsbar: &'static str,
    pub rad_kommunal: fn(&str) -> String,
    pub rad_statlig: &'static str,
    pub rad_begravning: fn(&str) -> String,
    pub rad_kyrka: &'static str,
    pub rad_public_service: &'static str,
    pub rad_pensionsavgift: &'static str,
    pub rad_red_pensionsavgift: &'static str,
    pub rad_jobbskatteavdrag: &'static str,
    pub rad_red_sjuk_aktivitet: &'static str,
    pub rad_red_forvarvsinkomst: &'static str,
    pub rad_total_skatt: &'static str,
    pub rad_netto: &'static str,

    pub visa_utrakningen: &'static str,
    pub utrakning_formel: &'static str,
    pub utrakning_lagrum: &'static str,
    pub utrakning_avrundning: &'static str,

    /// (year, status, verified_on)
    pub regelverk: fn(i32, &str, &str) -> String,
    pub forbehall: &'static str,
    pub integritet: &'static str,

    pub kronor: &'static str,
    pub procent: &'static str,
    pub minus: &'static str,
    pub decimaltecken: char,
    pub tusentalsavgransare: char,
}

/// The language the app speaks now.
pub fn text() -> &'static Text {
    &SV
}

pub static SV: Text = Text {
    lang: "sv",
    sidtitel: "Vad blir kvar av lönen?",
    ingress:
        "Fyll i lönen före skatt, kommun och ålder. Du ser direkt vad som blir kvar efter skatt.",
    uppgifter_rubrik: "Uppgifter",

    lon_etikett: "Lön före skatt (kr/månad)",
    lon_hjalp: "Bruttolön per månad, t.ex. 30 000.",
    lon_saknas: "Fyll i lönen i kronor per månad, t.ex. 30 000.",

    kommun_etikett: "Kommun",
    kommun_hjalp: "Skriv för att söka. Välj med pil upp/ner och Enter.",
    kommun_lista_etikett: "Kommuner",
    kommun_saknas: "Välj en kommun i listan.",
    kommun_ingen_traff: "Ingen kommun matchar.",
    kommun_traffar: |n| match n {
        1 => "1 kommun matchar.".to_string(),
        n => format!("{n} kommuner matchar."),
    },

    alder_legend: "Ålder",
    alder_under_66: "Under 66 år",
    alder_66: "66 år eller äldre",
    alder_hjalp: "Den ålder man hade fyllt när inkomståret började.",

    ar_etikett: "Inkomstår",

    kyrka_etikett: "Medlem i Svenska kyrkan",
    kyrkoavgift_etikett: "Kyrkoavgift (procent)",
    kyrkoavgift_hjalp: "Församlingens kyrkoavgift, t.ex. 1,00.",
    kyrkoavgift_saknas: "Fyll i kyrkoavgiften i procent, t.ex. 1,00.",

    ej_tal: "Skriv ett tal med siffror, t.ex. 30 000 eller 30 000,50.",
    for_manga_decimaler: |n| format!("Högst {n} decimaler."),
    for_stort: |max| format!("Talet är för stort; högst {max}."),
    fel_rubrik: "Kontrollera uppgifterna",

    resultat_rubrik: "Resultat",
    resultat_vantar: "Fyll i lön och kommun så visas resultatet här.",
    resultat_rattas: "Rätta de markerade uppgifterna så visas resultatet.",
    kvar_efter_skatt: "Kvar efter skatt:",
    i_manaden: "i månaden",
    utbetalt: "Det är vad som betalas ut varje månad.",
    preliminarskatt_enligt: |tabell, kolumn| {
        format!("Arbetsgivaren drar preliminärskatt enligt Skatteverkets skattetabell {tabell}, kolumn {kolumn}:")
    },
    preliminarskatt_saknas: "Preliminärskatten kan inte räknas ut här:",
    efter_slutlig_skatt: "Efter slutlig skatt:",
    kvar_efter_slutlig_skatt: "Kvar efter slutlig skatt:",
    slutlig_skatt_forklaring: "Årets slutliga skatt delad på tolv månader:",
    skattesatser: |kommun, kommunal, begrav| {
        format!("{kommun}: kommunalskatt {kommunal}, begravningsavgift {begrav}.")
    },

    komponenter_rubrik: "Så räknas skatten ut",
    kolumn_post: "Post",
    kolumn_manad: "Per månad",
    kolumn_ar: "Per år",
    manad_fotnot: "Per månad är årets belopp delat med tolv. Lagen räknar på helår.",
    grupp_inkomst: "Inkomst",
    grupp_skatter: "Skatter och avgifter",
    grupp_reduktioner: "Skattereduktioner (dras av från skatten)",
    grupp_summa: "Summa",
    rad_brutto: "Bruttolön",
    rad_grundavdrag: "Grundavdrag",
    rad_beskattningsbar: "Beskattningsbar inkomst",
    rad_kommunal: |sats| format!("Kommunal skatt ({sats})"),
    rad_statlig: "Statlig skatt",
    rad_begravning: |sats| format!("Begravningsavgift ({sats})"),
    rad_kyrka: "Kyrkoavgift",
    rad_public_service: "Public service-avgift",
    rad_pensionsavgift: "Allmän pensionsavgift",
    rad_red_pensionsavgift: "Skattereduktion för allmän pensionsavgift",
    rad_jobbskatteavdrag: "Jobbskatteavdrag",
    rad_red_sjuk_aktivitet: "Skattereduktion för sjuk- och aktivitetsersättning",
    rad_red_forvarvsinkomst: "Skattereduktion för förvärvsinkomst",
    rad_total_skatt: "Total skatt (slutlig skatt)",
    rad_netto: "Netto efter slutlig skatt",

    visa_utrakningen: "Visa uträkningen",
    utrakning_formel: "Uträkning",
    utrakning_lagrum: "Lagrum",
    utrakning_avrundning: "Avrundning",

    regelverk: |ar, status, datum| {
        let status = match status {
            "verified" => "stämmer med Skatteverkets skattetabeller",
            _ => "ännu inte kontrollerade mot Skatteverkets tabeller",
        };
        format!("Reglerna för inkomstår {ar} {status} (kontrollerat {datum}).")
    },
    forbehall:
        "Beräkningen är en uppskattning. Det är Skatteverket som beslutar om den slutliga skatten.",
    integritet: "Allt räknas ut i din webbläsare. Inget du skriver skickas eller sparas.",

    kronor: "kr",
    procent: "%",
    minus: "−",
    decimaltecken: ',',
    tusentalsavgransare: '\u{a0}',
};
