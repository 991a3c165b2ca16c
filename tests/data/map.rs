//! The offline map on the real Grenoble street files (`shared/data/grenoble-streets`): the
//! layer is deterministic, reads back, stays within its size budget, and a view near the
//! station draws the streets and the river there, the places asked for, and nothing outside.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use toutpres::i18n::{Lang, Tr};
use toutpres::map::render::written_coordinates;
use toutpres::map::{
    build_from_dir, render_svg, BuildFigures, BuildOptions, MapLayer, Marker, Person, View,
};
use toutpres::Need;

fn streets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/grenoble-streets")
}

/// One build shared by the tests of this file (a few seconds in a debug build).
fn built() -> &'static (MapLayer, BuildFigures, Vec<u8>) {
    static BUILT: OnceLock<(MapLayer, BuildFigures, Vec<u8>)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let (layer, figures) = build_from_dir(&streets(), &BuildOptions::default()).unwrap();
        let bytes = layer.encode();
        (layer, figures, bytes)
    })
}

#[test]
fn the_grenoble_layer_is_deterministic_reads_back_and_fits_its_budget() {
    let (layer, figures, bytes) = built();
    let (again, _) = build_from_dir(&streets(), &BuildOptions::default()).unwrap();
    assert!(again.encode() == *bytes, "two builds, different bytes");
    assert!(MapLayer::decode(bytes).unwrap() == *layer);
    assert_eq!(figures.roads_read, 46_666);
    assert!(figures.roads_kept > 10_000, "{figures:?}");
    assert!(figures.water_kept > 100, "{figures:?}");
    for name in ["Cours Berriat", "Cours Jean Jaurès", "Quai Claude Bernard"] {
        assert!(layer.names.iter().any(|n| n == name), "{name} missing");
    }
    assert!(layer.attribution.contains("OpenStreetMap"));
    assert!(layer.licence.contains("ODbL"));
    // 371 KB when measured (BENCHMARKS.md); a regression past 600 KB fails.
    let compressed = zstd::bulk::compress(bytes, 19).unwrap().len();
    assert!(compressed < 600_000, "{compressed} bytes compressed");
    for n in [0, 5, 100, bytes.len() / 2, bytes.len() - 1] {
        assert!(MapLayer::decode(&bytes[..n]).is_err(), "truncated at {n}");
    }
}

#[test]
fn a_view_near_the_station_draws_its_streets_the_river_and_the_places() {
    let (layer, _, _) = built();
    let (w, h) = (800, 600);
    let view = View {
        lat: 45.1913,
        lon: 5.7146,
        metres_per_pixel: 2.0,
        width: w,
        height: h,
        person: Some(Person {
            lat: 45.1913,
            lon: 5.7146,
            label: "You are here".into(),
        }),
        markers: vec![
            Marker {
                lat: 45.1890,
                lon: 5.7200,
                label: "Bibliothèque Centre-ville".into(),
                need: Need::Wifi,
                text: "1".into(),
            },
            Marker {
                lat: 45.1925,
                lon: 5.7160,
                label: "Maison des habitants".into(),
                need: Need::Computers,
                text: "2".into(),
            },
        ],
        route_to: None,
        markers_above: false,
        label: "Street map".into(),
    };
    let svg = render_svg(layer, &view, &Tr::new(Lang::En));
    assert!(svg.contains("<title>Cours Berriat</title>"), "{svg}");
    assert!(svg.contains("class=\"water\""), "the Isère is in the view");
    assert!(svg.contains("class=\"road major\""));
    assert!(svg.contains("<title>Bibliothèque Centre-ville</title>"));
    assert!(svg.contains("<title>Maison des habitants</title>"));
    assert!(svg.contains("data-need=\"computers\""));
    assert!(svg.contains("<title>You are here</title>"));
    assert!(svg.contains("© OpenStreetMap contributors"));
    let points = written_coordinates(&svg).unwrap();
    assert!(points.len() > 400, "{} coordinates", points.len());
    for (x, y) in points {
        assert!(
            (0.0..=f64::from(w)).contains(&x) && (0.0..=f64::from(h)).contains(&y),
            "({x}, {y}) is outside the view"
        );
    }
    assert!(svg.len() < 200_000, "{} bytes", svg.len());
}

#[test]
fn a_typed_street_name_places_the_person_on_that_street() {
    let (layer, _, _) = built();
    let idx = toutpres::map::StreetIndex::new(layer);
    assert!(idx.len() > 3000, "{} streets", idx.len());
    let found = idx.find("cours berriat", 5);
    assert_eq!(found[0].name, "Cours Berriat");
    // The Cours Berriat runs west from the station area: its point is within 2 km of it.
    let d = toutpres::spatial::distance_m(found[0].lat, found[0].lon, 45.1913, 5.7146);
    assert!(d < 2000.0, "{d} m");
    // Accents and case do not matter.
    assert_eq!(
        idx.find("AVENUE JEAN PERROT", 1)[0].name,
        "Avenue Jean Perrot"
    );
    assert_eq!(
        idx.find("cours jean jaures", 1)[0].name,
        "Cours Jean Jaurès"
    );
}

#[test]
fn another_towns_layer_is_built_from_its_box_and_covers_only_it() {
    let dir = std::env::temp_dir().join(format!("toutpres-map-area-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("voiron.tpmp");
    // Voiron, 25 km north-west of Grenoble.
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_toutpres-cli"))
        .args(["map-layer", "--area", "45.33,5.54,45.40,5.63", "--out"])
        .arg(&out)
        .arg("--streets")
        .arg(streets())
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let voiron = MapLayer::decode(&std::fs::read(&out).unwrap()).unwrap();
    assert!(voiron.covers(45.364, 5.59), "Voiron centre");
    assert!(!voiron.covers(45.1913, 5.7146), "not Grenoble station");
    assert!(voiron.roads.len() > 500 && voiron.roads.len() < built().0.roads.len() / 4);
    // A box upside down is refused with a clear error, and nothing is written.
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_toutpres-cli"))
        .args(["map-layer", "--area", "45.4,5.6,45.3,5.5", "--out"])
        .arg(dir.join("bad.tpmp"))
        .arg("--streets")
        .arg(streets())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a box on the Earth"));
    assert!(!dir.join("bad.tpmp").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}
