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
where-gps-not-found = Position introuvable pour l'instant. Choisissez votre ville ci-dessous.
where-gps-searching = Recherche de votre position…
where-gps-off = La localisation est éteinte. Allumez-la dans les réglages du téléphone, ou choisissez votre ville ci-dessous.
where-pick-commune = Choisir la ville
where-pick-spot = Choisir un lieu proche
where-type = Écrire une adresse
where-search-placeholder = Ville, rue ou lieu
where-done = Je suis ici

## Résultats
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

## Recherche
home-search = Chercher
search-placeholder = CAF, wifi, bibliothèque…
search-title = Recherche : { $text }
search-none = Rien trouvé. Choisissez une image :

## Horaires
status-open-until = Ouvert jusqu'à { $time }
status-open = Ouvert
status-closed = Fermé
status-opens-today = Ouvre à { $time }
status-opens-tomorrow = Ouvre demain { $time }
status-opens-day = Ouvre { $day } { $time }
status-unknown = Horaires inconnus
status-holiday = Jour férié : peut-être fermé, appelez avant

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
place-share = Partager
place-share-title = Code à scanner
place-share-help = Avec l'appareil photo d'un autre téléphone, scannez ce code : il garde l'adresse et le téléphone du lieu, même sans internet.
place-share-sms = Par SMS
place-print = Imprimer
share-phone = Tél. : { $phone }
share-hours = Horaires :
place-direction = { $direction }, { $distance }
place-offers = Ce que vous trouvez ici
place-helps-with = Aide pour : { $procedures }
place-formerly = Anciennement : { $names }
place-hours = Horaires
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

## Problèmes
error-snapshot = Les données de la carte étaient abîmées. Les données d'origine sont revenues.
error-no-data = Pas de données
user-data-damaged = Vos lieux enregistrés et vos rappels n'ont pas pu être lus. Ils sont mis de côté sur ce téléphone et l'application repart à zéro. La carte marche comme d'habitude.
user-data-newer = Vos lieux enregistrés et vos rappels viennent d'une version plus récente de l'application et n'ont pas pu être lus. Ils sont mis de côté sur ce téléphone, sans changement. L'application repart à zéro ; la carte marche comme d'habitude.
user-data-cannot-save = Rien ne peut être enregistré sur ce téléphone pour l'instant (mémoire pleine ou accès refusé). La carte marche, mais vos changements seront perdus à la fermeture de l'application.
user-data-notice-ok = J'ai compris

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
say-search = { $text }. { $count ->
    [one] Un lieu trouvé.
   *[other] { $count } lieux trouvés.
}
say-search-none = Rien trouvé pour { $text }. Touchez une image pour choisir ce dont vous avez besoin.

