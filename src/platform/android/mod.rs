//! Android: every edge over JNI with system classes only, plus the Kotlin alarm plugin in
//! `platforms/android/` for reminders. [`locate`] (`LocationManager`), [`network`]
//! (`ConnectivityManager`), [`notify`] (the plugin's `AlarmManager` alarms), [`speech`]
//! (`TextToSpeech`).
//!
//! This file holds the Java side they share. The Dioxus mobile runtime fills `ndk-context` with the process's JavaVM
//! and the app context; this attaches the calling thread and hands both to the caller, and
//! clears a pending Java exception so that one failed call never poisons the next.

pub mod locate;
pub mod network;
pub mod notify;
pub mod speech;

use jni::objects::{JObject, JValue};
use jni::{JNIEnv, JavaVM};

/// Runs `call` with the JNI environment of this thread and the app's `Context`.
pub fn with_app_context<T>(
    call: impl for<'a> FnOnce(&mut JNIEnv<'a>, &JObject<'a>) -> jni::errors::Result<T>,
) -> jni::errors::Result<T> {
    let android = ndk_context::android_context();
    // SAFETY: ndk-context holds the process's JavaVM pointer and a global reference to the
    // app context for the whole life of the process.
    let vm = unsafe { JavaVM::from_raw(android.vm().cast()) }?;
    let mut env = vm.attach_current_thread()?;
    // SAFETY: see above; the reference is global, so valid on this thread.
    let context = unsafe { JObject::from_raw(android.context().cast()) };
    let result = call(&mut env, &context);
    if env.exception_check().unwrap_or(false) {
        let _ = env.exception_clear();
    }
    result
}

/// `context.getSystemService(name)`: a system manager ("location", "connectivity"…), or a null
/// object when this device has none.
pub fn system_service<'a>(
    env: &mut JNIEnv<'a>,
    context: &JObject<'_>,
    name: &str,
) -> jni::errors::Result<JObject<'a>> {
    let name = env.new_string(name)?;
    env.call_method(
        context,
        "getSystemService",
        "(Ljava/lang/String;)Ljava/lang/Object;",
        &[JValue::Object(&name)],
    )?
    .l()
}
