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
where-gps-not-found = لم يتم العثور على موقعك الآن. اختر مدينتك أدناه.
where-gps-searching = جارٍ البحث عن موقعك…
where-gps-off = تحديد الموقع مُطفأ. شغّله من إعدادات الهاتف، أو اختر مدينتك أدناه.
where-pick-commune = اختر مدينتك
where-pick-spot = اختر مكانًا قريبًا منك
where-type = اكتب عنوانًا
where-search-placeholder = مدينة، شارع أو مكان
where-done = أنا هنا

## Results
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

## Search
home-search = بحث
search-placeholder = CAF، واي فاي، مكتبة…
search-title = بحث: { $text }
search-none = لم نجد شيئًا. اختر صورة:

## Open status
status-open-until = مفتوح حتى { $time }
status-open = مفتوح
status-closed = مغلق
status-opens-today = يفتح الساعة { $time }
status-opens-tomorrow = يفتح غدًا الساعة { $time }
status-opens-day = يفتح يوم { $day } الساعة { $time }
status-unknown = أوقات العمل غير معروفة
status-holiday = عطلة رسمية: قد يكون مغلقًا، اتصل قبل الذهاب

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
place-share = مشاركة
place-share-title = رمز للمسح
place-share-help = وجّه كاميرا هاتف آخر نحو هذا الرمز: يحفظ عنوان المكان ورقم هاتفه، حتى بدون إنترنت.
place-share-sms = عبر رسالة SMS
place-print = طباعة
share-phone = الهاتف: { $phone }
share-hours = ساعات العمل:
place-direction = { $direction }، { $distance }
place-offers = ماذا تجد هنا
place-helps-with = مساعدة في: { $procedures }
place-formerly = الاسم السابق: { $names }
place-hours = أوقات العمل
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

## Problems
error-snapshot = بيانات الخريطة كانت تالفة. عادت البيانات الأصلية.
error-no-data = لا توجد بيانات للخريطة
user-data-damaged = تعذّرت قراءة أماكنك المحفوظة وتذكيراتك. حُفظت جانبًا على هذا الهاتف، ويبدأ التطبيق من جديد. الخريطة تعمل كالمعتاد.
user-data-newer = أماكنك المحفوظة وتذكيراتك من نسخة أحدث من التطبيق، وتعذّرت قراءتها. حُفظت جانبًا على هذا الهاتف دون تغيير. يبدأ التطبيق من جديد، والخريطة تعمل كالمعتاد.
user-data-cannot-save = لا يمكن حفظ أي شيء على هذا الهاتف الآن (الذاكرة ممتلئة أو الحفظ غير مسموح). الخريطة تعمل، لكن تغييراتك ستضيع عند إغلاق التطبيق.
user-data-notice-ok = فهمت

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
say-search = { $text }. { $count ->
    [zero] لم نجد أي مكان.
    [one] وجدنا مكانًا واحدًا.
    [two] وجدنا مكانين.
    [few] وجدنا { $count } أماكن.
    [many] وجدنا { $count } مكانًا.
   *[other] وجدنا { $count } مكان.
}
say-search-none = { $text }: لم نجد شيئًا. المس صورة لتختار ما تحتاجه.

