// Tout près — which network the phone is on, for sync (src/sync/network/ios.rs).
//
// Sync never spends mobile data without the person's consent. NWPathMonitor tells whether the
// current path is "expensive" (cellular, personal hotspot) or "constrained" (Low Data Mode);
// each change is pushed to Rust, which keeps the last value. Nothing is logged.
import Foundation
import Network

@_silgen_name("toutpres_network_changed")
private func toutpres_network_changed(_ path: Int32)

public enum NetworkPath {
    private static let monitor = NWPathMonitor()

    /// Call once at start-up (application(_:didFinishLaunchingWithOptions:)).
    public static func start() {
        monitor.pathUpdateHandler = { path in
            let value: Int32
            if path.status != .satisfied {
                value = 0
            } else if path.isExpensive || path.isConstrained {
                value = 2
            } else {
                value = 1
            }
            toutpres_network_changed(value)
        }
        monitor.start(queue: DispatchQueue(label: "fr.toutpres.network"))
    }
}
