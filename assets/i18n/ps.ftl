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
where-gps-not-found = ستاسو ځای اوس ونه موندل شو. لاندې خپل ښار وټاکئ.
where-gps-searching = ستاسو ځای لټول کېږي…
where-gps-off = موقعیت بند دی. د تلیفون په تنظیماتو کې یې چالان کړئ، یا لاندې خپل ښار وټاکئ.
where-pick-commune = خپل ښار وټاکئ
where-pick-spot = نږدې ځای وټاکئ
where-type = پته ولیکئ
where-search-placeholder = ښار، سړک یا ځای
where-done = زه دلته یم

## Results
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

## Search
home-search = لټون
search-placeholder = CAF، وای فای، کتابتون…
search-title = لټون: { $text }
search-none = هیڅ ونه موندل شو. یو انځور وټاکئ:

## Open status
status-open-until = تر { $time } پورې خلاص دی
status-open = خلاص
status-closed = بند
status-opens-today = په { $time } خلاصېږي
status-opens-tomorrow = سبا په { $time } خلاصېږي
status-opens-day = { $day } په { $time } خلاصېږي
status-unknown = د کار وختونه معلوم نه دي
status-holiday = رسمي رخصتي: کېدای شي بند وي، لومړی زنګ ووهئ

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
place-share = شریکول
place-share-title = د سکن کوډ
place-share-help = د بل تلیفون کمره دې کوډ ته ونیسئ: د ځای پته او تلیفون ساتي، حتی له انټرنیټ پرته.
place-share-sms = د SMS له لارې
place-print = چاپول
share-phone = تلیفون: { $phone }
share-hours = د کار ساعتونه:
place-direction = { $direction }، { $distance }
place-offers = دلته څه موندلای شئ
place-helps-with = مرسته: { $procedures }
place-formerly = پخوانی نوم: { $names }
place-hours = د کار وختونه
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

## Problems
error-snapshot = د نقشې معلومات خراب شوي وو. اصلي معلومات بېرته راغلل.
error-no-data = د نقشې معلومات نشته
user-data-damaged = ستاسو ساتل شوي ځایونه او یادونې ونه لوستل شوې. دا په دې موبایل کې یوې خوا ته کېښودل شوې، او اپلیکیشن له سره پیلېږي. نقشه د تل په څېر کار کوي.
user-data-newer = ستاسو ساتل شوي ځایونه او یادونې د اپلیکیشن له نوې نسخې څخه دي او ونه لوستل شوې. دا بې له بدلون په دې موبایل کې یوې خوا ته کېښودل شوې. اپلیکیشن له سره پیلېږي؛ نقشه د تل په څېر کار کوي.
user-data-cannot-save = اوس په دې موبایل کې هېڅ نه شي ساتل کېدای (حافظه ډکه ده یا اجازه نشته). نقشه کار کوي، خو ستاسو بدلونونه به د اپلیکیشن په بندېدو ورک شي.
user-data-notice-ok = پوه شوم

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
say-search = { $text }. { $count ->
    [one] یو ځای وموندل شو.
   *[other] { $count } ځایونه وموندل شول.
}
say-search-none = { $text }: هیڅ ونه موندل شو. د هغه څه ټاکلو لپاره چې اړتیا ورته لرئ، یو انځور ته لاس ورکړئ.

