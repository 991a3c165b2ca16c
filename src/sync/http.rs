//! The requests sync makes: the manifest (conditional, small), a file download (resumable,
//! capped at the announced size), and the post of one contribution to the inbox, with `reqwest`: rustls with the ring provider on
//! phones and computers, the browser's own `fetch` in the web app. Both are async; the native
//! sync runs them on a small runtime of its own ([`block_on`]), on its worker thread.
//!
//! Everything the network can do wrong ends as a [`NetError`] the caller turns into a plain
//! outcome: no connection (refused, timed out, cut), a wifi login page instead of our bytes,
//! a server error, or more bytes than announced. Nothing here trusts a response: the caller
//! checks signatures and hashes. Where the bytes go is the caller's [`Sink`]: a file that a
//! cut download resumes from (native), or memory (the browser).

use futures_util::StreamExt;
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
    http: reqwest::Client,
    timeout: Duration,
}

/// The manifest request's answer.
pub enum ManifestFetch {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

/// Where a download's bytes go. [`Client::download`] calls `start` once, after the first bytes
/// passed the login-page check, then `write` for each piece in order.
pub trait Sink {
    /// The body starts at byte `from` of the file: 0 replaces what the sink held, more appends.
    fn start(&mut self, from: u64) -> std::io::Result<()>;
    /// `bytes` follow; `total` is the file's length once they are written.
    fn write(&mut self, bytes: &[u8], total: u64) -> std::io::Result<()>;
}

/// A download held in memory (the browser has no files).
impl Sink for Vec<u8> {
    fn start(&mut self, from: u64) -> std::io::Result<()> {
        self.truncate(from as usize);
        Ok(())
    }

    fn write(&mut self, bytes: &[u8], _total: u64) -> std::io::Result<()> {
        self.extend_from_slice(bytes);
        Ok(())
    }
}

fn unreachable(e: reqwest::Error) -> NetError {
    NetError::Unreachable(e.to_string())
}

/// "511 Network Authentication Required": what a well-behaved captive portal answers.
const LOGIN_REQUIRED: u16 = 511;

/// First bytes of a zstd frame (full snapshots and deltas).
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xB5, 0x2F, 0xFD];

