//! `bench` (hidden): contributions accepted per second by a running inbox, and `/health`'s
//! latency, optionally during a slow-connection attack. N new contributions (distinct ids,
//! new places near Grenoble) are posted by C concurrent clients over HTTP/1.1; every answer
//! must be 201, so the inbox must run with a `--per-minute` above N. Meanwhile a monitor asks
//! `/health` on a new connection every 20 ms. With `--slow S`, S connections are opened from
//! 127.0.0.2 and the next addresses (Linux answers the whole 127.0.0.0/8 on loopback), each
//! sending a request's first line and then one header line every 5 s, never finishing
//! (their first tries spread over 3 s);
//! a connection the server closes is opened again 5 s later. Raise `ulimit -n` first.

use crate::args::BenchArgs;
use crate::Res;
use futures_util::stream::{self, StreamExt};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The attack's connections start over this time.
const RAMP: Duration = Duration::from_secs(3);

fn quantile(sorted: &[Duration], q: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 - 1.0) * q).round() as usize)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// One attacker's connection, again and again until `stop`.
async fn slow_client(
    from: Ipv4Addr,
    to: SocketAddr,
    start: Duration,
    counters: [Arc<AtomicUsize>; 2],
    stop: Arc<AtomicBool>,
) {
    let [open, tries] = counters;
    tokio::time::sleep(start).await;
    while !stop.load(Ordering::Relaxed) {
        tries.fetch_add(1, Ordering::Relaxed);
        let connected = async {
            let socket = tokio::net::TcpSocket::new_v4()?;
            socket.bind(SocketAddr::new(IpAddr::V4(from), 0))?;
            socket.connect(to).await
        }
        .await;
        if let Ok(mut stream) = connected {
            open.fetch_add(1, Ordering::Relaxed);
            let mut ok = stream
                .write_all(b"POST /contributions HTTP/1.1\r\nHost: inbox\r\n")
                .await
                .is_ok();
            let mut buf = [0u8; 512];
            while ok && !stop.load(Ordering::Relaxed) {
                // Open as long as the server sends nothing and does not close.
                ok = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
                    .await
                    .is_err()
                    && stream.write_all(b"X-Slow: 1\r\n").await.is_ok();
            }
            open.fetch_sub(1, Ordering::Relaxed);
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

pub fn run(a: &BenchArgs) -> Res {
    let base = a.url.trim_end_matches('/').to_string();
    let endpoint = format!("{base}/contributions");
    let target: SocketAddr = base
        .trim_start_matches("http://")
        .parse()
        .map_err(|_| "--url must be http://ADDRESS:PORT")?;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()?;
    let monitor = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(0)
        .build()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let mut tag = [0u8; 4];
    getrandom::fill(&mut tag).map_err(|e| e.to_string())?;
    let tag: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    let count = a.count;
    let concurrency = a.concurrency.max(1);
    runtime.block_on(async {
        let open = Arc::new(AtomicUsize::new(0));
        let tries = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let mut attackers = Vec::new();
        for i in 0..a.slow {
            let n = (i % usize::from(a.slow_addresses.max(1))) as u8;
            let from = Ipv4Addr::new(127, 0, 0, 2u8.saturating_add(n));
            // Spread over the first 3 s, as the attacker's own open files allow.
            let start = RAMP.mul_f64(i as f64 / a.slow as f64);
            attackers.push(tokio::spawn(slow_client(
                from,
                target,
                start,
                [open.clone(), tries.clone()],
                stop.clone(),
            )));
        }
        if a.slow > 0 {
            tokio::time::sleep(RAMP + Duration::from_secs(2)).await;
        }
        let done = Arc::new(AtomicBool::new(false));
        let health = {
            let done = done.clone();
            let url = format!("{base}/health");
            let monitor = monitor.clone();
            let wanted = a.health;
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut failures = 0;
                while !done.load(Ordering::Relaxed) || latencies.len() + failures < wanted {
                    let t = Instant::now();
                    match monitor.get(&url).send().await {
                        Ok(r) if r.status().is_success() => latencies.push(t.elapsed()),
                        _ => failures += 1,
                    }
                    if latencies.len() + failures >= wanted && done.load(Ordering::Relaxed) {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                (latencies, failures)
            })
        };
        let held_at_start = open.load(Ordering::Relaxed);
        let t = Instant::now();
        let results: Vec<(Duration, Option<String>)> = stream::iter(0..count)
            .map(|i| {
                let body = format!(
                    r#"{{"id":"bench-{tag}-{i:08}","kind":{{"type":"new_place","name":"Lieu de test {i}","lat":45.18,"lon":5.72,"needs":["charging"]}},"note":"banc d'essai","created":"2026-03-10T10:00:00Z","app_version":"0.1.0"}}"#
                );
                let client = client.clone();
                let endpoint = endpoint.clone();
                async move {
                    let t = Instant::now();
                    let answer = client
                        .post(&endpoint)
                        .header("content-type", "application/json")
                        .body(body)
                        .send()
                        .await;
                    let why = match answer {
                        Ok(r) if r.status().as_u16() == 201 => None,
                        Ok(r) => Some(r.status().to_string()),
                        Err(e) => Some(format!("{e:?}").chars().take(160).collect()),
                    };
                    (t.elapsed(), why)
                }
            })
            .buffer_unordered(concurrency)
            .collect()
            .await;
        let elapsed = t.elapsed();
        let held_at_end = open.load(Ordering::Relaxed);
        done.store(true, Ordering::Relaxed);
        let (mut health_lat, health_failures) = health.await.unwrap_or_default();
        stop.store(true, Ordering::Relaxed);
        for attacker in attackers {
            attacker.abort();
        }
        let failures = results.iter().filter(|(_, why)| why.is_some()).count();
        if let Some((_, Some(why))) = results.iter().find(|(_, why)| why.is_some()) {
            eprintln!("first post not accepted: {why}");
        }
        let mut latencies: Vec<Duration> = results.into_iter().map(|(d, _)| d).collect();
        latencies.sort_unstable();
        health_lat.sort_unstable();
        say!(
            "{count} contributions, {concurrency} concurrent clients: {:.0} accepted/s \
             ({:.2} s), latency median {:.1} ms, p99 {:.1} ms, {failures} not 201",
            (count - failures) as f64 / elapsed.as_secs_f64(),
            elapsed.as_secs_f64(),
            quantile(&latencies, 0.5),
            quantile(&latencies, 0.99)
        );
        say!(
            "/health on a new connection, {} answers: median {:.1} ms, p99 {:.1} ms, max {:.1} ms, \
             {health_failures} failed",
            health_lat.len(),
            quantile(&health_lat, 0.5),
            quantile(&health_lat, 0.99),
            quantile(&health_lat, 1.0)
        );
        if a.slow > 0 {
            say!(
                "slow attack: {} connections from {} addresses; open on the attacker's side \
                 {held_at_start} at the start, {held_at_end} at the end; {} connection attempts",
                a.slow,
                a.slow_addresses.max(1),
                tries.load(Ordering::Relaxed)
            );
        }
        if failures > 0 {
            return Err(format!("{failures} posts were not accepted").into());
        }
        Ok::<(), crate::Error>(())
    })
}
