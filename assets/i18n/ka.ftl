# Tout près — interface text, Georgian (ქართული).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# The user is addressed with the polite plural ("გჭირდებათ", "აირჩიეთ"). Values like { $day } and
# { $place } arrive in the nominative, so sentences avoid case endings on them.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = ქართული

## Needs (tiles: one or two words)
need-wifi = უფასო Wi-Fi
need-charging = ტელეფონის დატენვა
need-computers = კომპიუტერი
need-helper = კომპიუტერი დახმარებით
need-procedures = დახმარება საბუთებში
need-training = კომპიუტერის კურსები
need-equipment = იაფი ტელეფონი, კომპიუტერი
need-repair = შეკეთება

## Home
home-title = რა გჭირდებათ?
home-read-aloud = მოსმენა
home-where = სად ვარ?
home-favourites = ჩემი ადგილები
home-settings = პარამეტრები
home-position-none = მდებარეობა უცნობია
home-position-age = { $minutes ->
    [0] მდებარეობა: ახლახან
    [one] მდებარეობა: 1 წუთის წინ
   *[other] მდებარეობა: { $minutes } წუთის წინ
}
home-position-place = ახლოს: { $place }

## Where am I
where-title = სად ხართ?
where-gps = ჩემი მდებარეობა
where-gps-none = ამ მოწყობილობაზე მდებარეობა არ არის
where-gps-denied = მდებარეობა არ არის ნებადართული
where-gps-not-found = თქვენი ადგილი ახლა ვერ მოიძებნა. აირჩიეთ ქალაქი ქვემოთ.
where-gps-searching = ვეძებთ თქვენს მდებარეობას…
where-gps-off = მდებარეობა გამორთულია. ჩართეთ ტელეფონის პარამეტრებში ან აირჩიეთ თქვენი ქალაქი ქვემოთ.
where-pick-commune = აირჩიეთ ქალაქი
where-pick-spot = აირჩიეთ ახლო ადგილი
where-type = ჩაწერეთ მისამართი
where-search-placeholder = ქალაქი, ქუჩა ან ადგილი
where-done = აქ ვარ

## Results
results-open-now = ახლა ღიაა
results-free = უფასო
results-no-appointment = ჩაწერის გარეშე
results-none = აქ არაფერია
results-nearest-far = უახლოესი: { $km } კმ
results-show-nearest = ნახვა
results-to-check = შესამოწმებელია
results-walk = { $minutes ->
    [one] 1 წთ ფეხით
   *[other] { $minutes } წთ ფეხით
}
results-need-position = ჯერ თქვით, სად ხართ

## Search
home-search = ძებნა
search-placeholder = CAF, wifi, ბიბლიოთეკა…
search-title = ძებნა: { $text }
search-none = ვერაფერი მოიძებნა. აირჩიეთ სურათი:

## Open status
status-open-until = ღიაა { $time }-მდე
status-open = ღიაა
status-closed = დაკეტილია
status-opens-today = გაიხსნება { $time }-ზე
status-opens-tomorrow = გაიხსნება ხვალ, { $time }-ზე
status-opens-day = გაიხსნება: { $day }, { $time }-ზე
status-unknown = სამუშაო საათები უცნობია
status-holiday = უქმე დღე: შეიძლება დაკეტილი იყოს, ჯერ დარეკეთ

day-1 = ორშაბათი
day-2 = სამშაბათი
day-3 = ოთხშაბათი
day-4 = ხუთშაბათი
day-5 = პარასკევი
day-6 = შაბათი
day-7 = კვირა
day-short-1 = ორშ
day-short-2 = სამ
day-short-3 = ოთხ
day-short-4 = ხუთ
day-short-5 = პარ
day-short-6 = შაბ
day-short-7 = კვი

