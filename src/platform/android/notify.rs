//! Android: alarms and notifications through the Kotlin plugin in `platforms/android/`.
//!
//! Android fires nothing by itself for an app that is closed unless an alarm was set, and an
//! alarm needs a `BroadcastReceiver` declared in the manifest to post the notification — Java or
//! Kotlin code in any case. So the plugin does the platform part (one `AlarmManager` alarm per
//! alert, a receiver posting through `NotificationManager`, alarms re-armed after a reboot) and
//! this side only passes it the JSON list ([`platform_payload`]) through JNI.

use crate::reminders::notify::{platform_payload, Notifier, NotifyError};
use crate::reminders::Alert;
use jni::objects::{JClass, JObject, JValue};
use jni::JNIEnv;

/// The plugin class (`platforms/android/.../ReminderAlarms.kt`).
pub const PLUGIN_CLASS: &str = "fr.toutpres.reminders.ReminderAlarms";

/// Schedules through the Kotlin plugin; the Android context comes from `ndk-context`, which
/// the Dioxus mobile runtime initialises.
#[derive(Debug, Default, Clone, Copy)]
pub struct AndroidNotifier;

fn unavailable(e: jni::errors::Error) -> NotifyError {
    NotifyError::Unavailable(format!("android: {e}"))
}

/// Runs `call` with the JNI environment, the plugin class and the app context.
fn with_plugin(
    call: impl for<'a> FnOnce(&mut JNIEnv<'a>, &JClass<'a>, &JObject<'a>) -> jni::errors::Result<()>,
) -> Result<(), NotifyError> {
    super::with_app_context(|env, context| {
        // On a native thread FindClass sees only system classes: go through the app's loader.
        let loader = env
            .call_method(context, "getClassLoader", "()Ljava/lang/ClassLoader;", &[])?
            .l()?;
        let name = env.new_string(PLUGIN_CLASS)?;
        let class = env
            .call_method(
                &loader,
                "loadClass",
                "(Ljava/lang/String;)Ljava/lang/Class;",
                &[JValue::Object(&name)],
            )?
            .l()?;
        let class = JClass::from(class);
        call(env, &class, context)
    })
    .map_err(unavailable)
}

impl Notifier for AndroidNotifier {
    fn schedule(&self, alerts: &[Alert]) -> Result<(), NotifyError> {
        let payload = platform_payload(alerts);
        with_plugin(|env, class, context| {
            let json = env.new_string(&payload)?;
            env.call_static_method(
                class,
                "schedule",
                "(Landroid/content/Context;Ljava/lang/String;)V",
                &[JValue::Object(context), JValue::Object(&json)],
            )?;
            Ok(())
        })
    }

    fn cancel_all(&self) -> Result<(), NotifyError> {
        with_plugin(|env, class, context| {
            env.call_static_method(
                class,
                "cancelAll",
                "(Landroid/content/Context;)V",
                &[JValue::Object(context)],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_android_notifier_is_a_notifier() {
        fn is_notifier<T: Notifier>(_: &T) {}
        is_notifier(&AndroidNotifier);
        assert_eq!(PLUGIN_CLASS, "fr.toutpres.reminders.ReminderAlarms");
        let kotlin = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/platforms/android/src/main/kotlin/fr/toutpres/reminders/ReminderAlarms.kt"
        ))
        .unwrap();
        // The methods the JNI calls exist with the signatures it uses.
        assert!(kotlin.contains("fun schedule(context: Context, json: String)"));
        assert!(kotlin.contains("fun cancelAll(context: Context)"));
        assert!(kotlin.contains("@JvmStatic"));
        let swift = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/platforms/ios/ReminderNotifications.swift"
        ))
        .unwrap();
        assert!(swift.contains("toutpres_register_notification_callbacks"));
    }
}
