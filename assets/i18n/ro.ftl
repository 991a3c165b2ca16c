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
where-gps-not-found = Poziția nu a fost găsită acum. Alegeți orașul mai jos.
where-gps-searching = Căutăm poziția dumneavoastră…
where-gps-off = Localizarea este oprită. Porniți-o din setările telefonului sau alegeți orașul mai jos.
where-pick-commune = Alegeți orașul
where-pick-spot = Alegeți un loc apropiat
where-type = Scrieți o adresă
where-search-placeholder = Oraș, stradă sau loc
where-done = Aici sunt

## Results
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

## Search
home-search = Căutare
search-placeholder = CAF, wifi, bibliotecă…
search-title = Căutare: { $text }
search-none = Nu s-a găsit nimic. Alegeți o imagine:

## Open status
status-open-until = Deschis până la { $time }
status-open = Deschis
status-closed = Închis
status-opens-today = Deschide la { $time }
status-opens-tomorrow = Deschide mâine la { $time }
status-opens-day = Deschide { $day } la { $time }
status-unknown = Program necunoscut
status-holiday = Zi de sărbătoare legală: poate fi închis, sunați înainte

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
place-share = Trimite
place-share-title = Cod de scanat
place-share-help = Îndreptați camera altui telefon spre acest cod: păstrează adresa și telefonul locului, chiar fără internet.
place-share-sms = Prin SMS
place-print = Tipărește
share-phone = Telefon: { $phone }
share-hours = Program:
place-direction = { $direction }, { $distance }
place-offers = Ce găsiți aici
place-helps-with = Ajutor pentru: { $procedures }
place-formerly = Numele anterior: { $names }
place-hours = Program
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

## Problems
error-snapshot = Datele hărții erau stricate. Datele originale au revenit.
error-no-data = Nu există date pentru hartă
user-data-damaged = Locurile salvate și mementourile dumneavoastră nu au putut fi citite. Sunt păstrate deoparte pe acest telefon, iar aplicația o ia de la capăt. Harta merge ca de obicei.
user-data-newer = Locurile salvate și mementourile dumneavoastră vin de la o versiune mai nouă a aplicației și nu au putut fi citite. Sunt păstrate deoparte pe acest telefon, neschimbate. Aplicația o ia de la capăt; harta merge ca de obicei.
user-data-cannot-save = Deocamdată nu se poate salva nimic pe acest telefon (memorie plină sau acces refuzat). Harta merge, dar modificările se vor pierde la închiderea aplicației.
user-data-notice-ok = Am înțeles

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
say-search = { $text }. { $count ->
    [one] Un loc găsit.
    [few] { $count } locuri găsite.
   *[other] { $count } de locuri găsite.
}
say-search-none = Nu s-a găsit nimic pentru { $text }. Atingeți o imagine ca să alegeți ce vă trebuie.

