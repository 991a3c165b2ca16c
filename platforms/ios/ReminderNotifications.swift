// Tout près — reminders on iOS.
//
// The Rust core decides what to announce and when (src/reminders/alerts.rs); this plugin only
// registers one UNNotificationRequest per alert with UNUserNotificationCenter, which fires them
// while the app is closed. Rust calls it through two C callbacks registered at start-up
// (src/reminders/notify/ios.rs); the list arrives as the JSON of `platform_payload`:
// [{"id", "at_unix", "title", "body", "pictogram"}]. iOS keeps at most 64 pending requests per
// app; the core sends at most 60. Nothing is logged.
import Foundation
import UserNotifications

@_silgen_name("toutpres_register_notification_callbacks")
private func toutpres_register_notification_callbacks(
    _ schedule: @convention(c) (UnsafePointer<CChar>?) -> Int32,
    _ cancelAll: @convention(c) () -> Int32
) -> Int32

private struct PlatformAlert: Decodable {
    let id: String
    let at_unix: Int64
    let title: String
    let body: String
    let pictogram: String
}

public enum ReminderNotifications {
    /// Call once at start-up (application(_:didFinishLaunchingWithOptions:)).
    public static func register() {
        UNUserNotificationCenter.current().requestAuthorization(options: [.alert, .sound, .badge]) { _, _ in }
        _ = toutpres_register_notification_callbacks(scheduleCallback, cancelAllCallback)
    }
}

private let scheduleCallback: @convention(c) (UnsafePointer<CChar>?) -> Int32 = { pointer in
    guard let pointer = pointer,
          let data = String(cString: pointer).data(using: .utf8),
          let alerts = try? JSONDecoder().decode([PlatformAlert].self, from: data)
    else { return 1 }
    let center = UNUserNotificationCenter.current()
    let now = Date()
    for alert in alerts {
        let date = Date(timeIntervalSince1970: TimeInterval(alert.at_unix))
        if date <= now { continue }
        let content = UNMutableNotificationContent()
        content.title = alert.title
        content.body = alert.body
        content.sound = .default
        let when = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let trigger = UNCalendarNotificationTrigger(dateMatching: when, repeats: false)
        center.add(UNNotificationRequest(identifier: alert.id, content: content, trigger: trigger))
    }
    return 0
}

private let cancelAllCallback: @convention(c) () -> Int32 = {
    // The app schedules nothing else, so removing all pending requests is exact, and it is
    // ordered before the requests added right after.
    UNUserNotificationCenter.current().removeAllPendingNotificationRequests()
    return 0
}
