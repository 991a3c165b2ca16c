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
//! A body that ends before its `Content-Length` (the client closed the connection) is a 400
//! that says so; one that pauses too long is a 408 (`net.rs`).
//!
//! The source address is the socket's peer, or behind trusted proxies the right-most address
//! of `X-Forwarded-For` that is not one of them (`net.rs`). Cross-origin posts are allowed (the
//! web app runs on another origin): no cookie is involved, and the endpoint only ever adds
//! waiting proposals.
//!
//! # `/health`
//! Always JSON: `{"status": "ok", "inbox": {"database": "ok", "waiting": N}, "publish":
//! null | {"ok", "finished", "message", "age_hours"}, "publish_ok": null | bool,
//! "publish_problem": null | "…"}`. It answers 503 only when the inbox's own database cannot
//! be read: that is the inbox being down. A failed or late publish (its status file says
//! `"ok": false`, or it finished more than 36 hours ago, or the file cannot be read) is still
//! 200 with `"publish_ok": false` and the reason in `publish_problem`: the inbox goes on
//! receiving and reviewing, and a monitor that restarts on 5xx must not restart a healthy
//! inbox for a publish job's fault. No status file yet, or no `--publish-status`, gives
//! `"publish": null, "publish_ok": null`.

use crate::args::ServeArgs;
use crate::net::{Limits, Proxies};
use crate::review;
use crate::Res;
use axum::body::Body;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use toutpres::contribution::{Contribution, ContributionError, MAX_BYTES};
use toutpres::inbox::{Inbox, Received};
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

/// A publish older than this is reported late by `/health`: the job runs every night.
const PUBLISH_LATE_HOURS: f64 = 36.0;

/// Everything the handlers share.
pub struct AppState {
    /// The one writing connection: posts, decisions, sessions made and ended.
    pub inbox: Mutex<Inbox>,
    /// A read-only connection for what only reads (`/health`, the review page's list,
    /// sessions looked up): in WAL mode it reads the last commit without waiting for the
    /// writer's lock, which is held through each post's fsync. Under 16 clients posting,
    /// `/health` waited behind them: median 15 ms, max 117 ms (BENCHMARKS.md).
    pub reader: Mutex<Inbox>,
    /// Team code hash (SHA-256 hex) → team name.
    pub teams: HashMap<String, String>,
    /// Reviewer name → Argon2id PHC hash.
    pub reviewers: HashMap<String, String>,
    /// A hash no password matches, verified when the name is unknown so that the answer takes
    /// as long as for a known name.
    pub dummy_hash: String,
    pub snapshot: PathBuf,
    pub posts: Limiter<IpAddr>,
    pub logins: Limiter<IpAddr>,
    /// Login attempts per reviewer name, whatever the address.
    pub account_logins: Limiter<String>,
    pub secure_cookie: bool,
    pub proxies: Arc<Proxies>,
    pub publish_trigger: Option<PathBuf>,
    pub publish_status: Option<PathBuf>,
}

/// A lock that survives a panicked holder (the data behind it stays usable: each write to the
/// database is its own transaction).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// At most `per_minute` events per key in each one-minute window.
pub struct Limiter<K> {
    per_minute: u32,
    seen: Mutex<HashMap<K, (Instant, u32)>>,
}