## Mementouri
reminders-title = Mementouri
reminder-kind-caf = Declarația CAF
reminder-kind-france-travail = Actualizare France Travail
reminder-kind-domiciliation = Domiciliere
reminder-kind-health-cover = Asigurare de sănătate
reminder-kind-own = Mementoul meu
reminder-what-caf = La fiecare 3 luni, declarați veniturile la CAF. Fără această declarație, plata este suspendată.
reminder-what-france-travail = În fiecare lună, actualizați-vă situația la France Travail. Se deschide pe 28 (pe 26 în februarie) și se închide pe 15 a lunii următoare la miezul nopții. Dacă o pierdeți, sunteți scos de pe lista persoanelor care caută un loc de muncă și alocația se oprește. Online sau la telefon: 39 49.
reminder-what-domiciliation = Reînnoiți domicilierea, adresa dumneavoastră poștală. Data este cea pe care ați ales-o.
reminder-what-health-cover = Reînnoiți Complémentaire santé solidaire, asigurarea dumneavoastră de sănătate. Data este cea pe care ați ales-o.
repeat-once = O dată
repeat-weekly = În fiecare săptămână
repeat-monthly = În fiecare lună
repeat-quarterly = La fiecare 3 luni
repeat-yearly = În fiecare an
occurrence-upcoming = Urmează
occurrence-open = Deschis acum
occurrence-due-today = Astăzi
occurrence-not-done = Încă nefăcut
occurrence-snoozed = Mai târziu
occurrence-done = Făcut
occurrence-missed = Ratat
reminder-mark-done = Am făcut
reminder-snooze = Mai târziu
reminder-help = Ajutor aproape
reminder-export = Adaugă în calendar
reminder-new = Memento nou
reminder-delete = Șterge
reminder-cycle = Lunile declarației
reminder-day = Ziua
reminder-time = Ora
reminder-discreet = Notificări discrete
reminder-discreet-help = Telefonul arată doar „{ $words }”, fără numele mementoului.
ready-title = Pregătiți
ready-caf-login = Numărul CAF și parola
ready-income = Banii primiți în lunile cerute: fluturași de salariu, alte venituri
ready-france-travail-login = Identificatorul France Travail și parola
ready-work-month = Dacă ați lucrat: ore și salariu
ready-phone-3949 = Sau la telefon: 39 49
ready-id = Un act de identitate
ready-domiciliation-letter = Atestarea de domiciliere
ready-health-card = Cardul Vitale
ready-income-papers = Actele privind veniturile
picto-bell = Memento
picto-doctor = Medic
picto-medicine = Medicament
picto-appointment = Programare
picto-letter = Scrisoare
picto-call = Apel
picto-money = Bani
picto-school = Școală
picto-id-card = Acte
picto-home = Locuință
picto-food = Mâncare
picto-bus = Autobuz
date-month-1 = { $day } ianuarie
date-month-2 = { $day } februarie
date-month-3 = { $day } martie
date-month-4 = { $day } aprilie
date-month-5 = { $day } mai
date-month-6 = { $day } iunie
date-month-7 = { $day } iulie
date-month-8 = { $day } august
date-month-9 = { $day } septembrie
date-month-10 = { $day } octombrie
date-month-11 = { $day } noiembrie
date-month-12 = { $day } decembrie
date-with-weekday = { $day }, { $date }
alert-before = { $name }: peste { $count ->
    [one] 1 zi
    [few] { $count } zile
   *[other] { $count } de zile
}.
alert-today = { $name }: astăzi.
alert-opens = { $name }: deschis de astăzi până pe 15 la miezul nopții.
alert-last-day = { $name }: ultima zi. Se închide în seara asta la miezul nopții.
alert-not-done = { $name }: încă nefăcut.
alert-snoozed = { $name }: memento.
alert-discreet = Aveți un memento.
say-reminder-next = Data următoare: { $date }, la ora { $time }.
say-reminder-window = Deschis de { $day } până { $date } la miezul nopții.
say-reminder-open-until = Deschis acum, până { $date } la miezul nopții.
say-reminder-last-day = Astăzi este ultima zi. Se închide la miezul nopții.
say-reminder-today = Astăzi, la ora { $time }.
say-reminder-not-done = Încă nefăcut. Era { $date }.
say-reminder-snoozed = Vă reamintesc { $date }, la ora { $time }.
say-reminder-done = Făcut pentru { $date }.
say-reminder-missed = Nefăcut la timp: { $date }.
say-reminder-no-next = Nicio dată următoare.
say-reminder-ready = Pregătiți: { $offers }.
say-reminders = { $count ->
    [0] Niciun memento.
    [one] Un memento.
    [few] { $count } mementouri.
   *[other] { $count } de mementouri.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] Niciun loc de ajutor pentru formalități nu este deschis aproape { $date }.
    [one] Un loc ajută la formalități, deschis { $date }.
    [few] { $count } locuri ajută la formalități, deschise { $date }.
   *[other] { $count } de locuri ajută la formalități, deschise { $date }.
}
say-help-nearest = Cel mai aproape este { $name }, la { $minutes ->
    [one] 1 minut de mers pe jos
    [few] { $minutes } minute de mers pe jos
   *[other] { $minutes } de minute de mers pe jos
}, deschis { $time }.
lock-title = Blocare
lock-choose = Alegeți un cod
lock-enter = Introduceți codul
lock-wrong = Cod greșit
lock-wait = Prea multe încercări. Încercați din nou peste { $minutes } min.
lock-digits = Cifre
lock-pictures = Imagini
lock-remove = Scoateți blocarea
privacy-stored = Ce este păstrat
privacy-export = Păstrați o copie
privacy-delete-all = Ștergeți tot
privacy-delete-confirm = Ștergeți tot de pe acest telefon? Nu se poate anula.
privacy-deleted = Totul a fost șters.

