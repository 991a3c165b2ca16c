//! `inbox bench` (hidden): contributions accepted per second by a running inbox. N new
//! contributions (distinct ids, new places near Grenoble) are posted by C concurrent clients
//! over HTTP/1.1; every answer must be 201. The inbox must run with a `--per-minute` above N
//! (its flood limit would otherwise answer 429).

use crate::Res;
use futures_util::stream::{self, StreamExt};
use std::time::{Duration, Instant};

pub fn run(url: &str, count: usize, concurrency: usize) -> Res {
    let endpoint = format!("{}/contributions", url.trim_end_matches('/'));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let mut tag = [0u8; 4];
    getrandom::fill(&mut tag).map_err(|e| e.to_string())?;
    let tag: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    let (elapsed, mut latencies, failures) = runtime.block_on(async {
        let t = Instant::now();
        let results: Vec<(Duration, bool)> = stream::iter(0..count)
            .map(|i| {
                let body = format!(
                    r#"{{"id":"bench-{tag}-{i:08}","kind":{{"type":"new_place","name":"Lieu de test {i}","lat":45.18,"lon":5.72,"needs":["charging"]}},"note":"banc d'essai","created":"2026-03-10T10:00:00Z","app_version":"0.1.0"}}"#
                );
                let client = client.clone();
                let endpoint = endpoint.clone();
                async move {
                    let t = Instant::now();
                    let ok = client
                        .post(&endpoint)
                        .header("content-type", "application/json")
                        .body(body)
                        .send()
                        .await
                        .is_ok_and(|r| r.status().as_u16() == 201);
                    (t.elapsed(), ok)
                }
            })
            .buffer_unordered(concurrency.max(1))
            .collect()
            .await;
        let failures = results.iter().filter(|(_, ok)| !ok).count();
        let latencies: Vec<Duration> = results.into_iter().map(|(d, _)| d).collect();
        (t.elapsed(), latencies, failures)
    });
    latencies.sort_unstable();
    let pick = |q: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * q).round() as usize)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    say!(
        "{count} contributions, {concurrency} concurrent clients: {:.0} accepted/s \
         ({:.2} s), latency median {:.1} ms, p99 {:.1} ms, {failures} not 201",
        (count - failures) as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64(),
        pick(0.5),
        pick(0.99)
    );
    if failures > 0 {
        return Err(format!("{failures} posts were not accepted").into());
    }
    Ok(())
}
