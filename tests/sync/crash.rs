//! The process killed at each step of apply and switch: the old snapshot stays active (until
//! the pointer's rename, after which the new one is), and the next sync finishes cleanly.
//! Each run is a real child process (`toutpres-cli sync --fault-at STEP`) that aborts.

use super::support::*;
use toutpres::sync::Step;

fn sync_cli(app: &App, url: &str, fault_at: Option<&str>) -> std::process::Output {
    // Through a shell that forbids core dumps: the aborts are expected.
    let mut cmd = std::process::Command::new("sh");
    cmd.args([
        "-c",
        "ulimit -c 0; exec \"$0\" \"$@\"",
        env!("CARGO_BIN_EXE_toutpres-cli"),
    ])
    .current_dir(&app.dir);
    cmd.args([
        "sync",
        "--url",
        url,
        "--today",
        "2026-02-01",
        "--json",
        "--trust",
    ])
    .arg(public_key().to_string())
    .arg("--data-dir")
    .arg(&app.dir)
    .arg("--bundled")
    .arg(&fixture().editions[0]);
    if let Some(step) = fault_at {
        cmd.args(["--fault-at", step]);
    }
    cmd.output().unwrap()
}

fn outcome(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["outcome"].as_str().unwrap().to_string()
}

fn crash_at_every_step(site: &std::path::Path, to: u64) {
    let nginx = Nginx::serve(site);
    for (step, name) in Step::ALL {
        let app = App::new();
        let out = sync_cli(&app, &nginx.url("manifest"), Some(name));
        assert!(
            !out.status.success(),
            "{name}: the process should have died: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let switched = step == Step::Switched;
        assert_eq!(
            app.check(),
            if switched { to } else { 100 },
            "killed at {name}"
        );
        let leftovers: Vec<String> = std::fs::read_dir(&app.dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".new") || n.ends_with(".scratch") || n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{name}: {leftovers:?}");
        let next = outcome(&sync_cli(&app, &nginx.url("manifest"), None));
        let want = if switched {
            "sync-up-to-date"
        } else {
            "sync-updated"
        };
        assert_eq!(next, want, "the sync after a kill at {name}");
        assert_eq!(app.check(), to, "after a kill at {name}");
    }
}

#[test]
fn killed_at_each_step_of_a_delta_update_keeps_the_old_snapshot_and_recovers() {
    crash_at_every_step(&fixture().site, 101);
}

#[test]
fn killed_at_each_step_of_a_full_update_keeps_the_old_snapshot_and_recovers() {
    crash_at_every_step(&fixture().site_full, 102);
}
