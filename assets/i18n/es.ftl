# Tout près — interface text, Spanish (Español).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Neutral Spanish for speakers from Spain and Latin America; the user is addressed as "usted".
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = Español

## Needs (tiles: one or two words)
need-wifi = Wifi gratis
need-charging = Cargar teléfono
need-computers = Computadora
need-helper = Computadora con ayuda
need-procedures = Ayuda con trámites
need-training = Aprender informática
need-equipment = Teléfono, PC barato
need-repair = Reparación

## Home
home-title = ¿Qué necesita?
home-read-aloud = Escuchar
home-language = Idioma
home-where = ¿Dónde estoy?
home-favourites = Mis lugares
home-settings = Ajustes
home-position-none = Ubicación desconocida
home-position-age = { $minutes ->
    [0] Ubicación: ahora mismo
    [one] Ubicación: hace 1 minuto
    [many] Ubicación: hace { $minutes } minutos
   *[other] Ubicación: hace { $minutes } minutos
}
home-position-place = Cerca de { $place }

## Where am I
where-title = ¿Dónde está usted?
where-gps = Usar mi ubicación
where-gps-none = Sin ubicación en este aparato
where-gps-denied = Ubicación no permitida
where-pick-commune = Elija su ciudad
where-pick-spot = Elija un lugar cercano
where-type = Escriba una dirección
where-search-placeholder = Ciudad, calle o lugar
where-done = Estoy aquí

## Results
results-title = { $need }
results-open-now = Abierto ahora
results-free = Gratis
results-no-appointment = Sin cita
results-none = Nada aquí
results-nearest-far = El más cercano está a { $km } km
results-show-nearest = Ver
results-to-check = Por confirmar
results-walk = { $minutes ->
    [one] 1 min a pie
    [many] { $minutes } min a pie
   *[other] { $minutes } min a pie
}
results-need-position = Primero, diga dónde está

## Open status
status-open-until = Abierto hasta las { $time }
status-open = Abierto
status-closed = Cerrado
status-opens-today = Abre a las { $time }
status-opens-tomorrow = Abre mañana a las { $time }
status-opens-day = Abre el { $day } a las { $time }
status-unknown = Horario desconocido

day-1 = lunes
day-2 = martes
day-3 = miércoles
day-4 = jueves
day-5 = viernes
day-6 = sábado
day-7 = domingo
day-short-1 = lun
day-short-2 = mar
day-short-3 = mié
day-short-4 = jue
day-short-5 = vie
day-short-6 = sáb
day-short-7 = dom

## Place sheet
place-call = Llamar
place-go = Ir
place-save = Guardar
place-saved = Guardado
place-direction = { $direction }, { $distance }
place-offers = Qué hay aquí
place-hours = Horario
place-hours-today = Hoy
place-address = Dirección
place-conditions = Condiciones
place-free = Gratis
place-free-conditions = Gratis con condiciones
place-paid = De pago
place-membership = Cuota de socio
place-walk-in = Sin cita
place-appointment = Con cita
place-publics-all = Abierto a todos
place-publics-some = Para: { $publics }
place-wheelchair-yes = Acceso en silla de ruedas
place-wheelchair-no = Sin acceso en silla de ruedas
place-languages = Idiomas: { $languages }
place-wifi-how = Wifi: cómo conectarse
place-wifi-open = Red abierta
place-wifi-code = Pida el código
place-wifi-registration = Registro por e-mail o SMS
place-wifi-paid = De pago
place-wifi-customers = Solo para clientes
place-unknown = Desconocido
place-source = Fuente: { $source }
place-checked = Última revisión: { $date }
place-bring = Qué llevar

direction-n = norte
direction-ne = noreste
direction-e = este
direction-se = sureste
direction-s = sur
direction-sw = suroeste
direction-w = oeste
direction-nw = noroeste

## Favourites
favourites-title = Lugares guardados
favourites-empty = Nada guardado todavía

## Settings
settings-title = Ajustes
settings-language = Idioma
settings-larger-text = Letra más grande
settings-high-contrast = Alto contraste
settings-speech-speed = Velocidad de lectura
settings-slower = Más lento
settings-faster = Más rápido
settings-about = Sobre los datos
about-title = Sobre los datos
about-snapshot = Datos del { $date }
about-sources = Fuentes
about-pictograms = Pictogramas
about-privacy = Nada sale de este teléfono.

## Common
back = Volver
home = Inicio
loading = Cargando

## Problems
error-snapshot = Los datos del mapa estaban dañados. Se recuperaron los datos originales.
error-no-data = No hay datos del mapa

## Read-aloud scripts (full sentences, spoken)
say-home = ¿Qué necesita? Toque una imagen. { $choices }.
say-results = { $need }. { $count ->
    [0] Nada cerca.
    [one] Un lugar cerca.
    [many] { $count } lugares cerca.
   *[other] { $count } lugares cerca.
}
say-nearest = El más cercano es { $name }, a { $minutes ->
    [one] 1 minuto a pie
    [many] { $minutes } minutos a pie
   *[other] { $minutes } minutos a pie
}, { $status }.
say-nearest-far = Nada cerca. El más cercano es { $name }, a { $km } kilómetros.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Aquí encuentra: { $offers }.
say-where = ¿Dónde está usted? Elija su ciudad y luego un lugar cercano.
say-favourites = { $count ->
    [0] Nada guardado todavía.
    [one] Un lugar guardado.
    [many] { $count } lugares guardados.
   *[other] { $count } lugares guardados.
}
say-settings = Ajustes. Idioma, letra más grande, alto contraste, velocidad de lectura.
say-need-position = Primero, diga dónde está.