## Reminder screens
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
calendar-prev = Luna trecută
calendar-next = Luna următoare
reminder-save = Salvați
reminder-next-dates = Următoarele date
reminder-words = Câteva cuvinte (dacă vreți)
reminder-picture = Alegeți o imagine
reminder-repeat = Repetare
reminder-time = Ora alertei
reminder-caf-day = Atingeți în calendar ziua unei declarații: ultima sau următoarea.
reminder-delete-confirm = Ștergeți acest memento?
lock-ok = OK
lock-erase = Ștergeți
lock-on = Blocarea este pusă.
say-reminder-new = Memento nou. Atingeți o imagine: { $choices }.
say-privacy = Tot ce păstrează aplicația este aici, doar pe acest telefon. Puteți păstra o copie, șterge tot sau pune o blocare.
say-lock = Blocare. Alegeți un cod din imagini sau cifre, apoi introduceți-l încă o dată. Fără el, nimeni nu vă poate deschide mementourile.

## Map data and updates
data-title = Datele hărții
data-line = Date din { $date } · versiunea { $version } · { $places ->
    [one] { $places } loc
    [few] { $places } locuri
   *[other] { $places } de locuri
}
data-update-now = Actualizați acum
data-updating = Se actualizează…
data-last-check = Ultima verificare: { $when }
data-never-checked = Încă nu s-a verificat dacă există actualizări.
data-download = Descărcați
data-auto-wifi = Actualizare pe wifi
data-allow-mobile = Folosiți datele mobile
data-server = Server de actualizare
data-server-change = Schimbați serverul
data-server-address = Adresa serverului
data-server-save = Salvați
data-server-default = Serverul obișnuit
data-server-none = Niciun server ales
data-region-title = Regiunea datelor
data-region-current = Date pentru: { $region }
data-regions-show = Vezi celelalte regiuni
data-region-near = Aproape de tine
data-region-in-use = În folosință
data-regions-unavailable = Lista regiunilor nu este disponibilă acum.
data-server-invalid = Această adresă nu merge. Trebuie să înceapă cu https://
data-privacy = De pe acest server vine doar harta. Nu se trimite nimic despre dumneavoastră.
data-from = Datele hărții din { $date }
settings-data = Datele hărții
sync-up-to-date = Harta este la zi.
sync-updated = Harta a fost actualizată.
sync-needs-consent = Este gata o actualizare de { $size }. O descărcați cu datele mobile?
sync-not-now = Actualizarea va aștepta o rețea wifi.
sync-wifi-login-page = Deschideți întâi pagina de conectare a rețelei wifi, apoi încercați din nou.
sync-no-connection = Nu există conexiune. Harta merge în continuare.
sync-server-trouble = Serverul nu răspunde bine. Încercați mai târziu. Harta merge în continuare.
sync-data-from = Deocamdată nu există date mai noi. Harta merge în continuare.
sync-update-app = Datele noi cer o versiune mai nouă a aplicației. Actualizați aplicația.
sync-rejected = O actualizare a fost refuzată: nu era de încredere. Harta merge în continuare.
sync-cannot-write = Nu este destul loc pe telefon. Harta merge în continuare.
sync-no-host = Nu există server de actualizare. Cereți unui ajutor să aleagă unul. Harta merge în continuare.
size-kb = { $size } KB
size-mb = { $size } MB

