//! Android: the device position from `LocationManager`, over JNI (system classes only).
//!
//! The newest last-known fix of the fused, GPS and network providers is used when it is at most
//! [`crate::locate::MAX_FIX_AGE_SECS`] old. When there is none, [`Locator::locate_fresh`] asks the GPS
//! and network providers for new fixes and waits for one: the request goes with a
//! `PendingIntent` broadcast that nothing receives, because an active request is all it takes
//! for Android to refresh the providers' last-known fixes, and it needs no Java listener class
//! in the app. The request is removed as soon as a fix comes or the wait ends.
//!
//! Without the permission, the first tap asks for it (the app's manifest declares it:
//! `platforms/android/AndroidManifest-location.xml`) and says "not allowed"; the person taps
//! again once they have answered. With location switched off in the phone's settings, it says
//! so, since waiting would not help.

use crate::locate::{usable_fix, wait_for_fix, Fix, LocateError, Locator, FIX_POLL};
use jni::objects::{GlobalRef, JObject, JValue};
use jni::JNIEnv;
use std::time::Duration;

pub const FINE: &str = "android.permission.ACCESS_FINE_LOCATION";
pub const COARSE: &str = "android.permission.ACCESS_COARSE_LOCATION";
/// Providers asked, best first ("fused" exists from Android 12).
pub const PROVIDERS: [&str; 3] = ["fused", "gps", "network"];
/// Providers asked for new fixes (those every Android has).
pub const ASKED_PROVIDERS: [&str; 2] = ["gps", "network"];
/// `PackageManager.PERMISSION_GRANTED`.
const GRANTED: i32 = 0;
/// The broadcast the fix request names; nothing listens to it.
const FIX_ACTION: &str = "fr.toutpres.LOCATION_FIX";
/// `PendingIntent.FLAG_UPDATE_CURRENT` and `FLAG_MUTABLE` (the location is added to the intent,
/// which Android 12 and later only do for a mutable one).
const FLAG_UPDATE_CURRENT: i32 = 0x0800_0000;
const FLAG_MUTABLE: i32 = 0x0200_0000;
/// Android 12 (API 31).
const ANDROID_12: i32 = 31;
/// Ask for a fix every second while waiting.
const FIX_INTERVAL_MS: i64 = 1000;

#[derive(Debug, Default, Clone, Copy)]
pub struct AndroidLocator;

fn allowed(env: &mut JNIEnv, context: &JObject, permission: &str) -> jni::errors::Result<bool> {
    let name = env.new_string(permission)?;
    let answer = env
        .call_method(
            context,
            "checkSelfPermission",
            "(Ljava/lang/String;)I",
            &[JValue::Object(&name)],
        )?
        .i()?;
    Ok(answer == GRANTED)
}

/// Shows the system's permission question (the context is the app's activity).
fn ask(env: &mut JNIEnv, context: &JObject) -> jni::errors::Result<()> {
    let string_class = env.find_class("java/lang/String")?;
    let names = env.new_object_array(2, &string_class, JObject::null())?;
    for (i, p) in [FINE, COARSE].iter().enumerate() {
        let s = env.new_string(p)?;
        env.set_object_array_element(&names, i as i32, &s)?;
    }
    env.call_method(
        context,
        "requestPermissions",
        "([Ljava/lang/String;I)V",
        &[JValue::Object(&names), JValue::Int(7)],
    )?;
    Ok(())
}

/// The provider's last fix and its age in seconds, if it has one.
fn last_known(
    env: &mut JNIEnv,
    manager: &JObject,
    provider: &str,
    now_ms: i64,
) -> jni::errors::Result<Option<(Fix, i64)>> {
    let name = env.new_string(provider)?;
    let location = env.call_method(
        manager,
        "getLastKnownLocation",
        "(Ljava/lang/String;)Landroid/location/Location;",
        &[JValue::Object(&name)],
    );
    // An unknown provider (older Android) throws: no fix from it.
    let location = match location.and_then(|v| v.l()) {
        Ok(l) if !l.is_null() => l,
        _ => {
            let _ = env.exception_clear();
            return Ok(None);
        }
    };
    let lat = env.call_method(&location, "getLatitude", "()D", &[])?.d()?;
    let lon = env
        .call_method(&location, "getLongitude", "()D", &[])?
        .d()?;
    let time_ms = env.call_method(&location, "getTime", "()J", &[])?.j()?;
    let has_accuracy = env.call_method(&location, "hasAccuracy", "()Z", &[])?.z()?;
    let accuracy_m = if has_accuracy {
        Some(f64::from(
            env.call_method(&location, "getAccuracy", "()F", &[])?.f()?,
        ))
    } else {
        None
    };
    Ok(Some((
        Fix {
            lat,
            lon,
            accuracy_m,
        },
        (now_ms - time_ms) / 1000,
    )))
}

