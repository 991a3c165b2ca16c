# Tout près — interface text, Tigrinya (ትግርኛ), Ge'ez script.
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Eritrean usage; the user is addressed with the polite plural (ምረጹ, ንገሩ). Ethiopic punctuation:
# ። full stop, ፣ comma, ፦ before a list or value.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = ትግርኛ

## Needs (tiles: one or two words)
need-wifi = ናጻ ዋይፋይ
need-charging = ሞባይል ቻርጅ
need-computers = ኮምፒተር
need-helper = ኮምፒተር ምስ ሓገዝ
need-procedures = ሓገዝ ወረቓቕቲ
need-training = ኮምፒተር ምምሃር
need-equipment = ሕሱር ሞባይል፣ ኮምፒተር
need-repair = ምዕራይ

## Home
home-title = እንታይ የድልየኩም?
home-read-aloud = ስምዑ
home-where = ኣበይ ኣለኹ?
home-favourites = ናተይ ቦታታት
home-settings = ምድላዋት
home-position-none = ቦታ ኣይፍለጥን
home-position-age = { $minutes ->
    [0] ቦታ፦ ሕጂ
    [one] ቦታ፦ ቅድሚ 1 ደቒቕ
   *[other] ቦታ፦ ቅድሚ { $minutes } ደቓይቕ
}
home-position-place = ኣብ ጥቓ { $place }

## Where am I
where-title = ኣበይ ኣለኹም?
where-gps = ቦታይ
where-gps-none = ኣብዚ መሳርሒ ቦታ የለን
where-gps-denied = ቦታ ኣይተፈቕደን
where-gps-not-found = ቦታኹም ሕጂ ኣይተረኽበን። ኣብ ታሕቲ ከተማኹም ምረጹ።
where-gps-searching = ቦታኹም ይድለ ኣሎ…
where-gps-off = ኣቀማምጣ ጠፊኡ ኣሎ። ኣብ ቅጥዕታት ተሌፎን ኣብርሁዎ፣ ወይ ኣብ ታሕቲ ከተማኹም ምረጹ።
where-pick-commune = ከተማኹም ምረጹ
where-pick-spot = ጥቓኹም ዘሎ ቦታ ምረጹ
where-type = ኣድራሻ ጽሓፉ
where-search-placeholder = ከተማ፣ ጽርግያ ወይ ቦታ
where-done = ኣብዚ ኣለኹ

## Results
results-open-now = ሕጂ ክፉት
results-free = ናጻ
results-no-appointment = ብዘይ ቆጸራ
results-none = ኣብዚ ዋላ ሓደ የለን
results-nearest-far = እቲ ዝቐረበ { $km } ኪ.ሜ. ርሒቑ ኣሎ
results-show-nearest = ኣርእዩኒ
results-to-check = ክረጋገጽ ኣለዎ
results-walk = { $minutes ->
    [one] { $minutes } ደቒቕ ብእግሪ
   *[other] { $minutes } ደቓይቕ ብእግሪ
}
results-need-position = ቅድም ኣበይ ከም ዘለኹም ንገሩ

## Search
home-search = ድለ
search-placeholder = CAF፣ ዋይፋይ፣ ቤት መጻሕፍቲ…
search-title = ድለያ፦ { $text }
search-none = ዝተረኽበ የለን። ስእሊ ምረጹ፦

## Open status
status-open-until = ክሳብ { $time } ክፉት
status-open = ክፉት
status-closed = ዕጹው
status-opens-today = ሰዓት { $time } ይኽፈት
status-opens-tomorrow = ጽባሕ ሰዓት { $time } ይኽፈት
status-opens-day = { $day } ሰዓት { $time } ይኽፈት
status-unknown = ሰዓታት ስራሕ ኣይፍለጥን
status-holiday = በዓል መንግስቲ፦ ዕጹው ክኸውን ይኽእል፣ ቅድሚ ምኻድኩም ደውሉ

day-1 = ሰኑይ
day-2 = ሰሉስ
day-3 = ረቡዕ
day-4 = ሓሙስ
day-5 = ዓርቢ
day-6 = ቀዳም
day-7 = ሰንበት
day-short-1 = ሰኑ
day-short-2 = ሰሉ
day-short-3 = ረቡ
day-short-4 = ሓሙ
day-short-5 = ዓር
day-short-6 = ቀዳ
day-short-7 = ሰን

