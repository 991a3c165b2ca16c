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
home-language = زبان
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
where-pick-commune = شهر را انتخاب کنید
where-pick-spot = یک جای نزدیک را انتخاب کنید
where-type = آدرس را بنویسید
where-search-placeholder = شهر، سرک یا جای
where-done = من اینجا هستم

## Results
results-title = { $need }
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

## Open status
status-open-until = تا { $time } باز است
status-open = باز
status-closed = بسته
status-opens-today = ساعت { $time } باز می‌شود
status-opens-tomorrow = فردا ساعت { $time } باز می‌شود
status-opens-day = { $day } ساعت { $time } باز می‌شود
status-unknown = ساعات کاری معلوم نیست

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
place-direction = { $direction }، { $distance }
place-offers = اینجا چه پیدا می‌کنید
place-hours = ساعات کاری
place-hours-today = امروز
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
place-bring = چه چیز با خود بیاورید

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
loading = لطفاً صبر کنید

## Problems
error-snapshot = معلومات نقشه خراب شده بود. معلومات اصلی دوباره برگشت.
error-no-data = معلومات نقشه نیست

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
