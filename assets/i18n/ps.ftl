# Tout près — interface text, Pashto (پښتو).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Afghan usage: everyday loanwords (موبایل، کمپیوټر، تنظیمات) and the day names used in Afghanistan.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = پښتو

## Needs (tiles: one or two words)
need-wifi = وړیا وای فای
need-charging = د موبایل چارج
need-computers = کمپیوټر
need-helper = کمپیوټر او مرسته
need-procedures = اداري مرسته
need-training = د کمپیوټر زده کړه
need-equipment = ارزان موبایل، کمپیوټر
need-repair = ترمیم

## Home
home-title = تاسو څه ته اړتیا لرئ؟
home-read-aloud = واورئ
home-language = ژبه
home-where = زه چېرته یم؟
home-favourites = زما ځایونه
home-settings = تنظیمات
home-position-none = موقعیت معلوم نه دی
home-position-age = { $minutes ->
    [0] موقعیت: همدا اوس
    [one] موقعیت: یوه دقیقه مخکې
   *[other] موقعیت: { $minutes } دقیقې مخکې
}
home-position-place = { $place } ته نږدې

## Where am I
where-title = تاسو چېرته یاست؟
where-gps = زما موقعیت
where-gps-none = دا وسیله موقعیت نه لري
where-gps-denied = د موقعیت اجازه نشته
where-pick-commune = خپل ښار وټاکئ
where-pick-spot = نږدې ځای وټاکئ
where-type = پته ولیکئ
where-search-placeholder = ښار، سړک یا ځای
where-done = زه دلته یم

## Results
results-title = { $need }
results-open-now = اوس خلاص دی
results-free = وړیا
results-no-appointment = بې له وخت اخیستلو
results-none = دلته هیڅ نشته
results-nearest-far = تر ټولو نږدې { $km } کیلومتره لرې دی
results-show-nearest = وښایئ
results-to-check = باید وکتل شي
results-walk = { $minutes ->
    [one] یوه دقیقه پلی
   *[other] { $minutes } دقیقې پلی
}
results-need-position = لومړی ووایاست چې چېرته یاست

## Open status
status-open-until = تر { $time } پورې خلاص دی
status-open = خلاص
status-closed = بند
status-opens-today = په { $time } خلاصېږي
status-opens-tomorrow = سبا په { $time } خلاصېږي
status-opens-day = { $day } په { $time } خلاصېږي
status-unknown = د کار وختونه معلوم نه دي

day-1 = دوشنبه
day-2 = سه شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
day-short-1 = دوشنبه
day-short-2 = سه شنبه
day-short-3 = چهارشنبه
day-short-4 = پنجشنبه
day-short-5 = جمعه
day-short-6 = شنبه
day-short-7 = یکشنبه

## Place sheet
place-call = زنګ ووهئ
place-go = ورشئ
place-save = وساتئ
place-saved = وساتل شو
place-direction = { $direction }، { $distance }
place-offers = دلته څه موندلای شئ
place-hours = د کار وختونه
place-hours-today = نن
place-address = پته
place-conditions = شرطونه
place-free = وړیا
place-free-conditions = وړیا، خو شرطونه لري
place-paid = پیسې غواړي
place-membership = غړیتوب
place-walk-in = بې له وخت اخیستلو
place-appointment = وخت اخیستل پکار دي
place-publics-all = د ټولو لپاره خلاص
place-publics-some = د چا لپاره: { $publics }
place-wheelchair-yes = د ویلچر لپاره لاره شته
place-wheelchair-no = د ویلچر لپاره لاره نشته
place-languages = ژبې: { $languages }
place-wifi-how = وای فای: څنګه وصل شئ
place-wifi-open = خلاصه شبکه
place-wifi-code = کوډ وغواړئ
place-wifi-registration = په ایمیل یا SMS نوم لیکنه
place-wifi-paid = پیسې غواړي
place-wifi-customers = یوازې د پیرودونکو لپاره
place-unknown = معلوم نه دی
place-source = سرچینه: { $source }
place-checked = وروستی ځل کتل شوی: { $date }
place-bring = څه درسره راوړئ

direction-n = شمال
direction-ne = شمال ختیځ
direction-e = ختیځ
direction-se = سویل ختیځ
direction-s = سویل
direction-sw = سویل لوېدیځ
direction-w = لوېدیځ
direction-nw = شمال لوېدیځ

## Favourites
favourites-title = ساتل شوي ځایونه
favourites-empty = تر اوسه هیڅ نه دي ساتل شوي

## Settings
settings-title = تنظیمات
settings-language = ژبه
settings-larger-text = لوی لیکونه
settings-high-contrast = لوړ کنټراسټ
settings-speech-speed = د لوستلو چټکتیا
settings-slower = ورو
settings-faster = چټک
settings-about = د معلوماتو په اړه
about-title = د معلوماتو په اړه
about-snapshot = د { $date } نېټې معلومات
about-sources = سرچینې
about-pictograms = انځوري نښې
about-privacy = هیڅ شی له دې موبایل څخه نه وځي.

## Common
back = شاته
home = لومړی مخ
loading = انتظار وکړئ

## Problems
error-snapshot = د نقشې معلومات خراب شوي وو. اصلي معلومات بېرته راغلل.
error-no-data = د نقشې معلومات نشته

## Read-aloud scripts (full sentences, spoken)
say-home = تاسو څه ته اړتیا لرئ؟ یو انځور لمس کړئ. { $choices }.
say-results = { $need }. { $count ->
    [0] نږدې هیڅ نشته.
    [one] یو ځای نږدې دی.
   *[other] { $count } ځایونه نږدې دي.
}
say-nearest = تر ټولو نږدې { $name } دی، { $minutes ->
    [one] یوه دقیقه پلی
   *[other] { $minutes } دقیقې پلی
}، { $status }.
say-nearest-far = نږدې هیڅ نشته. تر ټولو نږدې { $name } دی، { $km } کیلومتره لرې.
say-place = { $name }. { $status }. { $address }.
say-place-offers = دلته تاسو موندلای شئ: { $offers }.
say-where = تاسو چېرته یاست؟ خپل ښار وټاکئ، بیا یو نږدې ځای.
say-favourites = { $count ->
    [0] تر اوسه هیڅ نه دي ساتل شوي.
    [one] یو ساتل شوی ځای.
   *[other] { $count } ساتل شوي ځایونه.
}
say-settings = تنظیمات. ژبه، لوی لیکونه، لوړ کنټراسټ، د لوستلو چټکتیا.
say-need-position = لومړی ووایاست چې چېرته یاست.
