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
home-language = ቋንቋ
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
where-pick-commune = ከተማኹም ምረጹ
where-pick-spot = ጥቓኹም ዘሎ ቦታ ምረጹ
where-type = ኣድራሻ ጽሓፉ
where-search-placeholder = ከተማ፣ ጽርግያ ወይ ቦታ
where-done = ኣብዚ ኣለኹ

## Results
results-title = { $need }
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

## Open status
status-open-until = ክሳብ { $time } ክፉት
status-open = ክፉት
status-closed = ዕጹው
status-opens-today = ሰዓት { $time } ይኽፈት
status-opens-tomorrow = ጽባሕ ሰዓት { $time } ይኽፈት
status-opens-day = { $day } ሰዓት { $time } ይኽፈት
status-unknown = ሰዓታት ስራሕ ኣይፍለጥን

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
place-direction = { $direction }፣ { $distance }
place-offers = ኣብዚ እንታይ ትረኽቡ
place-hours = ሰዓታት ስራሕ
place-hours-today = ሎሚ
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
place-bring = እንታይ ሒዝኩም ትመጽኡ

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
loading = ይጽዕን ኣሎ

## Problems
error-snapshot = ሓበሬታ ካርታ ተበላሺዩ ነይሩ። እቲ ቀዳማይ ሓበሬታ ተመሊሱ ኣሎ።
error-no-data = ሓበሬታ ካርታ የለን

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