## Place sheet
place-call = ደውሉ
place-go = ኺዱ
place-save = ዓቅቡ
place-saved = ተዓቂቡ
place-share = ኣካፍል
place-share-title = ንምስካን ኮድ
place-share-help = ካሜራ ካልእ ተሌፎን ናብዚ ኮድ ኣቕንዑ፤ ኣድራሻን ተሌፎንን ናይቲ ቦታ ይሕሉ፣ ብዘይ ኢንተርነት እውን።
place-share-sms = ብ SMS
place-print = ሕተም
share-phone = ተሌፎን: { $phone }
share-hours = ሰዓታት ስራሕ:
place-direction = { $direction }፣ { $distance }
place-offers = ኣብዚ እንታይ ትረኽቡ
place-helps-with = ሓገዝ ን፦ { $procedures }
place-formerly = ናይ ቀደም ስም፦ { $names }
place-hours = ሰዓታት ስራሕ
place-address = ኣድራሻ
place-conditions = ቅድመ ኩነታት
place-free = ናጻ
place-free-conditions = ናጻ፣ ብቅድመ ኩነት
place-paid = ብኽፍሊት
place-membership = ኣባልነት
place-walk-in = ብዘይ ቆጸራ
place-appointment = ብቆጸራ
place-publics-all = ንኹሉ ክፉት
place-publics-some = ንመን፦ { $publics }
place-wheelchair-yes = ንዊልቸር ምቹእ
place-wheelchair-no = ንዊልቸር ምቹእ ኣይኮነን
place-languages = ቋንቋታት፦ { $languages }
place-wifi-how = ዋይፋይ፦ ከመይ ትራኸቡ
place-wifi-open = ክፉት መርበብ
place-wifi-code = ኮድ ሕተቱ
place-wifi-registration = ብኢመይል ወይ SMS ምምዝጋብ
place-wifi-paid = ብኽፍሊት
place-wifi-customers = ንዓማዊል ጥራይ
place-unknown = ኣይፍለጥን
place-source = ምንጪ፦ { $source }
place-checked = መወዳእታ ዝተረጋገጸሉ፦ { $date }

direction-n = ሰሜን
direction-ne = ሰሜን ምብራቕ
direction-e = ምብራቕ
direction-se = ደቡብ ምብራቕ
direction-s = ደቡብ
direction-sw = ደቡብ ምዕራብ
direction-w = ምዕራብ
direction-nw = ሰሜን ምዕራብ

## Favourites
favourites-title = ዝተዓቀቡ ቦታታት
favourites-empty = ገና ዝተዓቀበ የለን

## Settings
settings-title = ምድላዋት
settings-language = ቋንቋ
settings-larger-text = ዝዓበየ ጽሑፍ
settings-high-contrast = ልዑል ፍልልይ ሕብሪ
settings-speech-speed = ቅልጣፈ ንባብ
settings-slower = ቀስ ኢሉ
settings-faster = ቀልጢፉ
settings-about = ብዛዕባ ሓበሬታ
about-title = ብዛዕባ ሓበሬታ
about-snapshot = ሓበሬታ ናይ { $date }
about-sources = ምንጭታት
about-pictograms = ስእላዊ ምልክታት
about-privacy = ካብዚ ተሌፎን ዝወጽእ ነገር የለን።

## Common
back = ንድሕሪት
home = ቀንዲ ገጽ

## Problems
error-snapshot = ሓበሬታ ካርታ ተበላሺዩ ነይሩ። እቲ ቀዳማይ ሓበሬታ ተመሊሱ ኣሎ።
error-no-data = ሓበሬታ ካርታ የለን
user-data-damaged = ዝተዓቀቡ ቦታታትኩምን መዘኻኸሪታትኩምን ክንበቡ ኣይከኣሉን። ኣብዚ ተሌፎን በይኖም ተዓቂቦም ኣለዉ፣ ኣፕሊኬሽን ድማ ካብ መጀመርታ ይጅምር። ካርታ ከም ቀደም ይሰርሕ።
user-data-newer = ዝተዓቀቡ ቦታታትኩምን መዘኻኸሪታትኩምን ካብ ሓድሽ ቨርሽን ናይ ኣፕሊኬሽን ስለ ዝመጹ ክንበቡ ኣይከኣሉን። ኣብዚ ተሌፎን ከይተቐየሩ በይኖም ተዓቂቦም ኣለዉ። ኣፕሊኬሽን ካብ መጀመርታ ይጅምር፣ ካርታ ከም ቀደም ይሰርሕ።
user-data-cannot-save = ሕጂ ኣብዚ ተሌፎን ዝኾነ ነገር ክዕቀብ ኣይክእልን (ቦታ መሊኡ ወይ ፍቓድ የለን)። ካርታ ይሰርሕ፣ ግን ዝገበርኩምዎ ለውጥታት ኣፕሊኬሽን ምስ ተዓጽወ ክጠፍእ እዩ።
user-data-notice-ok = ተረዲኡኒ

