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
where-gps-not-found = No se encuentra su posición ahora. Elija su ciudad abajo.
where-gps-searching = Buscando su posición…
where-gps-off = La ubicación está desactivada. Actívela en los ajustes del teléfono o elija su ciudad abajo.
where-pick-commune = Elija su ciudad
where-pick-spot = Elija un lugar cercano
where-type = Escriba una dirección
where-search-placeholder = Ciudad, calle o lugar
where-done = Estoy aquí

## Results
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

## Search
home-search = Buscar
search-placeholder = CAF, wifi, biblioteca…
search-title = Búsqueda: { $text }
search-none = No se encontró nada. Elija una imagen:

## Open status
status-open-until = Abierto hasta las { $time }
status-open = Abierto
status-closed = Cerrado
status-opens-today = Abre a las { $time }
status-opens-tomorrow = Abre mañana a las { $time }
status-opens-day = Abre el { $day } a las { $time }
status-unknown = Horario desconocido
status-holiday = Día festivo: puede estar cerrado, llame antes

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
place-share = Compartir
place-share-title = Código para escanear
place-share-help = Apunte la cámara de otro teléfono a este código: guarda la dirección y el teléfono del lugar, incluso sin internet.
place-share-sms = Por SMS
place-print = Imprimir
share-phone = Teléfono: { $phone }
share-hours = Horario:
place-direction = { $direction }, { $distance }
place-offers = Qué hay aquí
place-helps-with = Ayuda con: { $procedures }
place-formerly = Nombre anterior: { $names }
place-hours = Horario
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

## Problems
error-snapshot = Los datos del mapa estaban dañados. Se recuperaron los datos originales.
error-no-data = No hay datos del mapa
user-data-damaged = No se pudieron leer sus lugares guardados ni sus recordatorios. Se guardaron aparte en este teléfono y la aplicación empieza de nuevo. El mapa funciona como siempre.
user-data-newer = Sus lugares guardados y sus recordatorios vienen de una versión más nueva de la aplicación y no se pudieron leer. Se guardaron aparte en este teléfono, sin cambios. La aplicación empieza de nuevo; el mapa funciona como siempre.
user-data-cannot-save = Ahora no se puede guardar nada en este teléfono (memoria llena o sin permiso). El mapa funciona, pero sus cambios se perderán al cerrar la aplicación.
user-data-notice-ok = Entendido

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
say-search = { $text }. { $count ->
    [one] Un lugar encontrado.
   *[other] { $count } lugares encontrados.
}
say-search-none = No se encontró nada para { $text }. Toque una imagen para elegir lo que necesita.

