//! Sync, one test binary (each area of the app links its tests once): real HTTP on loopback
//! against Debian's nginx and a fault-injecting server (`faults`, `e2e`), deltas rebuilt byte
//! for byte (`delta`), and real crashes of a child process at each step of apply (`crash`).
//! The field contributions inbox's HTTP server and review page (`inbox`, feature `inbox`).
//! `support` builds the snapshots they publish from the real Isère sources.

mod contributions_address;
mod crash;
mod delta;
mod e2e;
mod editions;
mod faults;
#[cfg(feature = "inbox")]
mod inbox;
mod map_layer;
mod memory;
mod rotation;
mod site;
mod support;
