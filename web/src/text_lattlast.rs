//! The app in lättläst svenska, after Myndigheten för tillgängliga medier's guidance: short
//! sentences, everyday words, one thing in each sentence, numbers as digits. The names of
//! benefits stay as on the letters from the authorities (sjukpenning, bostadstillägg), since
//! those are the words the person will meet; a short sentence says what they are where it
//! helps.

use calculator_core::hushall::AktivitetsstodForm;
use calculator_core::KomponentId;
use rules::formaner::aktivitetsersattning::Niva;
use rules::formaner::barnbidrag::Skolgang;
use rules::formaner::bostadsbidrag::Boende;

use crate::text::{OverTidText, RadText, Text, VarforText};
use calculator_core::orsak::Skattepost;
use rules::formaner::Status;

const MANADER: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

pub static LL: Text = Text {
    lang: "sv",
    sidtitel: "Vad blir kvar av lönen?",
    ingress: "Skriv din lön före skatt. Välj kommun och ålder. Då ser du hur mycket du får kvar efter skatt.",
    uppgifter_rubrik: "Dina uppgifter",

    lon_etikett: "Lön före skatt (kronor varje månad)",
    lon_hjalp: "Till exempel 30 000.",
    lon_saknas: "Skriv lönen i kronor varje månad. Till exempel 30 000.",

    kommun_etikett: "Kommun",
    kommun_hjalp: "Skriv några bokstäver. Välj kommun med pilarna. Tryck sedan på Enter.",
    kommun_lista_etikett: "Kommuner",
    kommun_saknas: "Välj en kommun i listan.",
    kommun_ingen_traff: "Ingen kommun har det namnet.",
    kommun_traffar: |n| match n {
        1 => "1 kommun passar.".to_string(),
        n => format!("{n} kommuner passar."),
    },

    alder_legend: "Ålder",
    alder_under_66: "Yngre än 66 år",
    alder_66: "66 år eller äldre",
    alder_hjalp: "Hur gammal du var när året började.",

    ar_etikett: "År",

    kyrka_etikett: "Jag är med i Svenska kyrkan",
    kyrkoavgift_etikett: "Kyrkoavgift (procent)",
    kyrkoavgift_hjalp: "Till exempel 1,00.",
    kyrkoavgift_saknas: "Skriv kyrkoavgiften i procent. Till exempel 1,00.",

    ej_tal: "Skriv ett tal med siffror. Till exempel 30 000.",
    for_manga_decimaler: |n| format!("Skriv högst {n} siffror efter kommat."),
    ej_heltal: "Skriv ett helt tal. Till exempel 24.",
    for_stort: |max| format!("Talet är för stort. Det får vara högst {max}."),
    fel_rubrik: "Titta på uppgifterna igen",

    resultat_rubrik: "Svar",
    resultat_vantar: "Skriv lön och kommun. Då kommer svaret här.",
    resultat_rattas: "Rätta det som är markerat. Då kommer svaret.",
    kvar_efter_skatt: "Kvar efter skatt:",
    i_manaden: "varje månad",
    utbetalt: "Så mycket får du varje månad.",
    preliminarskatt_enligt: |tabell, kolumn| {
        format!("Skatten som arbetsgivaren tar varje månad. Skattetabell {tabell}, kolumn {kolumn}:")
    },
    preliminarskatt_saknas: "Vi kan inte räkna ut skatten varje månad här:",
    efter_slutlig_skatt: "Efter skatten för hela året:",
    kvar_efter_slutlig_skatt: "Kvar efter skatten för hela året:",
    slutlig_skatt_forklaring: "Skatten för hela året delat på 12 månader:",
    skattesatser: |kommun, kommunal, begrav| {
        format!("{kommun}: kommunalskatt {kommunal}. Begravningsavgift {begrav}.")
    },

    komponenter_rubrik: "Så räknar vi ut skatten",
    kolumn_post: "Vad",
    kolumn_manad: "Varje månad",
    kolumn_ar: "Hela året",
    manad_fotnot: "Varje månad är hela årets belopp delat på 12.",
    grupp_inkomst: "Pengar du får",
    grupp_skatter: "Skatter och avgifter",
    grupp_reduktioner: "Avdrag som gör skatten mindre",
    grupp_summa: "Summa",
    rad_brutto: "Lön före skatt",
    rad_grundavdrag: "Grundavdrag",
    rad_beskattningsbar: "Inkomst som du betalar skatt på",
    rad_kommunal: |sats| format!("Skatt till kommunen ({sats})"),
    rad_statlig: "Skatt till staten",
    rad_begravning: |sats| format!("Begravningsavgift ({sats})"),
    rad_kyrka: "Kyrkoavgift",
    rad_public_service: "Avgift för public service",
    rad_pensionsavgift: "Avgift för pension",
    rad_red_pensionsavgift: "Avdrag för avgiften för pension",
    rad_jobbskatteavdrag: "Jobbskatteavdrag",
    rad_red_sjuk_aktivitet: "Avdrag för sjukersättning och aktivitetsersättning",
    rad_red_forvarvsinkomst: "Avdrag för inkomst av arbete",
    rad_total_skatt: "All skatt för året",
    rad_netto: "Kvar efter all skatt",

    visa_utrakningen: "Visa hur vi räknar",
    utrakning_formel: "Så räknar vi",
    utrakning_lagrum: "Lag",
    utrakning_avrundning: "Avrundning",

    regelverk: |ar, status, datum| {
        let status = match status {
            "verified" => "Reglerna stämmer med Skatteverkets tabeller.",
            _ => "Vi har inte kontrollerat reglerna mot Skatteverkets tabeller ännu.",
        };
        format!("Regler för år {ar}. {status} Kontrollerat {datum}.")
    },
    forbehall: "Svaret är inte säkert. Skatteverket bestämmer hur stor skatten blir.",
    integritet: "Allt räknas i din webbläsare. Det du skriver skickas inte någonstans. Det sparas bara om du själv sparar en fil.",

    om_appen_rubrik: "Om appen",
    om_appen_regler: |ar, till| {
        let ar = match ar {
            [] => String::new(),
            [a] => format!("år {a}"),
            [forsta @ .., sista] => {
                let forsta: Vec<String> = forsta.iter().map(i32::to_string).collect();
                format!("år {} och {sista}", forsta.join(", "))
            }
        };
        match till {
            Some(m) => format!(
                "Appen har reglerna för {ar}. Vi har kontrollerat dem till {}\u{a0}{} {}. Räknar du på en senare månad? Då står det i svaret vilka regler vi inte har kontrollerat.",
                m.dagar(),
                MANADER[(m.month as usize).saturating_sub(1) % 12],
                m.year
            ),
            None => format!("Appen har reglerna för {ar}."),
        }
    },
    om_appen_offline: "Har du öppnat sidan en gång? Då fungerar den i den här webbläsaren utan internet.",
    spara_appen: "Spara appen på datorn",
    spara_appen_hjalp: "Du får hela appen i en fil. Öppna filen i webbläsaren. Då fungerar appen utan internet. Det du skriver skickas inte någonstans.",

    kronor: "kr",
    enhet_barn: "barn",
    enhet_dagar: "dagar",
    procent: "%",
    minus: "−",
    decimaltecken: ',',
    tusentalsavgransare: '\u{a0}',

    vy_etikett: "Välj vad du vill göra",
    vy_radgivning: "Jämför jobb och pengar",
    vy_skatt: "Bara skatten på en lön",
    radgivning_ingress: "Skriv hur du har det i dag. Pröva sedan ett jobb. Du ser hur mycket pengar du har varje månad.",
    radgivning: RadText {
        oversikt_rubrik: "Kort",
        oversikt_per_manad: "Varje månad",
        oversikt_skillnad: "Jämfört med i dag",
        situation_rubrik: "Hur du har det",
        steg_etikett: "Steg",
        steg_nar: "När och var",
        steg_hushall: "Vilka du bor med",
        steg_i_dag: "Pengar du får i dag",
        steg_jobb: "Jobb att pröva",
        nasta: "Nästa",
        tillbaka: "Tillbaka",

        ar_etikett: "År",
        manad_etikett: "Månad",
        manader: MANADER,
        kommun_hjalp: "Kommunen där du bor. Skriv några bokstäver. Välj med pilarna. Tryck sedan på Enter.",

        vuxna_etikett: "Vuxna som bor hemma",
        vuxna_en: "1 vuxen",
        vuxna_tva: "2 vuxna (sambor eller gifta)",
        alder_etikett: |i| if i == 0 { "Hur gammal är du? (år)" } else { "Hur gammal är sambon? (år)" },
        kyrka_etikett: |i| {
            if i == 0 {
                "Jag är med i Svenska kyrkan"
            } else {
                "Sambon är med i Svenska kyrkan"
            }
        },
        kyrkoavgift_etikett: |i| {
            if i == 0 {
                "Din kyrkoavgift (%)"
            } else {
                "Sambons kyrkoavgift (%)"
            }
        },
        kyrkoavgift_hjalp: "Den står på ditt slutskattebesked. Oftast är den mellan 0,6 och 1,5 procent.",
        alder_hjalp: "Skriv hur många år du är.",
        boende_etikett: "Hyra (kronor varje månad)",
        boende_hjalp: "Till exempel 6 000. Vet du inte? Då kan du låta rutan vara tom.",
        barn_etikett: "Barn som bor hos dig",
        barn_hjalp: "Lägg till 1 barn i taget. Skriv hur gammalt barnet är.",
        barn_alder: |n| format!("Barn {n}: ålder (år)"),
        barn_alder_hjalp: "Hur många år barnet är.",
        lagg_till_barn: "Lägg till ett barn",
        ta_bort_barn: |n| format!("Ta bort barn {n}"),
        barn_boende_etikett: |n| format!("Barn {n}: bor"),
        barn_boende: |b| match b {
            Boende::Hemmavarande => "Hos dig hela tiden",
            Boende::Vaxelvis => "Lika mycket hos båda föräldrarna",
            Boende::Umgange => "Hos dig ibland",
        },
        barn_skola_etikett: |n| format!("Barn {n}: går i skolan?"),
        barn_skola: |k| match k {
            Skolgang::Studiehjalp => "Ja, gymnasiet",
            Skolgang::ForlangtBarnbidrag => "Ja, grundskolan, anpassad skola eller specialskola",
            Skolgang::Ingen => "Nej",
        },
        barn_manad_etikett: |n| format!("Barn {n}: månad när barnet föddes"),
        valj_manad: "Välj månad",
        barn_manad_saknas: "Välj månaden när barnet föddes. Barnbidraget beror på det.",
        barn_delat_etikett: "Barnbidraget delas med barnets andra förälder",
        barn_lunch_etikett: "Barnet äter lunch i förskolan",
        jobb_resor_etikett: "Resor till jobbet (kronor varje månad)",
        jobb_barnomsorg_etikett: "Förskola eller fritids när du jobbar (kronor varje månad)",
        jobb_kostnad_hjalp: "Pengar som jobbet kostar dig. Finns det inga? Då kan du låta rutan vara tom.",
        formogenhet_etikett: "Pengar du har sparat (kronor)",
        underhall_etikett: "Underhållsstöd eller underhållsbidrag för barnen (kronor varje månad)",
        underhall_hjalp: "Pengar från Försäkringskassan eller från barnens andra förälder. Får du inga? Då kan du låta rutan vara tom. Pengarna blir inte mindre om du jobbar.",
        yta_etikett: "Hur stor är bostaden? (kvadratmeter)",
        yta_hjalp: "Vet du inte? Då kan du låta rutan vara tom.",
        formogenhet_hjalp: "Sparade pengar påverkar bostadstillägg och bostadsbidrag. Har du inte mycket sparat? Då kan du låta rutan vara tom.",

        har_etikett: |i| {
            if i == 0 {
                "Det här får du i dag".into()
            } else {
                "Det här får sambon i dag".into()
            }
        },
        har_hjalp: "Välj de pengar du får i dag, utan jobb.",
        har_inget: "Inga pengar",
        har_sjukpenning: "Sjukpenning",
        har_ae: "Aktivitetsersättning",
        har_se: "Sjukersättning",
        har_fs: "Försörjningsstöd (pengar från socialtjänsten)",
        har_akt: "Aktivitetsstöd eller utvecklingsersättning (från Arbetsförmedlingen)",
        lon_i_dag_etikett: |i| {
            if i == 0 {
                "Lön från ett jobb du redan har (kronor varje månad före skatt)"
            } else {
                "Lön från ett jobb sambon redan har (kronor varje månad före skatt)"
            }
        },
        lon_i_dag_hjalp: "Jobbar du inte i dag? Då kan du låta rutan vara tom.",
        akassa_etikett: "A-kassa eller andra pengar du betalar skatt på (kronor varje månad)",
        akassa_hjalp: "Till exempel pengar från a-kassan. Får du inga? Då kan du låta rutan vara tom.",
        akt_kort: "Aktivitetsstöd",
        akt_form_etikett: "Vilka pengar",
        akt_ocksa_etikett: "Är också med i ett program hos Arbetsförmedlingen (aktivitetsstöd)",
        akt_form: |f| match f {
            AktivitetsstodForm::Grundbelopp => "Aktivitetsstöd, grundnivå",
            AktivitetsstodForm::Inkomstbaserat => "Aktivitetsstöd, efter inkomst",
            AktivitetsstodForm::UtvecklingsersattningGymnasieexamen => {
                "Utvecklingsersättning, med examen från gymnasiet"
            }
            AktivitetsstodForm::UtvecklingsersattningOvriga => {
                "Utvecklingsersättning, utan examen från gymnasiet"
            }
        },
        akt_dagbelopp_etikett: "Pengar varje dag (kronor)",
        akt_dagbelopp_hjalp: "Det står i beslutet. Till exempel 720.",
        akt_omfattning_etikett: "Hur mycket är du med i programmet? (% av heltid)",
        akt_omfattning_hjalp: "Skriv 100 om du är med på heltid. Skriv 50 om du är med på halvtid.",
        manader_vilande_etikett: "Månader som ersättningen redan har vilat",
        manader_vilande_hjalp: "Skriv 0 om den inte har vilat.",
        beslut_rubrik: "Har du ett beslut med belopp?",
        beslut_hjalp: "Skriv beloppet från beslutet. Då räknar vi med det för i dag. För jobben räknar vi själva. Beloppet ändras när du tjänar mer.",
        beslut_belopp_etikett: |vad| format!("{vad} i beslutet (kronor varje månad)"),
        beslut_bt_etikett: "Bostadstillägg i beslutet (kronor varje månad)",
        beslut_bb_etikett: "Bostadsbidrag i beslutet (kronor varje månad)",
        beslut_fs_etikett: "Försörjningsstöd i beslutet (kronor varje månad)",
        beslut_falt_hjalp: "Låt rutan vara tom. Då räknar vi ut det.",
        fs_kostnader_rubrik: "Kostnader som socialtjänsten säger ja till (kronor varje månad)",
        fs_el_etikett: "El hemma",
        fs_forsakring_etikett: "Hemförsäkring",
        fs_resor_etikett: "Resor till jobb eller aktivitet",
        fs_fack_etikett: "Facket och a-kassan",
        fs_barnomsorg_etikett: "Förskola och fritids",
        fs_kostnad_hjalp: "Finns det inga? Då kan du låta rutan vara tom.",
        sjukpenning_niva: "Hur mycket är du sjukskriven i dag?",
        ersattning_niva: "Hur mycket ersättning får du?",
        niva: |n| match n {
            Niva::Hel => "Hel",
            Niva::TreFjardedelar => "Tre fjärdedelar",
            Niva::Halv => "Halv",
            Niva::EnFjardedel => "En fjärdedel",
        },
        arbetstid_etikett: |i| {
            if i == 0 {
                "Hur många timmar jobbar du vanligtvis varje vecka?"
            } else {
                "Hur många timmar jobbar sambon vanligtvis varje vecka?"
            }
        },
        arbetstid_hjalp: "Heltid är 40 timmar.",
        sjukskriven_med_jobbet: |niva| {
            let procent = (niva * rust_decimal::Decimal::ONE_HUNDRED).round();
            match procent.to_string().as_str() {
                "0" => "Ingen sjukpenning med de här timmarna".to_string(),
                "25" => "Sjukskriven 25 % (en fjärdedels sjukpenning)".to_string(),
                "50" => "Sjukskriven 50 % (halv sjukpenning)".to_string(),
                "75" => "Sjukskriven 75 % (tre fjärdedels sjukpenning)".to_string(),
                "100" => "Sjukskriven 100 % (hel sjukpenning)".to_string(),
                p => format!("Sjukskriven {p} %"),
            }
        },
        sgi_etikett: "SGI (kronor varje år)",
        sgi_hjalp: "Det står i beslutet från Försäkringskassan. Till exempel 250 000.",
        inkomstrelaterad_etikett: "Ersättning efter inkomst (kronor varje månad)",
        inkomstrelaterad_hjalp: "Det står i beslutet. Har du bara garantiersättning? Då kan du låta rutan vara tom.",
        manader_ersattning_etikett: "Hur många månader har du fått ersättningen?",
        manader_ersattning_hjalp: "Ersättningen kan vila om du har fått den i 12 månader eller mer.",
        fs_kostnader_etikett: "Andra kostnader som socialtjänsten säger ja till",
        fs_kostnader_hjalp: "Till exempel tandläkare eller glasögon. Hyran är redan med.",
        fs_manader_etikett: "Hur många månader i rad har du fått försörjningsstöd?",
        fs_manader_hjalp: "Skriv 0 om du inte fick försörjningsstöd förra månaden. Efter 6 månader får du behålla mer av lönen. Det kallas jobbstimulans.",

        jobb_hjalp: "Du kan pröva 4 jobb. Vi jämför varje jobb med i dag.",
        jobb_etikett: |n| format!("Jobb {n}"),
        jobb_beskrivning: |timmar, lon, per_manad| {
            if per_manad {
                format!("{timmar} timmar varje vecka, {lon} kr varje månad")
            } else {
                format!("{timmar} timmar varje vecka, {lon} kr varje timme")
            }
        },
        med_vilande: ", ersättningen vilar",
        med_vilande_25: ", ersättningen vilar (du får 25 %)",
        vem_etikett: "Vem får jobbet?",
        vem_namn: |p| if p == 0 { "Du" } else { "Sambon" },
        timmar_etikett: "Timmar varje vecka",
        timmar_hjalp: "Till exempel 10. Heltid är 40.",
        per_manad_etikett: "Lönen är per månad",
        timlon_etikett: "Lön varje timme (kronor)",
        timlon_hjalp: "Före skatt. Till exempel 135.",
        manadslon_etikett: "Lön varje månad (kronor)",
        manadslon_hjalp: "Före skatt. Till exempel 12 000.",
        vilande_etikett: "Ersättningen vilar",
        vilande_hjalp: "Du kan be att ersättningen får vila när du prövar att jobba.",
        behall25_etikett: "Räkna med att du får 25 % av ersättningen",
        behall25_hjalp: "Försäkringskassan bestämmer om det.",
        semester_etikett: |pct| format!("Du får {pct} % extra för semester"),
        semester_hjalp: "Det står i ditt avtal med arbetsgivaren.",
        med_semester: ", med extra för semester",
        lagg_till_jobb: "Pröva ett jobb till",
        ta_bort_jobb: |n| format!("Ta bort jobb {n}"),

        fyll_i: "Skriv ett tal.",
        for_stort: "Talet är för stort.",

        jamforelse_rubrik: "Så mycket pengar har du",
        vantar: "Skriv uppgifterna. Då kommer svaret här. Det här behöver du rätta:",
        vantar_kommun: "Välj kommun i steg 1. Då kommer svaret här.",
        ratta_i_steg: |steg| {
            let lista: Vec<String> = steg.iter().map(|s| s.to_string()).collect();
            format!("Rätta det som är markerat i steg {}. Då kommer svaret.", lista.join(" och "))
        },
        i_dag: "I dag",
        att_leva_pa: "Pengar varje månad:",
        kvar_efter_boende: "Kvar när hyran är betald:",
        basta_alternativ: |namn, x| format!("{namn} ger mest. Du får {x} mer varje månad än i dag."),
        inget_alternativ_battre: "Inget jobb ger mer pengar än i dag.",
        nasta_hundra: |namn, timmar, behall| {
            use rust_decimal::Decimal;
            if behall >= Decimal::ZERO {
                format!("{namn}, {timmar} timmar varje vecka: Tjänar du 100 kr till får du behålla {behall} kr.")
            } else {
                format!(
                    "{namn}, {timmar} timmar varje vecka: Tjänar du 100 kr till får du {} kr mindre. Det är för att du får mindre ersättning. Bilden visar var.",
                    -behall
                )
            }
        },
        skillnad_mening: |x, belopp| {
            if x > rust_decimal::Decimal::ZERO {
                format!("Du får {belopp} mer varje månad än i dag.")
            } else if x < rust_decimal::Decimal::ZERO {
                format!("Du får {belopp} mindre varje månad än i dag.")
            } else {
                "Du får lika mycket som i dag.".to_string()
            }
        },
        sammanfattning_i_dag: |x| format!("I dag: {x} varje månad."),
        sammanfattning_alt: |namn, x, skillnad| format!("{namn}: {x} varje månad ({skillnad})."),
        komponenter_rubrik: "Pengarna kommer från",
        kolumn_del: "Vad",
        kolumn_status: "Får du?",
        kolumn_belopp: "Varje månad",
        status_utbetalas: "ja",
        status_dras: "dras av",
        status_noll: "0 kr",
        status_ej_ratt: "nej",
        status_behover_uppgift: "vi behöver veta mer",
        status_ej_beraknat: "inte uträknat",
        person_namn: |p| if p == 0 { "du" } else { "sambon" },
        uppskattning: "(inte säkert)",
        uppskattning_ord: "uppskattning",
        uppskattning_text: "Beloppet är inte säkert. Socialtjänsten bestämmer.",
        uppskattning_fotnot: "Beloppet för försörjningsstöd är aldrig säkert. Tryck på ett belopp. Då ser du varför det blir så.",
        regelnotis_rubrik: "Vi vet inte alla belopp för den här månaden",
        regelnotis_inledning: "Vi räknar med de senaste belopp vi har. Beloppen kan ändras. Det gäller:",
        ej_i_summan: "(räknas inte med)",
        inte_aktuellt: "Får du inte i dag och inte med jobben",
        varfor: "Varför?",
        forklaring_rubrik: |namn| format!("Varför: {namn}"),
        saknas: "Vi behöver veta:",
        modellerat: "Vi räknade ut:",
        for_handledaren: "Så räknar vi, steg för steg:",
        parameter: "Värde",

        diagram_del_rubrik: "Om du jobbar mer eller mindre",
        diagram_rubrik: |timlon| format!("Pengar varje månad om du jobbar 0 till 40 timmar varje vecka (lön {timlon} kr varje timme)"),
        diagram_beskrivning: |noll, sista, vid_sista| {
            format!("0 timmar: {noll} varje månad. {sista} timmar: {vid_sista} varje månad. ")
        },
        diagram_markering: |n, h, x| format!("Jobb {n} ({h} timmar): {x}. "),
        diagram_x_axel: "Timmar varje vecka",
        diagram_markerade: "Jobben du prövar (nummer)",
        diagram_markerade_utanfor: "Jobb med annan lön eller andra kostnader",
        diagram_som_tabell: "Visa bilden som tabell",
        diagram_tabell_rubrik: "Pengar varje månad för olika många timmar",
        diagram_fel: "Vi kan inte visa bilden:",
        diagram_behover_timlon: "Bilden visas när ett jobb har lön för varje timme.",
        disponibel_kort: "Pengar",
        diagram_visning: "Vad bilden visar",
        visa_niva: "Pengar varje månad",
        visa_marginal: "Av 100 kr till",
        marginal_rubrik: |timlon| format!("Tjänar du 100 kr till: så mycket får du behålla (lön {timlon} kr varje timme)"),
        marginal_forklaring: "Tjänar du 100 kr till får du behålla en del. Resten blir skatt. Eller så får du mindre ersättning. Varje stapel är 1 timme till varje vecka.",
        marginal_beskrivning: |minst, forlust, h_minst, mest, h_mest| {
            if forlust {
                format!("Mellan {h_minst} timmar får du {minst} mindre för varje 100 kr till. Som mest får du behålla {mest} av 100 kr. Det är mellan {h_mest} timmar.")
            } else {
                format!("Du får behålla minst {minst} av 100 kr. Det är mellan {h_minst} timmar. Du får behålla mest {mest}. Det är mellan {h_mest} timmar.")
            }
        },
        marginal_tabell_rubrik: "Av 100 kr till, för varje timme till",
        behall_kort: "Behåller",
        diagram_instruktion: "Peka i bilden. Eller klicka i bilden och tryck på pilarna. Då ser du siffrorna här under.",
        avlasning_niva: |h, kvar, delar| format!("{h} timmar varje vecka: {kvar} varje månad. {delar}."),
        avlasning_marginal: |fran, till, belopp, forlust, delar| {
            let forsta = if forlust {
                format!("{fran} till {till} timmar varje vecka: För varje 100 kr till får du {belopp} mindre.")
            } else {
                format!("{fran} till {till} timmar varje vecka: Av 100 kr till får du behålla {belopp}.")
            };
            if delar.is_empty() {
                forsta
            } else {
                format!("{forsta} Det beror på: {delar}.")
            }
        },
        diagram_valj_jobb: "Bilden visar",
        komponent_namn: |id| match id {
            KomponentId::Lon => "Lön",
            KomponentId::OvrigInkomst => "Andra pengar",
            KomponentId::Sjukpenning => "Sjukpenning",
            KomponentId::Aktivitetsersattning => "Aktivitetsersättning eller sjukersättning",
            KomponentId::Aktivitetsstod => "Aktivitetsstöd",
            KomponentId::Skatt => "Skatt",
            KomponentId::Bostadstillagg => "Bostadstillägg",
            KomponentId::Bostadsbidrag => "Bostadsbidrag",
            KomponentId::Barnbidrag => "Barnbidrag",
            KomponentId::TillUngdomen => "Studiebidrag till den unga",
            KomponentId::Forsorjningsstod => "Försörjningsstöd",
            KomponentId::Jobbpremie => "Jobbpremie",
            KomponentId::OvrigLon => "Lön du redan har",
            KomponentId::OvrigPensionsgrundande => "A-kassa eller andra pengar",
            KomponentId::OvrigSjukpenning => "Sjukpenning (som du skrev)",
            KomponentId::OvrigSjukAktivitetsersattning => {
                "Sjukersättning eller aktivitetsersättning (som du skrev)"
            }
            KomponentId::OvrigPension => "Pension",
            KomponentId::Underhall => "Underhållsstöd",
        },
        komponent_bestamd: |id| match id {
            KomponentId::Sjukpenning | KomponentId::OvrigSjukpenning => "sjukpenningen",
            KomponentId::Aktivitetsersattning | KomponentId::OvrigSjukAktivitetsersattning => {
                "ersättningen"
            }
            KomponentId::Aktivitetsstod => "aktivitetsstödet",
            KomponentId::Bostadstillagg => "bostadstillägget",
            KomponentId::Bostadsbidrag => "bostadsbidraget",
            KomponentId::Barnbidrag => "barnbidraget",
            KomponentId::TillUngdomen => "studiebidraget",
            KomponentId::Forsorjningsstod => "försörjningsstödet",
            KomponentId::Jobbpremie => "jobbpremien",
            KomponentId::Underhall => "underhållsstödet",
            KomponentId::Lon | KomponentId::OvrigLon => "lönen",
            KomponentId::Skatt => "skatten",
            KomponentId::OvrigInkomst => "de andra pengarna",
            KomponentId::OvrigPensionsgrundande => "a-kassan",
            KomponentId::OvrigPension => "pensionen",
        },
        trosklar_rubrik: "Här kan fler timmar ge mindre pengar",
        troskel_steg: |fran, till, vad, belopp| {
            format!("Mellan {fran} och {till} timmar varje vecka blir {vad} {belopp} mindre varje månad.")
        },
        troskel_upphor: |fran, till, vad| {
            format!("Mellan {fran} och {till} timmar varje vecka slutar du att få {vad}.")
        },
        troskel_mindre_kvar: |fran, belopp| {
            format!("Då får du {belopp} mindre, fast du jobbar mer. Med {fran} timmar får du mer pengar.")
        },
        troskel_vilande: "Du kan låta ersättningen vila i stället. Då har du kvar rätten till den. Pröva det under jobbet och jämför.",
        och: " och ",

        atgard_rubrik: "Det här ska du göra",
        atgard_inget: "Du behöver inte göra något särskilt.",
        atgard: |a| {
            use crate::att_gora::Atgard;
            match a {
                Atgard::AnsokVilande { sjukersattning: false } => {
                    "Be Försäkringskassan att aktivitetsersättningen får vila. Gör det innan du börjar jobba."
                }
                Atgard::AnsokVilande { sjukersattning: true } => {
                    "Be Försäkringskassan att sjukersättningen får vila. Gör det innan du börjar jobba."
                }
                Atgard::MeddelaArbeteErsattning => {
                    "Berätta för Försäkringskassan att du jobbar. Då får du mindre ersättning."
                }
                Atgard::MeddelaArbeteAktivitetsstod => {
                    "Berätta för Arbetsförmedlingen om jobbet. Skriv timmarna du jobbar i tidrapporten till Försäkringskassan."
                }
                Atgard::PrataOmSjukskrivning => {
                    "Prata med din läkare och med Försäkringskassan innan du börjar jobba. Sjukskrivningen ändras när du jobbar."
                }
                Atgard::MeddelaBostadstillagg => {
                    "Berätta för Försäkringskassan att du tjänar mer. Det gäller bostadstillägget."
                }
                Atgard::MeddelaBostadsbidrag => {
                    "Berätta för Försäkringskassan att du tjänar mer. Det gäller bostadsbidraget."
                }
                Atgard::KontaktaSocialtjansten { jobbstimulans: false } => {
                    "Berätta för socialtjänsten om lönen."
                }
                Atgard::KontaktaSocialtjansten { jobbstimulans: true } => {
                    "Berätta för socialtjänsten om lönen. Fråga om jobbstimulans."
                }
            }
        },

        skriv_ut: "Skriv ut",
        vf: VarforText {
            blir: |namn, belopp| format!("{namn} blir {belopp} i månaden"),
            status: |s| match s {
                Status::Utbetalas => "du får pengarna",
                Status::NollKronor => "du har rätt till det, men med de här inkomsterna blir det inget",
                Status::EjRatt => "du får inte det med de här siffrorna",
                Status::BehoverUppgift => "vi behöver veta mer för att räkna",
                Status::EjModellerad => "appen räknar inte ut det här",
            },
            angivet: "det är siffran du skrev",
            enligt_beslut: |b| format!("det är siffran i beslutet. Appen räknade {b}"),
            lon_timmar: |h, kr| format!("du jobbar {h} timmar i veckan. Du får {kr} i timmen"),
            sjukpenning: |dag, niva| match niva {
                Some(n) => format!("du får {dag} om dagen. Med jobbet är du sjukskriven på {n}"),
                None => format!("du får {dag} om dagen"),
            },
            ersattning: |ar| format!("du får {ar} om året. Det delas på 12 månader"),
            ersattning_vilande: |ar, kvar| match kvar {
                Some(k) => format!("{ar} om året vilar när du jobbar. Du får ändå {k} om året av den delen"),
                None => format!("{ar} om året vilar när du jobbar"),
            },
            ersattning_minskning: |ar| format!("den blir {ar} mindre om året när du jobbar. Den vilar inte"),
            skatt: |skatt, inkomst| format!("du betalar {skatt} i skatt om året. Dina inkomster är {inkomst} om året"),
            bostadstillagg: |kostnad, avdrag| match avdrag {
                Some(a) => format!("{kostnad} av hyran räknas. Det blir {a} mindre om året för dina inkomster"),
                None => format!("{kostnad} av hyran räknas. Dina inkomster gör det inte mindre"),
            },
            bostadsbidrag: |ar, minus| match minus {
                Some(m) => format!("{ar} om året. Det blir {m} mindre om året för inkomsterna"),
                None => format!("{ar} om året. Inkomsterna gör det inte mindre"),
            },
            barnbidrag: |barn, fler| match fler {
                Some(f) => format!("{barn} för varje barn. Och {f} extra för flera barn"),
                None => format!("{barn} för varje barn"),
            },
            aktivitetsstod: |dagar, dag| format!("{dagar} dagar. {dag} om dagen"),
            forsorjningsstod: |behov, ink, stim| match stim {
                Some(s) => format!("ni behöver {behov}. Inkomster på {ink} räknas. {s} av lönen räknas inte"),
                None => format!("ni behöver {behov}. Inkomster på {ink} räknas"),
            },
            skatt_i_korthet: "Skatten för ett år",
            skattepost: |p| match p {
                Skattepost::Inkomst => "Inkomster under året",
                Skattepost::Grundavdrag => "Grundavdrag",
                Skattepost::KommunalSkatt => "Skatt till kommunen",
                Skattepost::StatligSkatt => "Skatt till staten",
                Skattepost::Avgifter => "Avgifter",
                Skattepost::Jobbskatteavdrag => "Jobbskatteavdrag",
                Skattepost::AndraReduktioner => "Andra avdrag på skatten",
                Skattepost::SkattAr => "Skatt att betala för året",
            },
            skatt_alla_steg: "Alla steg i skatten",
            kalla: "källa",
            nara_timmar: |h| format!("Nära {h} timmar i veckan"),
            namn_etikett: "Förnamn (på utskriften)",
            anteckning_etikett: "Anteckning (på utskriften)",
            namn_hjalp: "Sparas bara här, medan sidan är öppen. Kommer inte med i länken eller filen.",
            for_lang: |falt, max, nu| format!("{falt}: högst {max} tecken. Nu är det {nu}. Gör texten kortare."),
            utskrift_for: "För",
            utskrift_anteckning: "Anteckning",
            utskrift_rubrik: "Namn och anteckning",
        },
        utskrift_situation: "Hur du har det",
        utskriven: |datum| format!("Utskrivet {datum}."),
        utskrift_regler: |ar, datum| format!("Regler för {ar}. Kontrollerade {datum}."),
        myndigheterna_beslutar: "Svaret är inte säkert. Försäkringskassan, socialtjänsten och Skatteverket bestämmer.",
        sammanfattning_vuxna: |n| if n > 1 { "2 vuxna." } else { "1 vuxen." },
        sammanfattning_alder: |i, a| {
            if i == 0 {
                format!("Du är {a} år.")
            } else {
                format!("Sambon är {a} år.")
            }
        },
        sammanfattning_boende: |x| format!("Hyra {x} varje månad."),
        sammanfattning_barn: |alder| format!("Barn: {alder} år."),
        sammanfattning_lon: |i, lon| {
            if i == 0 {
                format!("Du har lön {lon} varje månad.")
            } else {
                format!("Sambon har lön {lon} varje månad.")
            }
        },
        sammanfattning_har: |i, vad, niva| {
            let vem = if i == 0 { "Du får" } else { "Sambon får" };
            if niva.is_empty() {
                format!("{vem} i dag: {}.", vad.to_lowercase())
            } else {
                format!("{vem} i dag: {} ({}).", vad.to_lowercase(), niva.to_lowercase())
            }
        },

        spara_rubrik: "Spara eller dela",
        spara_hjalp: "Uppgifterna sparas bara där du väljer. Inget skickas härifrån.",
        spara_fil: "Spara som fil",
        filnamn: "situation.json",
        oppna_fil: "Öppna en fil du har sparat",
        fil_oppnad: "Nu ser du uppgifterna från filen.",
        fil_fel: |msg| format!("Vi kunde inte läsa filen: {msg}"),
        fil_ej_last: "filen gick inte att öppna.",
        dela_lank: "Gör en länk att dela",
        dela_lank_etikett: "Länk med uppgifterna",
        dela_hjalp: "Uppgifterna finns i länken. De skickas inte till någon. Dela länken bara med den som ska se den.",
        lank_fel: |msg| format!("Vi kunde inte läsa länken: {msg}"),
        lank_trasig: "länken är inte hel.",
        fil_har_mer: |falt| {
            format!(
                "den har uppgifter som inte finns här. De skulle inte räknas med: {falt}. \
                 Ta bort uppgifterna eller räkna med kommandoraden (kalkyl calculate)."
            )
        },
        over_tid: OverTidText {
            ar_rubrik: "När året är slut",
            ar_ingress: "Efter året räknar Skatteverket och Försäkringskassan om. Här ser du vad det kan bli.",
            ar_vem: |i| if i == 0 { "Du: " } else { "Sambon: " },
            ar_del_av_ar: |ar| format!("{ar}: Vi räknar inte om det här året. Alla månader finns inte med."),
            ar_kvarskatt: |ar, kr| format!("Skatt {ar}: Du kan få betala {kr} till."),
            ar_aterbetalning: |ar, kr| format!("Skatt {ar}: Du kan få tillbaka {kr}."),
            ar_skatt_lika: |ar| format!("Skatt {ar}: Det blir ingen skillnad."),
            ar_skatt_behover: |ar| format!("Skatt {ar}: Välj din huvudinkomst. Då räknar vi."),
            ar_skatt_ej: |ar| format!("Skatt {ar}: Vi kan inte räkna ut det här."),
            ar_hogre_avdrag: |kr| format!("Be att få mer skatt dragen. Ungefär {kr} mer varje månad."),
            ar_jamkning: |kr| format!("Du kan ansöka om jämkning hos Skatteverket. Ungefär {kr} varje månad."),
            ar_bb_tillbaka: |ar, kr| format!("Bostadsbidrag {ar}: Du kan få betala tillbaka {kr}."),
            ar_bb_mer: |ar, kr| format!("Bostadsbidrag {ar}: Du kan få {kr} till."),
            ar_bb_inget: |ar| format!("Bostadsbidrag {ar}: Du behöver inte betala tillbaka."),
            ar_bb_ej: |ar| format!("Bostadsbidrag {ar}: Vi kan inte räkna ut det här."),
            ar_bb_behover: |ar| format!("Bostadsbidrag {ar}: En uppgift saknas."),
            ar_bb_anmal: |manad| format!("Säg till Försäkringskassan om den nya inkomsten i {manad}."),
            huvudinkomst_etikett: |i| {
                if i == 0 {
                    "Din huvudinkomst"
                } else {
                    "Sambons huvudinkomst"
                }
            },
            huvudinkomst_hjalp: "Huvudinkomsten får skatt enligt tabell. Andra pengar får 30 procent skatt. Du väljer själv.",
            huvudinkomst_val: ["Välj", "Lön", "Sjukpenning", "A-kassa eller aktivitetsstöd", "Aktivitetsersättning eller sjukersättning", "Pension"],
            rubrik: "De kommande 24 månaderna",
            ingress: "Här ser du pengarna varje månad framåt. Du ser pengarna i dag och med varje jobb. Du ser också när något ändras, till exempel när du fyller år.",
            visa: "Visa de kommande 24 månaderna",
            dolj: "Dölj månaderna",
            behovs: "Vi behöver veta lite mer för att räkna månaderna framåt:",
            fodelsemanad_etikett: |i| {
                if i == 0 {
                    "Vilken månad är du född?"
                } else {
                    "Vilken månad är din sambo född?"
                }
            },
            fodelsemanad_hjalp: "Pengarna kan ändras den månad man fyller år.",
            valj_manad: "Välj månad",
            sjukdag_etikett: |i| {
                if i == 0 {
                    "Första dagen du var sjuk"
                } else {
                    "Första dagen din sambo var sjuk"
                }
            },
            sjukdag_hjalp: "Skriv år, månad och dag, till exempel 2025-09-01. Pengarna kan ändras när man har varit sjuk länge.",
            sjukdag_fel: |msg| format!("Vi kan inte räkna med datumet: {msg}"),
            sjukdag_senast: |d| format!("Skriv ett datum som är {d} eller tidigare."),
            fyll_i_formularet: |msg| format!("Skriv det här i formuläret ovanför: {msg}"),
            tabell_rubrik: |namn| format!("{namn}: varje månad"),
            kolumn_manad: "Månad",
            kolumn_disponibel: "Pengar",
            kolumn_skillnad: "Jämfört med i dag",
            ej_beraknad: "Inte räknat",
            handelser_rubrik: |namn| format!("Det här ändras: {namn}"),
            inga_handelser: "Inget ändras under de här månaderna.",
            notiser_rubrik: "Bra att veta",
            paragraf: |p| format!("({p})"),
            pa_svenska: None,
            fotnot: "Vi räknar som om allt annat är som i dag. Myndigheterna bestämmer hur mycket pengar du får.",
            steg_rubrik: |namn| format!("Fler eller färre timmar: {namn}"),
            steg_hjalp: "Jobbet börjar med timmarna ovanför. Du kan välja en månad när du jobbar fler eller färre timmar.",
            steg_lagg_till: "Ändra timmarna från en månad",
            steg_fran: "Från månad",
            steg_timmar: "Timmar varje vecka",
            steg_ta_bort: "Ta bort",
            skriv_ut: "Skriv ut månaderna",
            utskrift_tabell_rubrik: "Pengar varje månad. Inom parentes: jämfört med i dag.",
            diagram_rubrik: "Pengar varje månad",
            diagram_x_axel: "Månad",
            diagram_beskrivning: |fran, till| format!("Diagram. Det visar pengarna varje månad från {fran} till {till}. "),
            diagram_spar: |namn, forsta, sista| format!("{namn}: {forsta} den första månaden. {sista} den sista månaden. "),
            diagram_handelse: "Linje med nummer: något ändras den månaden. Läs i listan.",
            diagram_handelser_rubrik: "Det här ändras. Numren finns i diagrammet.",
            diagram_handelse_rad: |namn, text| format!("{namn}: {text}"),
            diagram_tabell_hjalp: "Samma siffror finns i tabellerna under diagrammet.",
            karta_rubrik: "Timmar och timlön",
            karta_ingress: "Här ser du om du får mer eller mindre pengar än i dag. Det beror på hur många timmar du jobbar. Och på hur mycket du tjänar varje timme.",
            karta_inget_jobb: "Kartan behöver ett jobb med timlön. Skriv timmar och timlön för ett jobb ovanför.",
            karta_jobb: "Vilket jobb ska kartan visa?",
            karta_visa: "Visa kartan",
            karta_dolj: "Dölj kartan",
            karta_gammal: "Du har ändrat något sedan kartan räknades.",
            karta_rakna_om: "Räkna kartan igen",
            karta_diagram_rubrik: |namn| format!("{namn}: mer eller mindre pengar än i dag varje månad"),
            karta_beskrivning: |namn, h0, h1, w0, w1, klippor| {
                let k = match klippor {
                    0 => "Du får aldrig mindre pengar av att jobba en timme till.".to_string(),
                    n => format!("På {n} ställen får du mindre pengar av att jobba en timme till. Läs i listan."),
                };
                format!("Karta för {namn}. Från {h0} till {h1} timmar i veckan. Från {w0} till {w1}. Blått betyder mer pengar än i dag. Orange med ränder betyder mindre pengar. {k}")
            },
            karta_x_axel: "Timmar varje vecka",
            karta_y_axel: "Raderna är timlönen i kronor. Den lägsta är längst ner.",
            karta_kr_timme: |w| format!("{w} kr/tim"),
            karta_skala: [
                "1 000 kr mindre eller mer",
                "Upp till 1 000 kr mindre",
                "Lika mycket som i dag",
                "Upp till 2 000 kr mer",
                "2 000 till 4 000 kr mer",
                "4 000 till 6 000 kr mer",
                "6 000 kr mer eller mer",
            ],
            karta_klippa: "Svart streck: en timme till ger mindre pengar",
            karta_jobbet: "Ring: jobbet som du skrev i formuläret",
            karta_klippor_rubrik: "Här ger fler timmar mindre pengar",
            karta_inga_klippor: "Du får aldrig mindre pengar av att jobba en timme till.",
            karta_klippa_text: |w, h0, h1, kr| format!("Om du går från {h0} till {h1} timmar i veckan. Och tjänar {w} kr i timmen. Då får du upp till {kr} mindre varje månad."),
            karta_som_tabell: "Kartan som tabell",
            karta_tabell_rubrik: |namn| format!("{namn}: mer (+) eller mindre (−) pengar än i dag varje månad. Raderna är timmar. Kolumnerna är timlön."),
            karta_kolumn_timmar: "Timmar varje vecka",
            karta_mindre: "(mindre än med en timme färre)",
        },
    },
};
