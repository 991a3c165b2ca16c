//! Passing a place to another phone with no network and no app: a QR code of a contact card.
//!
//! An outreach worker or a volunteer shows the code; the person points their phone's camera at
//! it and the phone offers to save a contact with the place's name, phone, address and
//! position (iOS and Android cameras read vCard codes without any app). The contact stays on
//! their phone, offline, after the meeting. Only the source's own attributes go in: an unknown
//! phone or address is left out, never guessed.
//!
//! vCard 3.0 (RFC 2426), the version every phone camera reads; the encoder is the `qrcode`
//! crate, and the tests read the code back with an independent decoder.
//!
//! For a basic phone with no camera app or no data (most of the people met in the street),
//! the same place goes as a text message: [`text_message`] in the app's language, handed to
//! the phone's own SMS app by an `sms:` link. The app sends nothing itself.

use crate::i18n::Tr;
use crate::place::Place;
use crate::present::DayHours;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// Escapes a vCard text value (RFC 2426 §5: backslash, comma, semicolon, line breaks).
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.trim().chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The place as a vCard 3.0 contact card (CRLF line ends). `country` is the country line of the
/// address as the person's phone should show it.
pub fn contact_card(place: &Place, country: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:3.0".to_string(),
        format!("N:{};;;;", escape(&place.name)),
        format!("FN:{}", escape(&place.name)),
    ];
    if let Some(kind) = place.kind.as_deref().filter(|k| !k.trim().is_empty()) {
        lines.push(format!("ORG:{}", escape(kind)));
    }
    if let Some(phone) = place.phone.as_deref().filter(|p| !p.trim().is_empty()) {
        lines.push(format!("TEL;TYPE=WORK,VOICE:{}", escape(phone)));
    }
    let street = place.address.as_deref().unwrap_or("");
    let commune = place.commune.as_deref().unwrap_or("");
    let postcode = place.postcode.as_deref().unwrap_or("");
    if !(street.is_empty() && commune.is_empty() && postcode.is_empty()) {
        // ADR: post office box; extended address; street; locality; region; postcode; country.
        lines.push(format!(
            "ADR;TYPE=WORK:;;{};{};;{};{}",
            escape(street),
            escape(commune),
            escape(postcode),
            escape(country)
        ));
    }
    lines.push(format!("GEO:{:.6};{:.6}", place.lat, place.lon));
    if let Some(site) = place.website.as_deref().filter(|w| !w.trim().is_empty()) {
        lines.push(format!("URL:{}", site.trim()));
    }
    if let Some(mail) = place.email.as_deref().filter(|m| !m.trim().is_empty()) {
        lines.push(format!("EMAIL;TYPE=INTERNET:{}", escape(mail)));
    }
    lines.push("END:VCARD".to_string());
    let mut card = lines.join("\r\n");
    card.push_str("\r\n");
    card
}

