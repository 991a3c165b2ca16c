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
home-language = ენა
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
where-pick-commune = აირჩიეთ ქალაქი
where-pick-spot = აირჩიეთ ახლო ადგილი
where-type = ჩაწერეთ მისამართი
where-search-placeholder = ქალაქი, ქუჩა ან ადგილი
where-done = აქ ვარ

## Results
results-title = { $need }
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

## Open status
status-open-until = ღიაა { $time }-მდე
status-open = ღიაა
status-closed = დაკეტილია
status-opens-today = გაიხსნება { $time }-ზე
status-opens-tomorrow = გაიხსნება ხვალ, { $time }-ზე
status-opens-day = გაიხსნება: { $day }, { $time }-ზე
status-unknown = სამუშაო საათები უცნობია

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
place-direction = { $direction }, { $distance }
place-offers = რას იპოვით აქ
place-hours = სამუშაო საათები
place-hours-today = დღეს
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
place-bring = რა წამოიღოთ

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
loading = იტვირთება

## Problems
error-snapshot = რუკის მონაცემები დაზიანებული იყო. თავდაპირველი მონაცემები აღდგენილია.
error-no-data = რუკის მონაცემები არ არის

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