impl<K: Hash + Eq> Limiter<K> {
    pub fn new(per_minute: u32) -> Limiter<K> {
        Limiter {
            per_minute,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one event; false when the key is over its limit.
    pub fn allow(&self, key: K) -> bool {
        let now = Instant::now();
        let minute = Duration::from_secs(60);
        let mut seen = lock(&self.seen);
        if seen.len() > 100_000 {
            seen.retain(|_, (start, _)| now.duration_since(*start) < minute);
        }
        let entry = seen.entry(key).or_insert((now, 0));
        if now.duration_since(entry.0) >= minute {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= self.per_minute
    }
}

/// The request's source address (see `net.rs`).
pub fn source_ip(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    state.proxies.source(peer.ip(), headers)
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

/// The publish job's status file, as `/health` reports it (see the module doc): the
/// `publish` object, and the problem when there is one.
pub fn publish_status(path: Option<&std::path::Path>) -> (serde_json::Value, Option<String>) {
    let Some(path) = path else {
        return (serde_json::Value::Null, None);
    };
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (serde_json::Value::Null, None)
        }
        Err(e) => {
            return (
                serde_json::Value::Null,
                Some(format!("the publish status file cannot be read: {e}")),
            )
        }
    };
    #[derive(serde::Deserialize)]
    struct Status {
        ok: bool,
        finished: String,
        #[serde(default)]
        message: String,
    }
    let Ok(status) = serde_json::from_slice::<Status>(&text) else {
        return (
            serde_json::Value::Null,
            Some("the publish status file is not {\"ok\", \"finished\", \"message\"}".into()),
        );
    };
    let age = chrono::DateTime::parse_from_rfc3339(&status.finished)
        .ok()
        .map(|t| {
            (chrono::Utc::now() - t.with_timezone(&chrono::Utc)).num_seconds() as f64 / 3600.0
        });
    let problem = if !status.ok {
        Some(format!("the last publish failed: {}", status.message))
    } else {
        match age {
            None => Some("the publish status has no readable finishing time".to_string()),
            Some(h) if h > PUBLISH_LATE_HOURS => Some(format!(
                "the last successful publish finished {h:.0} hours ago (more than {PUBLISH_LATE_HOURS:.0})"
            )),
            Some(_) => None,
        }
    };
    (
        serde_json::json!({
            "ok": status.ok,
            "finished": status.finished,
            "message": status.message,
            "age_hours": age.map(|h| (h * 10.0).round() / 10.0),
        }),
        problem,
    )
}

async fn health(State(state): State<Arc<AppState>>) -> Response {
    let st = state.clone();
    let waiting = tokio::task::spawn_blocking(move || lock(&st.reader).waiting()).await;
    let status_file = state.publish_status.clone();
    let (publish, problem) =
        tokio::task::spawn_blocking(move || publish_status(status_file.as_deref()))
            .await
            .unwrap_or((serde_json::Value::Null, Some("internal error".into())));
    let publish_ok = if problem.is_some() {
        serde_json::Value::Bool(false)
    } else if publish.is_null() {
        serde_json::Value::Null
    } else {
        serde_json::Value::Bool(true)
    };
    let (status, inbox) = match waiting {
        Ok(Ok(waiting)) => (
            StatusCode::OK,
            serde_json::json!({ "database": "ok", "waiting": waiting }),
        ),
        _ => (
            StatusCode::SERVICE_UNAVAILABLE,
            serde_json::json!({ "database": "the inbox database cannot be read", "waiting": null }),
        ),
    };
    json(
        status,
        serde_json::json!({
            "status": if status == StatusCode::OK { "ok" } else { "error" },
            "inbox": inbox,
            "publish": publish,
            "publish_ok": publish_ok,
            "publish_problem": problem,
        }),
    )
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
                .and_then(|c| state.teams.get(&crate::code_hash(c)));
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
    let bytes = match axum::body::to_bytes(body, MAX_BYTES).await {
        Ok(b) => b,
        Err(e) => return body_error(&e, too_large),
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

/// Why a body could not be read, as an answer: over the limit (413), too slow (408), or cut
/// off before the length it announced, the client having closed the connection (400).
pub fn body_error(e: &axum::Error, too_large: impl Fn() -> Response) -> Response {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if c.is::<http_body_util::LengthLimitError>() {
            return too_large();
        }
        if c.is::<tower_http::timeout::TimeoutError>() {
            return error(
                StatusCode::REQUEST_TIMEOUT,
                "the body came too slowly; send it again",
            );
        }
        cause = c.source();
    }
    error(
        StatusCode::BAD_REQUEST,
        "the body was cut off before the length it announced (Content-Length): \
         the connection closed; send it again",
    )
}

/// The routes, with the request and body timeouts (`net.rs`).
pub fn router(state: Arc<AppState>, body_timeout: Duration, request_timeout: Duration) -> Router {
    Router::new()
        .route("/contributions", post(post_contribution).options(preflight))
        .route("/health", get(health))
        .merge(review::routes())
        // Forms of the review page are small; the contributions endpoint reads its own body.
        .layer(DefaultBodyLimit::max(16 * 1024))
        .layer(RequestBodyTimeoutLayer::new(body_timeout))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
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

pub fn serve(a: ServeArgs) -> Res {
    let inbox = if a.create && !a.db.exists() {
        Inbox::create(&a.db)?
    } else {
        Inbox::open(&a.db)?
    };
    let reader = Inbox::open_read_only(&a.db)?;
    let teams = match &a.team_codes {
        Some(path) => crate::read_team_codes(path)?,
        None => HashMap::new(),
    };
    let reviewers = match &a.reviewers {
        Some(path) => crate::read_reviewers(path)?,
        None => HashMap::new(),
    };
    let proxies = Arc::new(Proxies::parse(&a.trusted_proxies)?);
    let dummy_hash = review::dummy_hash()?;
    if a.max_connections == 0 || a.max_connections_per_address == 0 {
        return Err("the connection caps must be at least 1".into());
    }
    let state = Arc::new(AppState {
        inbox: Mutex::new(inbox),
        reader: Mutex::new(reader),
        teams,
        reviewers,
        dummy_hash,
        snapshot: a
            .snapshot
            .clone()
            .unwrap_or_else(|| PathBuf::from(crate::BUNDLED)),
        posts: Limiter::new(a.per_minute),
        logins: Limiter::new(a.per_minute),
        account_logins: Limiter::new(a.logins_per_account),
        secure_cookie: a.secure_cookie,
        proxies: proxies.clone(),
        publish_trigger: a.publish_trigger.clone(),
        publish_status: a.publish_status.clone(),
    });
    let limits = Limits {
        header_timeout: Duration::from_secs(a.header_timeout.max(1)),
        max_connections: a.max_connections,
        max_per_address: a.max_connections_per_address,
    };
    let app = router(
        state.clone(),
        Duration::from_secs(a.body_timeout.max(1)),
        Duration::from_secs(a.request_timeout.max(1)),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&a.listen).await?;
        let addr = listener.local_addr()?;
        say!(
            "inbox listening on http://{addr} ({} team codes, {} reviewers, {} trusted proxies)",
            state.teams.len(),
            state.reviewers.len(),
            a.trusted_proxies.len()
        );
        crate::net::serve(listener, app, limits, proxies, shutdown()).await;
        Ok::<(), crate::Error>(())
    })
}
