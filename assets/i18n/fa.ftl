# Tout près — interface text, Dari / Persian (دری / فارسی).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Dari-friendly wording (کمپیوتر، مبایل، سرک، معلومات، ترمیم) that Iranian readers also understand.
# Uses the zero-width non-joiner (U+200C) where Persian spelling needs it (وای‌فای، می‌شود); no bidi marks.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = دری / فارسی

## Needs (tiles: one or two words)
need-wifi = وای‌فای رایگان
need-charging = چارج مبایل
need-computers = کمپیوتر
need-helper = کمپیوتر با کمک
need-procedures = کمک کارهای اداری
need-training = آموزش کمپیوتر
need-equipment = مبایل و کمپیوتر ارزان
need-repair = ترمیم

## Home
home-title = چه چیز لازم دارید؟
home-read-aloud = بشنوید
home-where = من کجا هستم؟
home-favourites = جاهای من
home-settings = تنظیمات
home-position-none = موقعیت معلوم نیست
home-position-age = { $minutes ->
    [0] موقعیت: همین حالا
    [one] موقعیت: یک دقیقه پیش
   *[other] موقعیت: { $minutes } دقیقه پیش
}
home-position-place = نزدیک { $place }

## Where am I
where-title = شما کجا هستید؟
where-gps = موقعیت من
where-gps-none = این دستگاه موقعیت ندارد
where-gps-denied = اجازه موقعیت داده نشده
where-gps-not-found = موقعیت شما الان پیدا نشد. شهر خود را در پایین انتخاب کنید.
where-gps-searching = در حال پیدا کردن موقعیت شما…
where-gps-off = موقعیت‌یابی خاموش است. آن را در تنظیمات گوشی روشن کنید، یا شهر خود را در پایین انتخاب کنید.
where-pick-commune = شهر را انتخاب کنید
where-pick-spot = یک جای نزدیک را انتخاب کنید
where-type = آدرس را بنویسید
where-search-placeholder = شهر، سرک یا جای
where-done = من اینجا هستم

## Results
results-open-now = حالا باز است
results-free = رایگان
results-no-appointment = بدون وقت قبلی
results-none = اینجا چیزی نیست
results-nearest-far = نزدیک‌ترین جای { $km } کیلومتر دور است
results-show-nearest = نشان بده
results-to-check = تأیید نشده
results-walk = { $minutes ->
    [one] { $minutes } دقیقه پیاده
   *[other] { $minutes } دقیقه پیاده
}
results-need-position = اول بگویید کجا هستید

## Search
home-search = جستجو
search-placeholder = CAF، وای‌فای، کتابخانه…
search-title = جستجو: { $text }
search-none = چیزی پیدا نشد. یک تصویر را انتخاب کنید:

## Open status
status-open-until = تا { $time } باز است
status-open = باز
status-closed = بسته
status-opens-today = ساعت { $time } باز می‌شود
status-opens-tomorrow = فردا ساعت { $time } باز می‌شود
status-opens-day = { $day } ساعت { $time } باز می‌شود
status-unknown = ساعات کاری معلوم نیست
status-holiday = رخصتی رسمی: شاید بسته باشد، اول زنگ بزنید

day-1 = دوشنبه
day-2 = سه‌شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
day-short-1 = دوشنبه
day-short-2 = سه‌شنبه
day-short-3 = چهارشنبه
day-short-4 = پنجشنبه
day-short-5 = جمعه
day-short-6 = شنبه
day-short-7 = یکشنبه

## Place sheet
place-call = زنگ بزنید
place-go = بروید
place-save = ذخیره
place-saved = ذخیره شد
place-share = اشتراک‌گذاری
place-share-title = کد برای اسکن
place-share-help = دوربین گوشی دیگری را به سمت این کد بگیرید: نشانی و تلفن این مکان را نگه می‌دارد، حتی بدون اینترنت.
place-share-sms = با پیامک
place-print = چاپ
share-phone = تلفن: { $phone }
share-hours = ساعات کار:
place-direction = { $direction }، { $distance }
place-offers = اینجا چه پیدا می‌کنید
place-helps-with = کمک برای: { $procedures }
place-formerly = نام قبلی: { $names }
place-hours = ساعات کاری
place-address = آدرس
place-conditions = شرایط
place-free = رایگان
place-free-conditions = رایگان با شرایط
place-paid = پولی
place-membership = عضویت
place-walk-in = بدون وقت قبلی
place-appointment = با وقت قبلی
place-publics-all = برای همه باز است
place-publics-some = برای: { $publics }
place-wheelchair-yes = مناسب برای چوکی چرخدار
place-wheelchair-no = مناسب چوکی چرخدار نیست
place-languages = زبان‌ها: { $languages }
place-wifi-how = وای‌فای: چطور وصل شوید
place-wifi-open = شبکه باز
place-wifi-code = رمز را بپرسید
place-wifi-registration = ثبت نام با ایمیل یا SMS
place-wifi-paid = پولی
place-wifi-customers = فقط برای مشتری‌ها
place-unknown = معلوم نیست
place-source = منبع: { $source }
place-checked = آخرین بررسی: { $date }