## Recordatorios
reminders-title = Recordatorios
reminder-kind-caf = Declaración CAF
reminder-kind-france-travail = Actualización France Travail
reminder-kind-domiciliation = Domiciliación
reminder-kind-health-cover = Cobertura de salud
reminder-kind-own = Mi recordatorio
reminder-what-caf = Cada 3 meses, declare sus ingresos a la CAF. Sin esta declaración, el pago se suspende.
reminder-what-france-travail = Cada mes, actualice su situación con France Travail. Se abre el día 28 (el 26 en febrero) y se cierra el 15 del mes siguiente a medianoche. Si no lo hace, le dan de baja de la lista de demandantes de empleo y la prestación se detiene. En línea, o por teléfono: 39 49.
reminder-what-domiciliation = Renueve su domiciliación, su dirección postal. La fecha es la que usted eligió.
reminder-what-health-cover = Renueve su Complémentaire santé solidaire, su cobertura de salud. La fecha es la que usted eligió.
repeat-once = Una vez
repeat-weekly = Cada semana
repeat-monthly = Cada mes
repeat-quarterly = Cada 3 meses
repeat-yearly = Cada año
occurrence-upcoming = Próximo
occurrence-open = Abierto ahora
occurrence-due-today = Hoy
occurrence-not-done = Aún no hecho
occurrence-snoozed = Más tarde
occurrence-done = Hecho
occurrence-missed = Perdido
reminder-mark-done = Ya está hecho
reminder-snooze = Más tarde
reminder-help = Ayuda cerca
reminder-export = Añadir a un calendario
reminder-new = Nuevo recordatorio
reminder-delete = Borrar
reminder-cycle = Meses de la declaración
reminder-day = Día
reminder-time = Hora
reminder-discreet = Avisos discretos
reminder-discreet-help = El teléfono solo muestra «{ $words }», sin el nombre del recordatorio.
ready-title = Tenga listo
ready-caf-login = Su número CAF y su contraseña
ready-income = El dinero recibido en los meses pedidos: nóminas, otros ingresos
ready-france-travail-login = Su identificador France Travail y su contraseña
ready-work-month = Si trabajó: horas y sueldo
ready-phone-3949 = O por teléfono: 39 49
ready-id = Un documento de identidad
ready-domiciliation-letter = Su certificado de domiciliación
ready-health-card = Su tarjeta Vitale
ready-income-papers = Sus papeles de ingresos
picto-bell = Recordatorio
picto-doctor = Médico
picto-medicine = Medicamento
picto-appointment = Cita
picto-letter = Carta
picto-call = Llamada
picto-money = Dinero
picto-school = Escuela
picto-id-card = Papeles
picto-home = Vivienda
picto-food = Comida
picto-bus = Autobús
date-month-1 = { $day } de enero
date-month-2 = { $day } de febrero
date-month-3 = { $day } de marzo
date-month-4 = { $day } de abril
date-month-5 = { $day } de mayo
date-month-6 = { $day } de junio
date-month-7 = { $day } de julio
date-month-8 = { $day } de agosto
date-month-9 = { $day } de septiembre
date-month-10 = { $day } de octubre
date-month-11 = { $day } de noviembre
date-month-12 = { $day } de diciembre
date-with-weekday = { $day } { $date }
alert-before = { $name }: dentro de { $count ->
    [one] 1 día
   *[other] { $count } días
}.
alert-today = { $name }: hoy.
alert-opens = { $name }: abierto desde hoy hasta el 15 a medianoche.
alert-last-day = { $name }: último día. Se cierra esta noche a medianoche.
alert-not-done = { $name }: aún no hecho.
alert-snoozed = { $name }: recordatorio.
alert-discreet = Tiene un recordatorio.
say-reminder-next = Próxima vez: { $date }, a las { $time }.
say-reminder-window = Abierto desde el { $day } hasta el { $date } a medianoche.
say-reminder-open-until = Abierto ahora, hasta el { $date } a medianoche.
say-reminder-last-day = Hoy es el último día. Se cierra a medianoche.
say-reminder-today = Hoy, a las { $time }.
say-reminder-not-done = Aún no hecho. Era el { $date }.
say-reminder-snoozed = Se lo recordaré el { $date }, a las { $time }.
say-reminder-done = Hecho para el { $date }.
say-reminder-missed = No hecho a tiempo: { $date }.
say-reminder-no-next = No hay próxima fecha.
say-reminder-ready = Tenga listo: { $offers }.
say-reminders = { $count ->
    [0] Ningún recordatorio.
    [one] Un recordatorio.
   *[other] { $count } recordatorios.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] Ningún lugar de ayuda con trámites está abierto cerca el { $date }.
    [one] Un lugar ayuda con trámites, abierto el { $date }.
   *[other] { $count } lugares ayudan con trámites, abiertos el { $date }.
}
say-help-nearest = El más cercano es { $name }, a { $minutes ->
    [one] 1 minuto a pie
   *[other] { $minutes } minutos a pie
}, abierto { $time }.
lock-title = Bloqueo
lock-choose = Elija un código
lock-enter = Escriba su código
lock-wrong = Código incorrecto
lock-wait = Demasiados intentos. Vuelva a intentarlo en { $minutes } min.
lock-digits = Números
lock-pictures = Imágenes
lock-remove = Quitar el bloqueo
privacy-stored = Lo que se guarda
privacy-export = Guardar una copia
privacy-delete-all = Borrar todo
privacy-delete-confirm = ¿Borrar todo en este teléfono? No se puede deshacer.
privacy-deleted = Todo está borrado.

## Reminder screens
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
calendar-prev = Mes anterior
calendar-next = Mes siguiente
reminder-save = Guardar
reminder-next-dates = Próximas fechas
reminder-words = Unas palabras (si quiere)
reminder-picture = Elija una imagen
reminder-repeat = Repetir
reminder-time = Hora del aviso
reminder-caf-day = Toque en el calendario el día de una declaración: la última o la próxima.
reminder-delete-confirm = ¿Borrar este recordatorio?
lock-ok = Aceptar
lock-erase = Borrar
lock-on = El bloqueo está puesto.
say-reminder-new = Nuevo recordatorio. Toque una imagen: { $choices }.
say-privacy = Todo lo que guarda la aplicación está aquí, solo en este teléfono. Puede guardar una copia, borrar todo o poner un bloqueo.
say-lock = Bloqueo. Elija un código de imágenes o de números y luego escríbalo otra vez. Sin él, nadie puede abrir sus recordatorios.

