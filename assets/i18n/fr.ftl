# Tout près — textes de l'interface, français.
# Règles : trois mots au plus sur les boutons ; mots simples ; tout peut être lu à voix haute.

app-name = Tout près
language-name = Français

## Besoins
need-wifi = Wifi gratuit
need-charging = Recharger
need-computers = Ordinateur
need-helper = Ordinateur avec aide
need-procedures = Aide démarches
need-training = Apprendre
need-equipment = Matériel pas cher
need-repair = Réparer

## Accueil
home-title = De quoi avez-vous besoin ?
home-read-aloud = Écouter
home-language = Langue
home-where = Où suis-je ?
home-favourites = Mes lieux
home-settings = Réglages
home-position-none = Position inconnue
home-position-age = { $minutes ->
    [0] Position : à l'instant
    [one] Position : il y a 1 minute
   *[other] Position : il y a { $minutes } minutes
}
home-position-place = Près de { $place }

## Où suis-je
where-title = Où êtes-vous ?
where-gps = Ma position
where-gps-none = Pas de position sur cet appareil
where-gps-denied = Position non autorisée
where-pick-commune = Choisir la ville
where-pick-spot = Choisir un lieu proche
where-type = Écrire une adresse
where-search-placeholder = Ville, rue ou lieu
where-done = Je suis ici

## Résultats
results-title = { $need }
results-open-now = Ouvert
results-free = Gratuit
results-no-appointment = Sans rendez-vous
results-none = Rien ici
results-nearest-far = Le plus proche est à { $km } km
results-show-nearest = Voir
results-to-check = À vérifier
results-walk = { $minutes ->
    [one] 1 min à pied
   *[other] { $minutes } min à pied
}
results-need-position = D'abord, dites où vous êtes

## Horaires
status-open-until = Ouvert jusqu'à { $time }
status-open = Ouvert
status-closed = Fermé
status-opens-today = Ouvre à { $time }
status-opens-tomorrow = Ouvre demain { $time }
status-opens-day = Ouvre { $day } { $time }
status-unknown = Horaires inconnus

day-1 = lundi
day-2 = mardi
day-3 = mercredi
day-4 = jeudi
day-5 = vendredi
day-6 = samedi
day-7 = dimanche
day-short-1 = lun
day-short-2 = mar
day-short-3 = mer
day-short-4 = jeu
day-short-5 = ven
day-short-6 = sam
day-short-7 = dim

## Fiche du lieu
place-call = Appeler
place-go = Y aller
place-save = Garder
place-saved = Gardé
place-direction = { $direction }, { $distance }
place-offers = Ce que vous trouvez ici
place-hours = Horaires
place-hours-today = Aujourd'hui
place-address = Adresse
place-conditions = Conditions
place-free = Gratuit
place-free-conditions = Gratuit sous conditions
place-paid = Payant
place-membership = Adhésion
place-walk-in = Sans rendez-vous
place-appointment = Sur rendez-vous
place-publics-all = Ouvert à tous
place-publics-some = Pour : { $publics }
place-wheelchair-yes = Accès fauteuil roulant
place-wheelchair-no = Pas d'accès fauteuil
place-languages = Langues : { $languages }
place-wifi-how = Wifi : comment se connecter
place-wifi-open = Réseau ouvert
place-wifi-code = Demander le code
place-wifi-registration = Inscription par e-mail ou SMS
place-wifi-paid = Payant
place-wifi-customers = Pour les clients
place-unknown = Inconnu
place-source = Source : { $source }
place-checked = Vérifié le : { $date }
place-bring = À apporter

direction-n = nord
direction-ne = nord-est
direction-e = est
direction-se = sud-est
direction-s = sud
direction-sw = sud-ouest
direction-w = ouest
direction-nw = nord-ouest

## Mes lieux
favourites-title = Mes lieux
favourites-empty = Aucun lieu gardé

## Réglages
settings-title = Réglages
settings-language = Langue
settings-larger-text = Texte plus grand
settings-high-contrast = Contraste fort
settings-speech-speed = Vitesse de lecture
settings-slower = Plus lent
settings-faster = Plus vite
settings-about = Les données
about-title = Les données
about-snapshot = Données du { $date }
about-sources = Sources
about-pictograms = Pictogrammes
about-privacy = Rien ne quitte ce téléphone.

## Commun
back = Retour
home = Accueil
loading = Chargement

## Problèmes
error-snapshot = Les données de la carte étaient abîmées. Les données d'origine sont revenues.
error-no-data = Pas de données

## Textes lus à voix haute
say-home = De quoi avez-vous besoin ? Touchez une image. { $choices }.
say-results = { $need }. { $count ->
    [0] Rien à proximité.
    [one] Un lieu à proximité.
   *[other] { $count } lieux à proximité.
}
say-nearest = Le plus proche est { $name }, à { $minutes ->
    [one] 1 minute à pied
   *[other] { $minutes } minutes à pied
}, { $status }.
say-nearest-far = Rien à proximité. Le plus proche est { $name }, à { $km } kilomètres.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Ici vous trouvez : { $offers }.
say-where = Où êtes-vous ? Choisissez votre ville, puis un lieu proche.
say-favourites = { $count ->
    [0] Aucun lieu gardé.
    [one] Un lieu gardé.
   *[other] { $count } lieux gardés.
}
say-settings = Réglages. Langue, texte plus grand, contraste fort, vitesse de lecture.
say-need-position = D'abord, dites où vous êtes.