direction-n = شمال
direction-ne = شمال شرق
direction-e = شرق
direction-se = جنوب شرق
direction-s = جنوب
direction-sw = جنوب غرب
direction-w = غرب
direction-nw = شمال غرب

## Favourites
favourites-title = جاهای ذخیره شده
favourites-empty = هنوز چیزی ذخیره نشده

## Settings
settings-title = تنظیمات
settings-language = زبان
settings-larger-text = نوشته بزرگ‌تر
settings-high-contrast = کنتراست بالا
settings-speech-speed = سرعت خواندن
settings-slower = آهسته‌تر
settings-faster = سریع‌تر
settings-about = درباره معلومات
about-title = درباره معلومات
about-snapshot = معلومات از تاریخ { $date }
about-sources = منابع
about-pictograms = نشانه‌های تصویری
about-privacy = هیچ چیز از این مبایل بیرون نمی‌رود.

## Common
back = برگشت
home = صفحه اصلی

## Problems
error-snapshot = معلومات نقشه خراب شده بود. معلومات اصلی دوباره برگشت.
error-no-data = معلومات نقشه نیست
user-data-damaged = جاهای ذخیره شده و یادآوری‌های شما خوانده نشد. آن‌ها در این مبایل کنار گذاشته شدند و برنامه از نو شروع می‌شود. نقشه مثل همیشه کار می‌کند.
user-data-newer = جاهای ذخیره شده و یادآوری‌های شما از نسخهٔ تازه‌تر برنامه است و خوانده نشد. آن‌ها بدون تغییر در این مبایل کنار گذاشته شدند. برنامه از نو شروع می‌شود؛ نقشه مثل همیشه کار می‌کند.
user-data-cannot-save = فعلاً در این مبایل چیزی ذخیره نمی‌شود (حافظه پر است یا اجازه نیست). نقشه کار می‌کند، ولی تغییرات شما با بستن برنامه از بین می‌رود.
user-data-notice-ok = فهمیدم

## Read-aloud scripts (full sentences, spoken)
say-home = چه چیز لازم دارید؟ روی یک عکس بزنید. { $choices }.
say-results = { $need }. { $count ->
    [0] نزدیک چیزی نیست.
    [one] یک جای نزدیک.
   *[other] { $count } جای نزدیک.
}
say-nearest = نزدیک‌ترین جای { $name } است، { $minutes ->
    [one] { $minutes } دقیقه پیاده
   *[other] { $minutes } دقیقه پیاده
}، { $status }.
say-nearest-far = نزدیک چیزی نیست. نزدیک‌ترین جای { $name } است، { $km } کیلومتر دور.
say-place = { $name }. { $status }. { $address }.
say-place-offers = اینجا پیدا می‌کنید: { $offers }.
say-where = شما کجا هستید؟ شهر را انتخاب کنید، بعد یک جای نزدیک را.
say-favourites = { $count ->
    [0] هنوز چیزی ذخیره نشده.
    [one] یک جای ذخیره شده.
   *[other] { $count } جای ذخیره شده.
}
say-settings = تنظیمات. زبان، نوشته بزرگ‌تر، کنتراست بالا، سرعت خواندن.
say-need-position = اول بگویید کجا هستید.
say-search = { $text }. { $count ->
    [one] یک جا پیدا شد.
   *[other] { $count } جا پیدا شد.
}
say-search-none = { $text }: چیزی پیدا نشد. برای انتخاب آنچه نیاز دارید، یک تصویر را لمس کنید.

