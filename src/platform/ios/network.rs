//! iOS: the Swift plugin (`platforms/ios/NetworkPath.swift`) runs an `NWPathMonitor` and
//! pushes every change through [`toutpres_network_changed`]; Rust keeps the last value. Until
//! the plugin has spoken, the answer is mobile data (the person is asked before a download).

use crate::sync::network::Connectivity;
use crate::sync::NetworkKind;
use std::sync::atomic::{AtomicI32, Ordering};

/// Values the plugin sends.
pub const PATH_NONE: i32 = 0;
pub const PATH_UNMETERED: i32 = 1;
pub const PATH_EXPENSIVE: i32 = 2;

static LAST_PATH: AtomicI32 = AtomicI32::new(-1);

/// Called by the Swift plugin on each path change: 0 no network, 1 wifi or wired and not
/// constrained, 2 cellular, personal hotspot or Low Data Mode.
#[no_mangle]
pub extern "C" fn toutpres_network_changed(path: i32) {
    LAST_PATH.store(path, Ordering::Relaxed);
}

#[derive(Debug, Default, Clone, Copy)]
pub struct IosConnectivity;

/// The kind for a value the plugin sent (anything unknown counts as mobile data).
pub fn kind_of(path: i32) -> NetworkKind {
    match path {
        PATH_NONE => NetworkKind::None,
        PATH_UNMETERED => NetworkKind::Wifi,
        _ => NetworkKind::Mobile,
    }
}

impl Connectivity for IosConnectivity {
    fn network(&self) -> NetworkKind {
        kind_of(LAST_PATH.load(Ordering::Relaxed))
    }
}
