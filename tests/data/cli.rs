//! The command line as people use it: real process, real arguments, exit codes.

use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_toutpres-cli"))
        .args(args)
        .output()
        .expect("run toutpres-cli")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn nearby_json_on_the_bundled_snapshot() {
    let o = cli(&[
        "nearby",
        "--lat",
        "45.1913",
        "--lon",
        "5.7146",
        "--need",
        "wifi",
        "--limit",
        "3",
        "--at",
        "2026-03-10T10:00",
        "--json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    let d: Vec<f64> = results
        .iter()
        .map(|r| r["distance_m"].as_f64().unwrap())
        .collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
    for r in results {
        assert!(r["key"].as_str().unwrap().contains(':'));
        assert!(r["walk_minutes"].as_u64().unwrap() >= 1);
        assert!(["open", "closed", "unknown"].contains(&r["status"]["state"].as_str().unwrap()));
    }
}

#[test]
fn text_output_says_how_far_when_nothing_is_near() {
    let o = cli(&[
        "nearby", "--lat", "45.1913", "--lon", "5.7146", "--need", "repair", "--radius", "50",
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Nothing within 50 m"), "{}", stdout(&o));
}

#[test]
fn show_and_sources_print_attribution() {
    let o = cli(&["show", "france-services:234"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        stdout(&o).contains("Galerie de l'Arlequin"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("formerly"), "{}", stdout(&o));
    // A renamed library: its former name, by any of its records' keys.
    let o = cli(&["show", "bibliotheques:5632"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = stdout(&o);
    assert!(text.starts_with("Bibliothèque Gisèle Halimi ("), "{text}");
    assert!(
        text.contains("  formerly   Bibliothèque Saint-Bruno\n"),
        "{text}"
    );
    let o = cli(&["sources"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("ODbL") && stdout(&o).contains("Licence Ouverte"));
    assert!(stdout(&o).contains("bm-grenoble-ios"), "{}", stdout(&o));
}

#[test]
fn bad_arguments_and_files_fail_with_a_clear_message() {
    for (args, expect) in [
        (
            vec![
                "nearby", "--lat", "45.1", "--lon", "5.7", "--need", "coffee",
            ],
            "unknown need 'coffee'",
        ),
        (
            vec!["nearby", "--lat", "145", "--lon", "5.7", "--need", "wifi"],
            "not a point on Earth",
        ),
        (
            vec!["nearby", "--lat", "abc", "--lon", "5.7", "--need", "wifi"],
            "invalid value",
        ),
        (
            vec!["search", "x", "--snapshot", "/nonexistent/snap.sqlite"],
            "no such file",
        ),
        (vec!["show", "nope:0"], "no place 'nope:0'"),
        (vec!["build", "--out", "x.sqlite"], "nothing to build"),
        (
            vec!["build", "--source", "weird=x.csv", "--out", "x.sqlite"],
            "unknown source kind",
        ),
    ] {
        let o = cli(&args);
        assert!(!o.status.success(), "{args:?} should fail");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(expect), "{args:?}: {err}");
    }
}

#[test]
fn a_file_that_is_not_a_snapshot_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bogus = dir.path().join("bogus.sqlite");
    std::fs::write(&bogus, b"<html>wifi login page</html>").unwrap();
    let o = cli(&["search", "biblio", "--snapshot", bogus.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("bogus.sqlite"));
}

#[test]
fn build_reports_bad_rows_and_keeps_going() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("places.csv");
    std::fs::write(
        &csv,
        "id,name,cats,lat,lon,opening_hours\n1,Espace A,1,45.19,5.72,Mo-Fr 09:00-17:00\n2,Espace B,1,0,0,24/7\n3,Espace C,1,5.72,45.19,lundi matin\n",
    )
    .unwrap();
    let out = dir.path().join("s.sqlite");
    let report = dir.path().join("r.md");
    let o = cli(&[
        "build",
        "--source",
        &format!("bench={}", csv.display()),
        "--out",
        out.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(md.contains("| bench | 3 | 2 | 1 | 1 |"), "{md}");
    assert!(md.contains("coordinates are zero"), "{md}");
    assert!(md.contains("latitude and longitude were swapped"), "{md}");
    let o = cli(&["search", "espace", "--snapshot", out.to_str().unwrap()]);
    assert_eq!(stdout(&o).lines().count(), 2, "{}", stdout(&o));
}

/// A question the core refuses ends with its explanation on stderr and a failure exit code:
/// no panic, no abort, no answer about "NaN m".
fn refused<S: AsRef<str>>(args: &[S], expect: &str) {
    let args: Vec<&str> = args.iter().map(AsRef::as_ref).collect();
    let o = cli(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    // 1 for a refused question, 2 for a value clap cannot read; a panic exits with 101 and
    // an abort has no code at all.
    assert!(
        matches!(o.status.code(), Some(1 | 2)),
        "{args:?}: {:?} {err}",
        o.status
    );
    assert!(err.contains(expect), "{args:?}: {err}");
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    assert!(stdout(&o).is_empty(), "{args:?}: {}", stdout(&o));
}

const GRENOBLE_WIFI: [&str; 7] = [
    "nearby", "--lat", "45.1913", "--lon", "5.7146", "--need", "wifi",
];

fn nearby_with<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = GRENOBLE_WIFI.to_vec();
    args.extend_from_slice(extra);
    args
}

#[test]
fn nearby_limit_zero_is_refused_not_a_panic() {
    refused(
        &nearby_with(&["--limit", "0"]),
        "a limit of 0 places cannot be answered: ask for 1 to 1000 places",
    );
}

#[test]
fn nearby_huge_limit_is_refused_not_an_allocation_abort() {
    refused(
        &nearby_with(&["--limit", "100000000000"]),
        "a limit of 100000000000 places cannot be answered",
    );
}

#[test]
fn nearby_negative_limit_is_refused_as_a_value() {
    refused(
        &nearby_with(&["--limit", "-5"]),
        "invalid value '-5' for '--limit",
    );
}

#[test]
fn nearby_nan_radius_is_refused_not_nothing_within_nan() {
    for r in ["nan", "NaN", "inf", "-inf"] {
        refused(
            &nearby_with(&["--radius", r]),
            "cannot be searched: it must be a number of metres above 0 and at most 1000000",
        );
    }
}

#[test]
fn nearby_negative_radius_is_read_as_a_number_then_refused() {
    refused(
        &nearby_with(&["--radius", "-5"]),
        "a radius of -5 m cannot be searched",
    );
    refused(
        &nearby_with(&["--radius", "0"]),
        "a radius of 0 m cannot be searched",
    );
}

#[test]
fn nearby_radius_beyond_the_cap_is_refused() {
    refused(
        &nearby_with(&["--radius", "1000001"]),
        "a radius of 1000001 m cannot be searched",
    );
    // The cap itself is a question the core answers.
    let o = cli(&nearby_with(&[
        "--radius", "1000000", "--limit", "1000", "--json",
    ]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn nearby_point_off_the_earth_is_refused() {
    refused(
        &["nearby", "--lat", "nan", "--lon", "5.7", "--need", "wifi"],
        "latitude NaN is not a point on Earth",
    );
    refused(
        &["nearby", "--lat", "45.1", "--lon", "-181", "--need", "wifi"],
        "longitude -181 is not a point on Earth",
    );
}

#[test]
fn search_limit_zero_and_huge_text_are_refused() {
    refused(
        &["search", "biblio", "--limit", "0"],
        "a limit of 0 places cannot be answered",
    );
    let long = "bibliothèque ".repeat(40);
    refused(
        &["search", &long],
        "a search text of 519 characters is too long: at most 200",
    );
    refused(
        &["search", "biblio", "--near", "95,5.7"],
        "latitude 95 is not a point on Earth",
    );
}

#[test]
fn open_status_is_worded_as_on_the_app_screens() {
    // Tuesday 10 March 2026 at 10:00: the words come from the app's English translation.
    let o = cli(&nearby_with(&["--limit", "10", "--at", "2026-03-10T10:00"]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    let app_words = [
        "Open until ",
        "Open ",
        "Closed ",
        "Opens at ",
        "Opens tomorrow ",
        "Opens ",
        "Hours unknown",
    ];
    for line in out.lines() {
        assert!(
            app_words.iter().any(|w| line.contains(w)),
            "no status words in: {line}"
        );
        // No Unicode isolation marks in a terminal.
        assert!(!line.contains(['\u{2068}', '\u{2069}']), "{line:?}");
    }
    assert!(out.contains("Open until "), "{out}");
}

/// Regression: the `--source` help listed the kinds by hand and had missed `grenoble-wifi`
/// since it was added: a helper reading the help could not know the city's wifi list existed.
#[test]
fn source_help_missed_the_grenoble_wifi_kind() {
    let o = cli(&["build", "--help"]);
    assert!(o.status.success());
    let help = stdout(&o);
    for (_, name) in toutpres::build::SourceKind::NAMES {
        assert!(help.contains(name), "--source help lacks {name}: {help}");
    }
}
