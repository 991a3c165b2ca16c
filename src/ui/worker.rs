//! Slow work (a download, opening a large file, waiting for a GPS fix) runs on its own thread
//! and the screen awaits its answer, so the interface never freezes. A plain thread works the
//! same under every native renderer (desktop, phone, liveview), whose async runtimes differ.
//!
//! The browser has one thread: there the work runs in place, and waiting is a timer.

use crate::locate::{Fix, LocateError, Locator};
use std::sync::Arc;
use std::time::Duration;

/// Runs `work` on a new thread; `None` only if it panicked.
#[cfg(not(target_arch = "wasm32"))]
pub async fn off_screen<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = futures_channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.await.ok()
}

/// Runs `work` in place: the browser has no threads.
#[cfg(target_arch = "wasm32")]
pub async fn off_screen<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    Some(work())
}

/// Waits `d` without holding the screen.
pub async fn pause(d: Duration) {
    #[cfg(not(target_arch = "wasm32"))]
    off_screen(move || std::thread::sleep(d)).await;
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    crate::platform::web::pause(d).await;
}

/// The device's position, waiting up to `patience` for a first fix
/// ([`Locator::locate_fresh`]) without freezing the screen.
pub async fn locate_waiting(
    locator: Arc<dyn Locator>,
    patience: Duration,
) -> Result<Fix, LocateError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        off_screen(move || locator.locate_fresh(patience))
            .await
            .unwrap_or(Err(LocateError::Unavailable))
    }
    // The browser answers through callbacks: look again at each pause, as `wait_for_fix` does.
    #[cfg(target_arch = "wasm32")]
    {
        let mut waited = Duration::ZERO;
        loop {
            match locator.locate() {
                Err(LocateError::Timeout) if waited < patience => {
                    pause(crate::locate::FIX_POLL).await;
                    waited += crate::locate::FIX_POLL;
                }
                answer => return answer,
            }
        }
    }
}
