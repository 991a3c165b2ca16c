# Tout près — interface text, English.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = English

## Needs (tiles: one or two words)
need-wifi = Free wifi
need-charging = Charge phone
need-computers = Computer
need-helper = Computer with help
need-procedures = Help with forms
need-training = Learn digital
need-equipment = Cheap phone, PC
need-repair = Repair

## Home
home-title = What do you need?
home-read-aloud = Read aloud
home-where = Where am I?
home-favourites = Saved
home-settings = Settings
home-position-none = Position unknown
home-position-age = { $minutes ->
    [0] Position: just now
    [one] Position: 1 minute ago
   *[other] Position: { $minutes } minutes ago
}
home-position-place = Near { $place }

## Where am I
where-title = Where are you?
where-gps = Use my position
where-gps-none = No position on this device
where-gps-denied = Position not allowed
where-gps-not-found = Position not found now. Choose your town below.
where-gps-searching = Looking for your position…
where-gps-off = Location is off. Turn it on in the phone's settings, or choose your town below.
where-pick-commune = Choose your town
where-pick-spot = Choose a place near you
where-type = Type an address
where-search-placeholder = Town, street or place
where-done = This is where I am

## Results
results-open-now = Open now
results-free = Free
results-no-appointment = No appointment
results-none = Nothing here
results-nearest-far = The nearest is { $km } km away
results-show-nearest = Show it
results-to-check = To check
results-walk = { $minutes ->
    [one] 1 min walk
   *[other] { $minutes } min walk
}
results-need-position = First, say where you are

## Search
home-search = Search
search-placeholder = CAF, wifi, library…
search-title = Search: { $text }
search-none = Nothing found. Choose a picture:

## Open status
status-open-until = Open until { $time }
status-open = Open
status-closed = Closed
status-opens-today = Opens at { $time }
status-opens-tomorrow = Opens tomorrow { $time }
status-opens-day = Opens { $day } { $time }
status-unknown = Hours unknown
status-holiday = Public holiday: may be closed, call first

day-1 = Monday
day-2 = Tuesday
day-3 = Wednesday
day-4 = Thursday
day-5 = Friday
day-6 = Saturday
day-7 = Sunday
day-short-1 = Mon
day-short-2 = Tue
day-short-3 = Wed
day-short-4 = Thu
day-short-5 = Fri
day-short-6 = Sat
day-short-7 = Sun

## Place sheet
place-call = Call
place-go = Go
place-save = Save
place-saved = Saved
place-share = Share
place-share-title = Code to scan
place-share-help = Point another phone's camera at this code: it keeps the place's address and phone, even without internet.
place-share-sms = By SMS
place-print = Print
share-phone = Phone: { $phone }
share-hours = Opening hours:
place-direction = { $direction }, { $distance }
place-offers = What you find here
place-helps-with = Help with: { $procedures }
place-formerly = Formerly: { $names }
place-hours = Opening hours
place-address = Address
place-conditions = Conditions
place-free = Free
place-free-conditions = Free with conditions
place-paid = Paid
place-membership = Membership
place-walk-in = No appointment
place-appointment = By appointment
place-publics-all = Open to all
place-publics-some = For: { $publics }
place-wheelchair-yes = Wheelchair access
place-wheelchair-no = No wheelchair access
place-languages = Languages: { $languages }
place-wifi-how = Wifi: how to connect
place-wifi-open = Open network
place-wifi-code = Ask for the code
place-wifi-registration = Register with e-mail or SMS
place-wifi-paid = Paid
place-wifi-customers = For customers
place-unknown = Unknown
place-source = Source: { $source }
place-checked = Last checked: { $date }

direction-n = north
direction-ne = north-east
direction-e = east
direction-se = south-east
direction-s = south
direction-sw = south-west
direction-w = west
direction-nw = north-west

## Favourites
favourites-title = Saved places
favourites-empty = Nothing saved yet

