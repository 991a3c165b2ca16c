//! The review page (`/review`): coordinators accept, edit or reject each waiting contribution,
//! beside the place as currently published.
//!
//! # Why so plain
//! Plain HTML forms, no JavaScript, one style sheet in the page: it works in any browser a
//! coordinator has, and there is no script to inject into. Every text that came from a
//! contribution or a snapshot is HTML-escaped (`html-escape`), and the page forbids scripts
//! and other origins' resources anyway (`Content-Security-Policy: default-src 'none'`).
//!
//! # Sessions and CSRF
//! Login with a name and password checked against the Argon2id hash of the reviewers file
//! (attempts limited per address like posts). A session is 32 random bytes in a cookie
//! (`HttpOnly`, `SameSite=Strict`, `Path=/review`, `Secure` with `--secure-cookie`), kept in
//! memory for 8 hours (a restart logs everyone out, which is fine for a handful of
//! coordinators). Each session has its own CSRF token, in a hidden field of every form and
//! compared in constant time on every POST: a form without it, or with another session's,
//! is refused (403), and so is an unknown or expired cookie.
//!
//! The words are French only: the coordinators are French-speaking.

use super::server::{lock, now_rfc3339, source_ip, AppState};
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use toutpres::contribution::{ChargingHow, Contribution, Kind, Problem};
use toutpres::inbox::{Status, Stored};
use toutpres::place::Place;
use toutpres::snapshot::Snapshot;

const COOKIE: &str = "tp_review";
const SESSION_HOURS: u64 = 8;

/// A logged-in coordinator.
pub struct Session {
    pub reviewer: String,
    pub csrf: String,
    pub expires: Instant,
}

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/review", get(page))
        .route("/review/login", post(login))
        .route("/review/logout", post(logout))
        .route("/review/{id}/{action}", post(decide))
}

fn random_hex() -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
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

fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
}

/// The session of the request's cookie, if valid: (token, reviewer, csrf).
fn session(state: &AppState, headers: &HeaderMap) -> Option<(String, String, String)> {
    let token = cookie_token(headers)?;
    let mut sessions = lock(&state.sessions);
    let now = Instant::now();
    sessions.retain(|_, s| s.expires > now);
    let s = sessions.get(&token)?;
    Some((token, s.reviewer.clone(), s.csrf.clone()))
}

/// The session, when the form carries its CSRF token.
fn checked(
    state: &AppState,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Option<(String, String)> {
    let (token, reviewer, csrf) = session(state, headers)?;
    let sent = form.get("csrf")?;
    same(sent, &csrf).then_some((token, reviewer))
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
        HeaderValue::from_static("no-referrer"),
    );
    r
}

fn login_page(status: StatusCode, message: Option<&str>) -> Response {
    let message = message
        .map(|m| format!("<p class=\"error\" role=\"alert\">{}</p>\n", text(m)))
        .unwrap_or_default();
    let body = format!(
        "<h1>Relecture des contributions de terrain</h1>\n{message}\
         <form method=\"post\" action=\"/review/login\">\n\
         <label for=\"name\">Nom</label>\n\
         <input id=\"name\" name=\"name\" autocomplete=\"username\" required>\n\
         <label for=\"password\">Mot de passe</label>\n\
         <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n\
         <p><button type=\"submit\">Se connecter</button></p>\n</form>"
    );
    html(status, "Connexion", &body)
}

fn refused(status: StatusCode, message: &str) -> Response {
    let body = format!(
        "<h1>Action refusée</h1>\n<p class=\"error\" role=\"alert\">{}</p>\n\
         <p><a href=\"/review\">Revenir à la liste</a></p>",
        text(message)
    );
    html(status, "Action refusée", &body)
}

fn redirect(to: &'static str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    r.headers_mut()
        .insert(header::LOCATION, HeaderValue::from_static(to));
    r
}

