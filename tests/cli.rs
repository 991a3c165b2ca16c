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
    let o = cli(&["sources"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("ODbL") && stdout(&o).contains("Licence Ouverte"));
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
