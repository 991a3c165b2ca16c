//! Connections: who is asking (behind trusted proxies), and how long and how many.
//!
//! # The source address
//! A reverse proxy appends the address it received a request from to `X-Forwarded-For`, so
//! only the *right-most* values were written by proxies; whatever is to the left came from the
//! client and is whatever it wants. The server used to take the first value with
//! `--behind-proxy`: 200 posts with 200 made-up first values all got 201, and 100 wrong
//! passwords got no 429. Now the proxies are named (`--trusted-proxy`, addresses or
//! networks): when the socket's peer is one of them, the header is read from the right and
//! the first address that is not a trusted proxy is the source; a value that is not an address
//! stops the walk at the proxy that appended it (so every client sending garbage shares one
//! limit). When the peer is not a trusted proxy, the header is ignored. IPv4-mapped IPv6
//! addresses (`::ffff:10.77.0.1`) are read as IPv4, so one address cannot count as two.
//!
//! # Timeouts and caps
//! The inbox faced 21,900 connections that never finished (idle, half-sent headers, one header
//! byte per second, a body that never ends): they held 20,000 open files and `/health`
//! stopped answering. Each limit now comes from a maintained layer, not a hand-made timer:
//! - hyper's `header_read_timeout` (`--header-timeout`, 10 s): the headers of a request must
//!   arrive within it, counted from when the connection waits for them, so it also closes an
//!   idle keep-alive connection;
//! - tower-http's `RequestBodyTimeoutLayer` (`--body-timeout`, 10 s): the longest pause inside
//!   a body, and `TimeoutLayer` (`--request-timeout`, 30 s, then 408): a whole request, so a
//!   body trickled one byte per 9 s still ends;
//! - a cap on open connections in total (`--max-connections`, 2,048) and per source address
//!   (`--max-connections-per-address`, 32; trusted proxies excepted, as everyone's traffic
//!   comes through them): a connection over a cap is closed as soon as it is accepted, before
//!   anything is read, so an attack from a few addresses costs one `accept` per try; when the
//!   total is full, the oldest connection that has sent no whole request for a second makes
//!   room (see [`serve`]). Measured in BENCHMARKS.md: `/health` under a 20,000-connection slow
//!   attack from 16 and from 250 addresses.
//!
//! Only HTTP/1.1 is served: Caddy talks HTTP/1.1 to its upstreams, and a phone without a
//! proxy does too.

use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request};
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};

/// Addresses and networks whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default)]
pub struct Proxies(Vec<(IpAddr, u8)>);

