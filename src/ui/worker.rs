//! Slow work (a download, opening a large file, waiting for a GPS fix) runs on its own thread
//! and the screen awaits its answer, so the interface never freezes. A plain thread works the
//! same under every renderer (desktop, phone, liveview), whose async runtimes differ.

/// Runs `work` on a new thread; `None` only if it panicked.
pub async fn off_screen<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = futures_channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.await.ok()
}
