//! The app's interface served to a browser over a websocket (Dioxus liveview): the same
//! components as the desktop and phone apps, for the browser tests and for helpers who want
//! the interface on a shared screen. Listens on loopback only.
//!
//! `toutpres-liveview [PORT]` (default 8310). `TOUTPRES_DATA_DIR` chooses where the snapshot
//! and the user database live.

use axum::extract::ws::WebSocketUpgrade;
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use std::sync::Arc;

fn page() -> String {
    format!(
        r#"<!doctype html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tout près</title>
</head>
<body><div id="main"></div>{glue}</body>
</html>"#,
        glue = dioxus_liveview::interpreter_glue("/ws")
    )
}

#[tokio::main]
async fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(8310);
    let pool = Arc::new(dioxus_liveview::LiveViewPool::new());
    let html = page();
    // Every path serves the page: the router inside the app reads the URL.
    let app = Router::new()
        .route(
            "/ws",
            get(move |ws: WebSocketUpgrade| async move {
                ws.on_upgrade(move |socket| async move {
                    let _ = pool
                        .launch(dioxus_liveview::axum_socket(socket), toutpres::ui::App)
                        .await;
                })
            }),
        )
        .fallback(get(move || async move { Html(html) }));
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("toutpres-liveview: cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    println!("Tout près on http://{addr}");
    if let Err(e) = axum::serve(listener, app).await {
        eprintln!("toutpres-liveview: {e}");
        std::process::exit(1);
    }
}