/// `::ffff:a.b.c.d` as `a.b.c.d`; any other address as it is.
pub fn normalise(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

impl Proxies {
    /// `127.0.0.1`, `::1`, `10.0.0.0/8`, `fd00::/8`.
    pub fn parse(list: &[String]) -> Result<Proxies, String> {
        let mut nets = Vec::new();
        for item in list {
            let bad = || format!("--trusted-proxy {item}: expected an address or ADDRESS/BITS");
            let (addr, bits) = match item.split_once('/') {
                Some((a, b)) => (a, Some(b.parse::<u8>().map_err(|_| bad())?)),
                None => (item.as_str(), None),
            };
            let ip = normalise(addr.trim().parse::<IpAddr>().map_err(|_| bad())?);
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let bits = bits.unwrap_or(max);
            if bits > max {
                return Err(bad());
            }
            nets.push((ip, bits));
        }
        Ok(Proxies(nets))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = normalise(ip);
        self.0.iter().any(|&(net, bits)| match (net, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        })
    }

    /// The request's source address (see the module doc).
    pub fn source(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = normalise(peer);
        if !self.contains(peer) {
            return peer;
        }
        let mut source = peer;
        let values: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .map(|v| v.to_str().unwrap_or(""))
            .collect();
        for value in values.iter().rev() {
            for hop in value.rsplit(',') {
                let Ok(ip) = hop.trim().parse::<IpAddr>() else {
                    return source;
                };
                let ip = normalise(ip);
                if !self.contains(ip) {
                    return ip;
                }
                source = ip;
            }
        }
        source
    }
}

/// The limits of `serve` (see the module doc).
#[derive(Debug, Clone)]
pub struct Limits {
    pub header_timeout: Duration,
    pub max_connections: usize,
    pub max_per_address: usize,
}

/// One open connection counted against its address; uncounted when dropped.
struct Slot {
    counts: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: Option<IpAddr>,
}

impl Slot {
    fn take(
        counts: &Arc<Mutex<HashMap<IpAddr, usize>>>,
        ip: IpAddr,
        max: usize,
        exempt: bool,
    ) -> Option<Slot> {
        if exempt {
            return Some(Slot {
                counts: counts.clone(),
                ip: None,
            });
        }
        let mut map = crate::server::lock(counts);
        let n = map.entry(ip).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(Slot {
            counts: counts.clone(),
            ip: Some(ip),
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(ip) = self.ip {
            let mut map = crate::server::lock(&self.counts);
            if let Some(n) = map.get_mut(&ip) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    map.remove(&ip);
                }
            }
        }
    }
}

/// How long a connection that has not sent a whole request yet is safe from eviction.
const EVICTION_AGE: Duration = Duration::from_secs(1);

/// One open connection, as the eviction queue sees it.
struct Tracked {
    opened: Instant,
    /// It answered a request (headers and body came): never evicted.
    served: AtomicBool,
    /// Its place in the total; taken by the connection that evicts it, or at its end.
    permit: Mutex<Option<OwnedSemaphorePermit>>,
    evict: Notify,
}

/// The connections in the order they were accepted, to find the oldest that never sent a
/// whole request (see `serve`).
struct Queue {
    tracked: Mutex<VecDeque<Arc<Tracked>>>,
    max: usize,
}

impl Queue {
    fn push(&self, t: Arc<Tracked>) {
        let mut q = crate::server::lock(&self.tracked);
        if q.len() > 2 * self.max {
            // Entries of closed or served connections are dropped lazily; now and then all.
            q.retain(|t| {
                !t.served.load(Ordering::Relaxed) && crate::server::lock(&t.permit).is_some()
            });
        }
        q.push_back(t);
    }

    /// The place of the oldest connection that sent no whole request in `EVICTION_AGE`, which
    /// is told to close; `None` when there is none.
    fn evict(&self) -> Option<OwnedSemaphorePermit> {
        let mut q = crate::server::lock(&self.tracked);
        while let Some(t) = q.front() {
            if t.opened.elapsed() < EVICTION_AGE {
                return None;
            }
            let t = q.pop_front()?;
            if t.served.load(Ordering::Relaxed) {
                continue;
            }
            let permit = crate::server::lock(&t.permit).take();
            if permit.is_some() {
                t.evict.notify_one();
                return permit;
            }
        }
        None
    }
}

/// Serve `app` on `listener` until `shutdown` completes, then give the open requests 5 s.
///
/// When every place of the total is taken, the oldest connection that has been open for a
/// second without sending a whole request is closed to make room: an attack from more
/// addresses than the total divided by the per-address cap (2,048 / 32 = 64) fills the total
/// with connections that never finish, and without this every new client, `/health`
/// included, was refused until the header timeout freed them (measured: 1,237 of 1,322
/// `/health` tries refused from 250 attacking addresses). A client that sends its request
/// within the second, and every connection that has served one, is never evicted.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: Limits,
    proxies: Arc<Proxies>,
    shutdown: impl Future<Output = ()>,
) {
    let total = Arc::new(Semaphore::new(limits.max_connections));
    let queue = Arc::new(Queue {
        tracked: Mutex::new(VecDeque::new()),
        max: limits.max_connections,
    });
    let per_address = Arc::new(Mutex::new(HashMap::new()));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true)
        .max_buf_size(64 * 1024);
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            () = &mut shutdown => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of file descriptors, most likely: wait for some to close.
                eprintln!("inbox: accept: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let ip = normalise(peer.ip());
        let Some(slot) = Slot::take(
            &per_address,
            ip,
            limits.max_per_address,
            proxies.contains(ip),
        ) else {
            continue;
        };
        let permit = match total.clone().try_acquire_owned() {
            Ok(p) => p,
            Err(_) => match queue.evict() {
                Some(p) => p,
                None => continue,
            },
        };
        let tracked = Arc::new(Tracked {
            opened: Instant::now(),
            served: AtomicBool::new(false),
            permit: Mutex::new(Some(permit)),
            evict: Notify::new(),
        });
        queue.push(tracked.clone());
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let on_request = tracked.clone();
        let service = hyper::service::service_fn(move |mut req: Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let mut app = app.clone();
            let on_request = on_request.clone();
            async move {
                let answer = tower::Service::call(&mut app, req).await;
                // Answered: its headers and body all came (a slow body stays evictable).
                on_request.served.store(true, Ordering::Relaxed);
                answer
            }
        });
        let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            tokio::select! {
                _ = conn => {},
                () = tracked.evict.notified() => {},
            }
            drop(slot);
            drop(crate::server::lock(&tracked.permit).take());
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(Duration::from_secs(5)) => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn the_right_most_untrusted_address_is_the_source() {
        let p = Proxies::parse(&["127.0.0.1".into(), "10.0.0.0/8".into()]).unwrap();
        let proxy: IpAddr = "127.0.0.1".parse().unwrap();
        let src = |xff: &[&str]| p.source(proxy, &headers(xff)).to_string();
        assert_eq!(src(&["6.6.6.6, 203.0.113.9"]), "203.0.113.9");
        assert_eq!(src(&["6.6.6.6", "203.0.113.9, 10.1.2.3"]), "203.0.113.9");
        assert_eq!(src(&["::ffff:203.0.113.9"]), "203.0.113.9");
        assert_eq!(src(&["203.0.113.9, garbage, 10.1.2.3"]), "10.1.2.3");
        assert_eq!(src(&[]), "127.0.0.1");
        // Not from a trusted proxy: the header is the client's own words.
        let other: IpAddr = "198.51.100.7".parse().unwrap();
        assert_eq!(
            p.source(other, &headers(&["203.0.113.9"])).to_string(),
            "198.51.100.7"
        );
        assert_eq!(
            p.source("::ffff:198.51.100.7".parse().unwrap(), &headers(&[]))
                .to_string(),
            "198.51.100.7"
        );
        assert!(Proxies::parse(&["10.0.0.0/33".into()]).is_err());
        assert!(Proxies::parse(&["0.0.0.0/0".into()])
            .unwrap()
            .contains("1.2.3.4".parse().unwrap()));
    }
}