## Place sheet
place-call = დარეკვა
place-go = წასვლა
place-save = შენახვა
place-saved = შენახულია
place-share = გაზიარება
place-share-title = დასასკანერებელი კოდი
place-share-help = მიმართეთ სხვა ტელეფონის კამერა ამ კოდს: ის შეინახავს ადგილის მისამართს და ტელეფონს, ინტერნეტის გარეშეც.
place-share-sms = SMS-ით
place-print = ამობეჭდვა
share-phone = ტელეფონი: { $phone }
share-hours = სამუშაო საათები:
place-direction = { $direction }, { $distance }
place-offers = რას იპოვით აქ
place-helps-with = დახმარება: { $procedures }
place-formerly = ყოფილი სახელი: { $names }
place-hours = სამუშაო საათები
place-address = მისამართი
place-conditions = პირობები
place-free = უფასო
place-free-conditions = უფასო, პირობებით
place-paid = ფასიანი
place-membership = წევრობა
place-walk-in = ჩაწერის გარეშე
place-appointment = წინასწარი ჩაწერით
place-publics-all = ღიაა ყველასთვის
place-publics-some = ვისთვის: { $publics }
place-wheelchair-yes = ეტლით შესვლა შესაძლებელია
place-wheelchair-no = ეტლით შესვლა შეუძლებელია
place-languages = ენები: { $languages }
place-wifi-how = Wi-Fi: როგორ დავუკავშირდე
place-wifi-open = ღია ქსელი
place-wifi-code = იკითხეთ კოდი
place-wifi-registration = რეგისტრაცია ელფოსტით ან SMS-ით
place-wifi-paid = ფასიანი
place-wifi-customers = მხოლოდ კლიენტებისთვის
place-unknown = უცნობია
place-source = წყარო: { $source }
place-checked = ბოლოს შემოწმდა: { $date }

direction-n = ჩრდილოეთი
direction-ne = ჩრდილო-აღმოსავლეთი
direction-e = აღმოსავლეთი
direction-se = სამხრეთ-აღმოსავლეთი
direction-s = სამხრეთი
direction-sw = სამხრეთ-დასავლეთი
direction-w = დასავლეთი
direction-nw = ჩრდილო-დასავლეთი

## Favourites
favourites-title = შენახული ადგილები
favourites-empty = ჯერ არაფერია შენახული

## Settings
settings-title = პარამეტრები
settings-language = ენა
settings-larger-text = დიდი ტექსტი
settings-high-contrast = მაღალი კონტრასტი
settings-speech-speed = კითხვის სიჩქარე
settings-slower = უფრო ნელა
settings-faster = უფრო სწრაფად
settings-about = მონაცემების შესახებ
about-title = მონაცემების შესახებ
about-snapshot = მონაცემები: { $date }
about-sources = წყაროები
about-pictograms = პიქტოგრამები
about-privacy = არაფერი გადის ამ ტელეფონიდან.

## Common
back = უკან
home = მთავარი

## Problems
error-snapshot = რუკის მონაცემები დაზიანებული იყო. თავდაპირველი მონაცემები აღდგენილია.
error-no-data = რუკის მონაცემები არ არის
user-data-damaged = თქვენი შენახული ადგილები და შეხსენებები ვერ წაიკითხა. ისინი ამ ტელეფონზე ცალკეა გადადებული, აპლიკაცია კი თავიდან იწყებს. რუკა ჩვეულებრივ მუშაობს.
user-data-newer = თქვენი შენახული ადგილები და შეხსენებები აპლიკაციის უფრო ახალი ვერსიიდანაა და ვერ წაიკითხა. ისინი ამ ტელეფონზე უცვლელად, ცალკეა გადადებული. აპლიკაცია თავიდან იწყებს; რუკა ჩვეულებრივ მუშაობს.
user-data-cannot-save = ახლა ამ ტელეფონზე ვერაფერი შეინახება (მეხსიერება სავსეა ან ნებართვა არ არის). რუკა მუშაობს, მაგრამ თქვენი ცვლილებები აპლიკაციის დახურვისას დაიკარგება.
user-data-notice-ok = გასაგებია

