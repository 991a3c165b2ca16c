//! Android: the device position from `LocationManager`, over JNI (system classes only).
//!
//! The newest last-known fix of the fused, GPS and network providers is used when it is at most
//! [`super::MAX_FIX_AGE_SECS`] old; Android keeps these fresh while any app (maps, the system)
//! uses the location. Without the permission, the first tap asks for it (the app's manifest
//! declares it: `platforms/android/AndroidManifest-location.xml`) and says "not allowed"; the
//! person taps again once they have answered.

use super::{usable_fix, Fix, LocateError, Locator};
use jni::objects::{JObject, JValue};
use jni::JNIEnv;

pub const FINE: &str = "android.permission.ACCESS_FINE_LOCATION";
pub const COARSE: &str = "android.permission.ACCESS_COARSE_LOCATION";
/// Providers asked, best first ("fused" exists from Android 12).
pub const PROVIDERS: [&str; 3] = ["fused", "gps", "network"];
/// `PackageManager.PERMISSION_GRANTED`.
const GRANTED: i32 = 0;

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
    let manager = crate::android_env::system_service(env, context, "location")?;
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
    Ok(usable_fix(&fixes).ok_or(LocateError::Timeout))
}

impl Locator for AndroidLocator {
    fn locate(&self) -> Result<Fix, LocateError> {
        crate::android_env::with_app_context(locate_with).unwrap_or(Err(LocateError::Unavailable))
    }
}