## Settings
settings-title = Settings
settings-language = Language
settings-larger-text = Larger text
settings-high-contrast = High contrast
settings-speech-speed = Reading speed
settings-slower = Slower
settings-faster = Faster
settings-about = About the data
about-title = About the data
about-snapshot = Data from { $date }
about-sources = Sources
about-pictograms = Pictograms
about-privacy = Nothing leaves this phone.

## Common
back = Back
home = Home

## Problems
error-snapshot = The map data was damaged. The original data is back.
error-no-data = No map data
user-data-damaged = Your saved places and reminders could not be read. They are kept aside on this phone, and the app starts afresh. The map works as usual.
user-data-newer = Your saved places and reminders come from a newer version of the app and could not be read. They are kept aside on this phone, unchanged. The app starts afresh; the map works as usual.
user-data-cannot-save = Nothing can be saved on this phone right now (storage full or not allowed). The map works, but your changes will be lost when the app closes.
user-data-notice-ok = I understand

## Read-aloud scripts (full sentences, spoken)
say-home = What do you need? Touch a picture. { $choices }.
say-results = { $need }. { $count ->
    [0] Nothing nearby.
    [one] One place nearby.
   *[other] { $count } places nearby.
}
say-nearest = The nearest is { $name }, { $minutes ->
    [one] 1 minute on foot
   *[other] { $minutes } minutes on foot
}, { $status }.
say-nearest-far = Nothing nearby. The nearest is { $name }, { $km } kilometres away.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Here you find: { $offers }.
say-where = Where are you? Choose your town, then a place near you.
say-favourites = { $count ->
    [0] Nothing saved yet.
    [one] One saved place.
   *[other] { $count } saved places.
}
say-settings = Settings. Language, larger text, high contrast, reading speed.
say-need-position = First, say where you are.
say-search = { $text }. { $count ->
    [one] One place found.
   *[other] { $count } places found.
}
say-search-none = Nothing found for { $text }. Touch a picture to choose what you need.