fn locate_with(
    env: &mut JNIEnv,
    context: &JObject,
) -> jni::errors::Result<Result<Fix, LocateError>> {
    if !allowed(env, context, FINE)? && !allowed(env, context, COARSE)? {
        if ask(env, context).is_err() {
            let _ = env.exception_clear();
        }
        return Ok(Err(LocateError::Denied));
    }
    let manager = super::system_service(env, context, "location")?;
    if manager.is_null() {
        return Ok(Err(LocateError::Unavailable));
    }
    let system = env.find_class("java/lang/System")?;
    let now_ms = env
        .call_static_method(system, "currentTimeMillis", "()J", &[])?
        .j()?;
    let mut fixes = Vec::new();
    for provider in PROVIDERS {
        if let Some(f) = last_known(env, &manager, provider, now_ms)? {
            fixes.push(f);
        }
    }
    if let Some(fix) = usable_fix(&fixes) {
        return Ok(Ok(fix));
    }
    let mut any_on = false;
    for provider in ASKED_PROVIDERS {
        any_on |= enabled(env, &manager, provider)?;
    }
    Ok(Err(if any_on {
        LocateError::Timeout
    } else {
        LocateError::Off
    }))
}

fn enabled(env: &mut JNIEnv, manager: &JObject, provider: &str) -> jni::errors::Result<bool> {
    let name = env.new_string(provider)?;
    env.call_method(
        manager,
        "isProviderEnabled",
        "(Ljava/lang/String;)Z",
        &[JValue::Object(&name)],
    )?
    .z()
}

/// Asks the switched-on providers for new fixes; the request to remove afterwards, if any
/// provider took it.
fn request_fixes(env: &mut JNIEnv, context: &JObject) -> jni::errors::Result<Option<GlobalRef>> {
    let manager = super::system_service(env, context, "location")?;
    if manager.is_null() {
        return Ok(None);
    }
    let action = env.new_string(FIX_ACTION)?;
    let intent = env.new_object(
        "android/content/Intent",
        "(Ljava/lang/String;)V",
        &[JValue::Object(&action)],
    )?;
    // Addressed to this app only (Android 14 refuses a mutable intent addressed to anyone).
    let package = env
        .call_method(context, "getPackageName", "()Ljava/lang/String;", &[])?
        .l()?;
    env.call_method(
        &intent,
        "setPackage",
        "(Ljava/lang/String;)Landroid/content/Intent;",
        &[JValue::Object(&package)],
    )?;
    let sdk = env
        .get_static_field("android/os/Build$VERSION", "SDK_INT", "I")?
        .i()?;
    let flags = FLAG_UPDATE_CURRENT | if sdk >= ANDROID_12 { FLAG_MUTABLE } else { 0 };
    let pending = env
        .call_static_method(
            "android/app/PendingIntent",
            "getBroadcast",
            "(Landroid/content/Context;ILandroid/content/Intent;I)Landroid/app/PendingIntent;",
            &[
                JValue::Object(context),
                JValue::Int(0),
                JValue::Object(&intent),
                JValue::Int(flags),
            ],
        )?
        .l()?;
    let mut taken = false;
    for provider in ASKED_PROVIDERS {
        if !enabled(env, &manager, provider)? {
            continue;
        }
        let name = env.new_string(provider)?;
        let asked = env.call_method(
            &manager,
            "requestLocationUpdates",
            "(Ljava/lang/String;JFLandroid/app/PendingIntent;)V",
            &[
                JValue::Object(&name),
                JValue::Long(FIX_INTERVAL_MS),
                JValue::Float(0.0),
                JValue::Object(&pending),
            ],
        );
        // A provider that refuses (removed between the two calls) is skipped.
        match asked {
            Ok(_) => taken = true,
            Err(_) => {
                let _ = env.exception_clear();
            }
        }
    }
    if taken {
        Ok(Some(env.new_global_ref(pending)?))
    } else {
        Ok(None)
    }
}

fn stop_fixes(env: &mut JNIEnv, context: &JObject, pending: &GlobalRef) -> jni::errors::Result<()> {
    let manager = super::system_service(env, context, "location")?;
    if !manager.is_null() {
        env.call_method(
            &manager,
            "removeUpdates",
            "(Landroid/app/PendingIntent;)V",
            &[JValue::Object(pending.as_obj())],
        )?;
    }
    Ok(())
}

impl Locator for AndroidLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        super::with_app_context(locate_with).unwrap_or(Err(LocateError::Unavailable))
    }

    fn locate_fresh(&self, patience: Duration) -> Result<Fix, LocateError> {
        match self.locate() {
            Err(LocateError::Timeout) => {}
            answer => return answer,
        }
        let request = super::with_app_context(request_fixes).ok().flatten();
        let answer = wait_for_fix(|| self.locate(), patience, FIX_POLL, std::thread::sleep);
        if let Some(pending) = request {
            let _ = super::with_app_context(|env, context| stop_fixes(env, context, &pending));
        }
        answer
    }
}
