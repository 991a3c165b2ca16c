# Tout près — interface text, Romanian (Română).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# The user is addressed with the polite plural ("aveți", "alegeți").
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = Română

## Needs (tiles: one or two words)
need-wifi = Wifi gratuit
need-charging = Încărcare telefon
need-computers = Calculator
need-helper = Calculator cu ajutor
need-procedures = Ajutor la acte
need-training = Cursuri digitale
need-equipment = Telefon, PC ieftin
need-repair = Reparații

## Home
home-title = De ce aveți nevoie?
home-read-aloud = Ascultați
home-language = Limba
home-where = Unde sunt?
home-favourites = Locurile mele
home-settings = Setări
home-position-none = Poziție necunoscută
home-position-age = { $minutes ->
    [0] Poziție: chiar acum
    [one] Poziție: acum 1 minut
    [few] Poziție: acum { $minutes } minute
   *[other] Poziție: acum { $minutes } de minute
}
home-position-place = Lângă { $place }

## Where am I
where-title = Unde sunteți?
where-gps = Poziția mea
where-gps-none = Nicio poziție pe acest aparat
where-gps-denied = Poziția nu e permisă
where-pick-commune = Alegeți orașul
where-pick-spot = Alegeți un loc apropiat
where-type = Scrieți o adresă
where-search-placeholder = Oraș, stradă sau loc
where-done = Aici sunt

## Results
results-title = { $need }
results-open-now = Deschis acum
results-free = Gratuit
results-no-appointment = Fără programare
results-none = Nimic aici
results-nearest-far = Cel mai apropiat e la { $km } km
results-show-nearest = Vedeți
results-to-check = De verificat
results-walk = { $minutes ->
    [one] 1 min pe jos
    [few] { $minutes } min pe jos
   *[other] { $minutes } min pe jos
}
results-need-position = Întâi, spuneți unde sunteți

## Open status
status-open-until = Deschis până la { $time }
status-open = Deschis
status-closed = Închis
status-opens-today = Deschide la { $time }
status-opens-tomorrow = Deschide mâine la { $time }
status-opens-day = Deschide { $day } la { $time }
status-unknown = Program necunoscut

day-1 = luni
day-2 = marți
day-3 = miercuri
day-4 = joi
day-5 = vineri
day-6 = sâmbătă
day-7 = duminică
day-short-1 = lun
day-short-2 = mar
day-short-3 = mie
day-short-4 = joi
day-short-5 = vin
day-short-6 = sâm
day-short-7 = dum

## Place sheet
place-call = Sunați
place-go = Mergeți
place-save = Salvați
place-saved = Salvat
place-direction = { $direction }, { $distance }
place-offers = Ce găsiți aici
place-hours = Program
place-hours-today = Azi
place-address = Adresă
place-conditions = Condiții
place-free = Gratuit
place-free-conditions = Gratuit cu condiții
place-paid = Cu plată
place-membership = Cu cotizație
place-walk-in = Fără programare
place-appointment = Cu programare
place-publics-all = Deschis tuturor
place-publics-some = Pentru: { $publics }
place-wheelchair-yes = Acces cu scaun cu rotile
place-wheelchair-no = Fără acces cu scaun cu rotile
place-languages = Limbi: { $languages }
place-wifi-how = Wifi: cum vă conectați
place-wifi-open = Rețea deschisă
place-wifi-code = Cereți codul
place-wifi-registration = Înscriere prin e-mail sau SMS
place-wifi-paid = Cu plată
place-wifi-customers = Doar pentru clienți
place-unknown = Necunoscut
place-source = Sursa: { $source }
place-checked = Verificat ultima dată: { $date }
place-bring = Ce să aduceți

direction-n = nord
direction-ne = nord-est
direction-e = est
direction-se = sud-est
direction-s = sud
direction-sw = sud-vest
direction-w = vest
direction-nw = nord-vest

## Favourites
favourites-title = Locuri salvate
favourites-empty = Nimic salvat încă

## Settings
settings-title = Setări
settings-language = Limba
settings-larger-text = Text mai mare
settings-high-contrast = Contrast ridicat
settings-speech-speed = Viteza de citire
settings-slower = Mai încet
settings-faster = Mai repede
settings-about = Despre date
about-title = Despre date
about-snapshot = Date din { $date }
about-sources = Surse
about-pictograms = Pictograme
about-privacy = Nimic nu pleacă de pe acest telefon.

## Common
back = Înapoi
home = Acasă
loading = Se încarcă

## Problems
error-snapshot = Datele hărții erau stricate. Datele originale au revenit.
error-no-data = Nu există date pentru hartă

## Read-aloud scripts (full sentences, spoken)
say-home = De ce aveți nevoie? Atingeți o imagine. { $choices }.
say-results = { $need }. { $count ->
    [0] Nimic în apropiere.
    [one] Un loc în apropiere.
    [few] { $count } locuri în apropiere.
   *[other] { $count } de locuri în apropiere.
}
say-nearest = Cel mai apropiat este { $name }, la { $minutes ->
    [one] 1 minut pe jos
    [few] { $minutes } minute pe jos
   *[other] { $minutes } de minute pe jos
}, { $status }.
say-nearest-far = Nimic în apropiere. Cel mai apropiat este { $name }, la { $km } kilometri.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Aici găsiți: { $offers }.
say-where = Unde sunteți? Alegeți orașul, apoi un loc apropiat.
say-favourites = { $count ->
    [0] Nimic salvat încă.
    [one] Un loc salvat.
    [few] { $count } locuri salvate.
   *[other] { $count } de locuri salvate.
}
say-settings = Setări. Limba, text mai mare, contrast ridicat, viteza de citire.
say-need-position = Întâi, spuneți unde sunteți.