## Reminders
reminders-title = Reminders
reminder-kind-caf = CAF declaration
reminder-kind-france-travail = France Travail update
reminder-kind-domiciliation = Domiciliation
reminder-kind-health-cover = Health cover
reminder-kind-own = My reminder
reminder-what-caf = Every 3 months, declare your income to the CAF. Without this declaration, the payment is suspended.
reminder-what-france-travail = Every month, update your situation with France Travail. It opens on the 28th (the 26th in February) and closes on the 15th of the next month at midnight. If you miss it, you are taken off the job seekers' list and the allowance stops. Online, or by phone: 39 49.
reminder-what-domiciliation = Renew your domiciliation, your postal address. The date is the one you chose.
reminder-what-health-cover = Renew your Complémentaire santé solidaire, your health cover. The date is the one you chose.
repeat-once = Once
repeat-weekly = Every week
repeat-monthly = Every month
repeat-quarterly = Every 3 months
repeat-yearly = Every year
occurrence-upcoming = Coming
occurrence-open = Open now
occurrence-due-today = Today
occurrence-not-done = Not done yet
occurrence-snoozed = Later
occurrence-done = Done
occurrence-missed = Missed
reminder-mark-done = It's done
reminder-snooze = Later
reminder-help = Help nearby
reminder-export = Add to a calendar
reminder-new = New reminder
reminder-delete = Delete
reminder-cycle = Months of the declaration
reminder-day = Day
reminder-time = Time
reminder-discreet = Discreet notifications
reminder-discreet-help = The phone shows only “{ $words }”, not the reminder's name.
ready-title = Have ready
ready-caf-login = Your CAF number and password
ready-income = Money received in the months asked: pay slips, other income
ready-france-travail-login = Your France Travail ID and password
ready-work-month = If you worked: hours and pay
ready-phone-3949 = Or by phone: 39 49
ready-id = An identity document
ready-domiciliation-letter = Your domiciliation certificate
ready-health-card = Your Carte Vitale
ready-income-papers = Your income papers
picto-bell = Reminder
picto-doctor = Doctor
picto-medicine = Medicine
picto-appointment = Appointment
picto-letter = Letter
picto-call = Phone call
picto-money = Money
picto-school = School
picto-id-card = Papers
picto-home = Home
picto-food = Food
picto-bus = Bus
date-month-1 = { $day } January
date-month-2 = { $day } February
date-month-3 = { $day } March
date-month-4 = { $day } April
date-month-5 = { $day } May
date-month-6 = { $day } June
date-month-7 = { $day } July
date-month-8 = { $day } August
date-month-9 = { $day } September
date-month-10 = { $day } October
date-month-11 = { $day } November
date-month-12 = { $day } December
date-with-weekday = { $day } { $date }
alert-before = { $name }: in { $count ->
    [one] 1 day
   *[other] { $count } days
}.
alert-today = { $name }: today.
alert-opens = { $name }: open from today until the 15th at midnight.
alert-last-day = { $name }: last day. It closes tonight at midnight.
alert-not-done = { $name }: not done yet.
alert-snoozed = { $name }: reminder.
alert-discreet = You have a reminder.
say-reminder-next = Next time: { $date }, at { $time }.
say-reminder-window = Open from { $day } until { $date } at midnight.
say-reminder-open-until = Open now, until { $date } at midnight.
say-reminder-last-day = Today is the last day. It closes at midnight.
say-reminder-today = Today, at { $time }.
say-reminder-not-done = Not done yet. It was { $date }.
say-reminder-snoozed = I will remind you on { $date }, at { $time }.
say-reminder-done = Done for { $date }.
say-reminder-missed = Not done in time: { $date }.
say-reminder-no-next = No next date.
say-reminder-ready = Have ready: { $offers }.
say-reminders = { $count ->
    [0] No reminders.
    [one] One reminder.
   *[other] { $count } reminders.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] No place that helps with procedures is open nearby on { $date }.
    [one] One place helps with procedures, open on { $date }.
   *[other] { $count } places help with procedures, open on { $date }.
}
say-help-nearest = The nearest is { $name }, { $minutes ->
    [one] 1 minute on foot
   *[other] { $minutes } minutes on foot
}, open { $time }.
lock-title = Lock
lock-choose = Choose a code
lock-enter = Enter your code
lock-wrong = Wrong code
lock-wait = Too many tries. Try again in { $minutes } min.
lock-digits = Numbers
lock-pictures = Pictures
lock-remove = Remove the lock
privacy-stored = What is stored
privacy-export = Save a copy
privacy-delete-all = Delete everything
privacy-delete-confirm = Delete everything on this phone? It cannot be undone.
privacy-deleted = Everything is deleted.

## Reminder screens
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
calendar-prev = Previous month
calendar-next = Next month
reminder-save = Save
reminder-next-dates = Next dates
reminder-words = A few words (optional)
reminder-picture = Choose a picture
reminder-repeat = Repeat
reminder-time = Alert time
reminder-caf-day = Touch the day of a declaration on the calendar: the last one or the next one.
reminder-delete-confirm = Delete this reminder?
lock-ok = OK
lock-erase = Erase
lock-on = The lock is on.
say-reminder-new = New reminder. Touch a picture: { $choices }.
say-privacy = Everything the app keeps is here, on this phone only. You can save a copy, delete everything, or add a lock.
say-lock = Lock. Choose a code of pictures or numbers, then type it again. Without it, nobody can open your reminders.