## یادآوری‌ها
reminders-title = یادآوری‌ها
reminder-kind-caf = اظهارنامهٔ CAF
reminder-kind-france-travail = به‌روزرسانی France Travail
reminder-kind-domiciliation = آدرس پستی
reminder-kind-health-cover = بیمهٔ صحی
reminder-kind-own = یادآوری من
reminder-what-caf = هر 3 ماه، درآمد خود را به CAF اعلام کنید. بدون این اعلام، پرداخت متوقف می‌شود.
reminder-what-france-travail = هر ماه، وضعیت خود را نزد France Travail به‌روز کنید. این کار روز 28 (در فبروری روز 26) باز می‌شود و روز 15 ماه بعد نیمه‌شب بسته می‌شود. اگر از دست بدهید، از فهرست کارجویان حذف می‌شوید و کمک‌هزینه قطع می‌شود. آنلاین، یا با تلفن: 39 49.
reminder-what-domiciliation = آدرس پستی خود (domiciliation) را تمدید کنید. تاریخ همان است که خودتان انتخاب کردید.
reminder-what-health-cover = بیمهٔ صحی خود (Complémentaire santé solidaire) را تمدید کنید. تاریخ همان است که خودتان انتخاب کردید.
repeat-once = یک بار
repeat-weekly = هر هفته
repeat-monthly = هر ماه
repeat-quarterly = هر 3 ماه
repeat-yearly = هر سال
occurrence-upcoming = در پیش
occurrence-open = حالا باز است
occurrence-due-today = امروز
occurrence-not-done = هنوز انجام نشده
occurrence-snoozed = بعداً
occurrence-done = انجام شد
occurrence-missed = از دست رفت
reminder-mark-done = انجام شد
reminder-snooze = بعداً
reminder-help = کمک در نزدیکی
reminder-export = افزودن به تقویم
reminder-new = یادآوری تازه
reminder-delete = پاک کردن
reminder-cycle = ماه‌های اعلام
reminder-day = روز
reminder-time = ساعت
reminder-discreet = اعلان‌های بی‌جزئیات
reminder-discreet-help = گوشی فقط «{ $words }» را نشان می‌دهد، بدون نام یادآور.
ready-title = آماده کنید
ready-caf-login = شمارهٔ CAF و رمز عبور
ready-income = پولی که در ماه‌های خواسته‌شده گرفته‌اید: فیش معاش، درآمدهای دیگر
ready-france-travail-login = شناسه و رمز عبور France Travail
ready-work-month = اگر کار کرده‌اید: ساعت‌ها و معاش
ready-phone-3949 = یا با تلفن: 39 49
ready-id = یک سند هویت
ready-domiciliation-letter = تصدیق آدرس پستی
ready-health-card = کارت Vitale
ready-income-papers = اسناد درآمد شما
picto-bell = یادآوری
picto-doctor = داکتر
picto-medicine = دوا
picto-appointment = وقت ملاقات
picto-letter = نامه
picto-call = تماس تلفنی
picto-money = پول
picto-school = مکتب
picto-id-card = اسناد
picto-home = خانه
picto-food = غذا
picto-bus = بس
date-month-1 = { $day } جنوری
date-month-2 = { $day } فبروری
date-month-3 = { $day } مارچ
date-month-4 = { $day } اپریل
date-month-5 = { $day } می
date-month-6 = { $day } جون
date-month-7 = { $day } جولای
date-month-8 = { $day } اگست
date-month-9 = { $day } سپتمبر
date-month-10 = { $day } اکتوبر
date-month-11 = { $day } نومبر
date-month-12 = { $day } دسمبر
date-with-weekday = { $day } { $date }
alert-before = { $name }: { $count ->
    [one] 1 روز دیگر
   *[other] { $count } روز دیگر
}.
alert-today = { $name }: امروز.
alert-opens = { $name }: از امروز باز است تا روز 15 نیمه‌شب.
alert-last-day = { $name }: روز آخر. امشب نیمه‌شب بسته می‌شود.
alert-not-done = { $name }: هنوز انجام نشده.
alert-snoozed = { $name }: یادآوری.
alert-discreet = شما یک یادآوری دارید.
say-reminder-next = دفعهٔ بعد: { $date }، ساعت { $time }.
say-reminder-window = از { $day } تا { $date } نیمه‌شب باز است.
say-reminder-open-until = حالا باز است، تا { $date } نیمه‌شب.
say-reminder-last-day = امروز روز آخر است. نیمه‌شب بسته می‌شود.
say-reminder-today = امروز، ساعت { $time }.
say-reminder-not-done = هنوز انجام نشده. تاریخش { $date } بود.
say-reminder-snoozed = { $date }، ساعت { $time } دوباره یادآوری می‌کنم.
say-reminder-done = برای { $date } انجام شد.
say-reminder-missed = به‌وقت انجام نشد: { $date }.
say-reminder-no-next = تاریخ بعدی نیست.
say-reminder-ready = آماده کنید: { $offers }.
say-reminders = { $count ->
    [0] هیچ یادآوری نیست.
    [one] یک یادآوری.
   *[other] { $count } یادآوری.
}
say-reminder-item = { $name }، { $date }.
say-help-day = { $count ->
    [0] در { $date } هیچ جای کمک برای کارهای اداری در نزدیکی باز نیست.
    [one] یک جا برای کارهای اداری کمک می‌کند، در { $date } باز است.
   *[other] { $count } جا برای کارهای اداری کمک می‌کنند، در { $date } باز هستند.
}
say-help-nearest = نزدیک‌ترین جای { $name } است، { $minutes ->
    [one] یک دقیقه پیاده
   *[other] { $minutes } دقیقه پیاده
}، باز { $time }.
lock-title = قفل
lock-choose = یک رمز انتخاب کنید
lock-enter = رمز خود را وارد کنید
lock-wrong = رمز اشتباه است
lock-wait = تلاش زیاد. بعد از { $minutes } دقیقه دوباره امتحان کنید.
lock-digits = عددها
lock-pictures = تصویرها
lock-remove = برداشتن قفل
privacy-stored = چه چیزی نگه داشته شده
privacy-export = نگه‌داشتن یک نسخه
privacy-delete-all = همه را پاک کن
privacy-delete-confirm = همه چیز در این تلفن پاک شود؟ برگشت ندارد.
privacy-deleted = همه چیز پاک شد.

