//! Android: the system's `TextToSpeech` over JNI, with system classes only.
//!
//! The `tts` crate's Android backend needs a Java class (`rs.tts.Bridge`) packaged in the app
//! and panics when it is missing; this voice needs nothing from the app. `TextToSpeech` is
//! created with no init listener (Android allows none) and is ready once it is bound to the
//! engine, which `getVoices()` tells: null before, a set after. Speaking waits for that on a
//! worker thread, so the screen never waits.
//!
//! A language the phone has no voice for is not spoken with another language's voice (Arabic
//! read by a French voice helps nobody): the words stay on screen.

use crate::i18n::Lang;
use crate::voice::Speaker;
use jni::objects::{GlobalRef, JObject, JValue};
use jni::JNIEnv;
use std::sync::Mutex;
use std::time::Duration;

/// The engine, created on first use and kept for the life of the process.
static ENGINE: Mutex<Option<GlobalRef>> = Mutex::new(None);
/// How long a first reading waits for the engine to bind.
const BIND_PATIENCE: Duration = Duration::from_secs(5);
const BIND_POLL: Duration = Duration::from_millis(200);
/// `TextToSpeech.QUEUE_FLUSH`: interrupt what is being said.
const QUEUE_FLUSH: i32 = 0;

pub struct AndroidVoice;

/// Android's speech rate for the app's (1.0 = normal); Android takes 0.5 to 2 well.
pub fn android_rate(rate: f32) -> f32 {
    if rate.is_finite() {
        rate.clamp(0.5, 2.0)
    } else {
        1.0
    }
}

fn engine(env: &mut JNIEnv, context: &JObject) -> jni::errors::Result<GlobalRef> {
    let mut slot = ENGINE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(engine) = slot.as_ref() {
        return Ok(engine.clone());
    }
    let tts = env.new_object(
        "android/speech/tts/TextToSpeech",
        "(Landroid/content/Context;Landroid/speech/tts/TextToSpeech$OnInitListener;)V",
        &[JValue::Object(context), JValue::Object(&JObject::null())],
    )?;
    let tts = env.new_global_ref(tts)?;
    *slot = Some(tts.clone());
    Ok(tts)
}

fn bound(env: &mut JNIEnv, tts: &JObject) -> jni::errors::Result<bool> {
    let voices = env
        .call_method(tts, "getVoices", "()Ljava/util/Set;", &[])?
        .l()?;
    Ok(!voices.is_null())
}

fn speak_now(
    env: &mut JNIEnv,
    context: &JObject,
    text: &str,
    lang: Lang,
    rate: f32,
) -> jni::errors::Result<()> {
    let tts = engine(env, context)?;
    let tts = tts.as_obj();
    let mut waited = Duration::ZERO;
    while !bound(env, tts)? {
        if waited >= BIND_PATIENCE {
            return Ok(());
        }
        std::thread::sleep(BIND_POLL);
        waited += BIND_POLL;
    }
    let tag = env.new_string(lang.code())?;
    let locale = env
        .call_static_method(
            "java/util/Locale",
            "forLanguageTag",
            "(Ljava/lang/String;)Ljava/util/Locale;",
            &[JValue::Object(&tag)],
        )?
        .l()?;
    // LANG_MISSING_DATA (-1) and LANG_NOT_SUPPORTED (-2): no voice for this language.
    let answer = env
        .call_method(
            tts,
            "setLanguage",
            "(Ljava/util/Locale;)I",
            &[JValue::Object(&locale)],
        )?
        .i()?;
    if answer < 0 {
        return Ok(());
    }
    env.call_method(
        tts,
        "setSpeechRate",
        "(F)I",
        &[JValue::Float(android_rate(rate))],
    )?;
    let words = env.new_string(text)?;
    let utterance = env.new_string("toutpres")?;
    env.call_method(
        tts,
        "speak",
        "(Ljava/lang/CharSequence;ILandroid/os/Bundle;Ljava/lang/String;)I",
        &[
            JValue::Object(&words),
            JValue::Int(QUEUE_FLUSH),
            JValue::Object(&JObject::null()),
            JValue::Object(&utterance),
        ],
    )?;
    Ok(())
}

impl Speaker for AndroidVoice {
    fn speak(&self, text: &str, lang: Lang, rate: f32) {
        let text = text.to_string();
        std::thread::spawn(move || {
            let _ =
                super::with_app_context(|env, context| speak_now(env, context, &text, lang, rate));
        });
    }
}