## Read-aloud scripts (full sentences, spoken)
say-home = რა გჭირდებათ? შეეხეთ სურათს. { $choices }.
say-results = { $need }. { $count ->
    [0] ახლოს არაფერია.
    [one] ახლოს ერთი ადგილია.
   *[other] ახლოს { $count } ადგილია.
}
say-nearest = უახლოესია { $name }, { $minutes ->
    [one] 1 წუთი ფეხით
   *[other] { $minutes } წუთი ფეხით
}, { $status }.
say-nearest-far = ახლოს არაფერია. უახლოესია { $name }, { $km } კილომეტრის მოშორებით.
say-place = { $name }. { $status }. { $address }.
say-place-offers = აქ იპოვით: { $offers }.
say-where = სად ხართ? აირჩიეთ ქალაქი, შემდეგ ახლო ადგილი.
say-favourites = { $count ->
    [0] ჯერ არაფერია შენახული.
    [one] ერთი შენახული ადგილი.
   *[other] { $count } შენახული ადგილი.
}
say-settings = პარამეტრები. ენა, დიდი ტექსტი, მაღალი კონტრასტი, კითხვის სიჩქარე.
say-need-position = ჯერ თქვით, სად ხართ.
say-search = { $text }. { $count ->
    [one] ნაპოვნია ერთი ადგილი.
   *[other] ნაპოვნია { $count } ადგილი.
}
say-search-none = { $text }: ვერაფერი მოიძებნა. შეეხეთ სურათს, რომ აირჩიოთ, რა გჭირდებათ.

