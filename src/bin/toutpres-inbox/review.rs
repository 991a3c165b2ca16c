//! The review page (`/review`): coordinators accept, edit or reject waiting contributions,
//! beside the place as currently published, one page of groups at a time.
//!
//! # Why so plain
//! Plain HTML forms, no JavaScript, one style sheet in the page: it works in any browser a
//! coordinator has, and there is no script to inject into. Every text that came from a
//! contribution or a snapshot is HTML-escaped (`html-escape`) and isolated (`dir="auto"`,
//! `<bdi>`), so a right-to-left name cannot reorder the words around it; the page forbids
//! scripts and other origins' resources anyway (`Content-Security-Policy: default-src 'none'`).
//!
//! # 100,000 waiting
//! 45,044 waiting contributions once made one page of 96 MB. The list is now a page of groups
//! (`toutpres::inbox::Inbox::waiting_groups`: 10 to 100 per page, newest or oldest first,
//! filtered by kind, team and need), near-duplicates shown once with "×N" and decided
//! together, the count per state above it, and the last decisions below it with an undo
//! button each.
//!
//! # Sessions and CSRF
//! Login with a name and password checked against the Argon2id hash of the reviewers file
//! (attempts limited per address and per name: many addresses cannot guess one password
//! faster than `--logins-per-account` a minute). The login form is protected like the others:
//! its `Origin` must be the page's own, and it carries a token equal to a `SameSite=Strict`
//! cookie set with the form, which another site can neither read nor send; a login posted
//! from another origin used to get a session. A session is 32 random bytes in a cookie
//! (`HttpOnly`, `SameSite=Strict`, `Path=/review`, `Secure` with `--secure-cookie`), kept in
//! the inbox database as its SHA-256 for 8 hours, so a restart logs nobody out. Each session
//! has its own CSRF token, in a hidden field of every form and compared in constant time on
//! every POST, with the same `Origin` check: a form without it, or with another session's, is
//! refused (403), and so is an unknown or expired cookie.
//!
//! # Publish now
//! With `--publish-trigger FILE`, a button writes the current time into FILE (atomically); a
//! systemd path unit watching it starts the same job as the nightly timer. The job's last
//! status (`--publish-status`) is shown beside it.
//!
//! The words are French only: the coordinators are French-speaking.

use crate::server::{lock, now_rfc3339, publish_status, source_ip, AppState};
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use toutpres::contribution::{ChargingHow, Kind, Problem};
use toutpres::inbox::{Action, Decision, Group, Stored};
use toutpres::inbox_form::{self, PageQuery, PAGE_SIZES};
use toutpres::need::Need;
use toutpres::place::Place;
use toutpres::snapshot::Snapshot;

const COOKIE: &str = "tp_review";
const LOGIN_COOKIE: &str = "tp_login";
const SESSION_HOURS: i64 = 8;
/// Decisions listed under the page.
const HISTORY: u64 = 20;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/review", get(page))
        .route("/review/login", post(login))
        .route("/review/logout", post(logout))
        .route("/review/publish", post(publish_now))
        .route("/review/decisions/{batch}/undo", post(undo))
        .route("/review/{id}/{action}", post(decide))
}

fn random_hex() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn sha256_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A hash of a random password nobody knows (see `AppState::dummy_hash`).
pub fn dummy_hash() -> Result<String, String> {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let salt = SaltString::generate(&mut OsRng);
    argon2::Argon2::default()
        .hash_password(random_hex()?.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    inbox_form::cookie(
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok()),
        name,
    )
}

fn header_str<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn same_origin(headers: &HeaderMap) -> bool {
    inbox_form::same_origin(
        header_str(headers, "origin"),
        header_str(headers, "sec-fetch-site"),
        header_str(headers, "host"),
    )
}

/// A logged-in coordinator: the session token's hash, their name, the session's CSRF token.
struct Session {
    token_hash: String,
    reviewer: String,
    csrf: String,
}