## Web app: reminders and giving the app
reminders-cannot-ring = Când aplicația este închisă, nu poate suna.
reminders-use-calendar = Puneți mementourile în calendarul telefonului: el sună la timp.
reminders-add-to-calendar = Adaugă în calendarul telefonului
say-due = { $count ->
    [one] Un memento de făcut acum.
    [few] { $count } mementouri de făcut acum.
   *[other] { $count } de mementouri de făcut acum.
}
give-title = Dați aplicația
give-lead = Arătați acest cod persoanei.
give-code = Cod de scanat: { $address }
give-step-scan = Scanați codul cu camera.
give-step-open = Deschideți linkul.
give-step-add = Adăugați-o pe ecranul principal.
give-iphone = iPhone: Partajați, apoi „Adaugă pe ecranul principal”.
give-android = Android: meniu, apoi „Instalează aplicația”.
give-offline = Apoi merge fără internet.

## The street map
map-see = Vezi pe hartă
map-picture = Harta străzilor din jurul dumneavoastră, cu locurile
map-you = Sunteți aici
map-closer = Mai aproape
map-farther = Mai departe
map-on-me = Înapoi la mine
map-no-streets = Nu există hartă a străzilor aici: locurile sunt arătate după direcție și distanță.
map-list = Aceleași locuri, de la cel mai apropiat
map-way = { $name }: { $walk }, spre { $direction }
say-map = Sunteți aici. { $count ->
    [0] Niciun loc pe hartă.
    [one] Un loc pe hartă.
    [few] { $count } locuri pe hartă.
   *[other] { $count } de locuri pe hartă.
}
say-map-way = { $name } este la { $minutes ->
    [one] 1 minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} de mers pe jos, spre { $direction }.
where-move-dot = Atingeți harta exact acolo unde sunteți.
map-across-river = de cealaltă parte a râului
say-map-across-river = Este de cealaltă parte a râului.

## Telling the map
report-title = Ceva nu e în regulă?
report-closed = Închis definitiv
report-moved = S-a mutat, aici unde sunt
report-hours = Program greșit
report-phone = Număr de telefon greșit
report-wifi = Wifi-ul nu merge
report-charging = Aici se poate încărca un telefon
report-other = Altceva
report-note = Câteva cuvinte (dacă doriți)
report-note-needed = Spuneți în câteva cuvinte.
report-phone-new = Numărul corect
report-send = Trimite
report-kept = Mulțumim. E păstrat pe telefon și va fi trimis imediat ce există conexiune.
answer-yes = Da
answer-no = Nu
answer-unknown = Nu știu
charging-how = Cum?
charging-sockets = Prize
charging-lockers = Dulapuri
add-title = Adaugă un loc
add-name = Numele lui
add-where-here = Aici, unde sunt
contrib-title = Semnalările mele
contrib-waiting = Așteaptă trimiterea
contrib-sent = Trimis
contrib-refused = Refuzat: { $why }
contrib-delete = Șterge
contrib-none = Nimic deocamdată.
contrib-send-now = Trimite acum
results-none-known = Niciun loc cunoscut aici deocamdată.
results-i-know-one = Cunosc unul
say-report = { $name }. Ce nu e în regulă? Atingeți o imagine.
say-add = Adaugă un loc. Atingeți ce oferă, apoi scrieți numele.
say-contrib = Semnalările mele: { $count }.
add-hours = Programul, dacă îl știți
add-hours-from = De la
add-hours-to = Până la
contrib-team-code = Codul echipei (de la coordonator, dacă aveți unul)
contrib-team-code-save = Păstrează codul
contrib-team-code-saved = Cod păstrat.
charging-inside-hours = Doar în timpul programului?