## შეხსენებები
reminders-title = შეხსენებები
reminder-kind-caf = CAF-ის დეკლარაცია
reminder-kind-france-travail = France Travail-ის განახლება
reminder-kind-domiciliation = საფოსტო მისამართი
reminder-kind-health-cover = ჯანმრთელობის დაზღვევა
reminder-kind-own = ჩემი შეხსენება
reminder-what-caf = ყოველ 3 თვეში ერთხელ განაცხადეთ თქვენი შემოსავალი CAF-ში. ამ დეკლარაციის გარეშე გადახდა შეჩერდება.
reminder-what-france-travail = ყოველთვიურად განაახლეთ თქვენი მდგომარეობა France Travail-ში. განახლება იხსნება 28 რიცხვში (თებერვალში 26 რიცხვში) და იხურება მომდევნო თვის 15 რიცხვში, შუაღამისას. თუ გამოტოვებთ, სამუშაოს მაძიებელთა სიიდან ამოგშლიან და დახმარება შეწყდება. ონლაინ, ან ტელეფონით: 39 49.
reminder-what-domiciliation = განაახლეთ თქვენი საფოსტო მისამართი (domiciliation). თარიღი თქვენ აირჩიეთ.
reminder-what-health-cover = განაახლეთ თქვენი ჯანმრთელობის დაზღვევა (Complémentaire santé solidaire). თარიღი თქვენ აირჩიეთ.
repeat-once = ერთხელ
repeat-weekly = ყოველ კვირა
repeat-monthly = ყოველ თვე
repeat-quarterly = ყოველ 3 თვეში
repeat-yearly = ყოველ წელს
occurrence-upcoming = მოახლოებული
occurrence-open = ახლა ღიაა
occurrence-due-today = დღეს
occurrence-not-done = ჯერ არ გაკეთებულა
occurrence-snoozed = მოგვიანებით
occurrence-done = გაკეთდა
occurrence-missed = გამოტოვებული
reminder-mark-done = გავაკეთე
reminder-snooze = მოგვიანებით
reminder-help = დახმარება ახლოს
reminder-export = კალენდარში დამატება
reminder-new = ახალი შეხსენება
reminder-delete = წაშლა
reminder-cycle = დეკლარაციის თვეები
reminder-day = დღე
reminder-time = დრო
reminder-discreet = ფარული შეტყობინებები
reminder-discreet-help = ტელეფონი აჩვენებს მხოლოდ „{ $words }“, შეხსენების სახელის გარეშე.
ready-title = მოამზადეთ
ready-caf-login = CAF-ის ნომერი და პაროლი
ready-income = მოთხოვნილ თვეებში მიღებული ფული: ხელფასის ფურცლები, სხვა შემოსავალი
ready-france-travail-login = France Travail-ის იდენტიფიკატორი და პაროლი
ready-work-month = თუ იმუშავეთ: საათები და ხელფასი
ready-phone-3949 = ან ტელეფონით: 39 49
ready-id = პირადობის დოკუმენტი
ready-domiciliation-letter = საფოსტო მისამართის ცნობა
ready-health-card = Vitale ბარათი
ready-income-papers = შემოსავლის საბუთები
picto-bell = შეხსენება
picto-doctor = ექიმი
picto-medicine = წამალი
picto-appointment = შეხვედრა
picto-letter = წერილი
picto-call = ზარი
picto-money = ფული
picto-school = სკოლა
picto-id-card = საბუთები
picto-home = სახლი
picto-food = საკვები
picto-bus = ავტობუსი
date-month-1 = { $day } იანვარი
date-month-2 = { $day } თებერვალი
date-month-3 = { $day } მარტი
date-month-4 = { $day } აპრილი
date-month-5 = { $day } მაისი
date-month-6 = { $day } ივნისი
date-month-7 = { $day } ივლისი
date-month-8 = { $day } აგვისტო
date-month-9 = { $day } სექტემბერი
date-month-10 = { $day } ოქტომბერი
date-month-11 = { $day } ნოემბერი
date-month-12 = { $day } დეკემბერი
date-with-weekday = { $day }, { $date }
alert-before = { $name }: { $count ->
    [one] 1 დღეში
   *[other] { $count } დღეში
}.
alert-today = { $name }: დღეს.
alert-opens = { $name }: ღიაა დღეიდან 15 რიცხვის შუაღამემდე.
alert-last-day = { $name }: ბოლო დღე. დღეს შუაღამისას იხურება.
alert-not-done = { $name }: ჯერ არ გაკეთებულა.
alert-snoozed = { $name }: შეხსენება.
alert-discreet = თქვენ გაქვთ შეხსენება.
say-reminder-next = შემდეგი: { $date }, { $time }-ზე.
say-reminder-window = გახსნა: { $day }. დახურვა: { $date }, შუაღამისას.
say-reminder-open-until = ახლა ღიაა. დახურვა: { $date }, შუაღამისას.
say-reminder-last-day = დღეს ბოლო დღეა. შუაღამისას იხურება.
say-reminder-today = დღეს, { $time }-ზე.
say-reminder-not-done = ჯერ არ გაკეთებულა. თარიღი იყო: { $date }.
say-reminder-snoozed = შეგახსენებთ: { $date }, { $time }-ზე.
say-reminder-done = გაკეთდა. თარიღი: { $date }.
say-reminder-missed = დროზე არ გაკეთდა: { $date }.
say-reminder-no-next = შემდეგი თარიღი არ არის.
say-reminder-ready = მოამზადეთ: { $offers }.
say-reminders = { $count ->
    [0] შეხსენებები არ არის.
    [one] ერთი შეხსენება.
   *[other] { $count } შეხსენება.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] ახლოს საბუთებში დამხმარე ღია ადგილი არ არის. თარიღი: { $date }.
    [one] ერთი ადგილი გეხმარებათ საბუთებში, ღიაა. თარიღი: { $date }.
   *[other] { $count } ადგილი გეხმარებათ საბუთებში, ღიაა. თარიღი: { $date }.
}
say-help-nearest = უახლოესია { $name }, { $minutes ->
    [one] 1 წუთი ფეხით
   *[other] { $minutes } წუთი ფეხით
}, ღიაა: { $time }.
lock-title = ჩაკეტვა
lock-choose = აირჩიეთ კოდი
lock-enter = შეიყვანეთ კოდი
lock-wrong = არასწორი კოდი
lock-wait = ძალიან ბევრი ცდა. სცადეთ ისევ { $minutes } წუთში.
lock-digits = ციფრები
lock-pictures = სურათები
lock-remove = ჩაკეტვის მოხსნა
privacy-stored = რა ინახება
privacy-export = ასლის შენახვა
privacy-delete-all = ყველაფრის წაშლა
privacy-delete-confirm = წაიშალოს ყველაფერი ამ ტელეფონზე? ამის გაუქმება შეუძლებელია.
privacy-deleted = ყველაფერი წაიშალა.

