//! The inbox's HTTP server: `POST /contributions`, `GET /health`, and the review page's
//! routes (`review.rs`).
//!
//! # The contributions endpoint
//! Anyone can post, so every request is checked in this order, each with a clear JSON error
//! (`{"error": "…"}`, whose text never repeats the input; `<`, `>` and `&` are escaped even
//! inside JSON strings):
//! 1. at most `--per-minute` posts (default 30) per source address in each minute, else 429
//!    with `Retry-After` (a flood from one address cannot fill the disk or hide real ones);
//! 2. `Content-Type: application/json`, else 415;
//! 3. `X-Team-Code`: absent is anonymous; a code of the team codes file marks the team;
//!    anything else is 403 (a mistyped code is told, not silently anonymous);
//! 4. at most 8 KB (`Content-Length` first, then while reading), else 413;
//! 5. `Contribution::from_json`, else 400;
//! 6. stored and committed (fsync) before the answer: 201 new, 200 the same again, 409 the
//!    same id with other content.
//!
//! The source address is the socket's peer; behind a reverse proxy, `--behind-proxy` takes
//! the first `X-Forwarded-For` value instead. Cross-origin posts are allowed (the web app runs
//! on another origin): no cookie is involved, and the endpoint only ever adds waiting
//! proposals.

use super::review;
use crate::args::InboxServeArgs;
use crate::Res;
use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use toutpres::contribution::{Contribution, ContributionError, MAX_BYTES};
use toutpres::inbox::{Inbox, Received};

/// Everything the handlers share.
pub struct AppState {
    pub inbox: Mutex<Inbox>,
    /// Team code hash (SHA-256 hex) → team name.
    pub teams: HashMap<String, String>,
    /// Reviewer name → Argon2id PHC hash.
    pub reviewers: HashMap<String, String>,
    /// A hash no password matches, verified when the name is unknown so that the answer takes
    /// as long as for a known name.
    pub dummy_hash: String,
    pub snapshot: PathBuf,
    pub posts: Limiter,
    pub logins: Limiter,
    pub sessions: Mutex<HashMap<String, review::Session>>,
    pub secure_cookie: bool,
    pub behind_proxy: bool,
}

/// A lock that survives a panicked holder (the data behind it stays usable: each write to the
/// database is its own transaction).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// At most `per_minute` events per address in each one-minute window.
pub struct Limiter {
    per_minute: u32,
    seen: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl Limiter {
    pub fn new(per_minute: u32) -> Limiter {
        Limiter {
            per_minute,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one event; false when the address is over its limit.
    pub fn allow(&self, ip: IpAddr) -> bool {
        let now = Instant::now();
        let minute = Duration::from_secs(60);
        let mut seen = lock(&self.seen);
        if seen.len() > 100_000 {
            seen.retain(|_, (start, _)| now.duration_since(*start) < minute);
        }
        let entry = seen.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= minute {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= self.per_minute
    }
}

/// The request's source address (see the module doc).
pub fn source_ip(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    if state.behind_proxy {
        let forwarded = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok());
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    peer.ip()
}

/// A JSON answer; `<`, `>` and `&` escaped so that no browser can read markup into it.
fn json(status: StatusCode, value: serde_json::Value) -> Response {
    let text = value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    let mut r = (status, text).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    r
}

fn error(status: StatusCode, message: &str) -> Response {
    json(status, serde_json::json!({ "error": message }))
}

async fn preflight() -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    let h = r.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("POST"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("content-type, x-team-code"),
    );
    h.insert(
        header::ACCESS_CONTROL_MAX_AGE,
        HeaderValue::from_static("86400"),
    );
    r
}

async fn health(State(state): State<Arc<AppState>>) -> Response {
    let counts = tokio::task::spawn_blocking(move || lock(&state.inbox).counts()).await;
    match counts {
        Ok(Ok((waiting, _, _))) => json(
            StatusCode::OK,
            serde_json::json!({ "status": "ok", "waiting": waiting }),
        ),
        _ => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the inbox database cannot be read",
        ),
    }
}

pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

async fn post_contribution(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if !state.posts.allow(source_ip(&state, peer, &headers)) {
        let mut r = error(
            StatusCode::TOO_MANY_REQUESTS,
            "too many contributions from this address; try again in a minute",
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        return r;
    }
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json_type {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the contribution as Content-Type: application/json",
        );
    }
    let team = match headers.get("x-team-code") {
        None => None,
        Some(code) => {
            let name = code
                .to_str()
                .ok()
                .and_then(|c| state.teams.get(&super::code_hash(c)));
            match name {
                Some(name) => Some(name.clone()),
                None => return error(StatusCode::FORBIDDEN, "unknown team code"),
            }
        }
    };
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = || {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            &ContributionError::TooLarge(MAX_BYTES + 1).to_string(),
        )
    };
    if announced.is_some_and(|n| n > MAX_BYTES as u64) {
        return too_large();
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BYTES).await else {
        return too_large();
    };
    let contribution = match Contribution::from_json(&bytes) {
        Ok(c) => c,
        Err(ContributionError::TooLarge(_)) => return too_large(),
        Err(e) => return error(StatusCode::BAD_REQUEST, &e.to_string()),
    };
    let id = contribution.id.clone();
    let stored = tokio::task::spawn_blocking(move || {
        lock(&state.inbox).receive(&contribution, team.as_deref(), &now_rfc3339())
    })
    .await;
    match stored {
        Ok(Ok(Received::New)) => json(
            StatusCode::CREATED,
            serde_json::json!({ "status": "stored", "id": id }),
        ),
        Ok(Ok(Received::Repeat)) => json(
            StatusCode::OK,
            serde_json::json!({ "status": "already_stored", "id": id }),
        ),
        Ok(Ok(Received::Conflict)) => error(
            StatusCode::CONFLICT,
            "another contribution with this id was stored before; make a new id",
        ),
        Ok(Err(e)) => {
            eprintln!("inbox: cannot store {id}: {e}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the inbox cannot store it now; try again later",
            )
        }
        Err(e) => {
            eprintln!("inbox: {e}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the inbox cannot store it now; try again later",
            )
        }
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/contributions", post(post_contribution).options(preflight))
        .route("/health", get(health))
        .merge(review::routes())
        // Forms of the review page are small; the contributions endpoint reads its own body.
        .layer(DefaultBodyLimit::max(16 * 1024))
        .with_state(state)
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

pub fn serve(a: InboxServeArgs) -> Res {
    let inbox = Inbox::open(&a.db)?;
    let teams = match &a.team_codes {
        Some(path) => super::read_team_codes(path)?,
        None => HashMap::new(),
    };
    let reviewers = match &a.reviewers {
        Some(path) => super::read_reviewers(path)?,
        None => HashMap::new(),
    };
    let dummy_hash = review::dummy_hash()?;
    let state = Arc::new(AppState {
        inbox: Mutex::new(inbox),
        teams,
        reviewers,
        dummy_hash,
        snapshot: a
            .snapshot
            .clone()
            .unwrap_or_else(|| PathBuf::from(crate::BUNDLED)),
        posts: Limiter::new(a.per_minute),
        logins: Limiter::new(a.per_minute),
        sessions: Mutex::new(HashMap::new()),
        secure_cookie: a.secure_cookie,
        behind_proxy: a.behind_proxy,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&a.listen).await?;
        let addr = listener.local_addr()?;
        say!(
            "inbox listening on http://{addr} ({} team codes, {} reviewers)",
            state.teams.len(),
            state.reviewers.len()
        );
        axum::serve(
            listener,
            router(state).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown())
        .await?;
        Ok::<(), crate::Error>(())
    })
}
