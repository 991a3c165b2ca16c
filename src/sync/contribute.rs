//! Sending one contribution (a report, a new place) to the inbox of the map's publisher.
//!
//! The address is never typed by anyone: it comes from the signed manifest, so a phone only
//! sends to whom it gets its data from. The body goes as the person's phone wrote it, with the
//! id the phone gave it: the inbox answers a repeat of the same id as already received, so a
//! retry after a lost answer never makes a second contribution. Nothing else is sent: no
//! position of the person, no account, no device id; a team code only if a coordinator gave
//! one to this phone.
//!
//! What happens next depends on the answer ([`Sent`]): received (first time or repeat), refused
//! for good (the inbox says the contribution is wrong: it is never sent again, and the person
//! sees why), or not now (no connection, a wifi login page, a busy or failing server: it stays
//! waiting for the next chance).

use super::http::{self, Client, NetError};
use super::manifest::{self, PublicKey, MAX_MANIFEST_BYTES};

/// How one attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// The inbox has it (201 the first time, 200 for a repeat).
    Received,
    /// The inbox will never take it as it is (400, 403, 409, 413, 415, 422): why, in its words.
    Refused(String),
    /// Try again later: why.
    NotNow(String),
}

/// The most of a refusal's words kept for the person's list.
const WHY_CHARS: usize = 200;

/// Posts `body` to `inbox_url`, with the team code when this phone has one.
pub async fn send(client: &Client, inbox_url: &str, body: &str, team_code: Option<&str>) -> Sent {
    let headers: Vec<(&str, &str)> = team_code.map(|c| ("x-team-code", c)).into_iter().collect();
    match client.post_json(inbox_url, body, &headers).await {
        Ok((status, text)) => answer(status, &text),
        Err(NetError::LoginPage) => Sent::NotNow("a wifi login page answered".into()),
        Err(NetError::Unreachable(why)) => Sent::NotNow(format!("no connection: {why}")),
        Err(e) => Sent::NotNow(format!("{e:?}")),
    }
}

/// Where the publisher whose data the app uses takes contributions: the signed manifest's
/// `contributions` address (a path is read beside the manifest). `Ok(None)`: this publisher
/// takes none; `Err`: not now (no connection, a login page, a manifest that does not verify).
pub async fn inbox_url(
    client: &Client,
    manifest_url: &str,
    trusted: &[PublicKey],
) -> Result<Option<String>, String> {
    let fetched = client
        .manifest(manifest_url, None, MAX_MANIFEST_BYTES)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let http::ManifestFetch::Body { bytes, .. } = fetched else {
        return Err("the manifest did not come".into());
    };
    let m = manifest::verify(&bytes, trusted).map_err(|e| e.to_string())?;
    Ok(m.contributions.map(|to| {
        if to.starts_with("https://") || to.starts_with("http://") {
            to
        } else {
            http::beside(manifest_url, &to)
        }
    }))
}

/// What an inbox's answer means for the contribution.
pub fn answer(status: u16, text: &str) -> Sent {
    let why = || {
        let plain: String = text
            .chars()
            .filter(|c| !c.is_control())
            .take(WHY_CHARS)
            .collect();
        if plain.trim().is_empty() {
            format!("refused ({status})")
        } else {
            plain
        }
    };
    match status {
        200 | 201 => Sent::Received,
        400 | 403 | 409 | 413 | 415 | 422 => Sent::Refused(why()),
        _ => Sent::NotNow(format!("the inbox answered {status}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_say_whether_to_keep_trying() {
        assert_eq!(answer(201, ""), Sent::Received);
        assert_eq!(answer(200, "{\"already\":true}"), Sent::Received);
        assert_eq!(
            answer(400, "{\"error\":\"coordinates out of range\"}"),
            Sent::Refused("{\"error\":\"coordinates out of range\"}".into())
        );
        assert_eq!(answer(409, ""), Sent::Refused("refused (409)".into()));
        for busy in [429, 500, 502, 503, 404] {
            assert!(matches!(answer(busy, ""), Sent::NotNow(_)), "{busy}");
        }
        // Control characters and long texts never reach the person's list as they came.
        let Sent::Refused(why) = answer(400, &format!("bad\u{7}{}", "x".repeat(1000))) else {
            panic!("refused");
        };
        assert!(!why.contains('\u{7}') && why.chars().count() == WHY_CHARS);
    }
}