## Reminder screens
month-1 = იანვარი
month-2 = თებერვალი
month-3 = მარტი
month-4 = აპრილი
month-5 = მაისი
month-6 = ივნისი
month-7 = ივლისი
month-8 = აგვისტო
month-9 = სექტემბერი
month-10 = ოქტომბერი
month-11 = ნოემბერი
month-12 = დეკემბერი
calendar-prev = წინა თვე
calendar-next = შემდეგი თვე
reminder-save = შენახვა
reminder-next-dates = შემდეგი თარიღები
reminder-words = რამდენიმე სიტყვა (სურვილისამებრ)
reminder-picture = აირჩიეთ სურათი
reminder-repeat = გამეორება
reminder-time = შეხსენების დრო
reminder-caf-day = კალენდარზე შეეხეთ დეკლარაციის დღეს: ბოლოს ან შემდეგს.
reminder-delete-confirm = წაიშალოს ეს შეხსენება?
lock-ok = კარგი
lock-erase = წაშლა
lock-on = ჩაკეტვა ჩართულია.
say-reminder-new = ახალი შეხსენება. შეეხეთ სურათს: { $choices }.
say-privacy = ყველაფერი, რასაც აპლიკაცია ინახავს, აქ არის, მხოლოდ ამ ტელეფონზე. შეგიძლიათ შეინახოთ ასლი, წაშალოთ ყველაფერი ან დააყენოთ ჩაკეტვა.
say-lock = ჩაკეტვა. აირჩიეთ კოდი სურათებით ან ციფრებით, შემდეგ კიდევ ერთხელ შეიყვანეთ. მის გარეშე ვერავინ გახსნის თქვენს შეხსენებებს.

## Map data and updates
data-title = რუკის მონაცემები
data-line = მონაცემები: { $date } · ვერსია { $version } · { $places } ადგილი
data-update-now = ახლავე განახლება
data-updating = ახლდება…
data-last-check = ბოლო შემოწმება: { $when }
data-never-checked = განახლება ჯერ არ შემოწმებულა.
data-download = ჩამოტვირთვა
data-auto-wifi = განახლება Wi-Fi-ით
data-allow-mobile = მობილური ინტერნეტის გამოყენება
data-server = განახლების სერვერი
data-server-change = სერვერის შეცვლა
data-server-address = სერვერის მისამართი
data-server-save = შენახვა
data-server-default = ძირითადი სერვერი
data-server-none = სერვერი არ არის არჩეული
data-region-title = მონაცემების რეგიონი
data-region-current = მონაცემები: { $region }
data-regions-show = სხვა რეგიონების ნახვა
data-region-near = თქვენთან ახლოს
data-region-in-use = გამოიყენება
data-regions-unavailable = რეგიონების სია ახლა მიუწვდომელია.
data-server-invalid = ეს მისამართი არ მუშაობს. მისამართი უნდა იწყებოდეს ასე: https://
data-privacy = ამ სერვერიდან მხოლოდ რუკა მოდის. თქვენ შესახებ არაფერი იგზავნება.
data-from = რუკის მონაცემები: { $date }
settings-data = რუკის მონაცემები
sync-up-to-date = რუკა განახლებულია.
sync-updated = რუკა განახლდა.
sync-needs-consent = მზადაა განახლება, ზომა: { $size }. ჩამოიტვირთოს მობილური ინტერნეტით?
sync-not-now = განახლება Wi-Fi-ს დაელოდება.
sync-wifi-login-page = ჯერ გახსენით Wi-Fi-ის შესვლის გვერდი, შემდეგ კიდევ სცადეთ.
sync-no-connection = ინტერნეტი არ არის. რუკა მაინც მუშაობს.
sync-server-trouble = სერვერი კარგად არ პასუხობს. სცადეთ მოგვიანებით. რუკა მაინც მუშაობს.
sync-data-from = ახალი მონაცემები ჯერ არ არის. რუკა მაინც მუშაობს.
sync-update-app = ახალ მონაცემებს აპლიკაციის ახალი ვერსია სჭირდება. განაახლეთ აპლიკაცია.
sync-rejected = განახლება უარყოფილია: ის სანდო არ იყო. რუკა მაინც მუშაობს.
sync-cannot-write = ტელეფონში საკმარისი ადგილი არ არის. რუკა მაინც მუშაობს.
sync-no-host = განახლების სერვერი არ არის. სთხოვეთ დამხმარეს, აირჩიოს. რუკა მაინც მუშაობს.
size-kb = { $size } კბ
size-mb = { $size } მბ

