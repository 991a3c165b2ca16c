// Tout près — the device position on iOS (src/locate/ios.rs).
//
// Core Location delivers fixes asynchronously; this plugin asks for "when in use"
// permission, keeps a coarse (100 m) update running while the app is in the foreground, and
// pushes each fix to Rust, which uses the last one while it is recent. A refusal, or location
// switched off for the whole phone, is pushed too, so the app can say which and offer to pick
// a place. Nothing is logged or
// stored here.
import CoreLocation
import Foundation

@_silgen_name("toutpres_location_changed")
private func toutpres_location_changed(_ lat: Double, _ lon: Double, _ accuracy: Double, _ unixTime: Int64)

@_silgen_name("toutpres_location_denied")
private func toutpres_location_denied()

@_silgen_name("toutpres_location_off")
private func toutpres_location_off()

public final class DeviceLocation: NSObject, CLLocationManagerDelegate {
    public static let shared = DeviceLocation()
    private let manager = CLLocationManager()

    /// Call once at start-up (application(_:didFinishLaunchingWithOptions:)). Needs
    /// NSLocationWhenInUseUsageDescription in Info.plist.
    public func start() {
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyHundredMeters
        manager.requestWhenInUseAuthorization()
    }

    public func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        switch manager.authorizationStatus {
        case .authorizedWhenInUse, .authorizedAlways:
            manager.startUpdatingLocation()
        case .denied, .restricted:
            // Location switched off for the whole phone also reads as "denied"; tell them
            // apart so the app can say which setting to change. Apple asks not to call
            // locationServicesEnabled() on the main thread.
            DispatchQueue.global(qos: .userInitiated).async {
                if CLLocationManager.locationServicesEnabled() {
                    toutpres_location_denied()
                } else {
                    toutpres_location_off()
                }
            }
        default:
            break
        }
    }

    public func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let fix = locations.last else { return }
        toutpres_location_changed(
            fix.coordinate.latitude,
            fix.coordinate.longitude,
            fix.horizontalAccuracy,
            Int64(fix.timestamp.timeIntervalSince1970)
        )
    }
}