## Rappels
reminders-title = Rappels
reminder-kind-caf = Déclaration CAF
reminder-kind-france-travail = Actualisation France Travail
reminder-kind-domiciliation = Domiciliation
reminder-kind-health-cover = Complémentaire santé
reminder-kind-own = Mon rappel
reminder-what-caf = Tous les 3 mois, déclarez vos ressources à la CAF. Sans cette déclaration, le versement est suspendu.
reminder-what-france-travail = Chaque mois, actualisez votre situation auprès de France Travail. L'actualisation ouvre le 28 (le 26 en février) et ferme le 15 du mois suivant à minuit. Si vous la manquez, vous n'êtes plus inscrit comme demandeur d'emploi et l'allocation s'arrête. En ligne, ou par téléphone : 39 49.
reminder-what-domiciliation = Renouvelez votre domiciliation, votre adresse postale. La date est celle que vous avez choisie.
reminder-what-health-cover = Renouvelez votre Complémentaire santé solidaire. La date est celle que vous avez choisie.
repeat-once = Une fois
repeat-weekly = Chaque semaine
repeat-monthly = Chaque mois
repeat-quarterly = Tous les 3 mois
repeat-yearly = Chaque année
occurrence-upcoming = À venir
occurrence-open = Ouvert
occurrence-due-today = Aujourd'hui
occurrence-not-done = Pas encore fait
occurrence-snoozed = Plus tard
occurrence-done = Fait
occurrence-missed = Manqué
reminder-mark-done = C'est fait
reminder-snooze = Plus tard
reminder-help = Aide près d'ici
reminder-export = Ajouter à un agenda
reminder-new = Nouveau rappel
reminder-delete = Supprimer
reminder-cycle = Mois de la déclaration
reminder-day = Jour
reminder-time = Heure
reminder-discreet = Notifications discrètes
reminder-discreet-help = Le téléphone montre seulement « { $words } », sans le nom du rappel.
ready-title = À préparer
ready-caf-login = Votre numéro CAF et votre mot de passe
ready-income = L'argent reçu les mois demandés : fiches de paie, autres revenus
ready-france-travail-login = Votre identifiant France Travail et votre mot de passe
ready-work-month = Si vous avez travaillé : heures et salaire
ready-phone-3949 = Ou par téléphone : 39 49
ready-id = Une pièce d'identité
ready-domiciliation-letter = Votre attestation de domiciliation
ready-health-card = Votre carte Vitale
ready-income-papers = Vos papiers de ressources
picto-bell = Rappel
picto-doctor = Médecin
picto-medicine = Médicament
picto-appointment = Rendez-vous
picto-letter = Courrier
picto-call = Appel
picto-money = Argent
picto-school = École
picto-id-card = Papiers
picto-home = Logement
picto-food = Nourriture
picto-bus = Bus
date-month-1 = { $day ->
    [1] 1er
   *[other] { $day }
} janvier
date-month-2 = { $day ->
    [1] 1er
   *[other] { $day }
} février
date-month-3 = { $day ->
    [1] 1er
   *[other] { $day }
} mars
date-month-4 = { $day ->
    [1] 1er
   *[other] { $day }
} avril
date-month-5 = { $day ->
    [1] 1er
   *[other] { $day }
} mai
date-month-6 = { $day ->
    [1] 1er
   *[other] { $day }
} juin
date-month-7 = { $day ->
    [1] 1er
   *[other] { $day }
} juillet
date-month-8 = { $day ->
    [1] 1er
   *[other] { $day }
} août
date-month-9 = { $day ->
    [1] 1er
   *[other] { $day }
} septembre
date-month-10 = { $day ->
    [1] 1er
   *[other] { $day }
} octobre
date-month-11 = { $day ->
    [1] 1er
   *[other] { $day }
} novembre
date-month-12 = { $day ->
    [1] 1er
   *[other] { $day }
} décembre
date-with-weekday = { $day } { $date }
alert-before = { $name } : dans { $count ->
    [one] 1 jour
   *[other] { $count } jours
}.
alert-today = { $name } : aujourd'hui.
alert-opens = { $name } : c'est ouvert à partir d'aujourd'hui, jusqu'au 15 à minuit.
alert-last-day = { $name } : dernier jour. Ça ferme ce soir à minuit.
alert-not-done = { $name } : pas encore fait.
alert-snoozed = { $name } : rappel.
alert-discreet = Vous avez un rappel.
say-reminder-next = Prochaine fois : { $date }, à { $time }.
say-reminder-window = Ouvert du { $day } au { $date } à minuit.
say-reminder-open-until = Ouvert maintenant, jusqu'au { $date } à minuit.
say-reminder-last-day = Aujourd'hui, c'est le dernier jour. Ça ferme à minuit.
say-reminder-today = Aujourd'hui, à { $time }.
say-reminder-not-done = Pas encore fait. C'était le { $date }.
say-reminder-snoozed = Je vous le rappelle le { $date }, à { $time }.
say-reminder-done = Fait pour le { $date }.
say-reminder-missed = Pas fait à temps : { $date }.
say-reminder-no-next = Pas de prochaine date.
say-reminder-ready = À préparer : { $offers }.
say-reminders = { $count ->
    [0] Aucun rappel.
    [one] Un rappel.
   *[other] { $count } rappels.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] Aucun lieu d'aide aux démarches n'est ouvert près d'ici le { $date }.
    [one] Un lieu aide aux démarches, ouvert le { $date }.
   *[other] { $count } lieux aident aux démarches, ouverts le { $date }.
}
say-help-nearest = Le plus proche est { $name }, à { $minutes ->
    [one] 1 minute à pied
   *[other] { $minutes } minutes à pied
}, ouvert { $time }.
lock-title = Verrou
lock-choose = Choisir un code
lock-enter = Entrez votre code
lock-wrong = Mauvais code
lock-wait = Trop d'essais. Réessayez dans { $minutes } min.
lock-digits = Chiffres
lock-pictures = Images
lock-remove = Enlever le verrou
privacy-stored = Ce qui est gardé
privacy-export = Garder une copie
privacy-delete-all = Tout effacer
privacy-delete-confirm = Tout effacer sur ce téléphone ? On ne peut pas revenir en arrière.
privacy-deleted = Tout est effacé.

