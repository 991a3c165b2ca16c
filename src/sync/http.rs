//! The two requests sync makes: the manifest (conditional, small) and a file download
//! (resumable, capped at the announced size). Blocking `ureq` on rustls with the ring provider.
//!
//! Everything the network can do wrong ends as a [`NetError`] the caller turns into a plain
//! outcome: no connection (refused, timed out, cut), a wifi login page instead of our bytes,
//! a server error, or more bytes than announced. Nothing here trusts a response: the caller
//! checks signatures and hashes.

use super::Faults;
use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

#[derive(Debug)]
pub enum NetError {
    /// Could not reach the host, it stopped answering, or the connection was cut.
    Unreachable(String),
    /// An HTML page answered instead of our file: a wifi login page (captive portal).
    LoginPage,
    /// The server answered with an error status (404, 500…).
    Status(u16),
    /// The body was longer than the manifest announced.
    TooLong,
    /// Writing the download failed (full disk, injected fault).
    Write(std::io::Error),
}

pub struct Client {
    agent: ureq::Agent,
}

/// The manifest request's answer.
pub enum ManifestFetch {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

fn unreachable(e: ureq::Error) -> NetError {
    NetError::Unreachable(e.to_string())
}

/// "511 Network Authentication Required": what a well-behaved captive portal answers.
const LOGIN_REQUIRED: u16 = 511;

/// First bytes of a zstd frame (full snapshots and deltas).
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xB5, 0x2F, 0xFD];

/// Does this answer look like a web page rather than our data? Our own formats are recognised
/// first, so a host that labels them `text/html` does not pass for a login page.
pub fn looks_like_html(content_type: Option<&str>, first_bytes: &[u8]) -> bool {
    if first_bytes.starts_with(&ZSTD_MAGIC) || first_bytes.starts_with(b"toutpres-manifest/") {
        return false;
    }
    if content_type.is_some_and(|c| c.to_ascii_lowercase().contains("html")) {
        return true;
    }
    let start: Vec<u8> = first_bytes
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || **b == 0xEF || **b == 0xBB || **b == 0xBF)
        .take(15)
        .map(u8::to_ascii_lowercase)
        .collect();
    [
        &b"<!doctype"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
        b"<script",
    ]
    .iter()
    .any(|p| start.starts_with(p))
}

