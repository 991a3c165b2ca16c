//! Pictograms, drawn for the app (CC0, see `assets/pictograms/LICENSE.md`), compiled in as
//! inline SVG so they take the text colour (high contrast) and need no file access.

use dioxus::prelude::*;

macro_rules! pictograms {
    ($($name:literal),* $(,)?) => {
        /// The SVG markup of a pictogram file, by file name.
        pub fn svg(name: &str) -> &'static str {
            match name {
                $($name => include_str!(concat!("../../assets/pictograms/", $name)),)*
                _ => "",
            }
        }
        /// Every pictogram file the app uses.
        pub const ALL: &[&str] = &[$($name),*];
    };
}

pictograms!(
    "wifi.svg",
    "charging.svg",
    "computers.svg",
    "helper.svg",
    "procedures.svg",
    "training.svg",
    "equipment.svg",
    "repair.svg",
    "location.svg",
    "gps.svg",
    "speaker.svg",
    "language.svg",
    "star.svg",
    "star-filled.svg",
    "call.svg",
    "go.svg",
    "open.svg",
    "closed.svg",
    "unknown.svg",
    "holiday.svg",
    "free.svg",
    "no-appointment.svg",
    "settings.svg",
    "back.svg",
    "home.svg",
    "search.svg",
    "wheelchair.svg",
    "to-check.svg",
    "town.svg",
    "landmark.svg",
    "text-larger.svg",
    "contrast.svg",
    "info.svg",
    "walk.svg",
    "arrow.svg",
    "printer.svg",
    "id-card.svg",
    "income-declaration.svg",
    "job-seeker-update.svg",
    "postal-address.svg",
    "health-cover.svg",
    "bell.svg",
    "login.svg",
    "payslip.svg",
    "letter.svg",
    "health-card.svg",
    "doctor.svg",
    "medicine.svg",
    "appointment.svg",
    "money.svg",
    "school.svg",
    "food.svg",
    "bus.svg",
    "calendar.svg",
    "snooze.svg",
    "done.svg",
    "missed.svg",
    "lock.svg",
    "update.svg",
    "mobile-data.svg",
    "pause.svg",
    "wifi-login.svg",
    "server.svg",
    "app-update.svg",
    "shield.svg",
    "storage.svg",
    "kept-aside.svg",
    "qr-code.svg",
    "sms.svg",
    "no-wifi.svg",
    "bell-off.svg",
    "give-app.svg",
    "camera.svg",
    "browser.svg",
    "add-to-home.svg",
    "share-ios.svg",
    "menu-dots.svg",
    "map.svg",
    "zoom-in.svg",
    "zoom-out.svg",
);

/// A pictogram. Decorative (`aria-hidden`): every pictogram stands beside its words.
#[component]
pub fn Picto(name: &'static str, #[props(default = "picto")] class: &'static str) -> Element {
    rsx! {
        span { class: "{class}", "aria-hidden": "true", dangerous_inner_html: svg(name) }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_pictogram_is_present_and_is_svg() {
        for name in super::ALL {
            let s = super::svg(name);
            assert!(s.contains("<svg") && s.contains("</svg>"), "{name}");
            assert!(
                !s.contains("<script") && !s.contains("href=\"http"),
                "{name}: must be self-contained"
            );
        }
    }
}