## Read-aloud scripts (full sentences, spoken)
say-home = እንታይ የድልየኩም? ሓደ ስእሊ ተንክፉ። { $choices }።
say-results = { $need }። { $count ->
    [0] ኣብ ቀረባ ዋላ ሓደ የለን።
    [one] ኣብ ቀረባ ሓደ ቦታ ኣሎ።
   *[other] ኣብ ቀረባ { $count } ቦታታት ኣለዉ።
}
say-nearest = እቲ ዝቐረበ { $name } እዩ፣ { $minutes ->
    [one] { $minutes } ደቒቕ ብእግሪ
   *[other] { $minutes } ደቓይቕ ብእግሪ
}፣ { $status }።
say-nearest-far = ኣብ ቀረባ ዋላ ሓደ የለን። እቲ ዝቐረበ { $name } እዩ፣ { $km } ኪሎሜተር ርሒቑ።
say-place = { $name }። { $status }። { $address }።
say-place-offers = ኣብዚ ትረኽቡ፦ { $offers }።
say-where = ኣበይ ኣለኹም? ከተማኹም ምረጹ፣ ድሕሪኡ ጥቓኹም ዘሎ ቦታ።
say-favourites = { $count ->
    [0] ገና ዝተዓቀበ የለን።
    [one] ሓደ ዝተዓቀበ ቦታ።
   *[other] { $count } ዝተዓቀቡ ቦታታት።
}
say-settings = ምድላዋት። ቋንቋ፣ ዝዓበየ ጽሑፍ፣ ልዑል ፍልልይ ሕብሪ፣ ቅልጣፈ ንባብ።
say-need-position = ቅድም ኣበይ ከም ዘለኹም ንገሩ።
say-search = { $text }። { $count ->
    [one] ሓደ ቦታ ተረኺቡ።
   *[other] { $count } ቦታታት ተረኺቦም።
}
say-search-none = { $text }፦ ዝተረኽበ የለን። ዘድልየኩም ንምምራጽ ስእሊ ተንክፉ።

