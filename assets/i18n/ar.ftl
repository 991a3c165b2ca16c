# Tout près — interface text, Arabic (العربية).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Modern Standard Arabic, plain words; the user is addressed in the masculine singular, as is usual.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = العربية

## Needs (tiles: one or two words)
need-wifi = واي فاي مجاني
need-charging = شحن الهاتف
need-computers = كمبيوتر
need-helper = كمبيوتر مع مساعدة
need-procedures = مساعدة في المعاملات
need-training = تعلّم الكمبيوتر
need-equipment = هاتف أو كمبيوتر رخيص
need-repair = تصليح

## Home
home-title = ماذا تحتاج؟
home-read-aloud = استمع
home-language = اللغة
home-where = أين أنا؟
home-favourites = أماكني
home-settings = الإعدادات
home-position-none = الموقع غير معروف
home-position-age = { $minutes ->
    [0] الموقع: الآن
    [one] الموقع: منذ دقيقة واحدة
    [two] الموقع: منذ دقيقتين
    [few] الموقع: منذ { $minutes } دقائق
    [many] الموقع: منذ { $minutes } دقيقة
   *[other] الموقع: منذ { $minutes } دقيقة
}
home-position-place = قرب { $place }

## Where am I
where-title = أين أنت؟
where-gps = استخدم موقعي
where-gps-none = الموقع غير متوفر في هذا الجهاز
where-gps-denied = الموقع غير مسموح
where-pick-commune = اختر مدينتك
where-pick-spot = اختر مكانًا قريبًا منك
where-type = اكتب عنوانًا
where-search-placeholder = مدينة، شارع أو مكان
where-done = أنا هنا

## Results
results-title = { $need }
results-open-now = مفتوح الآن
results-free = مجاني
results-no-appointment = بدون موعد
results-none = لا شيء هنا
results-nearest-far = الأقرب على بعد { $km } كم
results-show-nearest = اعرضه
results-to-check = غير مؤكد
results-walk = { $minutes ->
    [zero] { $minutes } دقيقة مشيًا
    [one] دقيقة مشيًا
    [two] دقيقتان مشيًا
    [few] { $minutes } دقائق مشيًا
    [many] { $minutes } دقيقة مشيًا
   *[other] { $minutes } دقيقة مشيًا
}
results-need-position = أولًا، قل أين أنت

## Open status
status-open-until = مفتوح حتى { $time }
status-open = مفتوح
status-closed = مغلق
status-opens-today = يفتح الساعة { $time }
status-opens-tomorrow = يفتح غدًا الساعة { $time }
status-opens-day = يفتح يوم { $day } الساعة { $time }
status-unknown = أوقات العمل غير معروفة

day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد
day-short-1 = الاثنين
day-short-2 = الثلاثاء
day-short-3 = الأربعاء
day-short-4 = الخميس
day-short-5 = الجمعة
day-short-6 = السبت
day-short-7 = الأحد

## Place sheet
place-call = اتصل
place-go = اذهب
place-save = احفظ
place-saved = محفوظ
place-direction = { $direction }، { $distance }
place-offers = ماذا تجد هنا
place-hours = أوقات العمل
place-hours-today = اليوم
place-address = العنوان
place-conditions = الشروط
place-free = مجاني
place-free-conditions = مجاني بشروط
place-paid = مدفوع
place-membership = اشتراك
place-walk-in = بدون موعد
place-appointment = بموعد
place-publics-all = مفتوح للجميع
place-publics-some = مخصص لـ: { $publics }
place-wheelchair-yes = مدخل للكرسي المتحرك
place-wheelchair-no = لا مدخل للكرسي المتحرك
place-languages = اللغات: { $languages }
place-wifi-how = واي فاي: كيف تتصل
place-wifi-open = شبكة مفتوحة
place-wifi-code = اطلب الرمز
place-wifi-registration = التسجيل بالإيميل أو SMS
place-wifi-paid = مدفوع
place-wifi-customers = للزبائن فقط
place-unknown = غير معروف
place-source = المصدر: { $source }
place-checked = آخر تحقق: { $date }
place-bring = ماذا تحضر معك

direction-n = شمال
direction-ne = شمال شرق
direction-e = شرق
direction-se = جنوب شرق
direction-s = جنوب
direction-sw = جنوب غرب
direction-w = غرب
direction-nw = شمال غرب

## Favourites
favourites-title = الأماكن المحفوظة
favourites-empty = لا شيء محفوظ بعد

## Settings
settings-title = الإعدادات
settings-language = اللغة
settings-larger-text = خط أكبر
settings-high-contrast = تباين عالٍ
settings-speech-speed = سرعة القراءة
settings-slower = أبطأ
settings-faster = أسرع
settings-about = عن المعلومات
about-title = عن المعلومات
about-snapshot = معلومات بتاريخ { $date }
about-sources = المصادر
about-pictograms = الرموز المصورة
about-privacy = لا شيء يخرج من هذا الهاتف.

## Common
back = رجوع
home = الرئيسية
loading = جارٍ التحميل

## Problems
error-snapshot = بيانات الخريطة كانت تالفة. عادت البيانات الأصلية.
error-no-data = لا توجد بيانات للخريطة

## Read-aloud scripts (full sentences, spoken)
say-home = ماذا تحتاج؟ المس صورة. { $choices }.
say-results = { $need }. { $count ->
    [0] لا شيء قريب.
    [one] مكان واحد قريب.
    [two] مكانان قريبان.
    [few] { $count } أماكن قريبة.
    [many] { $count } مكانًا قريبًا.
   *[other] { $count } مكان قريب.
}
say-nearest = الأقرب هو { $name }، على بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} مشيًا، { $status }.
say-nearest-far = لا شيء قريب. الأقرب هو { $name }، على بعد { $km } كيلومتر.
say-place = { $name }. { $status }. { $address }.
say-place-offers = هنا تجد: { $offers }.
say-where = أين أنت؟ اختر مدينتك، ثم مكانًا قريبًا منك.
say-favourites = { $count ->
    [0] لا شيء محفوظ بعد.
    [one] مكان واحد محفوظ.
    [two] مكانان محفوظان.
    [few] { $count } أماكن محفوظة.
    [many] { $count } مكانًا محفوظًا.
   *[other] { $count } مكان محفوظ.
}
say-settings = الإعدادات. اللغة، خط أكبر، تباين عالٍ، سرعة القراءة.
say-need-position = أولًا، قل أين أنت.