## Web app: reminders and giving the app
reminders-cannot-ring = როცა აპლიკაცია დახურულია, შეხსენება ვერ დარეკავს.
reminders-use-calendar = ჩაწერეთ შეხსენებები ტელეფონის კალენდარში: ის დროზე დარეკავს.
reminders-add-to-calendar = ტელეფონის კალენდარში დამატება
say-due = { $count ->
    [one] ერთი შეხსენება, ახლა გასაკეთებელი.
   *[other] { $count } შეხსენება, ახლა გასაკეთებელი.
}
give-title = აპლიკაციის გადაცემა
give-lead = აჩვენეთ ეს კოდი ადამიანს.
give-code = დასასკანერებელი კოდი: { $address }
give-step-scan = დაასკანერეთ კოდი კამერით.
give-step-open = გახსენით ბმული.
give-step-add = დაამატეთ მთავარ ეკრანზე.
give-iphone = iPhone: Share, შემდეგ „Add to Home Screen“.
give-android = Android: მენიუ, შემდეგ „Install app“.
give-offline = შემდეგ ის ინტერნეტის გარეშე მუშაობს.

## The street map
map-see = რუკაზე ნახვა
map-picture = ქუჩების რუკა თქვენ გარშემო, ადგილებით
map-you = თქვენ აქ ხართ
map-closer = უფრო ახლოს
map-farther = უფრო შორს
map-on-me = ჩემთან დაბრუნება
map-no-streets = აქ ქუჩების რუკა არ არის: ადგილები ნაჩვენებია მიმართულებისა და მანძილის მიხედვით.
map-list = იგივე ადგილები, უახლოესიდან დაწყებული
map-way = { $name }: { $walk }, მიმართულება: { $direction }
say-map = თქვენ აქ ხართ. { $count ->
    [0] რუკაზე ადგილი არ არის.
   *[other] რუკაზე { $count } ადგილია.
}
say-map-way = { $name } { $minutes } წუთის სავალზეა ფეხით, მიმართულება: { $direction }.
where-move-dot = შეეხეთ რუკას ზუსტად იქ, სადაც ხართ.
map-across-river = მდინარის მეორე მხარეს
say-map-across-river = ეს მდინარის მეორე მხარესაა.

## Telling the map
report-title = რამე არასწორია?
report-closed = სამუდამოდ დაიხურა
report-moved = გადავიდა, აქ, სადაც ვარ
report-hours = საათები არასწორია
report-phone = ტელეფონის ნომერი არასწორია
report-wifi = wifi არ მუშაობს
report-charging = აქ ტელეფონის დამუხტვა შეიძლება
report-other = სხვა რამე
report-note = რამდენიმე სიტყვა (თუ გსურთ)
report-note-needed = თქვით რამდენიმე სიტყვით.
report-phone-new = სწორი ნომერი
report-send = გაგზავნა
report-kept = გმადლობთ. შენახულია ტელეფონში და გაიგზავნება, როგორც კი კავშირი იქნება.
answer-yes = დიახ
answer-no = არა
answer-unknown = არ ვიცი
charging-how = როგორ?
charging-sockets = როზეტები
charging-lockers = კარადები
add-title = ადგილის დამატება
add-name = მისი სახელი
add-where-here = აქ, სადაც ვარ
contrib-title = ჩემი შეტყობინებები
contrib-waiting = ელოდება გაგზავნას
contrib-sent = გაიგზავნა
contrib-refused = უარყოფილია: { $why }
contrib-delete = წაშლა
contrib-none = ჯერ არაფერია.
contrib-send-now = ახლავე გაგზავნა
results-none-known = აქ ჯერ არცერთი ადგილი არ არის ცნობილი.
results-i-know-one = ერთს ვიცნობ
say-report = { $name }. რა არის არასწორი? შეეხეთ სურათს.
say-add = ადგილის დამატება. შეეხეთ, რას გვთავაზობს, შემდეგ დაწერეთ სახელი.
say-contrib = ჩემი შეტყობინებები: { $count }.
add-hours = სამუშაო საათები, თუ იცით
add-hours-from = დან
add-hours-to = მდე
contrib-team-code = გუნდის კოდი (კოორდინატორისგან, თუ გაქვთ)
contrib-team-code-save = ამ კოდის შენახვა
contrib-team-code-saved = კოდი შენახულია.
charging-inside-hours = მხოლოდ სამუშაო საათებში?