## መዘኻኸሪታት
reminders-title = መዘኻኸሪታት
reminder-kind-caf = መግለጺ CAF
reminder-kind-france-travail = ምሕዳስ France Travail
reminder-kind-domiciliation = ናይ ቡስጣ ኣድራሻ
reminder-kind-health-cover = ናይ ጥዕና ውሕስነት
reminder-kind-own = ናተይ መዘኻኸሪ
reminder-what-caf = ኣብ ነፍሲ ወከፍ 3 ኣዋርሕ፡ እቶትኩም ናብ CAF ኣፍልጡ። ብዘይ እዚ መግለጺ፡ ክፍሊት ይቋረጽ።
reminder-what-france-travail = ኣብ ነፍሲ ወከፍ ወርሒ፡ ኩነታትኩም ኣብ France Travail ኣሐድሱ። ኣብ 28 (ኣብ ለካቲት ኣብ 26) ይኽፈት፡ ኣብ 15 ናይ ዝቕጽል ወርሒ ፍርቂ ለይቲ ይዕጾ። እንተ ሓለፈኩም፡ ካብ ዝርዝር ስራሕ ደለይቲ ትእለዩ፡ ሓገዝ ገንዘብ ድማ ይቋረጽ። ብኢንተርነት፡ ወይ ብተሌፎን፦ 39 49።
reminder-what-domiciliation = ናይ ቡስጣ ኣድራሻኹም (domiciliation) ኣሐድሱ። ዕለት ንስኹም ዝመረጽኩምዎ እዩ።
reminder-what-health-cover = ናይ ጥዕና ውሕስነትኩም (Complémentaire santé solidaire) ኣሐድሱ። ዕለት ንስኹም ዝመረጽኩምዎ እዩ።
repeat-once = ሓንሳብ
repeat-weekly = ነፍሲ ወከፍ ሰሙን
repeat-monthly = ነፍሲ ወከፍ ወርሒ
repeat-quarterly = ነፍሲ ወከፍ 3 ኣዋርሕ
repeat-yearly = ነፍሲ ወከፍ ዓመት
occurrence-upcoming = ዝመጽእ
occurrence-open = ሕጂ ክፉት
occurrence-due-today = ሎሚ
occurrence-not-done = ገና ኣይተገብረን
occurrence-snoozed = ድሒሩ
occurrence-done = ተገይሩ
occurrence-missed = ሓሊፉ
reminder-mark-done = ተገይሩ
reminder-snooze = ድሒሩ
reminder-help = ኣብ ጥቓ ሓገዝ
reminder-export = ናብ ዓውደ ኣዋርሕ ወስኹ
reminder-new = ሓድሽ መዘኻኸሪ
reminder-delete = ሰርዝ
reminder-cycle = ኣዋርሕ መግለጺ
reminder-day = መዓልቲ
reminder-time = ሰዓት
reminder-discreet = ስቱር መፍለጢታት
reminder-discreet-help = ተሌፎን «{ $words }» ጥራይ የርኢ፣ ስም መዘኻኸሪ ከይገለጸ።
ready-title = ኣዳልዉ
ready-caf-login = ቁጽሪ CAF ከምኡ'ውን መሕለፊ ቃል
ready-income = ኣብቶም ዝተሓተቱ ኣዋርሕ ዝተቐበልኩምዎ ገንዘብ፦ ወረቐት ደሞዝ፡ ካልእ እቶት
ready-france-travail-login = መለለዪ France Travail ከምኡ'ውን መሕለፊ ቃል
ready-work-month = እንተ ሰሪሕኩም፦ ሰዓታትን ደሞዝን
ready-phone-3949 = ወይ ብተሌፎን፦ 39 49
ready-id = ናይ መንነት ሰነድ
ready-domiciliation-letter = ምስክር ወረቐት ኣድራሻ
ready-health-card = ካርድ Vitale
ready-income-papers = ሰነዳት እቶት
picto-bell = መዘኻኸሪ
picto-doctor = ሓኪም
picto-medicine = ፈውሲ
picto-appointment = ቆጸራ
picto-letter = ደብዳበ
picto-call = ደውል
picto-money = ገንዘብ
picto-school = ቤት ትምህርቲ
picto-id-card = ሰነዳት
picto-home = ገዛ
picto-food = መግቢ
picto-bus = ኣውቶቡስ
date-month-1 = { $day } ጥሪ
date-month-2 = { $day } ለካቲት
date-month-3 = { $day } መጋቢት
date-month-4 = { $day } ሚያዝያ
date-month-5 = { $day } ግንቦት
date-month-6 = { $day } ሰነ
date-month-7 = { $day } ሓምለ
date-month-8 = { $day } ነሓሰ
date-month-9 = { $day } መስከረም
date-month-10 = { $day } ጥቅምቲ
date-month-11 = { $day } ሕዳር
date-month-12 = { $day } ታሕሳስ
date-with-weekday = { $day }፡ { $date }
alert-before = { $name }፦ ድሕሪ { $count ->
    [one] 1 መዓልቲ
   *[other] { $count } መዓልትታት
}።
alert-today = { $name }፦ ሎሚ።
alert-opens = { $name }፦ ካብ ሎሚ ክሳብ 15 ፍርቂ ለይቲ ክፉት እዩ።
alert-last-day = { $name }፦ ናይ መወዳእታ መዓልቲ። ሎሚ ፍርቂ ለይቲ ይዕጾ።
alert-not-done = { $name }፦ ገና ኣይተገብረን።
alert-snoozed = { $name }፦ መዘኻኸሪ።
alert-discreet = መዘኻኸሪ ኣለኩም።
say-reminder-next = ዝመጽእ ግዜ፦ { $date }፡ ሰዓት { $time }።
say-reminder-window = ካብ { $day } ክሳብ { $date } ፍርቂ ለይቲ ክፉት እዩ።
say-reminder-open-until = ሕጂ ክፉት እዩ፡ ክሳብ { $date } ፍርቂ ለይቲ።
say-reminder-last-day = ሎሚ ናይ መወዳእታ መዓልቲ እዩ። ፍርቂ ለይቲ ይዕጾ።
say-reminder-today = ሎሚ፡ ሰዓት { $time }።
say-reminder-not-done = ገና ኣይተገብረን። ዕለቱ፦ { $date }።
say-reminder-snoozed = ኣብ { $date }፡ ሰዓት { $time } ከዘኻኽረኩም እየ።
say-reminder-done = ተገይሩ። ዕለቱ፦ { $date }።
say-reminder-missed = ብግዜኡ ኣይተገብረን፦ { $date }።
say-reminder-no-next = ዝቕጽል ዕለት የለን።
say-reminder-ready = ኣዳልዉ፦ { $offers }።
say-reminders = { $count ->
    [0] መዘኻኸሪ የለን።
    [one] ሓደ መዘኻኸሪ።
   *[other] { $count } መዘኻኸሪታት።
}
say-reminder-item = { $name }፡ { $date }።
say-help-day = { $count ->
    [0] ኣብ { $date } ኣብ ጥቓ ንጉዳያት ዝሕግዝ ክፉት ቦታ የለን።
    [one] ሓደ ቦታ ንጉዳያት ይሕግዝ፡ ኣብ { $date } ክፉት እዩ።
   *[other] { $count } ቦታታት ንጉዳያት ይሕግዙ፡ ኣብ { $date } ክፉታት እዮም።
}
say-help-nearest = እቲ ዝቐረበ { $name } እዩ፣ { $minutes ->
    [one] { $minutes } ደቒቕ ብእግሪ
   *[other] { $minutes } ደቓይቕ ብእግሪ
}፡ ክፉት { $time }።
lock-title = መዕጸዊ
lock-choose = ኮድ ምረጹ
lock-enter = ኮድኩም ኣእትዉ
lock-wrong = ጌጋ ኮድ
lock-wait = ብዙሕ ፈተነታት። ድሕሪ { $minutes } ደቒቕ እንደገና ፈትኑ።
lock-digits = ቁጽርታት
lock-pictures = ስእልታት
lock-remove = መዕጸዊ ኣልግሱ
privacy-stored = እንታይ ተዓቂቡ
privacy-export = ቅዳሕ ዓቅቡ
privacy-delete-all = ኩሉ ሰርዝ
privacy-delete-confirm = ኣብዚ ተሌፎን ዘሎ ኩሉ ይሰረዝ? ክምለስ ኣይክእልን እዩ።
privacy-deleted = ኩሉ ተሰሪዙ።

