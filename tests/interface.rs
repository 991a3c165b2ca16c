//! The interface rendered to HTML inside `cargo test` (dioxus-ssr): every screen draws from
//! the real bundled snapshot, in French and in Arabic. Events are tested in the browser
//! (`tests/e2e`); this checks what each screen shows first.
#![cfg(feature = "ui")]

use dioxus::prelude::*;
use toutpres::i18n::Lang;
use toutpres::present::sync_record;
use toutpres::sync::Outcome;
use toutpres::userdata::{SavedPosition, Settings, UserDb};

/// Render the app opened on `path` with the data in `dir`. The app reads its data folder,
/// first screen and clock from the environment, so screens render one at a time.
fn render(dir: &std::path::Path, path: &str) -> String {
    render_at(dir, path, "2026-03-10T10:00")
}

/// The same at another Paris time.
fn render_at(dir: &std::path::Path, path: &str, now: &str) -> String {
    // The environment is the whole process's: tests render one screen at a time.
    static SCREEN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = SCREEN.lock().unwrap_or_else(|e| e.into_inner());
    std::env::set_var("TOUTPRES_DATA_DIR", dir);
    std::env::set_var("TOUTPRES_START", path);
    std::env::set_var("TOUTPRES_NOW", now);
    // The start-up sync must not leave this machine: nothing listens on port 9.
    std::env::set_var("TOUTPRES_SYNC_URL", "http://127.0.0.1:9/manifest");
    let mut dom = VirtualDom::new(toutpres::ui::App);
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn screens_render_from_the_bundled_snapshot() {
    let dir = tempfile::tempdir().unwrap();

    let home = render(dir.path(), "/");
    assert_eq!(count(&home, "class=\"need-tile"), 8, "{home}");
    assert!(home.contains("id=\"read-aloud-script\""));
    assert!(home.contains("De quoi avez-vous besoin ?"));
    assert!(home.contains("dir=\"ltr\""));
    // Every need tile has its pictogram drawn inline.
    assert!(count(&home, "<svg") >= 8);

    // No position yet: a picture-first prompt, not an empty list.
    let results = render(dir.path(), "/need/wifi");
    assert!(results.contains("id=\"say-where\""), "{results}");
    assert_eq!(count(&results, "data-distance"), 0);

    // With a position near Grenoble station: a list, nearest first.
    let user = save_position_at_grenoble_station(dir.path());
    let results = render(dir.path(), "/need/wifi");
    let distances: Vec<f64> = results
        .split("data-distance=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(distances.len() >= 5, "{results}");
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    // Home says where and how long ago (the position was saved at 09:00 UTC = 10:00 Paris).
    let home = render(dir.path(), "/");
    assert!(home.contains("Près de Gare · Position : à l"), "{home}");
    assert!(
        results.contains("status-open")
            || results.contains("status-closed")
            || results.contains("status-unknown")
    );

    // The place sheet: Call with a tel: link, Go with a geo: URI, the week, the source.
    let place = render(dir.path(), "/place/france-services:234");
    assert!(place.contains("href=\"tel:0476330656\""), "{place}");
    assert!(place.contains("href=\"geo:45.16"), "{place}");
    assert_eq!(count(&place, "class=\"today\""), 1, "today is marked once");
    assert!(place.contains("Licence Ouverte"));

    // 14 July 2026 at 10:00, a public holiday the sources say nothing about: no place of the
    // list is "open", the sheet and its read-aloud text say "may be closed, call first".
    let holiday = "2026-07-14T10:00";
    let list = render_at(dir.path(), "/need/procedures", holiday);
    assert!(list.contains("status status-holiday"), "{list}");
    assert!(!list.contains("status status-open"), "{list}");
    let sheet = render_at(dir.path(), "/place/france-services:234", holiday);
    assert!(
        count(&sheet, "Jour férié : peut-être fermé, appelez avant") >= 2,
        "on the sheet and in its read-aloud text: {sheet}"
    );
    assert!(sheet.contains("status status-holiday"));
    let ordinary = render_at(dir.path(), "/need/procedures", "2026-07-07T10:00");
    assert!(ordinary.contains("status status-open"), "{ordinary}");
    assert!(!ordinary.contains("status status-holiday"));

    // A library renamed in 2023: its sheet says its former name under the new one, and so
    // does its read-aloud text; the row found by the old name says it too.
    let halimi = render(dir.path(), "/place/grenoble-bm:bibliotheque-gisele-halimi");
    assert!(
        halimi.contains("<h1>Bibliothèque Gisèle Halimi</h1>"),
        "{halimi}"
    );
    assert!(halimi.contains("class=\"formerly\""), "{halimi}");
    assert!(
        count(&halimi, "Anciennement : ") >= 2,
        "on the sheet and in its read-aloud text: {halimi}"
    );
    assert!(halimi.contains("Bibliothèque Saint-Bruno"), "{halimi}");
    let by_old_name = render(dir.path(), "/search/saint%20bruno");
    let row = by_old_name
        .split("<a href=\"/place/")
        .skip(1)
        .map(|r| r.split("</a>").next().unwrap_or_default())
        .find(|r| r.contains("Bibliothèque Gisèle Halimi"))
        .unwrap_or_else(|| panic!("{by_old_name}"));
    assert!(row.contains("class=\"formerly\""), "{row}");
    assert!(row.contains("Anciennement : "), "{row}");
    // A place that kept its name says nothing of the kind.
    let kept_name = render(dir.path(), "/place/france-services:234");
    assert!(!kept_name.contains("class=\"formerly\""), "{kept_name}");

    // A place with no phone has no dead Call button.
    let no_phone = render(dir.path(), "/place/bibliotheques:1623");
    assert!(no_phone.contains("Médiathèque de Froges"), "{no_phone}");
    assert!(!no_phone.contains("tel:"), "{no_phone}");
    assert!(no_phone.contains("geo:"), "{no_phone}");

    // Unknown place and unknown need: a way back, not a crash.
    assert!(render(dir.path(), "/place/nope:1").contains("Rien ici"));
    assert!(render(dir.path(), "/need/coffee").contains("Rien ici"));

    // In Arabic the whole app is right-to-left.
    user.save_settings(&Settings {
        lang: Lang::Ar,
        ..Settings::default()
    })
    .unwrap();
    let home_ar = render(dir.path(), "/");
    assert!(home_ar.contains("dir=\"rtl\""), "{home_ar}");
    assert!(home_ar.contains("lang=\"ar\""));
    assert!(home_ar.contains(&Lang::Ar.native_name()));

    // Damaged map data: the app still starts, says so, and uses the bundled data again.
    user.save_settings(&Settings::default()).unwrap();
    std::fs::write(
        dir.path().join("snapshot.sqlite"),
        b"<html>portail wifi</html>",
    )
    .unwrap();
    let restored = render(dir.path(), "/");
    assert!(restored.contains("class=\"notice\""), "{restored}");
    assert!(restored.contains("origine sont revenues"));
    assert_eq!(count(&restored, "class=\"need-tile"), 8);

    // The data screen: date and version of the data in use, and the last result. Waiting on
    // mobile data: the size and one "Download" button instead of "Update now".
    let data = render(dir.path(), "/data");
    assert!(
        data.contains("Données du 04/06/2025 · version 20250604"),
        "{data}"
    );
    assert!(data.contains("id=\"sync-now\""), "{data}");
    assert!(data.contains("127.0.0.1:9"), "the host is shown: {data}");
    user.save_last_sync(&sync_record(
        &Outcome::NeedsConsent {
            bytes: 54_119,
            to: 20250605,
        },
        "2026-03-10T08:30:00Z".into(),
    ))
    .unwrap();
    let consent = render(dir.path(), "/data");
    assert!(consent.contains("Une mise à jour de"), "{consent}");
    assert!(consent.contains("55 Ko"), "{consent}");
    assert!(consent.contains("id=\"sync-download\""));
    assert!(!consent.contains("id=\"sync-now\""));
    assert!(
        consent.contains("10/03/2026 09:30"),
        "Paris time of the check: {consent}"
    );
    // Results say how fresh the data is.
    let results = render(dir.path(), "/need/wifi");
    assert!(
        results.contains("Données de la carte du 04/06/2025"),
        "{results}"
    );

    for path in [
        "/where",
        "/where/grenoble",
        "/saved",
        "/settings",
        "/about",
        "/data",
    ] {
        let html = render(dir.path(), path);
        assert!(
            html.contains("id=\"read-aloud-script\""),
            "{path}: no read-aloud"
        );
        assert!(!html.contains("class=\"fatal\""), "{path}: {html}");
    }

    // The person's own file is damaged: the map still opens, home says so first (on screen and
    // in the read-aloud script), and the file is kept aside.
    let damaged = tempfile::tempdir().unwrap();
    let junk = b"not a database, only bytes ".repeat(300);
    std::fs::write(damaged.path().join("user.sqlite"), &junk).unwrap();
    let home = render(damaged.path(), "/");
    assert_eq!(count(&home, "class=\"need-tile"), 8, "{home}");
    assert!(home.contains("id=\"user-data-notice\""), "{home}");
    assert!(home.contains("role=\"status\""));
    let script = home
        .split("id=\"read-aloud-script\"")
        .nth(1)
        .unwrap_or_default();
    assert!(script.contains("mis de côté"), "{script}");
    assert!(!home.contains("file is not a database"), "{home}");
    assert_eq!(
        std::fs::read(damaged.path().join("user.sqlite.damaged-1")).unwrap(),
        junk
    );

    // A file from a newer app: kept aside untouched, and the person is told which case it is.
    let newer = tempfile::tempdir().unwrap();
    {
        let user = UserDb::open(&newer.path().join("user.sqlite")).unwrap();
        user.connection()
            .execute_batch("PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let home = render(newer.path(), "/");
    assert!(home.contains("version plus récente"), "{home}");
    assert_eq!(count(&home, "class=\"need-tile"), 8);
    assert!(newer.path().join("user.sqlite.newer-1").exists());
}

/// The first result row of a list: its place key and its HTML.
fn first_row(html: &str) -> (String, String) {
    let row = html
        .split("<a href=\"/place/")
        .nth(1)
        .and_then(|s| s.split("</a>").next())
        .unwrap_or_default();
    let key = row.split('"').next().unwrap_or_default().to_string();
    (key, row.to_string())
}

#[test]
fn search_from_home_finds_who_helps_with_a_procedure() {
    let dir = tempfile::tempdir().unwrap();

    // Home: a search field with its magnifier and label, the keyboard's "search" key.
    let home = render(dir.path(), "/");
    assert!(home.contains("role=\"search\""), "{home}");
    assert!(home.contains("id=\"home-search\""), "{home}");
    assert!(home.contains("type=\"search\""));
    assert!(home.contains("enterkeyhint=\"search\""));
    assert!(home.contains("for=\"home-search\""));
    assert!(home.contains(">Chercher<"), "{home}");
    assert!(home.contains("id=\"search-go\""));
    assert_eq!(count(&home, "class=\"need-tile"), 8);

    // No position yet: ask where, as the need results do.
    let asking = render(dir.path(), "/search/caf");
    assert!(asking.contains("id=\"say-where\""), "{asking}");
    assert!(asking.contains("Recherche : "), "{asking}");
    assert_eq!(count(&asking, "data-distance"), 0);

    let user = save_position_at_grenoble_station(dir.path());

    // "caf" near Grenoble station: a place helping with the CAF first, not a Repair Café,
    // with the walk, the open status and "CAF" on the row; nearest first.
    let found = render(dir.path(), "/search/caf");
    assert!(found.contains("id=\"read-aloud-script\""));
    let (key, row) = first_row(&found);
    assert!(!key.is_empty(), "{found}");
    assert!(row.contains("class=\"helps\""), "{row}");
    assert!(row.contains("Aide pour : "), "{row}");
    assert!(row.contains("CAF"), "{row}");
    assert!(!row.contains("Repair"), "{row}");
    assert!(row.contains("class=\"walk\""), "{row}");
    assert!(row.contains("class=\"status status-"), "{row}");
    let distances: Vec<f64> = found
        .split("data-distance=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(distances.len() >= 5, "{found}");
    let helping = count(&found, "class=\"helps\"");
    assert!(
        distances[..helping].windows(2).all(|w| w[0] <= w[1]),
        "{distances:?}"
    );
    // Read aloud: how many, the nearest, and what it helps with.
    let script = found
        .split("id=\"read-aloud-script\"")
        .nth(1)
        .and_then(|s| s.split("</p>").next())
        .unwrap_or_default();
    assert!(script.contains("lieux trouvés"), "{script}");
    assert!(script.contains("Aide pour : "), "{script}");

    // Its sheet says what it helps with, as its source says.
    let sheet = render(dir.path(), &format!("/place/{key}"));
    assert!(sheet.contains("class=\"helps\""), "{sheet}");
    assert!(sheet.contains("Aide pour : "), "{sheet}");
    assert!(sheet.contains("CAF"), "{sheet}");
    // A place whose sources name no procedure says nothing about procedures.
    let library = render(dir.path(), "/place/bibliotheques:14223");
    assert!(!library.contains("Aide pour"), "{library}");

    // Words with a space, "pole emploi", find France Travail's helpers.
    let work = render(dir.path(), "/search/pole%20emploi");
    assert!(first_row(&work).1.contains("France Travail"), "{work}");

    // Nothing found: said plainly, with the need tiles to choose from.
    let none = render(dir.path(), "/search/zzqxw");
    assert!(none.contains("Rien trouvé. Choisissez une image"), "{none}");
    assert_eq!(count(&none, "class=\"need-tile"), 8, "{none}");
    assert_eq!(count(&none, "data-distance"), 0);
    assert!(
        none.contains("Rien trouvé pour zzqxw"),
        "read aloud: {none}"
    );

    // In Arabic, the same screen right-to-left, with the agency's own name.
    user.save_settings(&Settings {
        lang: Lang::Ar,
        ..Settings::default()
    })
    .unwrap();
    let ar = render(dir.path(), "/search/caf");
    assert!(ar.contains("dir=\"rtl\""));
    assert!(first_row(&ar).1.contains("CAF"), "{ar}");
}

/// The person said they are at Grenoble station (saved in their database, as the app does);
/// their database, for what the test does next.
fn save_position_at_grenoble_station(dir: &std::path::Path) -> UserDb {
    let user = UserDb::open(&dir.join("user.sqlite")).unwrap();
    user.save_position(&SavedPosition {
        lat: 45.1913,
        lon: 5.7146,
        label: Some("Gare".into()),
        at: "2026-03-10T09:00:00Z".into(),
    })
    .unwrap();
    user
}

#[test]
fn the_map_screen_lists_in_words_what_its_markers_show() {
    let dir = tempfile::tempdir().unwrap();
    // No position: asked for, never an empty picture.
    let asked = render(dir.path(), "/map/wifi");
    assert!(asked.contains("id=\"say-where\""), "{asked}");
    let _user = save_position_at_grenoble_station(dir.path());
    let map = render(dir.path(), "/map/wifi");
    assert!(map.contains("id=\"read-aloud-script\""));
    assert!(map.contains("Vous êtes ici."), "{map}");
    let markers = count(&map, "class=\"map-marker");
    assert!(markers >= 3, "{map}");
    // Each marker is numbered as its row in the list under the picture, nearest first.
    let rows = count(&map, "data-distance=");
    assert!(rows >= markers, "{rows} rows, {markers} markers");
    assert!(map.contains("aria-label=\"1. "), "{map}");
    // The results and the place sheet lead to it.
    let results = render(dir.path(), "/need/wifi");
    assert!(results.contains("href=\"/map/wifi\""), "{results}");
    let sheet = render(dir.path(), "/place/grenoble-bm:bibliotheque-gisele-halimi");
    assert!(
        sheet.contains("href=\"/map/wifi/grenoble-bm:bibliotheque-gisele-halimi\""),
        "{sheet}"
    );
    // From the sheet, that place is the one chosen, with the way to it, even when the sheet
    // was opened by the key of a record other than the place's first (this library's first
    // record is Hinaura's): that once chose nothing.
    let chosen = render(
        dir.path(),
        "/map/wifi/grenoble-bm:bibliotheque-gisele-halimi",
    );
    assert_eq!(count(&chosen, "map-marker chosen"), 1, "{chosen}");
    assert!(chosen.contains("class=\"map-way\""), "{chosen}");
    assert!(
        chosen.contains("Bibliothèque Gisèle Halimi est à"),
        "{chosen}"
    );
}
