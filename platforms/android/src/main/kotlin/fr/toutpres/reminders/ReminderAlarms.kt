// Tout près — reminders on Android.
//
// The Rust core decides what to announce and when (src/reminders/alerts.rs); this plugin only
// sets one AlarmManager alarm per alert and posts the notification when it fires, even when the
// app is closed. It is called from src/reminders/notify/android.rs through JNI with the JSON of
// `platform_payload`: [{"id", "at_unix", "title", "body", "pictogram"}].
//
// Android forgets alarms on reboot, so the list is kept in the app's private SharedPreferences
// and re-armed by BootReceiver. Nothing is logged.
package fr.toutpres.reminders

import android.app.AlarmManager
import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build
import org.json.JSONArray
import org.json.JSONObject

object ReminderAlarms {
    private const val PREFS = "toutpres_reminders"
    private const val KEY = "scheduled"
    private const val ACTION = "fr.toutpres.reminders.ALERT"
    const val CHANNEL = "reminders"

    /** Adds these alerts (the Rust side cancels everything first when it reschedules). */
    @JvmStatic
    fun schedule(context: Context, json: String) {
        val incoming = JSONArray(json)
        val stored = stored(context)
        for (i in 0 until incoming.length()) stored.put(incoming.getJSONObject(i))
        save(context, stored)
        arm(context, incoming)
    }

    /** Cancels every alarm this app set. */
    @JvmStatic
    fun cancelAll(context: Context) {
        val alarms = context.getSystemService(AlarmManager::class.java)
        val stored = stored(context)
        for (i in 0 until stored.length()) {
            alarms.cancel(pendingIntent(context, stored.getJSONObject(i)))
        }
        save(context, JSONArray())
    }

    /** After a reboot: sets the alarms of the stored list again. */
    @JvmStatic
    fun rearm(context: Context) = arm(context, stored(context))

    private fun stored(context: Context): JSONArray =
        JSONArray(context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).getString(KEY, "[]"))

    private fun save(context: Context, list: JSONArray) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).edit()
            .putString(KEY, list.toString()).apply()
    }

    private fun arm(context: Context, list: JSONArray) {
        val alarms = context.getSystemService(AlarmManager::class.java)
        val now = System.currentTimeMillis()
        for (i in 0 until list.length()) {
            val alert = list.getJSONObject(i)
            val at = alert.getLong("at_unix") * 1000
            if (at < now) continue
            val intent = pendingIntent(context, alert)
            // Exact alarms need a permission from Android 12; without it the alarm may be a few
            // minutes late, which is acceptable for a reminder.
            if (Build.VERSION.SDK_INT >= 31 && !alarms.canScheduleExactAlarms()) {
                alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, intent)
            } else {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, intent)
            }
        }
    }

    private fun pendingIntent(context: Context, alert: JSONObject): PendingIntent {
        val id = alert.getString("id")
        val intent = Intent(context, ReminderReceiver::class.java).apply {
            action = ACTION
            // A distinct data URI per alert keeps the PendingIntents apart.
            data = Uri.parse("toutpres://alert/" + Uri.encode(id))
            putExtra("id", id)
            putExtra("title", alert.getString("title"))
            putExtra("body", alert.getString("body"))
        }
        return PendingIntent.getBroadcast(
            context, id.hashCode(), intent,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
    }
}

/** Posts an alert when its alarm fires. */
class ReminderReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val manager = context.getSystemService(NotificationManager::class.java)
        if (Build.VERSION.SDK_INT >= 26) {
            manager.createNotificationChannel(
                NotificationChannel(ReminderAlarms.CHANNEL, "Rappels", NotificationManager.IMPORTANCE_HIGH),
            )
        }
        val open = context.packageManager.getLaunchIntentForPackage(context.packageName)
        val builder = if (Build.VERSION.SDK_INT >= 26) {
            Notification.Builder(context, ReminderAlarms.CHANNEL)
        } else {
            @Suppress("DEPRECATION") Notification.Builder(context)
        }
        val notification = builder
            .setSmallIcon(context.applicationInfo.icon)
            .setContentTitle(intent.getStringExtra("title"))
            .setContentText(intent.getStringExtra("body"))
            .setStyle(Notification.BigTextStyle().bigText(intent.getStringExtra("body")))
            .setAutoCancel(true)
            .apply {
                if (open != null) {
                    setContentIntent(
                        PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE),
                    )
                }
            }
            .build()
        manager.notify((intent.getStringExtra("id") ?: "").hashCode(), notification)
    }
}

/** Re-arms the alarms after the phone restarts. */
class BootReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action == Intent.ACTION_BOOT_COMPLETED) ReminderAlarms.rearm(context)
    }
}