## Map data and updates
data-title = Datos del mapa
data-line = Datos del { $date } · versión { $version } · { $places ->
    [one] { $places } lugar
    [many] { $places } lugares
   *[other] { $places } lugares
}
data-update-now = Actualizar ahora
data-updating = Actualizando…
data-last-check = Última revisión: { $when }
data-never-checked = Todavía no se han buscado actualizaciones.
data-download = Descargar
data-auto-wifi = Actualizar con wifi
data-allow-mobile = Usar datos móviles
data-server = Servidor de actualizaciones
data-server-change = Cambiar servidor
data-server-address = Dirección del servidor
data-server-save = Guardar
data-server-default = Servidor original
data-server-none = Ningún servidor elegido
data-region-title = Región de los datos
data-region-current = Datos de: { $region }
data-regions-show = Ver las otras regiones
data-region-near = Cerca de usted
data-region-in-use = En uso
data-regions-unavailable = La lista de regiones no está disponible ahora.
data-server-invalid = Esta dirección no funciona. Debe empezar con https://
data-privacy = De este servidor solo viene el mapa. No se envía nada sobre usted.
data-from = Datos del mapa del { $date }
settings-data = Datos del mapa
sync-up-to-date = El mapa está al día.
sync-updated = El mapa se ha actualizado.
sync-needs-consent = Hay una actualización de { $size } lista. ¿Descargarla con datos móviles?
sync-not-now = La actualización esperará al wifi.
sync-wifi-login-page = Primero abra la página de acceso del wifi y luego vuelva a intentarlo.
sync-no-connection = Sin conexión. El mapa sigue funcionando.
sync-server-trouble = El servidor no responde bien. Inténtelo más tarde. El mapa sigue funcionando.
sync-data-from = Por ahora no hay datos más nuevos. El mapa sigue funcionando.
sync-update-app = Los datos nuevos necesitan una versión más nueva de la aplicación. Actualice la aplicación.
sync-rejected = Se rechazó una actualización: no era de confianza. El mapa sigue funcionando.
sync-cannot-write = No hay espacio suficiente en el teléfono. El mapa sigue funcionando.
sync-no-host = No hay servidor de actualización. Pida a un ayudante que elija uno. El mapa sigue funcionando.
size-kb = { $size } KB
size-mb = { $size } MB

## Web app: reminders and giving the app
reminders-cannot-ring = Cuando la aplicación está cerrada, no puede sonar.
reminders-use-calendar = Ponga sus recordatorios en el calendario del teléfono: suena a tiempo.
reminders-add-to-calendar = Añadir al calendario del teléfono
say-due = { $count ->
    [one] Un recordatorio para hacer ahora.
   *[other] { $count } recordatorios para hacer ahora.
}
give-title = Dar la aplicación
give-lead = Muestre este código a la persona.
give-code = Código para escanear: { $address }
give-step-scan = Escanee el código con la cámara.
give-step-open = Abra el enlace.
give-step-add = Añádala a la pantalla de inicio.
give-iphone = iPhone: Compartir, luego «Añadir a pantalla de inicio».
give-android = Android: menú, luego «Instalar aplicación».
give-offline = Después funciona sin internet.

## The street map
map-see = Ver en el mapa
map-picture = Plano de las calles a su alrededor, con los lugares
map-you = Usted está aquí
map-closer = Más cerca
map-farther = Más lejos
map-on-me = Volver a mí
map-no-streets = No hay plano de calles aquí: los lugares se muestran según su dirección y distancia.
map-list = Los mismos lugares, del más cercano al más lejano
map-way = { $name }: { $walk }, dirección { $direction }
say-map = Usted está aquí. { $count ->
    [0] Ningún lugar en el mapa.
    [one] 1 lugar en el mapa.
   *[other] { $count } lugares en el mapa.
}
say-map-way = { $name } está a { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
} a pie, dirección { $direction }.
where-move-dot = Toque el plano justo donde está usted.
map-across-river = al otro lado del río
say-map-across-river = Está al otro lado del río.

## Telling the map
report-title = ¿Algo no va bien?
report-closed = Cerrado para siempre
report-moved = Se ha mudado, aquí donde estoy
report-hours = Horario incorrecto
report-phone = Teléfono incorrecto
report-wifi = El wifi no funciona
report-charging = Aquí se puede cargar un teléfono
report-other = Otra cosa
report-note = Unas palabras (si quiere)
report-note-needed = Dígalo en pocas palabras.
report-phone-new = El número correcto
report-send = Enviar
report-kept = Gracias. Se guarda en el teléfono y se enviará en cuanto haya conexión.
answer-yes = Sí
answer-no = No
answer-unknown = No lo sé
charging-how = ¿Cómo?
charging-sockets = Enchufes
charging-lockers = Taquillas
add-title = Añadir un lugar
add-name = Su nombre
add-where-here = Aquí, donde estoy
contrib-title = Mis avisos
contrib-waiting = Esperando envío
contrib-sent = Enviado
contrib-refused = Rechazado: { $why }
contrib-delete = Borrar
contrib-none = Nada por ahora.
contrib-send-now = Enviar ahora
results-none-known = Aún no se conoce ningún lugar aquí.
results-i-know-one = Conozco uno
say-report = { $name }. ¿Qué no va bien? Toque una imagen.
say-add = Añadir un lugar. Toque lo que ofrece y escriba su nombre.
say-contrib = Mis avisos: { $count }.
add-hours = Horario, si lo conoce
add-hours-from = De
add-hours-to = A
contrib-team-code = Código de equipo (de su coordinación, si tiene uno)
contrib-team-code-save = Guardar este código
contrib-team-code-saved = Código guardado.
charging-inside-hours = ¿Solo en horario de apertura?