## Reminder screens
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
calendar-prev = Mois précédent
calendar-next = Mois suivant
reminder-save = Enregistrer
reminder-next-dates = Prochaines dates
reminder-words = Quelques mots (si vous voulez)
reminder-picture = Choisir une image
reminder-repeat = Répéter
reminder-time = Heure de l'alerte
reminder-caf-day = Touchez le jour d'une déclaration sur le calendrier : la dernière ou la prochaine.
reminder-delete-confirm = Supprimer ce rappel ?
lock-ok = Valider
lock-erase = Effacer
lock-on = Le verrou est mis.
say-reminder-new = Nouveau rappel. Touchez une image : { $choices }.
say-privacy = Tout ce que l'application garde est ici, seulement sur ce téléphone. Vous pouvez en garder une copie, tout effacer, ou mettre un verrou.
say-lock = Verrou. Choisissez un code d'images ou de chiffres, puis tapez-le une deuxième fois. Sans lui, personne ne peut ouvrir vos rappels.

## Map data and updates
data-title = Données de la carte
data-line = Données du { $date } · version { $version } · { $places } lieux
data-update-now = Mettre à jour
data-updating = Mise à jour…
data-last-check = Dernière vérification : { $when }
data-never-checked = Pas encore vérifié.
data-download = Télécharger
data-auto-wifi = Mise à jour en wifi
data-allow-mobile = Utiliser les données mobiles
data-server = Serveur de mise à jour
data-server-change = Changer de serveur
data-server-address = Adresse du serveur
data-server-save = Enregistrer
data-server-default = Serveur par défaut
data-server-none = Aucun serveur choisi
data-region-title = Région des données
data-region-current = Données de : { $region }
data-regions-show = Voir les autres régions
data-region-near = Près de vous
data-region-in-use = En service
data-regions-unavailable = La liste des régions n'est pas disponible pour l'instant.
data-server-invalid = Cette adresse ne marche pas. Elle doit commencer par https://
data-privacy = Seule la carte vient de ce serveur. Rien sur vous n'est envoyé.
data-from = Données de la carte du { $date }
settings-data = Données de la carte
sync-up-to-date = La carte est à jour.
sync-updated = La carte est mise à jour.
sync-needs-consent = Une mise à jour de { $size } est prête. La télécharger avec les données mobiles ?
sync-not-now = La mise à jour attendra le wifi.
sync-wifi-login-page = Ouvrez d'abord la page de connexion du wifi, puis réessayez.
sync-no-connection = Pas de connexion. La carte marche quand même.
sync-server-trouble = Le serveur répond mal. Réessayez plus tard. La carte marche quand même.
sync-data-from = Pas de données plus récentes pour l'instant. La carte marche quand même.
sync-update-app = Les nouvelles données demandent une application plus récente. Mettez à jour l'application.
sync-rejected = Une mise à jour a été refusée : elle n'était pas sûre. La carte marche quand même.
sync-cannot-write = Pas assez de place sur le téléphone. La carte marche quand même.
sync-no-host = Pas de serveur de mise à jour. Demandez à un aidant d'en choisir un. La carte marche quand même.
size-kb = { $size } Ko
size-mb = { $size } Mo

