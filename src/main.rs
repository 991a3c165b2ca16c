//! Tout près, the desktop app: the interface in a window, on the data bundled with it.

fn main() {
    let _ = toutpres::ui::state::STARTED.set(std::time::Instant::now());
    // The desktop has no alarm service: show due reminder alerts from a one-minute timer.
    std::thread::spawn(|| loop {
        toutpres::ui::notifications::fire_due();
        std::thread::sleep(std::time::Duration::from_secs(60));
    });
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("Tout près")
        .with_inner_size(LogicalSize::new(420.0, 800.0));
    dioxus::LaunchBuilder::desktop()
        .with_cfg(Config::new().with_window(window).with_menu(None))
        .launch(toutpres::ui::App);
}