## یادونې
reminders-title = یادونې
reminder-kind-caf = د CAF اعلامیه
reminder-kind-france-travail = د France Travail تازه کول
reminder-kind-domiciliation = پوستي پته
reminder-kind-health-cover = روغتیايي بیمه
reminder-kind-own = زما یادونه
reminder-what-caf = هر 3 میاشتې، خپل عاید CAF ته اعلان کړئ. د دې اعلامیې پرته، تادیه ودرول کېږي.
reminder-what-france-travail = هره میاشت، خپل حالت له France Travail سره تازه کړئ. دا د 28 نېټې (په فبروري کې د 26) خلاصېږي او د راتلونکې میاشتې د 15 نېټې په نیمه شپه تړل کېږي. که مو له لاسه ورکړه، د کار لټوونکو له لېست څخه ایستل کېږئ او مرستې پیسې ودرېږي. آنلاین، یا په تلیفون: 39 49.
reminder-what-domiciliation = خپله پوستي پته (domiciliation) نوې کړئ. نېټه هغه ده چې تاسو غوره کړې.
reminder-what-health-cover = خپله روغتیايي بیمه (Complémentaire santé solidaire) نوې کړئ. نېټه هغه ده چې تاسو غوره کړې.
repeat-once = یو ځل
repeat-weekly = هره اونۍ
repeat-monthly = هره میاشت
repeat-quarterly = هر 3 میاشتې
repeat-yearly = هر کال
occurrence-upcoming = راتلونکی
occurrence-open = اوس خلاص دی
occurrence-due-today = نن
occurrence-not-done = لا نه دی شوی
occurrence-snoozed = وروسته
occurrence-done = وشو
occurrence-missed = له لاسه ووت
reminder-mark-done = وشو
reminder-snooze = وروسته
reminder-help = نږدې مرسته
reminder-export = جنتري ته ورزیاتول
reminder-new = نوې یادونه
reminder-delete = ړنګول
reminder-cycle = د اعلامیې میاشتې
reminder-day = ورځ
reminder-time = وخت
reminder-discreet = پټ خبرتیاوې
reminder-discreet-help = تلیفون یوازې «{ $words }» ښيي، د یادونې نوم نه.
ready-title = چمتو کړئ
ready-caf-login = د CAF شمېره او پټنوم
ready-income = هغه پیسې چې په غوښتل شویو میاشتو کې مو ترلاسه کړې: د معاش پاڼې، نور عایدات
ready-france-travail-login = د France Travail پېژند او پټنوم
ready-work-month = که مو کار کړی: ساعتونه او معاش
ready-phone-3949 = یا په تلیفون: 39 49
ready-id = د هویت سند
ready-domiciliation-letter = د پوستي پتې تصدیق
ready-health-card = د Vitale کارت
ready-income-papers = د عاید اسناد
picto-bell = یادونه
picto-doctor = ډاکټر
picto-medicine = درمل
picto-appointment = د لیدو وخت
picto-letter = لیک
picto-call = تلیفون
picto-money = پیسې
picto-school = ښوونځی
picto-id-card = اسناد
picto-home = کور
picto-food = خواړه
picto-bus = بس
date-month-1 = { $day } جنوري
date-month-2 = { $day } فبروري
date-month-3 = { $day } مارچ
date-month-4 = { $day } اپریل
date-month-5 = { $day } مۍ
date-month-6 = { $day } جون
date-month-7 = { $day } جولای
date-month-8 = { $day } اګست
date-month-9 = { $day } سپتمبر
date-month-10 = { $day } اکتوبر
date-month-11 = { $day } نومبر
date-month-12 = { $day } دسمبر
date-with-weekday = { $day } { $date }
alert-before = { $name }: { $count ->
    [one] یوه ورځ وروسته
   *[other] { $count } ورځې وروسته
}.
alert-today = { $name }: نن.
alert-opens = { $name }: له نن څخه خلاص دی، د 15 نېټې تر نیمې شپې.
alert-last-day = { $name }: وروستۍ ورځ. نن شپه په نیمه شپه تړل کېږي.
alert-not-done = { $name }: لا نه دی شوی.
alert-snoozed = { $name }: یادونه.
alert-discreet = تاسو یوه یادونه لرئ.
say-reminder-next = بل ځل: { $date }، په { $time }.
say-reminder-window = له { $day } څخه تر { $date } نیمې شپې پورې خلاص دی.
say-reminder-open-until = اوس خلاص دی، تر { $date } نیمې شپې پورې.
say-reminder-last-day = نن وروستۍ ورځ ده. په نیمه شپه تړل کېږي.
say-reminder-today = نن، په { $time }.
say-reminder-not-done = لا نه دی شوی. نېټه یې { $date } وه.
say-reminder-snoozed = زه به مو { $date }، په { $time } بیا یادونه وکړم.
say-reminder-done = د { $date } لپاره وشو.
say-reminder-missed = په وخت نه دی شوی: { $date }.
say-reminder-no-next = بله نېټه نشته.
say-reminder-ready = چمتو کړئ: { $offers }.
say-reminders = { $count ->
    [0] هیڅ یادونه نشته.
    [one] یوه یادونه.
   *[other] { $count } یادونې.
}
say-reminder-item = { $name }، { $date }.
say-help-day = { $count ->
    [0] په { $date } نږدې هیڅ ځای د اداري کارونو لپاره خلاص نه دی.
    [one] یو ځای په اداري کارونو کې مرسته کوي، په { $date } خلاص دی.
   *[other] { $count } ځایونه په اداري کارونو کې مرسته کوي، په { $date } خلاص دي.
}
say-help-nearest = تر ټولو نږدې { $name } دی، { $minutes ->
    [one] یوه دقیقه پلی
   *[other] { $minutes } دقیقې پلی
}، خلاص { $time }.
lock-title = قلف
lock-choose = یو کوډ وټاکئ
lock-enter = خپل کوډ ولیکئ
lock-wrong = کوډ غلط دی
lock-wait = ډېرې هڅې. له { $minutes } دقیقو وروسته بیا هڅه وکړئ.
lock-digits = شمېرې
lock-pictures = انځورونه
lock-remove = قلف لرې کول
privacy-stored = څه ساتل شوي
privacy-export = یوه کاپي ساتل
privacy-delete-all = هر څه ړنګول
privacy-delete-confirm = په دې تلیفون کې هر څه ړنګ شي؟ بېرته نه راګرځي.
privacy-deleted = هر څه ړنګ شول.