## Web app: reminders and giving the app
reminders-cannot-ring = Quand l'application est fermée, elle ne peut pas sonner.
reminders-use-calendar = Mettez vos rappels dans l'agenda du téléphone : il sonne à l'heure.
reminders-add-to-calendar = Ajouter à l'agenda du téléphone
say-due = { $count ->
    [one] Un rappel à faire maintenant.
   *[other] { $count } rappels à faire maintenant.
}
give-title = Donner l'application
give-lead = Montrez ce code à la personne.
give-code = Code à scanner : { $address }
give-step-scan = Scannez le code avec l'appareil photo.
give-step-open = Ouvrez le lien.
give-step-add = Ajoutez-la à l'écran d'accueil.
give-iphone = iPhone : Partager, puis « Sur l'écran d'accueil ».
give-android = Android : menu, puis « Installer l'application ».
give-offline = Ensuite, elle marche sans internet.

## The street map
map-see = Voir sur la carte
map-picture = Plan des rues autour de vous, avec les lieux
map-you = Vous êtes ici
map-closer = Plus près
map-farther = Plus loin
map-on-me = Sur moi
map-no-streets = Pas de plan des rues ici : les lieux sont placés selon leur direction et leur distance.
map-list = Les mêmes lieux, du plus proche au plus loin
map-way = { $name } : { $walk }, direction { $direction }
say-map = Vous êtes ici. { $count ->
    [0] Aucun lieu sur la carte.
    [one] 1 lieu sur la carte.
   *[other] { $count } lieux sur la carte.
}
say-map-way = { $name } est à { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} à pied, direction { $direction }.
where-move-dot = Touchez le plan là où vous êtes exactement.
map-across-river = de l'autre côté de la rivière
say-map-across-river = C'est de l'autre côté de la rivière.

## Telling the map
report-title = Quelque chose ne va pas ?
report-closed = Fermé pour de bon
report-moved = A déménagé, ici où je suis
report-hours = Horaires faux
report-phone = Téléphone faux
report-wifi = Le wifi ne marche pas
report-charging = On peut charger un téléphone ici
report-other = Autre chose
report-note = Un mot (si vous voulez)
report-note-needed = Dites-le en quelques mots.
report-phone-new = Le bon numéro
report-send = Envoyer
report-kept = Merci. C'est gardé sur le téléphone et sera envoyé dès qu'il y aura une connexion.
answer-yes = Oui
answer-no = Non
answer-unknown = Je ne sais pas
charging-how = Comment ?
charging-sockets = Des prises
charging-lockers = Des casiers
add-title = Ajouter un lieu
add-name = Son nom
add-where-here = Ici, où je suis
contrib-title = Mes signalements
contrib-waiting = En attente d'envoi
contrib-sent = Envoyé
contrib-refused = Refusé : { $why }
contrib-delete = Supprimer
contrib-none = Rien pour l'instant.
contrib-send-now = Envoyer maintenant
results-none-known = Aucun lieu connu ici pour l'instant.
results-i-know-one = J'en connais un
say-report = { $name }. Qu'est-ce qui ne va pas ? Touchez une image.
say-add = Ajouter un lieu. Touchez ce qu'on y trouve, puis écrivez son nom.
say-contrib = Mes signalements : { $count }.
add-hours = Horaires, si vous les connaissez
add-hours-from = De
add-hours-to = À
contrib-team-code = Code d'équipe (donné par votre coordination, si vous en avez un)
contrib-team-code-save = Garder ce code
contrib-team-code-saved = Code gardé.
charging-inside-hours = Seulement aux heures d'ouverture ?