/// The session of the request's cookie, if valid.
async fn session(state: &Arc<AppState>, headers: &HeaderMap) -> Option<Session> {
    let token_hash = sha256_hex(&cookie_value(headers, COOKIE)?);
    let st = state.clone();
    let now = chrono::Utc::now().timestamp();
    let found = tokio::task::spawn_blocking(move || {
        let s = lock(&st.reader).session(&token_hash, now);
        s.map(|s| s.map(|(reviewer, csrf)| (token_hash, reviewer, csrf)))
    })
    .await;
    match found {
        Ok(Ok(Some((token_hash, reviewer, csrf)))) => Some(Session {
            token_hash,
            reviewer,
            csrf,
        }),
        Ok(Err(e)) => {
            eprintln!("inbox: sessions: {e}");
            None
        }
        _ => None,
    }
}

/// The session, when the form comes from the page's origin and carries its CSRF token.
async fn checked(
    state: &Arc<AppState>,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Option<Session> {
    if !same_origin(headers) {
        return None;
    }
    let s = session(state, headers).await?;
    let sent = form.get("csrf")?;
    inbox_form::same_secret(sent, &s.csrf).then_some(s)
}

/// The login form, with a fresh login token in a hidden field and in a cookie.
fn login_page(status: StatusCode, message: Option<&str>, secure: bool) -> Response {
    let Ok(token) = random_hex() else {
        return refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur.");
    };
    let message = message
        .map(|m| format!("<p class=\"error\" role=\"alert\">{}</p>\n", text(m)))
        .unwrap_or_default();
    let body = format!(
        "<h1>Relecture des contributions de terrain</h1>\n{message}\
         <form method=\"post\" action=\"/review/login\">\n\
         <input type=\"hidden\" name=\"login_token\" value=\"{token}\">\n\
         <label for=\"name\">Nom</label>\n\
         <input id=\"name\" name=\"name\" autocomplete=\"username\" dir=\"auto\" required>\n\
         <label for=\"password\">Mot de passe</label>\n\
         <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n\
         <p><button type=\"submit\">Se connecter</button></p>\n</form>"
    );
    let mut r = html(status, "Connexion", &body);
    let cookie = format!(
        "{LOGIN_COOKIE}={token}; Path=/review; HttpOnly; SameSite=Strict; Max-Age=3600{}",
        if secure { "; Secure" } else { "" }
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

fn refused(status: StatusCode, message: &str) -> Response {
    let body = format!(
        "<h1>Action refusée</h1>\n<p class=\"error\" role=\"alert\">{}</p>\n\
         <p><a href=\"/review\">Revenir à la liste</a></p>",
        text(message)
    );
    html(status, "Action refusée", &body)
}

fn redirect(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

const EXPIRED: &str =
    "Session expirée, formulaire venu d'un autre site, ou jeton de sécurité absent ou invalide : \
     rechargez la page, reconnectez-vous si besoin, et recommencez.";

async fn login(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let secure = state.secure_cookie;
    let token_ok = match (
        cookie_value(&headers, LOGIN_COOKIE),
        form.get("login_token"),
    ) {
        (Some(cookie), Some(sent)) => inbox_form::same_secret(&cookie, sent),
        _ => false,
    };
    if !same_origin(&headers) || !token_ok {
        return login_page(
            StatusCode::FORBIDDEN,
            Some("Ce formulaire de connexion a expiré ou vient d'un autre site : recommencez ici."),
            secure,
        );
    }
    let name = form
        .get("name")
        .map(|n| n.trim().to_string())
        .unwrap_or_default();
    if !state.logins.allow(source_ip(&state, peer, &headers))
        || !state
            .account_logins
            .allow(name.chars().take(80).collect::<String>().to_lowercase())
    {
        return login_page(
            StatusCode::TOO_MANY_REQUESTS,
            Some("Trop d'essais : réessayez dans une minute."),
            secure,
        );
    }
    let password = form.get("password").cloned().unwrap_or_default();
    let st = state.clone();
    let who = name.clone();
    let ok = tokio::task::spawn_blocking(move || {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let (hash, known) = match st.reviewers.get(&who) {
            Some(h) => (h.as_str(), true),
            None => (st.dummy_hash.as_str(), false),
        };
        let verified = PasswordHash::new(hash).is_ok_and(|parsed| {
            argon2::Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        });
        known && verified
    })
    .await
    .unwrap_or(false);
    if !ok {
        return login_page(
            StatusCode::UNAUTHORIZED,
            Some("Nom ou mot de passe incorrect."),
            secure,
        );
    }
    let (Ok(token), Ok(csrf)) = (random_hex(), random_hex()) else {
        return refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur.");
    };
    let now = chrono::Utc::now().timestamp();
    let st = state.clone();
    let token_hash = sha256_hex(&token);
    let stored = tokio::task::spawn_blocking(move || {
        lock(&st.inbox).session_create(&token_hash, &name, &csrf, now + SESSION_HOURS * 3600, now)
    })
    .await;
    if !matches!(stored, Ok(Ok(()))) {
        return refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur.");
    }
    let cookie = format!(
        "{COOKIE}={token}; Path=/review; HttpOnly; SameSite=Strict; Max-Age={}{}",
        SESSION_HOURS * 3600,
        if secure { "; Secure" } else { "" }
    );
    let mut r = redirect("/review");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

async fn logout(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some(s) = checked(&state, &headers, &form).await else {
        return refused(StatusCode::FORBIDDEN, EXPIRED);
    };
    let st = state.clone();
    let _ = tokio::task::spawn_blocking(move || lock(&st.inbox).session_end(&s.token_hash)).await;
    let mut r = redirect("/review");
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("tp_review=; Path=/review; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    r
}

fn server_error(e: toutpres::inbox::InboxError) -> (StatusCode, String) {
    eprintln!("inbox: {e}");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "Erreur du serveur.".to_string(),
    )
}

async fn decide(
    State(state): State<Arc<AppState>>,
    Path((id, action)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some(s) = checked(&state, &headers, &form).await else {
        return refused(StatusCode::FORBIDDEN, EXPIRED);
    };
    let outcome = tokio::task::spawn_blocking(move || -> Result<String, (StatusCode, String)> {
        let mut inbox = lock(&state.inbox);
        let at = now_rfc3339();
        let what = match action.as_str() {
            "accept" => Action::Accept,
            "reject" => Action::Reject,
            "edit" => {
                let Some(stored) = inbox.get(&id).map_err(server_error)? else {
                    return Err((StatusCode::NOT_FOUND, "Contribution inconnue.".into()));
                };
                Action::AcceptEdited(inbox_form::edit(&stored.contribution, &form).map_err(
                    |e| {
                        (
                            StatusCode::BAD_REQUEST,
                            format!("Modification refusée : {e}"),
                        )
                    },
                )?)
            }
            _ => return Err((StatusCode::NOT_FOUND, "Action inconnue.".into())),
        };
        let n = inbox
            .decide(&id, &what, &s.reviewer, &at)
            .map_err(server_error)?;
        if n == 0 {
            return Err((
                StatusCode::CONFLICT,
                "Cette contribution n'est plus en attente (déjà relue).".into(),
            ));
        }
        let done = if matches!(what, Action::Reject) {
            "rejetee"
        } else {
            "acceptee"
        };
        Ok(format!("/review?fait={done}&n={n}"))
    })
    .await;
    match outcome {
        Ok(Ok(to)) => redirect(&to),
        Ok(Err((status, message))) => refused(status, &message),
        Err(_) => refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur."),
    }
}

async fn undo(
    State(state): State<Arc<AppState>>,
    Path(batch): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some(s) = checked(&state, &headers, &form).await else {
        return refused(StatusCode::FORBIDDEN, EXPIRED);
    };
    let outcome = tokio::task::spawn_blocking(move || {
        lock(&state.inbox).undo(batch, &s.reviewer, &now_rfc3339())
    })
    .await;
    match outcome {
        Ok(Ok(0)) => refused(
            StatusCode::CONFLICT,
            "Rien à annuler : cette décision a déjà été annulée, ou changée depuis.",
        ),
        Ok(Ok(n)) => redirect(&format!("/review?fait=annulee&n={n}")),
        Ok(Err(e)) => refused(server_error(e).0, "Erreur du serveur."),
        Err(_) => refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur."),
    }
}

async fn publish_now(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some(s) = checked(&state, &headers, &form).await else {
        return refused(StatusCode::FORBIDDEN, EXPIRED);
    };
    let Some(trigger) = state.publish_trigger.clone() else {
        return refused(
            StatusCode::NOT_FOUND,
            "La publication depuis cette page n'est pas configurée (--publish-trigger).",
        );
    };
    eprintln!("inbox: publish requested by {}", s.reviewer);
    let line = format!("{}\n", now_rfc3339());
    let written = tokio::task::spawn_blocking(move || {
        toutpres::files::write_atomically(&trigger, line.as_bytes())
    })
    .await;
    match written {
        Ok(Ok(())) => redirect("/review?fait=publication"),
        Ok(Err(e)) => {
            eprintln!("inbox: publish trigger: {e}");
            refused(
                StatusCode::INTERNAL_SERVER_ERROR,
                "La publication n'a pas pu être demandée (fichier de déclenchement).",
            )
        }
        Err(_) => refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur."),
    }
}

const STYLE: &str = "
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; color: #1a1a1a;
  background: #fff; margin: 0; }
main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 0; } h3 { font-size: 1.15rem; }
section.item { border: 2px solid #555; border-radius: 8px; padding: 1rem; margin: 1.5rem 0; }
.cols { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.cols > div { flex: 1 1 20rem; }
dt { font-weight: bold; } dd { margin: 0 0 0.5rem 0; white-space: pre-wrap; }
form.inline { display: inline-block; margin: 0.5rem 1rem 0.5rem 0; }
button { font-size: 1.1rem; min-height: 48px; min-width: 48px; padding: 0.5rem 1.2rem;
  border-radius: 6px; border: 2px solid #0b3d6e; background: #0b3d6e; color: #fff; cursor: pointer; }
button.reject { background: #fff; color: #8a1111; border-color: #8a1111; }
label { display: block; font-weight: bold; margin-top: 0.75rem; }
input, textarea { font-size: 1.1rem; min-height: 48px; width: 100%; max-width: 40rem;
  box-sizing: border-box; padding: 0.4rem; border: 2px solid #555; border-radius: 4px; }
.notice { background: #e8f1fb; border-inline-start: 6px solid #0b3d6e; padding: 0.75rem; }
.error { background: #fdecec; border-inline-start: 6px solid #8a1111; padding: 0.75rem; }
form.filters { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
select { font-size: 1.1rem; min-height: 48px; }
.count { font-weight: normal; }
:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
";

fn html(status: StatusCode, title: &str, body: &str) -> Response {
    let doc = format!(
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} — Tout près, relecture</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <main>\n{body}\n</main>\n</body>\n</html>\n",
        text(title)
    );
    let mut r = (status, doc).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    r
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "oui",
        Some(false) => "non",
        None => "non précisé",
    }
}

fn how(v: Option<ChargingHow>) -> &'static str {
    match v {
        Some(ChargingHow::Sockets) => "prises",
        Some(ChargingHow::Lockers) => "casiers",
        None => "non précisé",
    }
}

fn problem_fr(p: &Problem) -> &'static str {
    match p {
        Problem::ClosedForGood {} => "Fermé définitivement",
        Problem::Moved { .. } => "A déménagé",
        Problem::HoursWrong { .. } => "Horaires faux",
        Problem::PhoneWrong { .. } => "Téléphone faux",
        Problem::WifiBroken {} => "Le wifi ne marche pas",
        Problem::ChargingHere { .. } => "On peut recharger son téléphone ici",
        Problem::Other {} => "Autre problème",
    }
}

fn dl(rows: &[(&str, String)]) -> String {
    let mut s = String::from("<dl>\n");
    for (k, v) in rows {
        s.push_str(&format!(
            "<dt>{}</dt><dd dir=\"auto\">{}</dd>\n",
            text(k),
            text(v)
        ));
    }
    s.push_str("</dl>\n");
    s
}

fn needs_fr(p: &Place) -> String {
    let mut words: Vec<&str> = p.needs.iter().map(|n| n.label_fr()).collect();
    if words.is_empty() {
        words.push("aucun");
    }
    words.join(", ")
}

fn published(snapshot: Option<&Snapshot>, key: &str) -> String {
    let place = snapshot.and_then(|s| {
        let id = s.find_by_key(key).ok()??;
        s.place(id).ok()?
    });
    match place {
        None => format!(
            "<p>Aucun lieu <code>{}</code> dans les données publiées.</p>\n",
            text(key)
        ),
        Some(p) => {
            let address = [p.address.clone(), p.postcode.clone(), p.commune.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            let hours = p
                .hours
                .osm
                .clone()
                .or(p.hours.text.clone())
                .unwrap_or_else(|| "inconnus".into());
            dl(&[
                ("Nom", p.name.clone()),
                (
                    "Adresse",
                    if address.is_empty() {
                        "inconnue".into()
                    } else {
                        address
                    },
                ),
                ("Ce qu'on y trouve", needs_fr(&p)),
                ("Horaires", hours),
                (
                    "Téléphone",
                    p.phone.clone().unwrap_or_else(|| "inconnu".into()),
                ),
                ("Position", format!("{:.6}, {:.6}", p.lat, p.lon)),
            ])
        }
    }
}

fn item(g: &Group, snapshot: Option<&Snapshot>, csrf: &str) -> String {
    let s = &g.first;
    let c = &s.contribution;
    let id = c.id.as_str();
    let team = s
        .team
        .clone()
        .unwrap_or_else(|| "anonyme (sans code d'équipe)".into());
    let mut rows: Vec<(&str, String)> = Vec::new();
    let (title, beside, name_field, hours_field) = match &c.kind {
        Kind::NewPlace {
            name,
            lat,
            lon,
            charging,
            hours_osm,
            free,
            ..
        } => {
            let needs = c
                .needs()
                .unwrap_or_default()
                .iter()
                .map(|n| n.label_fr())
                .collect::<Vec<_>>()
                .join(", ");
            rows.push(("Nom", name.clone()));
            rows.push(("Ce qu'on y trouve", needs));
            rows.push(("Position", format!("{lat:.6}, {lon:.6}")));
            rows.push(("Gratuit", yes_no(*free).into()));
            rows.push((
                "Horaires",
                hours_osm.clone().unwrap_or_else(|| "non précisés".into()),
            ));
            if let Some(ch) = charging {
                rows.push((
                    "Recharge",
                    format!(
                        "gratuite : {} ; {} ; seulement aux heures d'ouverture : {}",
                        yes_no(ch.free),
                        how(ch.how),
                        yes_no(ch.inside_hours_only)
                    ),
                ));
            }
            (
                format!("Nouveau lieu : {name}"),
                "<p>Un lieu proposé : il n'est pas encore dans les données publiées.</p>\n"
                    .to_string(),
                Some(name.clone()),
                Some(hours_osm.clone().unwrap_or_default()),
            )
        }
        Kind::Report { place_key, problem } => {
            rows.push(("Lieu", place_key.clone()));
            rows.push(("Problème", problem_fr(problem).into()));
            let mut hours_field = None;
            match problem {
                Problem::Moved { lat, lon } => {
                    rows.push(("Nouvelle position", format!("{lat:.6}, {lon:.6}")))
                }
                Problem::HoursWrong { hours_osm, text } => {
                    if let Some(h) = hours_osm {
                        rows.push(("Horaires proposés", h.clone()));
                    }
                    if let Some(t) = text {
                        rows.push(("Horaires proposés (en mots)", t.clone()));
                    }
                    hours_field = Some(hours_osm.clone().unwrap_or_default());
                }
                Problem::PhoneWrong { phone } => rows.push(("Nouveau téléphone", phone.clone())),
                Problem::ChargingHere {
                    free,
                    how: h,
                    inside_hours_only,
                } => rows.push((
                    "Recharge",
                    format!(
                        "gratuite : {} ; {} ; seulement aux heures d'ouverture : {}",
                        yes_no(*free),
                        how(*h),
                        yes_no(*inside_hours_only)
                    ),
                )),
                _ => {}
            }
            (
                format!("Signalement : {}", problem_fr(problem)),
                published(snapshot, place_key),
                None,
                hours_field,
            )
        }
    };
    rows.push(("Note", c.note.clone().unwrap_or_else(|| "aucune".into())));
    rows.push(("Équipe", team));
    rows.push(("Faite le", c.created.clone()));
    rows.push(("Reçue le", s.received.clone()));
    let hidden = format!(
        "<input type=\"hidden\" name=\"csrf\" value=\"{}\">",
        attr(csrf)
    );
    let action = |what: &str| format!("/review/{}/{what}", attr(id));
    let mut edit_fields = String::new();
    if let Some(name) = name_field {
        edit_fields.push_str(&format!(
            "<label for=\"name-{i}\">Nom du lieu</label>\n\
             <input id=\"name-{i}\" name=\"name\" value=\"{}\" dir=\"auto\" required>\n",
            attr(&name),
            i = attr(id)
        ));
    }
    if let Some(hours) = hours_field {
        edit_fields.push_str(&format!(
            "<label for=\"hours-{i}\">Horaires (format OpenStreetMap, ex. Mo-Fr 09:00-12:00)</label>\n\
             <input id=\"hours-{i}\" name=\"hours\" value=\"{}\" dir=\"auto\">\n",
            attr(&hours),
            i = attr(id)
        ));
    }
    edit_fields.push_str(&format!(
        "<label for=\"note-{i}\">Note</label>\n\
         <textarea id=\"note-{i}\" name=\"note\" rows=\"3\" dir=\"auto\">{}</textarea>\n",
        text(c.note.as_deref().unwrap_or("")),
        i = attr(id)
    ));
    let similar = if g.count > 1 {
        format!(
            " <span class=\"count\">×{} (signalé {} fois : décider ici décide pour tous ; \
             accepter garde celui-ci et rejette les autres comme doublons)</span>",
            g.count, g.count
        )
    } else {
        String::new()
    };
    format!(
        "<section class=\"item\" aria-labelledby=\"t-{i}\">\n\
         <h2 id=\"t-{i}\"><bdi>{}</bdi>{similar}</h2>\n<div class=\"cols\">\n\
         <div><h3>La contribution</h3>\n{}</div>\n\
         <div><h3>Le lieu publié aujourd'hui</h3>\n{beside}</div>\n</div>\n\
         <form class=\"inline\" method=\"post\" action=\"{}\">{hidden}\
         <button type=\"submit\">Accepter</button></form>\n\
         <form class=\"inline\" method=\"post\" action=\"{}\">{hidden}\
         <button type=\"submit\" class=\"reject\">Rejeter</button></form>\n\
         <h3>Modifier puis accepter</h3>\n\
         <form method=\"post\" action=\"{}\">{hidden}\n{edit_fields}\
         <p><button type=\"submit\">Enregistrer et accepter</button></p>\n</form>\n</section>\n",
        text(&title),
        dl(&rows),
        action("accept"),
        action("reject"),
        action("edit"),
        i = attr(id)
    )
}

/// The filters, order and page size as a GET form.
fn filters_form(q: &PageQuery, teams: &[String]) -> String {
    let f = &q.filter;
    let opt = |value: &str, label: &str, selected: bool| {
        format!(
            "<option value=\"{}\"{}>{}</option>",
            attr(value),
            if selected { " selected" } else { "" },
            text(label)
        )
    };
    let kinds = [
        opt("", "tous", f.kind.is_none()),
        opt(
            "new_place",
            "nouveaux lieux",
            f.kind.as_deref() == Some("new_place"),
        ),
        opt(
            "report",
            "signalements",
            f.kind.as_deref() == Some("report"),
        ),
    ]
    .concat();
    let mut team_opts = vec![
        opt("", "toutes", f.team.is_none()),
        opt("-", "anonymes (sans code)", f.team.as_deref() == Some("")),
    ];
    for t in teams {
        team_opts.push(opt(t, t, f.team.as_deref() == Some(t.as_str())));
    }
    let mut need_opts = vec![opt("", "tous", f.need.is_none())];
    for n in Need::ALL {
        need_opts.push(opt(n.id(), n.label_fr(), f.need == Some(1i64 << n.bit())));
    }
    let order = [
        opt("recent", "les plus récentes d'abord", f.newest_first),
        opt("ancien", "les plus anciennes d'abord", !f.newest_first),
    ]
    .concat();
    let sizes: String = PAGE_SIZES
        .iter()
        .map(|s| opt(&s.to_string(), &s.to_string(), *s == q.per_page))
        .collect();
    format!(
        "<form method=\"get\" action=\"/review\" class=\"filters\">\n\
         <div><label for=\"f-type\">Type</label><select id=\"f-type\" name=\"type\">{kinds}</select></div>\n\
         <div><label for=\"f-equipe\">Équipe</label><select id=\"f-equipe\" name=\"equipe\" dir=\"auto\">{}</select></div>\n\
         <div><label for=\"f-besoin\">Besoin</label><select id=\"f-besoin\" name=\"besoin\">{}</select></div>\n\
         <div><label for=\"f-ordre\">Ordre</label><select id=\"f-ordre\" name=\"ordre\">{order}</select></div>\n\
         <div><label for=\"f-par\">Par page</label><select id=\"f-par\" name=\"par\">{sizes}</select></div>\n\
         <div><button type=\"submit\">Afficher</button></div>\n</form>\n",
        team_opts.concat(),
        need_opts.concat()
    )
}

fn decision_fr(action: &str) -> &'static str {
    match action {
        "accepted" => "acceptée",
        "edited" => "modifiée puis acceptée",
        "rejected" => "rejetée",
        "duplicate" => "rejetée (doublon)",
        _ => "remise en attente",
    }
}

fn history_html(history: &[(Decision, String)], csrf: &str) -> String {
    if history.is_empty() {
        return "<p>Aucune décision pour l'instant.</p>\n".into();
    }
    let mut s = String::from("<ul class=\"history\">\n");
    for (d, title) in history {
        let others = if d.count > 1 {
            format!(" (avec {} semblable(s))", d.count - 1)
        } else {
            String::new()
        };
        let undo = if d.action != "undone" && d.undone_at.is_none() {
            format!(
                " <form class=\"inline\" method=\"post\" action=\"/review/decisions/{}/undo\">\
                 <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
                 <button type=\"submit\" class=\"reject\">Annuler</button></form>",
                d.batch,
                attr(csrf)
            )
        } else if let Some(at) = &d.undone_at {
            format!(" — annulée le {}", text(at))
        } else {
            String::new()
        };
        s.push_str(&format!(
            "<li><bdi>{}</bdi> : {}{others}, par <bdi>{}</bdi> le {}{undo}</li>\n",
            text(title),
            decision_fr(&d.action),
            text(&d.by),
            text(&d.at)
        ));
    }
    s.push_str("</ul>\n");
    s
}

/// A short title of a contribution for the history.
fn title_of(s: &Stored) -> String {
    match &s.contribution.kind {
        Kind::NewPlace { name, .. } => format!("Nouveau lieu : {name}"),
        Kind::Report { place_key, problem } => {
            format!("{} ({place_key})", problem_fr(problem))
        }
    }
}

fn publish_html(state: &AppState, csrf: &str) -> String {
    let mut s = String::new();
    if state.publish_status.is_some() {
        let (status, problem) = publish_status(state.publish_status.as_deref());
        let line = match (&problem, status.get("finished").and_then(|f| f.as_str())) {
            (Some(p), _) => format!("<p class=\"error\">Publication : {}</p>\n", text(p)),
            (None, Some(f)) => format!(
                "<p class=\"notice\">Dernière publication réussie : {}.</p>\n",
                text(f)
            ),
            (None, None) => "<p>Aucune publication pour l'instant.</p>\n".into(),
        };
        s.push_str(&line);
    }
    if state.publish_trigger.is_some() {
        s.push_str(&format!(
            "<form class=\"inline\" method=\"post\" action=\"/review/publish\">\
             <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
             <button type=\"submit\">Publier maintenant</button></form>\n\
             <p>Les contributions acceptées sont publiées chaque nuit ; ce bouton le fait tout de suite.</p>\n",
            attr(csrf)
        ));
    }
    s
}

async fn page(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if state.reviewers.is_empty() {
        return refused(
            StatusCode::SERVICE_UNAVAILABLE,
            "La relecture est fermée : le serveur a été lancé sans fichier de relecteurs (--reviewers).",
        );
    }
    let Some(session) = session(&state, &headers).await else {
        return login_page(StatusCode::OK, None, state.secure_cookie);
    };
    let n: u64 = query.get("n").and_then(|n| n.parse().ok()).unwrap_or(1);
    let done = match query.get("fait").map(String::as_str) {
        Some("acceptee") if n > 1 => format!(
            "<p class=\"notice\" role=\"status\">Contribution acceptée ; {} semblable(s) rejetée(s) comme doublons.</p>\n",
            n - 1
        ),
        Some("acceptee") => "<p class=\"notice\" role=\"status\">Contribution acceptée.</p>\n".into(),
        Some("rejetee") if n <= 1 => {
            "<p class=\"notice\" role=\"status\">Contribution rejetée.</p>\n".into()
        }
        Some("rejetee") => {
            format!("<p class=\"notice\" role=\"status\">{n} contributions rejetées.</p>\n")
        }
        Some("annulee") => format!("<p class=\"notice\" role=\"status\">Décision annulée : {n} contribution(s) de nouveau en attente.</p>\n"),
        Some("publication") => "<p class=\"notice\" role=\"status\">Publication demandée : elle commence dans un instant.</p>\n".into(),
        _ => String::new(),
    };
    let q = inbox_form::page_query(&query);
    let st = state.clone();
    let csrf = session.csrf.clone();
    let q2 = q.clone();
    let listed = tokio::task::spawn_blocking(move || {
        let inbox = lock(&st.reader);
        let (groups, total) = inbox.waiting_groups(&q2.filter, q2.offset(), q2.per_page)?;
        let counts = inbox.counts()?;
        let history = inbox.history(HISTORY)?;
        let history: Vec<(Decision, String)> = history
            .into_iter()
            .map(|d| {
                let title = inbox
                    .get(&d.contribution)
                    .ok()
                    .flatten()
                    .map_or_else(|| d.contribution.clone(), |s| title_of(&s));
                (d, title)
            })
            .collect();
        drop(inbox);
        let snapshot = Snapshot::open(&st.snapshot).ok();
        let items: String = groups
            .iter()
            .map(|g| item(g, snapshot.as_ref(), &csrf))
            .collect();
        Ok::<_, toutpres::inbox::InboxError>((
            groups.len(),
            total,
            counts,
            items,
            history,
            snapshot.is_some(),
        ))
    })
    .await;
    let Ok(Ok((shown, total, (waiting, accepted, rejected), items, history, has_snapshot))) =
        listed
    else {
        return refused(
            StatusCode::INTERNAL_SERVER_ERROR,
            "La base de contributions ne peut pas être lue.",
        );
    };
    let logout = format!(
        "<form class=\"inline\" method=\"post\" action=\"/review/logout\">\
         <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
         <button type=\"submit\" class=\"reject\">Se déconnecter</button></form>",
        attr(&session.csrf)
    );
    let summary = format!(
        "<p>{waiting} en attente · {accepted} acceptée(s) · {rejected} rejetée(s).{}</p>\n",
        if has_snapshot {
            ""
        } else {
            " Les données publiées ne peuvent pas être lues : les lieux signalés ne sont pas affichés."
        }
    );
    let pages = total.div_ceil(q.per_page).max(1);
    let first = if shown == 0 { 0 } else { q.offset() + 1 };
    let mut nav = format!(
        "<nav aria-label=\"Pages\"><p>Groupes {first} à {} sur {total} · page {} sur {pages}",
        q.offset() + shown as u64,
        q.page
    );
    if q.page > 1 {
        nav.push_str(&format!(
            " · <a href=\"/review{}\">Page précédente</a>",
            attr(&q.link(q.page - 1))
        ));
    }
    if q.page < pages.min(inbox_form::MAX_PAGE) {
        nav.push_str(&format!(
            " · <a href=\"/review{}\">Page suivante</a>",
            attr(&q.link(q.page + 1))
        ));
    }
    nav.push_str("</p></nav>\n");
    let mut teams: Vec<String> = state.teams.values().cloned().collect();
    teams.sort();
    teams.dedup();
    let list = if shown == 0 {
        "<p>Aucune contribution en attente pour ces critères.</p>\n".to_string()
    } else {
        items
    };
    let body = format!(
        "<h1>Contributions de terrain à relire</h1>\n\
         <p>Connecté·e : <bdi>{}</bdi>.</p>\n{logout}\n{done}{summary}{}\
         {}{}{list}{}<h2>Dernières décisions</h2>\n{}",
        text(&session.reviewer),
        publish_html(&state, &session.csrf),
        filters_form(&q, &teams),
        // The same pages above and below the list, each landmark named apart (axe:
        // landmark-unique).
        nav.replacen("aria-label=\"Pages\"", "aria-label=\"Pages, en haut\"", 1),
        nav.replacen("aria-label=\"Pages\"", "aria-label=\"Pages, en bas\"", 1),
        history_html(&history, &session.csrf)
    );
    html(StatusCode::OK, "Contributions à relire", &body)
}
