//! iOS: the Swift plugins in `platforms/ios/` run Core Location, `NWPathMonitor` and
//! `UNUserNotificationCenter`, and talk to Rust through the C functions in [`locate`],
//! [`network`] and [`notify`] (no Objective-C bindings on the Rust side). Speech is the system
//! voice (`platform::system_voice`).

pub mod locate;
pub mod network;
pub mod notify;