## Reminder screens
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
calendar-prev = ماه قبلی
calendar-next = ماه بعدی
reminder-save = ذخیره
reminder-next-dates = تاریخ‌های بعدی
reminder-words = چند کلمه (اختیاری)
reminder-picture = یک تصویر انتخاب کنید
reminder-repeat = تکرار
reminder-time = ساعت یادآوری
reminder-caf-day = روز یک اعلام را در تقویم لمس کنید: آخرین یا بعدی.
reminder-delete-confirm = این یادآوری پاک شود؟
lock-ok = تأیید
lock-erase = پاک کردن
lock-on = قفل فعال است.
say-reminder-new = یادآوری تازه. یک تصویر را لمس کنید: { $choices }.
say-privacy = هر چیزی که برنامه نگه می‌دارد اینجاست، فقط روی همین مبایل. می‌توانید یک نسخه نگه دارید، همه را پاک کنید، یا قفل بگذارید.
say-lock = قفل. یک رمز از تصویرها یا عددها انتخاب کنید، بعد دوباره آن را وارد کنید. بدون آن هیچ کس یادآوری‌های شما را باز کرده نمی‌تواند.

## Map data and updates
data-title = معلومات نقشه
data-line = معلومات از تاریخ { $date } · نسخه { $version } · { $places } جای
data-update-now = حالا تازه کنید
data-updating = در حال تازه کردن…
data-last-check = آخرین بررسی: { $when }
data-never-checked = هنوز برای نسخهٔ تازه بررسی نشده.
data-download = دانلود
data-auto-wifi = تازه‌سازی با وای‌فای
data-allow-mobile = با انترنت مبایل
data-server = سرور تازه‌سازی
data-server-change = تغییر سرور
data-server-address = آدرس سرور
data-server-save = ذخیره
data-server-default = سرور اصلی
data-server-none = هیچ سروری انتخاب نشده
data-region-title = منطقهٔ داده‌ها
data-region-current = داده‌های: { $region }
data-regions-show = دیدن منطقه‌های دیگر
data-region-near = نزدیک شما
data-region-in-use = در حال استفاده
data-regions-unavailable = فهرست منطقه‌ها اکنون در دسترس نیست.
data-server-invalid = این آدرس کار نمی‌کند. باید با https:// شروع شود.
data-privacy = از این سرور فقط نقشه می‌آید. هیچ چیز دربارهٔ شما فرستاده نمی‌شود.
data-from = معلومات نقشه از تاریخ { $date }
settings-data = معلومات نقشه
sync-up-to-date = نقشه به‌روز است.
sync-updated = نقشه تازه شد.
sync-needs-consent = یک نسخهٔ تازه به حجم { $size } آماده است. با انترنت مبایل دانلود شود؟
sync-not-now = نسخهٔ تازه منتظر وای‌فای می‌ماند.
sync-wifi-login-page = اول صفحهٔ ورود وای‌فای را باز کنید، بعد دوباره کوشش کنید.
sync-no-connection = انترنت وصل نیست. نقشه هنوز کار می‌کند.
sync-server-trouble = سرور درست جواب نمی‌دهد. بعداً کوشش کنید. نقشه هنوز کار می‌کند.
sync-data-from = فعلاً معلومات تازه‌تر نیست. نقشه هنوز کار می‌کند.
sync-update-app = معلومات تازه به نسخهٔ تازه‌تر برنامه نیاز دارد. برنامه را به‌روز کنید.
sync-rejected = یک نسخهٔ تازه رد شد: قابل اعتماد نبود. نقشه هنوز کار می‌کند.
sync-cannot-write = در مبایل جای کافی نیست. نقشه هنوز کار می‌کند.
sync-no-host = سرور به‌روزرسانی وجود ندارد. از یک کمک‌کننده بخواهید یکی را انتخاب کند. نقشه هنوز کار می‌کند.
size-kb = { $size } کیلوبایت
size-mb = { $size } مگابایت