## Reminder screens
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
calendar-prev = ዝሓለፈ ወርሒ
calendar-next = ዝመጽእ ወርሒ
reminder-save = ዓቅቡ
reminder-next-dates = ዝመጽኡ ዕለታት
reminder-words = ቁሩብ ቃላት (እንተደሊኹም)
reminder-picture = ስእሊ ምረጹ
reminder-repeat = ድገም
reminder-time = ሰዓት መዘኻኸሪ
reminder-caf-day = ኣብ ዓውደ ኣዋርሕ መዓልቲ መግለጺ ጠውቑ፦ እቲ ናይ መወዳእታ ወይ እቲ ዝቕጽል።
reminder-delete-confirm = እዚ መዘኻኸሪ ይሰረዝ ዶ?
lock-ok = ሕራይ
lock-erase = ደምስስ
lock-on = መዕጸዊ ተገቢሩ ኣሎ።
say-reminder-new = ሓድሽ መዘኻኸሪ። ሓደ ስእሊ ጠውቑ፦ { $choices }።
say-privacy = እቲ ኣፕሊኬሽን ዝዕቅቦ ኩሉ ኣብዚ ኣሎ፣ ኣብዚ ተሌፎን ጥራይ። ቅዳሕ ክትዕቅቡ፣ ኩሉ ክትሰርዙ ወይ መዕጸዊ ክትገብሩ ትኽእሉ ኢኹም።
say-lock = መዕጸዊ። ካብ ስእልታት ወይ ቁጽርታት ኮድ ምረጹ፣ ድሕሪኡ እንደገና ኣእትዉዎ። ብዘይኡ ሓደ እኳ መዘኻኸሪታትኩም ክኸፍት ኣይክእልን።