## التذكيرات
reminders-title = التذكيرات
reminder-kind-caf = تصريح CAF
reminder-kind-france-travail = تحديث France Travail
reminder-kind-domiciliation = العنوان البريدي
reminder-kind-health-cover = التغطية الصحية
reminder-kind-own = تذكيري
reminder-what-caf = كل 3 أشهر، صرّح بمداخيلك لدى CAF. بدون هذا التصريح، يتم تعليق الدفع.
reminder-what-france-travail = كل شهر، حدّث وضعك لدى France Travail. يفتح التحديث يوم 28 (يوم 26 في فبراير) ويغلق يوم 15 من الشهر التالي عند منتصف الليل. إذا فاتك، تُشطب من قائمة الباحثين عن عمل وتتوقف المنحة. عبر الإنترنت، أو بالهاتف: 39 49.
reminder-what-domiciliation = جدّد عنوانك البريدي (domiciliation). التاريخ هو الذي اخترته.
reminder-what-health-cover = جدّد تغطيتك الصحية (Complémentaire santé solidaire). التاريخ هو الذي اخترته.
repeat-once = مرة واحدة
repeat-weekly = كل أسبوع
repeat-monthly = كل شهر
repeat-quarterly = كل 3 أشهر
repeat-yearly = كل سنة
occurrence-upcoming = قادم
occurrence-open = مفتوح الآن
occurrence-due-today = اليوم
occurrence-not-done = لم يتم بعد
occurrence-snoozed = لاحقًا
occurrence-done = تم
occurrence-missed = فات الموعد
reminder-mark-done = تم
reminder-snooze = لاحقًا
reminder-help = مساعدة قريبة
reminder-export = إضافة إلى تقويم
reminder-new = تذكير جديد
reminder-delete = حذف
reminder-cycle = أشهر التصريح
reminder-day = يوم
reminder-time = الساعة
reminder-discreet = إشعارات بلا تفاصيل
reminder-discreet-help = يُظهر الهاتف فقط «{ $words }»، دون اسم التذكير.
ready-title = جهّز
ready-caf-login = رقم CAF وكلمة السر
ready-income = المال الذي استلمته في الأشهر المطلوبة: كشوف الراتب، مداخيل أخرى
ready-france-travail-login = معرّف France Travail وكلمة السر
ready-work-month = إذا عملت: الساعات والأجر
ready-phone-3949 = أو بالهاتف: 39 49
ready-id = وثيقة هوية
ready-domiciliation-letter = شهادة العنوان البريدي
ready-health-card = بطاقة Vitale
ready-income-papers = أوراق مداخيلك
picto-bell = تذكير
picto-doctor = طبيب
picto-medicine = دواء
picto-appointment = موعد
picto-letter = رسالة
picto-call = مكالمة
picto-money = مال
picto-school = مدرسة
picto-id-card = أوراق
picto-home = سكن
picto-food = طعام
picto-bus = حافلة
date-month-1 = { $day } يناير
date-month-2 = { $day } فبراير
date-month-3 = { $day } مارس
date-month-4 = { $day } أبريل
date-month-5 = { $day } مايو
date-month-6 = { $day } يونيو
date-month-7 = { $day } يوليو
date-month-8 = { $day } أغسطس
date-month-9 = { $day } سبتمبر
date-month-10 = { $day } أكتوبر
date-month-11 = { $day } نوفمبر
date-month-12 = { $day } ديسمبر
date-with-weekday = { $day } { $date }
alert-before = { $name }: بعد { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}.
alert-today = { $name }: اليوم.
alert-opens = { $name }: مفتوح من اليوم حتى يوم 15 عند منتصف الليل.
alert-last-day = { $name }: آخر يوم. يغلق الليلة عند منتصف الليل.
alert-not-done = { $name }: لم يتم بعد.
alert-snoozed = { $name }: تذكير.
alert-discreet = لديك تذكير.
say-reminder-next = المرة القادمة: { $date }، الساعة { $time }.
say-reminder-window = مفتوح من { $day } حتى { $date } عند منتصف الليل.
say-reminder-open-until = مفتوح الآن، حتى { $date } عند منتصف الليل.
say-reminder-last-day = اليوم هو آخر يوم. يغلق عند منتصف الليل.
say-reminder-today = اليوم، الساعة { $time }.
say-reminder-not-done = لم يتم بعد. كان يوم { $date }.
say-reminder-snoozed = سأذكّرك يوم { $date }، الساعة { $time }.
say-reminder-done = تم، ليوم { $date }.
say-reminder-missed = لم يتم في الوقت: { $date }.
say-reminder-no-next = لا يوجد تاريخ قادم.
say-reminder-ready = جهّز: { $offers }.
say-reminders = { $count ->
    [0] لا توجد تذكيرات.
    [one] تذكير واحد.
    [two] تذكيران.
    [few] { $count } تذكيرات.
    [many] { $count } تذكيرًا.
   *[other] { $count } تذكير.
}
say-reminder-item = { $name }، { $date }.
say-help-day = { $count ->
    [0] لا يوجد قريبًا مكان مفتوح للمساعدة في المعاملات يوم { $date }.
    [one] مكان واحد يساعد في المعاملات، مفتوح يوم { $date }.
    [two] مكانان يساعدان في المعاملات، مفتوحان يوم { $date }.
    [few] { $count } أماكن تساعد في المعاملات، مفتوحة يوم { $date }.
    [many] { $count } مكانًا يساعد في المعاملات، مفتوحة يوم { $date }.
   *[other] { $count } مكان يساعد في المعاملات، مفتوحة يوم { $date }.
}
say-help-nearest = الأقرب هو { $name }، على بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} مشيًا، مفتوح { $time }.
lock-title = القفل
lock-choose = اختر رمزًا
lock-enter = أدخل رمزك
lock-wrong = رمز خاطئ
lock-wait = محاولات كثيرة. حاول مرة أخرى بعد { $minutes } دقيقة.
lock-digits = أرقام
lock-pictures = صور
lock-remove = إزالة القفل
privacy-stored = ما هو محفوظ
privacy-export = حفظ نسخة
privacy-delete-all = حذف كل شيء
privacy-delete-confirm = حذف كل شيء من هذا الهاتف؟ لا يمكن التراجع عن ذلك.
privacy-deleted = تم حذف كل شيء.

