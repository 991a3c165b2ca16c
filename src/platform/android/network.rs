//! Android: the active network's capabilities from `ConnectivityManager`, over JNI (system
//! classes only, no plugin). Needs `ACCESS_NETWORK_STATE` in the app manifest
//! (`platforms/android/AndroidManifest-sync.xml`).

use crate::sync::network::Connectivity;
use crate::sync::NetworkKind;
use jni::objects::{JObject, JValue};
use jni::JNIEnv;

/// `NetworkCapabilities.NET_CAPABILITY_NOT_METERED`.
pub const NET_CAPABILITY_NOT_METERED: i32 = 11;
/// `NetworkCapabilities.NET_CAPABILITY_INTERNET`.
pub const NET_CAPABILITY_INTERNET: i32 = 12;

#[derive(Debug, Default, Clone, Copy)]
pub struct AndroidConnectivity;

fn has_capability(env: &mut JNIEnv, caps: &JObject, capability: i32) -> jni::errors::Result<bool> {
    env.call_method(caps, "hasCapability", "(I)Z", &[JValue::Int(capability)])?
        .z()
}

fn active_network(env: &mut JNIEnv, context: &JObject) -> jni::errors::Result<NetworkKind> {
    let manager = super::system_service(env, context, "connectivity")?;
    if manager.is_null() {
        return Ok(NetworkKind::Mobile);
    }
    let network = env
        .call_method(&manager, "getActiveNetwork", "()Landroid/net/Network;", &[])?
        .l()?;
    if network.is_null() {
        return Ok(NetworkKind::None);
    }
    let caps = env
        .call_method(
            &manager,
            "getNetworkCapabilities",
            "(Landroid/net/Network;)Landroid/net/NetworkCapabilities;",
            &[JValue::Object(&network)],
        )?
        .l()?;
    if caps.is_null() || !has_capability(env, &caps, NET_CAPABILITY_INTERNET)? {
        return Ok(NetworkKind::None);
    }
    Ok(if has_capability(env, &caps, NET_CAPABILITY_NOT_METERED)? {
        NetworkKind::Wifi
    } else {
        NetworkKind::Mobile
    })
}

impl Connectivity for AndroidConnectivity {
    fn network(&self) -> NetworkKind {
        // A failed call says nothing: count it as mobile data, so the person is asked.
        super::with_app_context(active_network).unwrap_or(NetworkKind::Mobile)
    }
}