## Reminder screens
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپریل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
calendar-prev = تېره میاشت
calendar-next = راتلونکې میاشت
reminder-save = ساتل
reminder-next-dates = راتلونکې نېټې
reminder-words = څو کلمې (که غواړئ)
reminder-picture = یو انځور وټاکئ
reminder-repeat = تکرار
reminder-time = د یادونې وخت
reminder-caf-day = په جنتري کې د اعلامیې ورځ کېکاږئ: وروستۍ یا راتلونکې.
reminder-delete-confirm = دا یادونه ړنګه شي؟
lock-ok = سمه ده
lock-erase = پاکول
lock-on = قلف لګېدلی دی.
say-reminder-new = نوې یادونه. یو انځور کېکاږئ: { $choices }.
say-privacy = هر څه چې اپلیکیشن یې ساتي دلته دي، یوازې په دې موبایل کې. تاسو کولی شئ یوه کاپي وساتئ، هر څه ړنګ کړئ، یا قلف ولګوئ.
say-lock = قلف. د انځورونو یا شمېرو یو کوډ وټاکئ، بیا یې یو ځل بیا ولیکئ. له دې پرته هیڅوک ستاسو یادونې نشي پرانیستلی.

## Map data and updates
data-title = د نقشې معلومات
data-line = د { $date } نېټې معلومات · نسخه { $version } · { $places ->
    [one] { $places } ځای
   *[other] { $places } ځایونه
}
data-update-now = اوس تازه کړئ
data-updating = تازه کېږي…
data-last-check = وروستی ځل کتل شوی: { $when }
data-never-checked = تر اوسه د نوي معلوماتو لپاره نه دی کتل شوی.
data-download = ډاونلوډ
data-auto-wifi = په وای فای تازه کول
data-allow-mobile = د موبایل انټرنیټ
data-server = د تازه کولو سرور
data-server-change = سرور بدل کړئ
data-server-address = د سرور پته
data-server-save = وساتئ
data-server-default = اصلي سرور
data-server-none = هیڅ سرور نه دی ټاکل شوی
data-region-title = د معلوماتو سیمه
data-region-current = معلومات: { $region }
data-regions-show = نورې سیمې وګورئ
data-region-near = تاسو ته نږدې
data-region-in-use = په کار کې
data-regions-unavailable = د سیمو لیست اوس شتون نلري.
data-server-invalid = دا پته کار نه کوي. باید په https:// پیل شي.
data-privacy = له دې سرور څخه یوازې نقشه راځي. ستاسو په اړه هیڅ شی نه لېږل کېږي.
data-from = د { $date } نېټې د نقشې معلومات
settings-data = د نقشې معلومات
sync-up-to-date = نقشه تازه ده.
sync-updated = نقشه تازه شوه.
sync-needs-consent = یوه نوې نسخه چمتو ده، اندازه یې { $size }. د موبایل په انټرنیټ دې ډاونلوډ شي؟
sync-not-now = نوې نسخه به د وای فای انتظار وکړي.
sync-wifi-login-page = لومړی د وای فای د ننوتلو پاڼه پرانیزئ، بیا یو ځل بیا هڅه وکړئ.
sync-no-connection = انټرنیټ نشته. نقشه بیا هم کار کوي.
sync-server-trouble = سرور سم ځواب نه ورکوي. وروسته هڅه وکړئ. نقشه بیا هم کار کوي.
sync-data-from = اوس مهال نوي معلومات نشته. نقشه بیا هم کار کوي.
sync-update-app = نوي معلومات د اپلیکیشن نوې نسخه غواړي. اپلیکیشن تازه کړئ.
sync-rejected = یوه نوې نسخه رد شوه: د باور وړ نه وه. نقشه بیا هم کار کوي.
sync-cannot-write = په موبایل کې کافي ځای نشته. نقشه بیا هم کار کوي.
sync-no-host = د تازه کولو سرور نشته. له یو مرستندوی وغواړئ چې یو وټاکي. نقشه بیا هم کار کوي.
size-kb = { $size } KB
size-mb = { $size } MB