## Reminder screens
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
calendar-prev = الشهر السابق
calendar-next = الشهر التالي
reminder-save = حفظ
reminder-next-dates = المواعيد القادمة
reminder-words = بضع كلمات (اختياري)
reminder-picture = اختر صورة
reminder-repeat = التكرار
reminder-time = وقت التنبيه
reminder-caf-day = المس في التقويم يوم التصريح: الأخير أو القادم.
reminder-delete-confirm = حذف هذا التذكير؟
lock-ok = تأكيد
lock-erase = مسح
lock-on = القفل مُفعّل.
say-reminder-new = تذكير جديد. المس صورة: { $choices }.
say-privacy = كل ما يحفظه التطبيق موجود هنا، على هذا الهاتف فقط. يمكنك حفظ نسخة، أو حذف كل شيء، أو وضع قفل.
say-lock = القفل. اختر رمزًا من الصور أو الأرقام، ثم أدخله مرة ثانية. بدونه لا يستطيع أحد فتح تذكيراتك.

## Map data and updates
data-title = بيانات الخريطة
data-line = بيانات بتاريخ { $date } · الإصدار { $version } · { $places ->
    [zero] { $places } مكان
    [one] مكان واحد
    [two] مكانان
    [few] { $places } أماكن
    [many] { $places } مكانًا
   *[other] { $places } مكان
}
data-update-now = حدّث الآن
data-updating = جارٍ التحديث…
data-last-check = آخر تحقق: { $when }
data-never-checked = لم يتم البحث عن تحديث بعد.
data-download = تنزيل
data-auto-wifi = تحديث بالواي فاي
data-allow-mobile = استخدام بيانات الجوال
data-server = خادم التحديث
data-server-change = تغيير الخادم
data-server-address = عنوان الخادم
data-server-save = حفظ
data-server-default = الخادم الأصلي
data-server-none = لم يتم اختيار خادم
data-region-title = منطقة البيانات
data-region-current = بيانات: { $region }
data-regions-show = عرض المناطق الأخرى
data-region-near = بالقرب منك
data-region-in-use = قيد الاستخدام
data-regions-unavailable = قائمة المناطق غير متاحة الآن.
data-server-invalid = هذا العنوان لا يعمل. يجب أن يبدأ بـ https://
data-privacy = لا يأتي من هذا الخادم إلا الخريطة. لا يُرسَل أي شيء عنك.
data-from = بيانات الخريطة بتاريخ { $date }
settings-data = بيانات الخريطة
sync-up-to-date = الخريطة محدّثة.
sync-updated = تم تحديث الخريطة.
sync-needs-consent = تحديث حجمه { $size } جاهز. هل تريد تنزيله ببيانات الجوال؟
sync-not-now = سينتظر التحديث الواي فاي.
sync-wifi-login-page = افتح أولًا صفحة الدخول الخاصة بالواي فاي، ثم حاول مرة أخرى.
sync-no-connection = لا يوجد اتصال. الخريطة ما زالت تعمل.
sync-server-trouble = الخادم لا يرد جيدًا. حاول لاحقًا. الخريطة ما زالت تعمل.
sync-data-from = لا توجد بيانات أحدث الآن. الخريطة ما زالت تعمل.
sync-update-app = البيانات الجديدة تحتاج نسخة أحدث من التطبيق. حدّث التطبيق.
sync-rejected = تم رفض تحديث: لم يكن موثوقًا. الخريطة ما زالت تعمل.
sync-cannot-write = لا توجد مساحة كافية في الهاتف. الخريطة ما زالت تعمل.
sync-no-host = لا يوجد خادم للتحديث. اطلب من مساعد أن يختار واحدًا. الخريطة ما زالت تعمل.
size-kb = { $size } كيلوبايت
size-mb = { $size } ميغابايت