## Web app: reminders and giving the app
reminders-cannot-ring = وقتی برنامه بسته است، نمی‌تواند زنگ بزند.
reminders-use-calendar = یادآوری‌های خود را در تقویم مبایل بگذارید: سر وقت زنگ می‌زند.
reminders-add-to-calendar = افزودن به تقویم مبایل
say-due = { $count ->
    [one] یک یادآوری که حالا باید انجام شود.
   *[other] { $count } یادآوری که حالا باید انجام شوند.
}
give-title = برنامه را بدهید
give-lead = این کد را به آن شخص نشان دهید.
give-code = کد برای اسکن: { $address }
give-step-scan = کد را با دوربین اسکن کنید.
give-step-open = لینک را باز کنید.
give-step-add = آن را به صفحهٔ اصلی اضافه کنید.
give-iphone = آیفون: Share، بعد «Add to Home Screen».
give-android = اندروید: منو، بعد «نصب برنامه».
give-offline = بعد از آن بدون اینترنت کار می‌کند.

## The street map
map-see = دیدن روی نقشه
map-picture = نقشهٔ خیابان‌های اطراف شما، با مکان‌ها
map-you = شما اینجا هستید
map-closer = نزدیک‌تر
map-farther = دورتر
map-on-me = بازگشت به من
map-no-streets = اینجا نقشهٔ خیابان‌ها نیست: مکان‌ها بر اساس جهت و فاصله نشان داده می‌شوند.
map-list = همین مکان‌ها، از نزدیک‌ترین به دورترین
map-way = { $name }: { $walk }، به سمت { $direction }
say-map = شما اینجا هستید. { $count ->
    [0] هیچ مکانی روی نقشه نیست.
   *[other] { $count } مکان روی نقشه.
}
say-map-way = { $name } { $minutes } دقیقه پیاده فاصله دارد، به سمت { $direction }.
where-move-dot = روی نقشه دقیقاً جایی را که هستید لمس کنید.
map-across-river = آن طرف رودخانه
say-map-across-river = آن طرف رودخانه است.

## Telling the map
report-title = مشکلی هست؟
report-closed = برای همیشه بسته شده
report-moved = جابه‌جا شده، به اینجا که هستم
report-hours = ساعت‌ها اشتباه است
report-phone = شمارهٔ تلفن اشتباه است
report-wifi = وای‌فای کار نمی‌کند
report-charging = اینجا می‌شود تلفن را شارژ کرد
report-other = چیز دیگر
report-note = چند کلمه (اگر می‌خواهید)
report-note-needed = در چند کلمه بگویید.
report-phone-new = شمارهٔ درست
report-send = فرستادن
report-kept = ممنون. روی تلفن نگه داشته شد و به محض وصل شدن فرستاده می‌شود.
answer-yes = بله
answer-no = نه
answer-unknown = نمی‌دانم
charging-how = چطور؟
charging-sockets = پریز
charging-lockers = کمد
add-title = افزودن یک مکان
add-name = نامش
add-where-here = اینجا، جایی که هستم
contrib-title = گزارش‌های من
contrib-waiting = در انتظار فرستادن
contrib-sent = فرستاده شد
contrib-refused = رد شد: { $why }
contrib-delete = پاک کردن
contrib-none = هنوز چیزی نیست.
contrib-send-now = الان بفرست
results-none-known = هنوز اینجا مکانی شناخته نشده.
results-i-know-one = یکی را می‌شناسم
say-report = { $name }. چه مشکلی هست؟ یک تصویر را لمس کنید.
say-add = افزودن یک مکان. چیزی را که دارد لمس کنید، سپس نامش را بنویسید.
say-contrib = گزارش‌های من: { $count }.
add-hours = ساعت‌ها، اگر می‌دانید
add-hours-from = از
add-hours-to = تا
contrib-team-code = کد تیم (از هماهنگ‌کننده، اگر دارید)
contrib-team-code-save = این کد را نگه دار
contrib-team-code-saved = کد نگه داشته شد.
charging-inside-hours = فقط در ساعت‌های کاری؟