## Web app: reminders and giving the app
reminders-cannot-ring = کله چې اپلیکیشن بند وي، زنګ نشي وهلای.
reminders-use-calendar = خپلې یادونې د خپل موبایل جنتري ته واچوئ: په وخت زنګ وهي.
reminders-add-to-calendar = د موبایل جنتري ته ورزیاتول
say-due = { $count ->
    [one] یوه یادونه چې اوس باید وشي.
   *[other] { $count } یادونې چې اوس باید وشي.
}
give-title = اپلیکیشن ورکړئ
give-lead = دا کوډ هغه کس ته وښایاست.
give-code = د سکن کوډ: { $address }
give-step-scan = کوډ په کمره سکن کړئ.
give-step-open = لینک خلاص کړئ.
give-step-add = هغه اصلي سکرین ته ورزیات کړئ.
give-iphone = آیفون: Share، بیا «Add to Home Screen».
give-android = اندروید: مینو، بیا «Install app».
give-offline = له هغې وروسته له انټرنیټ پرته کار کوي.

## The street map
map-see = په نقشه کې وګورئ
map-picture = ستاسو شاوخوا د کوڅو نقشه، د ځایونو سره
map-you = تاسو دلته یاست
map-closer = نږدې
map-farther = لرې
map-on-me = ما ته بېرته
map-no-streets = دلته د کوڅو نقشه نشته: ځایونه د لوري او واټن له مخې ښودل کېږي.
map-list = همدا ځایونه، له نږدې څخه تر لرې پورې
map-way = { $name }: { $walk }، د { $direction } په لور
say-map = تاسو دلته یاست. { $count ->
    [0] په نقشه کې هېڅ ځای نشته.
    [one] په نقشه کې یو ځای.
   *[other] په نقشه کې { $count } ځایونه.
}
say-map-way = { $name } { $minutes } دقیقې پلی لرې دی، د { $direction } په لور.
where-move-dot = په نقشه کې هغه ځای ولمسوئ چې تاسو دقیقاً پکې یاست.
map-across-river = د سیند بلې غاړې ته
say-map-across-river = دا د سیند بلې غاړې ته دی.

## Telling the map
report-title = کومه ستونزه شته؟
report-closed = د تل لپاره تړل شوی
report-moved = دلته کډه شوی، چې زه یم
report-hours = وختونه غلط دي
report-phone = د تلیفون شمېره غلطه ده
report-wifi = وای فای کار نه کوي
report-charging = دلته تلیفون چارج کېدای شي
report-other = بل څه
report-note = څو کلمې (که غواړئ)
report-note-needed = په څو کلمو کې یې ووایاست.
report-phone-new = سمه شمېره
report-send = لېږل
report-kept = مننه. په تلیفون کې ساتل شوی او د اړیکې سره سم به ولېږل شي.
answer-yes = هو
answer-no = نه
answer-unknown = نه پوهېږم
charging-how = څنګه؟
charging-sockets = ساکټونه
charging-lockers = الماریګانې
add-title = یو ځای زیاتول
add-name = نوم یې
add-where-here = دلته، چې زه یم
contrib-title = زما راپورونه
contrib-waiting = د لېږلو په تمه
contrib-sent = ولېږل شو
contrib-refused = رد شو: { $why }
contrib-delete = ړنګول
contrib-none = تر اوسه هېڅ نشته.
contrib-send-now = اوس ولېږه
results-none-known = تر اوسه دلته کوم ځای نه دی پېژندل شوی.
results-i-know-one = زه یو پېژنم
say-report = { $name }. څه ستونزه ده؟ یو انځور ولمسوئ.
say-add = یو ځای زیاتول. هغه څه ولمسوئ چې لري، بیا یې نوم ولیکئ.
say-contrib = زما راپورونه: { $count }.
add-hours = وختونه، که پرې پوهېږئ
add-hours-from = له
add-hours-to = تر
contrib-team-code = د ټیم کوډ (د همغږي کوونکي لخوا، که لرئ)
contrib-team-code-save = دا کوډ وساته
contrib-team-code-saved = کوډ وساتل شو.
charging-inside-hours = یوازې د کار په وختونو کې؟
