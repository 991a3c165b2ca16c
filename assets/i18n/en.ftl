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
home-language = Language
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
where-pick-commune = Choose your town
where-pick-spot = Choose a place near you
where-type = Type an address
where-search-placeholder = Town, street or place
where-done = This is where I am

## Results
results-title = { $need }
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

## Open status
status-open-until = Open until { $time }
status-open = Open
status-closed = Closed
status-opens-today = Opens at { $time }
status-opens-tomorrow = Opens tomorrow { $time }
status-opens-day = Opens { $day } { $time }
status-unknown = Hours unknown

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
place-direction = { $direction }, { $distance }
place-offers = What you find here
place-hours = Opening hours
place-hours-today = Today
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
place-bring = What to bring

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
loading = Loading

## Problems
error-snapshot = The map data was damaged. The original data is back.
error-no-data = No map data

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