/// The place in a few lines for a text message: name, address, phone, and this week's hours
/// (`week`, from `present::week`), or the source's own words for the hours, or "hours unknown".
pub fn text_message(tr: &Tr, place: &Place, week: Option<&[DayHours]>) -> String {
    let mut lines = vec![place.name.trim().to_string()];
    let town = [place.postcode.as_deref(), place.commune.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let address = [place.address.as_deref().unwrap_or(""), town.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !address.is_empty() {
        lines.push(address);
    }
    if let Some(phone) = place.phone.as_deref().filter(|p| !p.trim().is_empty()) {
        lines.push(tr.ta("share-phone", &[("phone", phone.trim().into())]));
    }
    match (week, place.hours.text.as_deref()) {
        (Some(days), _) => {
            lines.push(tr.t("share-hours"));
            for day in days {
                let hours = if day.text.is_empty() {
                    tr.t("status-closed")
                } else {
                    day.text.clone()
                };
                lines.push(format!("{} {hours}", day.label));
            }
        }
        (None, Some(text)) if !text.trim().is_empty() => {
            lines.push(format!("{} {}", tr.t("share-hours"), text.trim()));
        }
        _ => lines.push(tr.t("status-unknown")),
    }
    lines.join("\n")
}

/// An `sms:` link that opens the phone's SMS app with `body` written and no recipient yet
/// (`?&body=` is the form both Android and iOS read).
pub fn sms_uri(body: &str) -> String {
    format!("sms:?&body={}", utf8_percent_encode(body, NON_ALPHANUMERIC))
}

/// The QR code of `text`. Medium error correction: a cracked or dirty screen still scans.
pub fn qr_code(text: &str) -> Result<QrCode, qrcode::types::QrError> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
}

/// The code as inline SVG (no XML declaration), black on white with its quiet zone, scaled by
/// the style sheet.
pub fn qr_svg(code: &QrCode) -> String {
    let image = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    match image.find("<svg") {
        Some(start) => image[start..].to_string(),
        None => image,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::place::Place;

    fn place() -> Place {
        Place {
            id: "test:1".into(),
            name: "Espace numérique; Villeneuve, Arlequin".into(),
            address: Some("97 galerie de l'Arlequin".into()),
            commune: Some("Grenoble".into()),
            postcode: Some("38100".into()),
            lat: 45.166_081,
            lon: 5.735_512,
            phone: Some("04 76 33 06 56".into()),
            website: Some("https://example.org/arlequin".into()),
            ..Place::default()
        }
    }

    /// Reads the code's modules back with `rqrr`, an independent decoder, as a camera would
    /// read a screen: 4 pixels per module, with the quiet zone.
    fn scan(code: &QrCode) -> String {
        let width = code.width();
        let colors = code.to_colors();
        let (scale, quiet) = (4, 4);
        let side = (width + 2 * quiet) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let inside =
                (quiet..quiet + width).contains(&mx) && (quiet..quiet + width).contains(&my);
            if inside && colors[(my - quiet) * width + (mx - quiet)] == qrcode::Color::Dark {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("the code decodes").1
    }

    #[test]
    fn the_code_scans_back_to_the_contact_card() {
        let card = contact_card(&place(), "France");
        assert_eq!(scan(&qr_code(&card).unwrap()), card);
    }

    #[test]
    fn the_card_escapes_separators_and_reads_back_with_a_vcard_parser() {
        let card = contact_card(&place(), "France");
        assert!(card.contains("FN:Espace numérique\\; Villeneuve\\, Arlequin\r\n"));
        let parsed = ical::VcardParser::new(std::io::BufReader::new(card.as_bytes()))
            .next()
            .expect("one card")
            .expect("a valid card");
        let value = |name: &str| {
            parsed
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
        };
        assert_eq!(value("VERSION").as_deref(), Some("3.0"));
        assert_eq!(value("TEL").as_deref(), Some("04 76 33 06 56"));
        assert_eq!(
            value("ADR").as_deref(),
            Some(";;97 galerie de l'Arlequin;Grenoble;;38100;France")
        );
        assert_eq!(value("GEO").as_deref(), Some("45.166081;5.735512"));
        assert_eq!(
            value("URL").as_deref(),
            Some("https://example.org/arlequin")
        );
    }

    #[test]
    fn an_unknown_attribute_is_left_out_not_invented() {
        let bare = Place {
            phone: None,
            address: None,
            commune: None,
            postcode: None,
            website: None,
            ..place()
        };
        let card = contact_card(&bare, "France");
        for absent in ["TEL", "ADR", "URL", "EMAIL", "ORG"] {
            assert!(
                !card.contains(&format!("\r\n{absent}")),
                "{absent} in {card}"
            );
        }
        assert!(card.contains("\r\nGEO:45.166081;5.735512\r\n"));
        assert!(card.starts_with("BEGIN:VCARD\r\n") && card.ends_with("END:VCARD\r\n"));
    }

    #[test]
    fn the_text_message_has_the_address_phone_and_week_and_survives_the_sms_link() {
        use crate::i18n::Lang;
        let tr = Tr::new(Lang::Fr);
        let day = |label: &str, text: &str| DayHours {
            label: label.into(),
            is_today: false,
            intervals: Vec::new(),
            text: text.into(),
        };
        let week = [day("lun", "09:00–12:00, 13:30–17:00"), day("dim", "")];
        let text = text_message(&tr, &place(), Some(&week));
        assert_eq!(
            text,
            "Espace numérique; Villeneuve, Arlequin\n\
             97 galerie de l'Arlequin, 38100 Grenoble\n\
             Tél. : 04 76 33 06 56\n\
             Horaires :\n\
             lun 09:00–12:00, 13:30–17:00\n\
             dim Fermé"
        );
        let uri = sms_uri(&text);
        let body = uri.strip_prefix("sms:?&body=").unwrap();
        assert!(
            body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'%'),
            "{body}"
        );
        let decoded = percent_encoding::percent_decode_str(body)
            .decode_utf8()
            .unwrap();
        assert_eq!(decoded, text);
    }

    #[test]
    fn unknown_hours_are_said_or_kept_in_the_sources_words() {
        use crate::i18n::Lang;
        let tr = Tr::new(Lang::En);
        let mut bare = Place {
            address: None,
            phone: None,
            ..place()
        };
        let text = text_message(&tr, &bare, None);
        assert_eq!(
            text,
            "Espace numérique; Villeneuve, Arlequin\n38100 Grenoble\nHours unknown"
        );
        bare.hours.text = Some("le mardi matin".into());
        assert!(text_message(&tr, &bare, None).ends_with("\nOpening hours: le mardi matin"));
    }

    #[test]
    fn the_svg_is_inline_markup_with_a_quiet_zone() {
        let code = qr_code(&contact_card(&place(), "France")).unwrap();
        let svg = qr_svg(&code);
        assert!(
            svg.starts_with("<svg"),
            "no XML declaration: {}",
            &svg[..40]
        );
        let side = code.width() + 8;
        assert!(
            svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")),
            "{}",
            &svg[..200]
        );
    }
}