async fn login(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if !state.logins.allow(source_ip(&state, peer, &headers)) {
        return login_page(
            StatusCode::TOO_MANY_REQUESTS,
            Some("Trop d'essais depuis cette adresse : réessayez dans une minute."),
        );
    }
    let name = form
        .get("name")
        .map(|n| n.trim().to_string())
        .unwrap_or_default();
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
        );
    }
    let (Ok(token), Ok(csrf)) = (random_hex(), random_hex()) else {
        return login_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            Some("Erreur du serveur."),
        );
    };
    lock(&state.sessions).insert(
        token.clone(),
        Session {
            reviewer: name,
            csrf,
            expires: Instant::now() + Duration::from_secs(SESSION_HOURS * 3600),
        },
    );
    let cookie = format!(
        "{COOKIE}={token}; Path=/review; HttpOnly; SameSite=Strict; Max-Age={}{}",
        SESSION_HOURS * 3600,
        if state.secure_cookie { "; Secure" } else { "" }
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
    let Some((token, _)) = checked(&state, &headers, &form) else {
        return refused(
            StatusCode::FORBIDDEN,
            "Session ou jeton de sécurité invalide.",
        );
    };
    lock(&state.sessions).remove(&token);
    let mut r = redirect("/review");
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("tp_review=; Path=/review; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    r
}

async fn decide(
    State(state): State<Arc<AppState>>,
    Path((id, action)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let Some((_, reviewer)) = checked(&state, &headers, &form) else {
        return refused(
            StatusCode::FORBIDDEN,
            "Session expirée ou jeton de sécurité absent ou invalide : reconnectez-vous et recommencez.",
        );
    };
    let outcome =
        tokio::task::spawn_blocking(move || -> Result<&'static str, (StatusCode, String)> {
            let mut inbox = lock(&state.inbox);
            let at = now_rfc3339();
            let server = |e: toutpres::inbox::InboxError| {
                eprintln!("inbox: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Erreur du serveur.".to_string(),
                )
            };
            let done = match action.as_str() {
                "accept" => inbox.accept(&id, None, &reviewer, &at).map_err(server)?,
                "reject" => inbox.reject(&id, &reviewer, &at).map_err(server)?,
                "edit" => {
                    let Some(stored) = inbox.get(&id).map_err(server)? else {
                        return Err((StatusCode::NOT_FOUND, "Contribution inconnue.".into()));
                    };
                    let edited = edit(&stored.contribution, &form).map_err(|e| {
                        (
                            StatusCode::BAD_REQUEST,
                            format!("Modification refusée : {e}"),
                        )
                    })?;
                    inbox
                        .accept(&id, Some(&edited), &reviewer, &at)
                        .map_err(server)?
                }
                _ => return Err((StatusCode::NOT_FOUND, "Action inconnue.".into())),
            };
            if !done {
                return Err((
                    StatusCode::CONFLICT,
                    "Cette contribution n'est plus en attente (déjà relue).".into(),
                ));
            }
            Ok(if action == "reject" {
                "/review?fait=rejetee"
            } else {
                "/review?fait=acceptee"
            })
        })
        .await;
    match outcome {
        Ok(Ok(to)) => redirect(to),
        Ok(Err((status, message))) => refused(status, &message),
        Err(_) => refused(StatusCode::INTERNAL_SERVER_ERROR, "Erreur du serveur."),
    }
}

/// The contribution with the coordinator's name, hours and note, checked like any other.
fn edit(c: &Contribution, form: &HashMap<String, String>) -> Result<Contribution, String> {
    let field = |k: &str| {
        form.get(k)
            .map(|v| v.trim().replace("\r\n", "\n"))
            .filter(|v| !v.is_empty())
    };
    let mut edited = c.clone();
    edited.note = field("note");
    match &mut edited.kind {
        Kind::NewPlace {
            name, hours_osm, ..
        } => {
            *name = field("name").ok_or("le nom est obligatoire")?;
            *hours_osm = field("hours");
        }
        Kind::Report {
            problem: Problem::HoursWrong { hours_osm, .. },
            ..
        } => {
            if let Some(h) = field("hours") {
                *hours_osm = Some(h);
            }
        }
        Kind::Report { .. } => {}
    }
    edited.check().map_err(|e| e.to_string())?;
    Ok(edited)
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
        s.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", text(k), text(v)));
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

fn item(s: &Stored, snapshot: Option<&Snapshot>, csrf: &str) -> String {
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
             <input id=\"name-{i}\" name=\"name\" value=\"{}\" required>\n",
            attr(&name),
            i = attr(id)
        ));
    }
    if let Some(hours) = hours_field {
        edit_fields.push_str(&format!(
            "<label for=\"hours-{i}\">Horaires (format OpenStreetMap, ex. Mo-Fr 09:00-12:00)</label>\n\
             <input id=\"hours-{i}\" name=\"hours\" value=\"{}\">\n",
            attr(&hours),
            i = attr(id)
        ));
    }
    edit_fields.push_str(&format!(
        "<label for=\"note-{i}\">Note</label>\n\
         <textarea id=\"note-{i}\" name=\"note\" rows=\"3\">{}</textarea>\n",
        text(c.note.as_deref().unwrap_or("")),
        i = attr(id)
    ));
    format!(
        "<section class=\"item\" aria-labelledby=\"t-{i}\">\n\
         <h2 id=\"t-{i}\">{}</h2>\n<div class=\"cols\">\n\
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
    let Some((_, reviewer, csrf)) = session(&state, &headers) else {
        return login_page(StatusCode::OK, None);
    };
    let done = match query.get("fait").map(String::as_str) {
        Some("acceptee") => "<p class=\"notice\" role=\"status\">Contribution acceptée.</p>\n",
        Some("rejetee") => "<p class=\"notice\" role=\"status\">Contribution rejetée.</p>\n",
        _ => "",
    };
    let st = state.clone();
    let listed = tokio::task::spawn_blocking(move || {
        let inbox = lock(&st.inbox);
        let waiting = inbox.with_status(Status::Waiting)?;
        let counts = inbox.counts()?;
        drop(inbox);
        let snapshot = Snapshot::open(&st.snapshot).ok();
        let items: String = waiting
            .iter()
            .map(|s| item(s, snapshot.as_ref(), &csrf))
            .collect();
        Ok::<_, toutpres::inbox::InboxError>((waiting.len(), counts, items, snapshot.is_some()))
    })
    .await;
    let Ok(Ok((n, (_, accepted, rejected), items, has_snapshot))) = listed else {
        return refused(
            StatusCode::INTERNAL_SERVER_ERROR,
            "La base de contributions ne peut pas être lue.",
        );
    };
    let logout = format!(
        "<form class=\"inline\" method=\"post\" action=\"/review/logout\">\
         <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
         <button type=\"submit\" class=\"reject\">Se déconnecter</button></form>",
        attr(&session(&state, &headers).map(|s| s.2).unwrap_or_default())
    );
    let summary = format!(
        "<p>{n} en attente · {accepted} acceptée(s) · {rejected} rejetée(s).{}</p>\n",
        if has_snapshot {
            ""
        } else {
            " Les données publiées ne peuvent pas être lues : les lieux signalés ne sont pas affichés."
        }
    );
    let list = if n == 0 {
        "<p>Aucune contribution en attente.</p>\n".to_string()
    } else {
        items
    };
    let body = format!(
        "<h1>Contributions de terrain à relire</h1>\n\
         <p>Connecté·e : {}.</p>\n{logout}\n{done}{summary}{list}",
        text(&reviewer)
    );
    html(StatusCode::OK, "Contributions à relire", &body)
}