## Map data and updates
data-title = ሓበሬታ ካርታ
data-line = ሓበሬታ ናይ { $date } · ቨርሽን { $version } · { $places ->
    [one] { $places } ቦታ
   *[other] { $places } ቦታታት
}
data-update-now = ሕጂ ምሕዳስ
data-updating = ይሕደስ ኣሎ…
data-last-check = መወዳእታ ዝተረጋገጸሉ፦ { $when }
data-never-checked = ሓድሽ ሓበሬታ ገና ኣይተረጋገጸን።
data-download = ኣውርዱ
data-auto-wifi = ብዋይፋይ ምሕዳስ
data-allow-mobile = ሞባይል ዳታ ተጠቐሙ
data-server = ናይ ምሕዳስ ሰርቨር
data-server-change = ሰርቨር ቀይሩ
data-server-address = ኣድራሻ ሰርቨር
data-server-save = ዓቅቡ
data-server-default = ቀንዲ ሰርቨር
data-server-none = ዝተመርጸ ሰርቨር የለን
data-region-title = ዞባ ሓበሬታ
data-region-current = ሓበሬታ ናይ: { $region }
data-regions-show = ካልኦት ዞባታት ርአ
data-region-near = ኣብ ጥቓኻ
data-region-in-use = ኣብ ጥቕሚ
data-regions-unavailable = ዝርዝር ዞባታት ሕጂ ኣይርከብን።
data-server-invalid = እዚ ኣድራሻ ኣይሰርሕን። ብ https:// ክጅምር ኣለዎ።
data-privacy = ካብዚ ሰርቨር ካርታ ጥራይ እዩ ዝመጽእ። ብዛዕባኹም ዝለኣኽ ነገር የለን።
data-from = ሓበሬታ ካርታ ናይ { $date }
settings-data = ሓበሬታ ካርታ
sync-up-to-date = እቲ ካርታ ሓድሽ እዩ።
sync-updated = እቲ ካርታ ተሓዲሱ።
sync-needs-consent = { $size } ዝኸውን ምሕዳስ ድሉው ኣሎ። ብሞባይል ዳታ ይውረድ ዶ?
sync-not-now = እቲ ምሕዳስ ንዋይፋይ ክጽበ እዩ።
sync-wifi-login-page = ቅድም ናይ ዋይፋይ መእተዊ ገጽ ክፈቱ፣ ድሕሪኡ እንደገና ፈትኑ።
sync-no-connection = ኢንተርነት የለን። ካርታ ግን ይሰርሕ ኣሎ።
sync-server-trouble = እቲ ሰርቨር ጽቡቕ መልሲ ኣይህብን ኣሎ። ደሓር ፈትኑ። ካርታ ግን ይሰርሕ ኣሎ።
sync-data-from = ንሕጂ ሓድሽ ሓበሬታ የለን። ካርታ ግን ይሰርሕ ኣሎ።
sync-update-app = ሓድሽ ሓበሬታ ሓድሽ ቨርሽን ናይ ኣፕሊኬሽን የድልዮ። ኣፕሊኬሽን ኣሐድሱ።
sync-rejected = ሓደ ምሕዳስ ተነጺጉ፦ ክእመን ኣይከኣለን። ካርታ ግን ይሰርሕ ኣሎ።
sync-cannot-write = ኣብ ተሌፎን እኹል ቦታ የለን። ካርታ ግን ይሰርሕ ኣሎ።
sync-no-host = ናይ ምሕዳስ ሰርቨር የለን። ሓጋዚ ሓደ ክመርጽ ሕተቱ። ካርታ ግን ይሰርሕ ኣሎ።
size-kb = { $size } KB
size-mb = { $size } MB

## Web app: reminders and giving the app
reminders-cannot-ring = ኣፕሊኬሽን ምስ ተዓጽወ ክድውል ኣይክእልን።
reminders-use-calendar = መዘኻኸሪታትኩም ኣብ ዓውደ ኣዋርሕ ተሌፎንኩም ኣእትዉ፦ ብግዜኡ ይድውል።
reminders-add-to-calendar = ናብ ዓውደ ኣዋርሕ ተሌፎን ወስኹ
say-due = { $count ->
    [one] ሕጂ ክግበር ዘለዎ ሓደ መዘኻኸሪ።
   *[other] ሕጂ ክግበሩ ዘለዎም { $count } መዘኻኸሪታት።
}
give-title = ነቲ ኣፕሊኬሽን ሃቡ
give-lead = ነዚ ኮድ ነቲ ሰብ ኣርእዩዎ።
give-code = ንምስካን ኮድ፦ { $address }
give-step-scan = ነቲ ኮድ ብካሜራ ስካን ግበሩ።
give-step-open = ነቲ ሊንክ ክፈቱ።
give-step-add = ናብ ቀንዲ ስክሪን ወስኹዎ።
give-iphone = iPhone፦ Share፣ ድሕሪኡ «Add to Home Screen»።
give-android = Android፦ ሜኑ፣ ድሕሪኡ «Install app»።
give-offline = ድሕሪኡ ብዘይ ኢንተርነት ይሰርሕ።