## Map data and updates
data-title = Map data
data-line = Data from { $date } · version { $version } · { $places } places
data-update-now = Update now
data-updating = Updating…
data-last-check = Last check: { $when }
data-never-checked = Not checked for updates yet.
data-download = Download
data-auto-wifi = Update on wifi
data-allow-mobile = Use mobile data
data-server = Update server
data-server-change = Change server
data-server-address = Server address
data-server-save = Save
data-server-default = Default server
data-server-none = No server chosen
data-region-title = Region of the data
data-region-current = Data for: { $region }
data-regions-show = See the other regions
data-region-near = Near you
data-region-in-use = In use
data-regions-unavailable = The list of regions is not available right now.
data-server-invalid = This address does not work. It must start with https://
data-privacy = Only the map comes from this server. Nothing about you is sent.
data-from = Map data from { $date }
settings-data = Map data
sync-up-to-date = The map is up to date.
sync-updated = The map is updated.
sync-needs-consent = An update of { $size } is ready. Download it with mobile data?
sync-not-now = The update will wait for wifi.
sync-wifi-login-page = Open the wifi's login page first, then try again.
sync-no-connection = No connection. The map still works.
sync-server-trouble = The server does not answer well. Try later. The map still works.
sync-data-from = No newer data for now. The map still works.
sync-update-app = New data needs a newer app. Update the app.
sync-rejected = An update was refused: it could not be trusted. The map still works.
sync-cannot-write = Not enough space on the phone. The map still works.
sync-no-host = No update server. Ask a helper to choose one. The map still works.
size-kb = { $size } KB
size-mb = { $size } MB

## Web app: reminders and giving the app
reminders-cannot-ring = When the app is closed, it cannot ring.
reminders-use-calendar = Put your reminders in your phone's calendar: it rings on time.
reminders-add-to-calendar = Add to my phone's calendar
say-due = { $count ->
    [one] One reminder to do now.
   *[other] { $count } reminders to do now.
}
give-title = Give the app
give-lead = Show this code to the person.
give-code = Code to scan: { $address }
give-step-scan = Scan the code with the camera.
give-step-open = Open the link.
give-step-add = Add it to the home screen.
give-iphone = iPhone: Share, then “Add to Home Screen”.
give-android = Android: menu, then “Install app”.
give-offline = Then it works without internet.

## The street map
map-see = See on the map
map-picture = Street map around you, with the places
map-you = You are here
map-closer = Closer
map-farther = Farther
map-on-me = Back to me
map-no-streets = No street map here: the places are shown by their direction and distance.
map-list = The same places, nearest first
map-way = { $name }: { $walk }, heading { $direction }
say-map = You are here. { $count ->
    [0] No place on the map.
    [one] 1 place on the map.
   *[other] { $count } places on the map.
}
say-map-way = { $name } is { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} away on foot, heading { $direction }.
where-move-dot = Touch the map where you are exactly.
map-across-river = on the other side of the river
say-map-across-river = It is on the other side of the river.

## Telling the map
report-title = Something wrong?
report-closed = Closed for good
report-moved = Moved, to here where I am
report-hours = Hours wrong
report-phone = Phone number wrong
report-wifi = The wifi does not work
report-charging = You can charge a phone here
report-other = Something else
report-note = A few words (if you like)
report-note-needed = Say it in a few words.
report-phone-new = The right number
report-send = Send
report-kept = Thank you. It is kept on the phone and will be sent as soon as there is a connection.
answer-yes = Yes
answer-no = No
answer-unknown = I don't know
charging-how = How?
charging-sockets = Sockets
charging-lockers = Lockers
add-title = Add a place
add-name = Its name
add-where-here = Here, where I am
contrib-title = My reports
contrib-waiting = Waiting to be sent
contrib-sent = Sent
contrib-refused = Refused: { $why }
contrib-delete = Delete
contrib-none = Nothing yet.
contrib-send-now = Send now
results-none-known = No place known here yet.
results-i-know-one = I know one
say-report = { $name }. What is wrong? Touch a picture.
say-add = Add a place. Touch what it offers, then write its name.
say-contrib = My reports: { $count }.
add-hours = Opening hours, if you know them
add-hours-from = From
add-hours-to = To
contrib-team-code = Team code (from your coordinator, if you have one)
contrib-team-code-save = Keep this code
contrib-team-code-saved = Code kept.
charging-inside-hours = Only during opening hours?