impl Client {
    /// `timeout` bounds connecting, waiting for an answer, and any pause while receiving.
    pub fn new(timeout: Duration, user_agent: &str) -> Client {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(timeout))
            .timeout_send_request(Some(timeout))
            .timeout_recv_response(Some(timeout))
            .timeout_per_read(Some(timeout))
            .max_redirects(5)
            .user_agent(user_agent)
            .build()
            .into();
        Client { agent }
    }

    /// GET the manifest, with `If-None-Match` when an ETag is known.
    pub fn manifest(
        &self,
        url: &str,
        etag: Option<&str>,
        max: usize,
    ) -> Result<ManifestFetch, NetError> {
        let mut req = self.agent.get(url);
        if let Some(tag) = etag {
            req = req.header("If-None-Match", tag);
        }
        let mut resp = req.call().map_err(unreachable)?;
        let status = resp.status().as_u16();
        if status == 304 && etag.is_some() {
            return Ok(ManifestFetch::NotModified);
        }
        let content_type = header(&resp, "content-type");
        let new_etag = header(&resp, "etag");
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(max as u64 + 1)
            .read_to_vec()
            .map_err(|e| match e {
                ureq::Error::BodyExceedsLimit(_) => NetError::TooLong,
                e => unreachable(e),
            })?;
        match status {
            LOGIN_REQUIRED => return Err(NetError::LoginPage),
            200 if looks_like_html(content_type.as_deref(), &bytes) => {
                return Err(NetError::LoginPage)
            }
            200 => {}
            // A server's own error page is HTML too: that is not a login page.
            s => return Err(NetError::Status(s)),
        }
        Ok(ManifestFetch::Body {
            bytes,
            etag: new_etag,
        })
    }

    /// Download `url` into `partial`, resuming from what it already holds, until it holds
    /// `size` bytes. Never writes past `size`; a body that goes on is [`NetError::TooLong`].
    /// A cut connection keeps what arrived (the next sync resumes with a Range request).
    pub fn download(
        &self,
        url: &str,
        partial: &Path,
        size: u64,
        faults: &Faults,
    ) -> Result<(), NetError> {
        let have = std::fs::metadata(partial).map(|m| m.len()).unwrap_or(0);
        if have >= size {
            return Ok(());
        }
        let mut req = self.agent.get(url);
        if have > 0 {
            req = req.header("Range", format!("bytes={have}-"));
        }
        let resp = req.call().map_err(unreachable)?;
        let status = resp.status().as_u16();
        let content_type = header(&resp, "content-type");
        let start = match status {
            200 => 0,
            206 => {
                let from = header(&resp, "content-range")
                    .and_then(|r| {
                        r.strip_prefix("bytes ")?
                            .split('-')
                            .next()?
                            .parse::<u64>()
                            .ok()
                    })
                    .ok_or_else(|| NetError::Unreachable("bad Content-Range".into()))?;
                if from != have {
                    return Err(NetError::Unreachable("unexpected Content-Range".into()));
                }
                have
            }
            LOGIN_REQUIRED => return Err(NetError::LoginPage),
            s => return Err(NetError::Status(s)),
        };
        if let Some(len) = header(&resp, "content-length").and_then(|l| l.parse::<u64>().ok()) {
            if start + len > size {
                return Err(NetError::TooLong);
            }
        }
        let mut body = resp.into_body().into_reader();
        // Look at the first bytes before writing anything: a login page must not land in the
        // partial file.
        let mut first = vec![0u8; 512.min((size - start) as usize)];
        let mut got = 0;
        while got < first.len() {
            match body.read(&mut first[got..]) {
                Ok(0) => break,
                Ok(k) => got += k,
                Err(e) => return Err(NetError::Unreachable(e.to_string())),
            }
        }
        first.truncate(got);
        if looks_like_html(content_type.as_deref(), &first) {
            return Err(NetError::LoginPage);
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(start == 0)
            .append(start > 0)
            .open(partial)
            .map_err(NetError::Write)?;
        let mut written = start;
        let write = |file: &mut std::fs::File, buf: &[u8], written: &mut u64| {
            faults.check_write(*written + buf.len() as u64)?;
            file.write_all(buf)?;
            *written += buf.len() as u64;
            Ok::<(), std::io::Error>(())
        };
        write(&mut file, &first, &mut written).map_err(NetError::Write)?;
        let mut buf = vec![0u8; 64 * 1024];
        let outcome = loop {
            if written == size {
                // Anything more is more than announced.
                match body.read(&mut buf[..1]) {
                    Ok(0) => break Ok(()),
                    Ok(_) => break Err(NetError::TooLong),
                    Err(_) => break Ok(()),
                }
            }
            let want = buf.len().min((size - written) as usize);
            match body.read(&mut buf[..want]) {
                Ok(0) => break Err(NetError::Unreachable("the download was cut".into())),
                Ok(k) => {
                    if let Err(e) = write(&mut file, &buf[..k], &mut written) {
                        break Err(NetError::Write(e));
                    }
                }
                Err(e) => break Err(NetError::Unreachable(e.to_string())),
            }
        };
        // Keep what arrived, durably, so a resume starts from real bytes.
        let synced = file.sync_all();
        outcome?;
        synced.map_err(NetError::Write)
    }
}

fn header(resp: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The URL of `path` next to the manifest at `manifest_url`.
pub fn beside(manifest_url: &str, path: &str) -> String {
    match manifest_url.rfind('/') {
        Some(i) => format!("{}/{}", &manifest_url[..i], path),
        None => path.to_string(),
    }
}