## The street map
map-see = ኣብ ካርታ ርአ
map-picture = ኣብ ከባቢኹም ዘሎ ካርታ ጎደናታት፡ ምስ ቦታታት
map-you = ኣብዚ ኣለኹም
map-closer = ቀረባ
map-farther = ርሑቕ
map-on-me = ናባይ ተመለስ
map-no-streets = ኣብዚ ካርታ ጎደናታት የለን፤ ቦታታት ብኣንፈትን ርሕቀትን ይርኣዩ።
map-list = ተመሳሰልቲ ቦታታት፡ ካብቲ ዝቐረበ
map-way = { $name }: { $walk }፡ ናብ { $direction }
say-map = ኣብዚ ኣለኹም። { $count ->
    [0] ኣብ ካርታ ዋላ ሓደ ቦታ የለን።
   *[other] ኣብ ካርታ { $count } ቦታታት።
}
say-map-way = { $name } ብእግሪ { $minutes } ደቒቕ ይርሕቕ፡ ናብ { $direction }።
where-move-dot = ኣብቲ ብልክዕ ዘለኹምዎ ቦታ ነቲ ካርታ ተንክፉ።
map-across-river = ኣብ ካልእ ገምገም ሩባ
say-map-across-river = ኣብ ካልእ ገምገም ሩባ እዩ።

## Telling the map
report-title = ጸገም ኣሎ ድዩ?
report-closed = ንሓዋሩ ተዓጽዩ
report-moved = ናብዚ ዘለኹዎ ቀይሩ
report-hours = ሰዓታት ጌጋ እዩ
report-phone = ቁጽሪ ተሌፎን ጌጋ እዩ
report-wifi = ዋይፋይ ኣይሰርሕን
report-charging = ኣብዚ ተሌፎን ክትመልእ ትኽእል
report-other = ካልእ
report-note = ቁሩብ ቃላት (እንተደሊኻ)
report-note-needed = ብቁሩብ ቃላት ንገሮ።
report-phone-new = ቅኑዕ ቁጽሪ
report-send = ስደድ
report-kept = የቐንየልና። ኣብ ተሌፎን ተዓቂቡ ኣሎ፡ ርክብ ምስ ዝህሉ ክስደድ እዩ።
answer-yes = እወ
answer-no = ኖ
answer-unknown = ኣይፈልጥን
charging-how = ከመይ?
charging-sockets = ሶኬታት
charging-lockers = ሳንዱቓት
add-title = ቦታ ወስኽ
add-name = ስሙ
add-where-here = ኣብዚ፡ ዘለኹዎ
contrib-title = ጸብጻባተይ
contrib-waiting = ምስዳድ ይጽበ
contrib-sent = ተሰዲዱ
contrib-refused = ተነጺጉ: { $why }
contrib-delete = ሰርዝ
contrib-none = ክሳብ ሕጂ የለን።
contrib-send-now = ሕጂ ስደድ
results-none-known = ክሳብ ሕጂ ኣብዚ ዝፍለጥ ቦታ የለን።
results-i-know-one = ሓደ እፈልጥ
say-report = { $name }። እንታይ ጸገም ኣሎ? ስእሊ ተንክፍ።
say-add = ቦታ ወስኽ። ዘለዎ ተንክፍ፡ ድሕሪኡ ስሙ ጽሓፍ።
say-contrib = ጸብጻባተይ: { $count }።
add-hours = ሰዓታት ስራሕ፡ እንተፈሊጥኩም
add-hours-from = ካብ
add-hours-to = ክሳብ
contrib-team-code = ኮድ ጉጅለ (ካብ ኣወሃሃዲ፡ እንተሎኩም)
contrib-team-code-save = ነዚ ኮድ ዓቅብ
contrib-team-code-saved = ኮድ ተዓቂቡ።
charging-inside-hours = ኣብ ሰዓታት ስራሕ ጥራይ?