/// How many first bytes decide whether a download is a web page.
const SNIFF: usize = 512;

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
    /// `timeout` bounds connecting and any pause while receiving (native), or each whole
    /// request (the browser's `fetch` knows no pause timeout).
    pub fn new(timeout: Duration, user_agent: &str) -> Result<Client, NetError> {
        let builder = reqwest::Client::builder().user_agent(user_agent);
        #[cfg(not(target_arch = "wasm32"))]
        let builder = builder
            .connect_timeout(timeout)
            .read_timeout(timeout)
            .redirect(reqwest::redirect::Policy::limited(5));
        let http = builder.build().map_err(unreachable)?;
        Ok(Client { http, timeout })
    }

    fn get(&self, url: &str) -> reqwest::RequestBuilder {
        let request = self.http.get(url);
        // The browser's HTTP cache must not answer for the host: the conditional request
        // below is ours to make.
        #[cfg(target_arch = "wasm32")]
        let request = request.fetch_cache_no_store().timeout(self.timeout);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = self.timeout;
        request
    }

    /// GET the manifest, with `If-None-Match` when an ETag is known.
    pub async fn manifest(
        &self,
        url: &str,
        etag: Option<&str>,
        max: usize,
    ) -> Result<ManifestFetch, NetError> {
        let mut req = self.get(url);
        if let Some(tag) = etag {
            req = req.header("If-None-Match", tag);
        }
        let resp = req.send().await.map_err(unreachable)?;
        let status = resp.status().as_u16();
        if status == 304 && etag.is_some() {
            return Ok(ManifestFetch::NotModified);
        }
        let content_type = header(&resp, "content-type");
        let new_etag = header(&resp, "etag");
        let mut bytes = Vec::new();
        let mut body = resp.bytes_stream();
        while let Some(piece) = body.next().await {
            bytes.extend_from_slice(&piece.map_err(unreachable)?);
            if bytes.len() > max {
                return Err(NetError::TooLong);
            }
        }
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

    /// Download `url` into `sink`, which already holds the file's first `have` bytes (a
    /// Range request asks for the rest), until it holds `size` bytes. Never writes past
    /// `size`; a body that goes on is [`NetError::TooLong`]. A cut connection keeps what
    /// arrived in the sink, for the next sync to resume from.
    pub async fn download(
        &self,
        url: &str,
        have: u64,
        size: u64,
        sink: &mut impl Sink,
    ) -> Result<(), NetError> {
        if have >= size {
            return Ok(());
        }
        let mut req = self.get(url);
        if have > 0 {
            req = req.header("Range", format!("bytes={have}-"));
        }
        let resp = req.send().await.map_err(unreachable)?;
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
        let mut body = resp.bytes_stream();
        // Look at the first bytes before writing anything: a login page must not land in the
        // sink.
        let sniff = SNIFF.min((size - start) as usize);
        let mut first = Vec::with_capacity(sniff);
        let mut cut = false;
        while first.len() < sniff {
            match body.next().await {
                Some(piece) => first.extend_from_slice(&piece.map_err(unreachable)?),
                None => {
                    cut = true;
                    break;
                }
            }
        }
        if looks_like_html(content_type.as_deref(), &first) {
            return Err(NetError::LoginPage);
        }
        sink.start(start).map_err(NetError::Write)?;
        let mut written = start;
        let mut pending = Some(first);
        loop {
            let piece = match pending.take() {
                Some(p) => p,
                None if cut => break,
                None => match body.next().await {
                    Some(Ok(p)) => p.to_vec(),
                    // All announced bytes are in: the server's end of it does not matter.
                    Some(Err(_)) if written == size => break,
                    Some(Err(e)) => return Err(unreachable(e)),
                    None => break,
                },
            };
            let room = (size - written) as usize;
            let (kept, over) = piece.split_at(piece.len().min(room));
            written += kept.len() as u64;
            sink.write(kept, written).map_err(NetError::Write)?;
            if !over.is_empty() {
                // Anything more is more than announced.
                return Err(NetError::TooLong);
            }
        }
        if written < size {
            return Err(NetError::Unreachable("the download was cut".into()));
        }
        Ok(())
    }
}

/// The most of an inbox's answer kept (its error message, for the person's list).
const ANSWER_CAP: usize = 4096;

impl Client {
    /// POST a JSON body; the status and the start of the answer's text. A wifi login page
    /// answering instead of the inbox is [`NetError::LoginPage`].
    pub async fn post_json(
        &self,
        url: &str,
        body: &str,
        headers: &[(&str, &str)],
    ) -> Result<(u16, String), NetError> {
        let mut request = self
            .http
            .post(url)
            .header("content-type", "application/json")
            .body(body.to_string());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        #[cfg(target_arch = "wasm32")]
        let request = request.timeout(self.timeout);
        let resp = request.send().await.map_err(unreachable)?;
        let status = resp.status().as_u16();
        if status == LOGIN_REQUIRED {
            return Err(NetError::LoginPage);
        }
        let content_type = header(&resp, "content-type");
        let bytes = resp.bytes().await.map_err(unreachable)?;
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(ANSWER_CAP)]).into_owned();
        if looks_like_html(content_type.as_deref(), &bytes) {
            return Err(NetError::LoginPage);
        }
        Ok((status, text))
    }
}

/// Runs one request's future to its end on this thread (native sync is a blocking call made
/// on a worker thread; the interface never waits on it).
#[cfg(not(target_arch = "wasm32"))]
pub fn block_on<T, E: From<NetError>>(
    work: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, E> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| NetError::Unreachable(format!("no network runtime: {e}")))?
        .block_on(work)
}

fn header(resp: &reqwest::Response, name: &str) -> Option<String> {
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
