//! serde_json's messages in plain Swedish: what is wrong and what belongs there, keeping the
//! details (field names, the value found) as they are and leaving out the position (the
//! caller adds line and column). The cases are those of docs/bad-input.md's table.

/// What is wrong with the text as a whole, before it is read: nothing at all, or far too much.
pub(crate) fn fel_i_hela_texten(json: &str) -> Option<String> {
    if json.trim().is_empty() {
        return Some(
            "filen är tom; ett scenario är ett JSON-objekt, se docs/scenario-format.md".into(),
        );
    }
    if json.len() > super::MAX_SCENARIO_BYTE {
        return Some(format!(
            "texten är {} byte; ett scenario är högst {} byte (1 MB). Är det rätt fil?",
            json.len(),
            super::MAX_SCENARIO_BYTE
        ));
    }
    None
}

/// The field written twice, when that is the error.
pub(crate) fn dubblerat_falt(e: &serde_json::Error) -> Option<String> {
    let msg = e.to_string();
    let rest = msg.strip_prefix("duplicate field `")?;
    Some(rest.split('`').next()?.to_string())
}

/// serde_json's message for `e` in Swedish, without the position.
pub(crate) fn svenska_serde(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let body = msg.split(" at line ").next().unwrap_or(&msg);
    if e.is_syntax() || e.is_eof() {
        return syntaxfel(body);
    }
    if let Some(rest) = body.strip_prefix("unknown field ") {
        let rest = rest.replacen(", expected one of ", "; tillåtna fält: ", 1);
        let rest = rest.replacen(", expected ", "; tillåtet fält: ", 1);
        format!("okänt fält {rest}")
    } else if let Some(rest) = body.strip_prefix("unknown variant ") {
        let rest = rest.replacen(", expected one of ", "; tillåtna: ", 1);
        let rest = rest.replacen(", expected ", "; tillåtet: ", 1);
        format!("okänt värde {}", rest.replace("` or `", "` eller `"))
    } else if let Some(rest) = body.strip_prefix("missing field ") {
        format!("fältet {rest} saknas")
    } else if let Some(rest) = body.strip_prefix("duplicate field ") {
        format!("fältet {rest} står två gånger; ange det en gång")
    } else if body.starts_with("invalid value: ") && body.contains("Decimal") {
        "ogiltigt tal; skriv siffror med punkt som decimaltecken, utan mellanslag eller enhet, \
         t.ex. 12500, 12500.50 eller 37.5"
            .to_string()
    } else if let Some(rest) = body.strip_prefix("invalid type: ") {
        typfel("fel typ", rest)
    } else if let Some(rest) = body.strip_prefix("invalid value: ") {
        typfel("ogiltigt värde", rest)
    } else if let Some(rest) = body.strip_prefix("invalid length ") {
        let vantat = rest.split_once(", expected ").map_or("", |(_, v)| v);
        format!("fel antal; här ska det vara {}", vantat_sv(vantat))
    } else {
        body.to_string()
    }
}

/// "fel typ: texten \"tjugo\"; här ska det vara ett heltal" from serde's "string \"tjugo\",
/// expected i32".
fn typfel(rubrik: &str, rest: &str) -> String {
    match rest.split_once(", expected ") {
        Some((funnet, vantat)) => format!(
            "{rubrik}: {}; här ska det vara {}",
            funnet_sv(funnet),
            vantat_sv(vantat)
        ),
        None => format!("{rubrik}: {rest}"),
    }
}

/// What serde found, in words.
fn funnet_sv(s: &str) -> String {
    let utan_fnuttar = |x: &str| x.trim_matches('`').to_string();
    if let Some(x) = s.strip_prefix("string ") {
        format!("texten {x}")
    } else if let Some(x) = s.strip_prefix("integer ") {
        format!("talet {}", utan_fnuttar(x))
    } else if let Some(x) = s.strip_prefix("floating point ") {
        format!("talet {}", utan_fnuttar(x))
    } else if let Some(x) = s.strip_prefix("boolean ") {
        format!("sanningsvärdet {}", utan_fnuttar(x))
    } else {
        match s {
            "map" => "ett objekt { … }".into(),
            "sequence" => "en lista [ … ]".into(),
            "null" => "null".into(),
            _ => s.to_string(),
        }
    }
}

/// What serde expected, in words.
fn vantat_sv(s: &str) -> String {
    if s.starts_with("struct Scenario") {
        return "ett JSON-objekt { … } (ett scenario, se docs/scenario-format.md)".into();
    }
    if s.starts_with("struct ") || s == "a map" || s.starts_with("map") {
        return "ett objekt { … }".into();
    }
    match s {
        "u8" | "u16" | "u32" | "u64" | "usize" => "ett heltal, 0 eller större".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "ett heltal".into(),
        "f32" | "f64" => "ett tal".into(),
        "a string" => "en text inom dubbla citattecken".into(),
        "a boolean" => "true eller false".into(),
        "a sequence" => "en lista [ … ]".into(),
        _ if s.contains("Decimal") => "ett tal".into(),
        _ => s.to_string(),
    }
}

/// serde_json's syntax messages (the start of each) in words, with what usually causes them.
const SYNTAXFEL: [(&str, &str); 11] = [
    ("EOF while parsing", "texten tar slut för tidigt: ett avslutande } eller ] eller \" saknas (är filen hel?)"),
    ("expected value", "här väntades ett värde: ett tal, en text inom dubbla citattecken, true, false, null, en lista eller ett objekt (JSON har inte NaN, kommentarer eller enkla citattecken)"),
    ("key must be a string", "ett fältnamn ska stå inom dubbla citattecken (JSON har inte kommentarer eller enkla citattecken)"),
    ("trailing characters", "text efter scenariots slut; ett scenario är ett enda JSON-objekt"),
    ("trailing comma", "ett kommatecken för mycket före } eller ]"),
    ("expected `:`", "ett kolon saknas efter fältnamnet"),
    ("expected `,` or `}`", "ett kommatecken eller ett avslutande } saknas"),
    ("expected `,` or `]`", "ett kommatecken eller ett avslutande ] saknas"),
    ("number out of range", "talet är för stort"),
    ("recursion limit exceeded", "för många nivåer inuti varandra"),
    ("control character", "ett osynligt styrtecken i en text (en radbrytning i en text skrivs \\n)"),
];

/// A JSON syntax error in words.
fn syntaxfel(body: &str) -> String {
    match SYNTAXFEL
        .iter()
        .find(|(borjan, _)| body.starts_with(borjan))
    {
        Some((_, text)) => format!("ogiltig JSON: {text}"),
        None if body == "invalid number" => {
            "ogiltig JSON: ogiltigt tal; skriv t.ex. 12500 eller 12500.50".to_string()
        }
        None => format!("ogiltig JSON: {body}"),
    }
}