## Web app: reminders and giving the app
reminders-cannot-ring = عندما يكون التطبيق مغلقًا، لا يستطيع أن يرنّ.
reminders-use-calendar = ضع تذكيراتك في تقويم هاتفك: يرنّ في الوقت المحدد.
reminders-add-to-calendar = إضافة إلى تقويم هاتفي
say-due = { $count ->
    [one] تذكير واحد يجب القيام به الآن.
    [two] تذكيران يجب القيام بهما الآن.
    [few] { $count } تذكيرات يجب القيام بها الآن.
    [many] { $count } تذكيرًا يجب القيام به الآن.
   *[other] { $count } تذكير يجب القيام به الآن.
}
give-title = أعطِ التطبيق
give-lead = أرِ هذا الرمز للشخص.
give-code = رمز للمسح: { $address }
give-step-scan = امسح الرمز بالكاميرا.
give-step-open = افتح الرابط.
give-step-add = أضفه إلى الشاشة الرئيسية.
give-iphone = آيفون: مشاركة، ثم «إضافة إلى الشاشة الرئيسية».
give-android = أندرويد: القائمة، ثم «تثبيت التطبيق».
give-offline = بعد ذلك يعمل بدون إنترنت.

## The street map
map-see = عرض على الخريطة
map-picture = خريطة الشوارع من حولك، مع الأماكن
map-you = أنت هنا
map-closer = أقرب
map-farther = أبعد
map-on-me = العودة إلى موقعي
map-no-streets = لا توجد خريطة شوارع هنا: تظهر الأماكن حسب اتجاهها ومسافتها.
map-list = الأماكن نفسها، من الأقرب إلى الأبعد
map-way = { $name }: { $walk }، باتجاه { $direction }
say-map = أنت هنا. { $count ->
    [0] لا يوجد أي مكان على الخريطة.
    [one] مكان واحد على الخريطة.
    [two] مكانان على الخريطة.
    [few] { $count } أماكن على الخريطة.
    [many] { $count } مكانًا على الخريطة.
   *[other] { $count } مكان على الخريطة.
}
say-map-way = { $name } على بعد { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} سيرًا على الأقدام، باتجاه { $direction }.
where-move-dot = المس الخريطة في المكان الذي أنت فيه بالضبط.
map-across-river = على الجانب الآخر من النهر
say-map-across-river = إنه على الجانب الآخر من النهر.

## Telling the map
report-title = هل هناك مشكلة؟
report-closed = مغلق نهائيًا
report-moved = انتقل إلى هنا حيث أنا
report-hours = المواعيد خاطئة
report-phone = رقم الهاتف خاطئ
report-wifi = الواي فاي لا يعمل
report-charging = يمكن شحن الهاتف هنا
report-other = شيء آخر
report-note = بضع كلمات (إن أردت)
report-note-needed = قلها في بضع كلمات.
report-phone-new = الرقم الصحيح
report-send = إرسال
report-kept = شكرًا. تم حفظه على الهاتف وسيُرسل عند توفر الاتصال.
answer-yes = نعم
answer-no = لا
answer-unknown = لا أعرف
charging-how = كيف؟
charging-sockets = مقابس
charging-lockers = خزائن
add-title = إضافة مكان
add-name = اسمه
add-where-here = هنا، حيث أنا
contrib-title = بلاغاتي
contrib-waiting = في انتظار الإرسال
contrib-sent = أُرسل
contrib-refused = مرفوض: { $why }
contrib-delete = حذف
contrib-none = لا شيء بعد.
contrib-send-now = أرسل الآن
results-none-known = لا يوجد مكان معروف هنا بعد.
results-i-know-one = أعرف مكانًا
say-report = { $name }. ما المشكلة؟ المس صورة.
say-add = إضافة مكان. المس ما يقدمه، ثم اكتب اسمه.
say-contrib = بلاغاتي: { $count }.
add-hours = المواعيد، إن كنت تعرفها
add-hours-from = من
add-hours-to = إلى
contrib-team-code = رمز الفريق (من المنسق، إن كان لديك)
contrib-team-code-save = احفظ هذا الرمز
contrib-team-code-saved = تم حفظ الرمز.
charging-inside-hours = فقط خلال ساعات العمل؟
