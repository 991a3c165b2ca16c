# Tout près — interface text, Russian (Русский).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Day names are lower case, as in running text. Values like { $day } and { $place } arrive in the
# nominative, so sentences are built to not need another case ("Откроется: понедельник, 09:00").
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = Русский

## Needs (tiles: one or two words)
need-wifi = Бесплатный Wi-Fi
need-charging = Зарядить телефон
need-computers = Компьютер
need-helper = Компьютер с помощником
need-procedures = Помощь с документами
need-training = Компьютерные курсы
need-equipment = Дешёвый телефон, ПК
need-repair = Ремонт

## Home
home-title = Что вам нужно?
home-read-aloud = Слушать
home-where = Где я?
home-favourites = Мои места
home-settings = Настройки
home-position-none = Местоположение неизвестно
home-position-age = { $minutes ->
    [0] Местоположение: только что
    [one] Местоположение: { $minutes } минуту назад
    [few] Местоположение: { $minutes } минуты назад
    [many] Местоположение: { $minutes } минут назад
   *[other] Местоположение: { $minutes } минуты назад
}
home-position-place = Рядом: { $place }

## Where am I
where-title = Где вы?
where-gps = Моё местоположение
where-gps-none = На этом устройстве нет геолокации
where-gps-denied = Геолокация не разрешена
where-gps-not-found = Сейчас не удалось найти ваше место. Выберите город ниже.
where-gps-searching = Ищем ваше местоположение…
where-gps-off = Геолокация выключена. Включите её в настройках телефона или выберите свой город ниже.
where-pick-commune = Выберите город
where-pick-spot = Выберите место рядом
where-type = Введите адрес
where-search-placeholder = Город, улица или место
where-done = Я здесь

## Results
results-open-now = Открыто сейчас
results-free = Бесплатно
results-no-appointment = Без записи
results-none = Здесь ничего нет
results-nearest-far = Ближайшее — в { $km } км
results-show-nearest = Показать
results-to-check = Нужно проверить
results-walk = { $minutes ->
    [one] { $minutes } мин пешком
    [few] { $minutes } мин пешком
    [many] { $minutes } мин пешком
   *[other] { $minutes } мин пешком
}
results-need-position = Сначала скажите, где вы

## Search
home-search = Поиск
search-placeholder = CAF, wifi, библиотека…
search-title = Поиск: { $text }
search-none = Ничего не найдено. Выберите картинку:

## Open status
status-open-until = Открыто до { $time }
status-open = Открыто
status-closed = Закрыто
status-opens-today = Откроется в { $time }
status-opens-tomorrow = Откроется завтра в { $time }
status-opens-day = Откроется: { $day }, { $time }
status-unknown = График неизвестен
status-holiday = Праздничный день: может быть закрыто, сначала позвоните

day-1 = понедельник
day-2 = вторник
day-3 = среда
day-4 = четверг
day-5 = пятница
day-6 = суббота
day-7 = воскресенье
day-short-1 = пн
day-short-2 = вт
day-short-3 = ср
day-short-4 = чт
day-short-5 = пт
day-short-6 = сб
day-short-7 = вс

## Place sheet
place-call = Позвонить
place-go = Как дойти
place-save = Сохранить
place-saved = Сохранено
place-share = Поделиться
place-share-title = Код для сканирования
place-share-help = Наведите камеру другого телефона на этот код: он сохранит адрес и телефон места, даже без интернета.
place-share-sms = По SMS
place-print = Распечатать
share-phone = Телефон: { $phone }
share-hours = Часы работы:
place-direction = { $direction }, { $distance }
place-offers = Что здесь есть
place-helps-with = Помощь с: { $procedures }
place-formerly = Прежнее название: { $names }
place-hours = Часы работы
place-address = Адрес
place-conditions = Условия
place-free = Бесплатно
place-free-conditions = Бесплатно, с условиями
place-paid = Платно
place-membership = Членский взнос
place-walk-in = Без записи
place-appointment = По записи
place-publics-all = Для всех
place-publics-some = Для кого: { $publics }
place-wheelchair-yes = Есть доступ для коляски
place-wheelchair-no = Нет доступа для коляски
place-languages = Языки: { $languages }
place-wifi-how = Wi-Fi: как подключиться
place-wifi-open = Открытая сеть
place-wifi-code = Спросите код
place-wifi-registration = Регистрация по e-mail или SMS
place-wifi-paid = Платно
place-wifi-customers = Только для клиентов
place-unknown = Неизвестно
place-source = Источник: { $source }
place-checked = Проверено: { $date }

direction-n = север
direction-ne = северо-восток
direction-e = восток
direction-se = юго-восток
direction-s = юг
direction-sw = юго-запад
direction-w = запад
direction-nw = северо-запад

## Favourites
favourites-title = Сохранённые места
favourites-empty = Пока ничего не сохранено

## Settings
settings-title = Настройки
settings-language = Язык
settings-larger-text = Крупный текст
settings-high-contrast = Высокий контраст
settings-speech-speed = Скорость чтения
settings-slower = Медленнее
settings-faster = Быстрее
settings-about = О данных
about-title = О данных
about-snapshot = Данные на { $date }
about-sources = Источники
about-pictograms = Пиктограммы
about-privacy = Ничто не покидает этот телефон.

## Common
back = Назад
home = Главная

## Problems
error-snapshot = Данные карты были повреждены. Исходные данные восстановлены.
error-no-data = Нет данных карты
user-data-damaged = Не удалось прочитать ваши сохранённые места и напоминания. Они отложены отдельно на этом телефоне, а приложение начинает заново. Карта работает как обычно.
user-data-newer = Ваши сохранённые места и напоминания сделаны более новой версией приложения, и их не удалось прочитать. Они отложены отдельно на этом телефоне без изменений. Приложение начинает заново; карта работает как обычно.
user-data-cannot-save = Сейчас на этом телефоне ничего нельзя сохранить (память заполнена или нет разрешения). Карта работает, но ваши изменения пропадут, когда приложение закроется.
user-data-notice-ok = Понятно

## Read-aloud scripts (full sentences, spoken)
say-home = Что вам нужно? Коснитесь картинки. { $choices }.
say-results = { $need }. { $count ->
    [0] Рядом ничего нет.
    [one] { $count } место рядом.
    [few] { $count } места рядом.
    [many] { $count } мест рядом.
   *[other] { $count } места рядом.
}
say-nearest = Ближайшее — { $name }, { $minutes ->
    [one] { $minutes } минута пешком
    [few] { $minutes } минуты пешком
    [many] { $minutes } минут пешком
   *[other] { $minutes } минуты пешком
}, { $status }.
say-nearest-far = Рядом ничего нет. Ближайшее — { $name }, в { $km } километра отсюда.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Здесь есть: { $offers }.
say-where = Где вы? Выберите город, потом место рядом.
say-favourites = { $count ->
    [0] Пока ничего не сохранено.
    [one] { $count } сохранённое место.
    [few] { $count } сохранённых места.
    [many] { $count } сохранённых мест.
   *[other] { $count } сохранённых мест.
}
say-settings = Настройки. Язык, крупный текст, высокий контраст, скорость чтения.
say-need-position = Сначала скажите, где вы.
say-search = { $text }. { $count ->
    [one] Найдено { $count } место.
    [few] Найдено { $count } места.
   *[other] Найдено { $count } мест.
}
say-search-none = { $text }: ничего не найдено. Нажмите на картинку, чтобы выбрать, что вам нужно.

## Напоминания
reminders-title = Напоминания
reminder-kind-caf = Декларация CAF
reminder-kind-france-travail = Обновление France Travail
reminder-kind-domiciliation = Почтовый адрес
reminder-kind-health-cover = Медицинская страховка
reminder-kind-own = Моё напоминание
reminder-what-caf = Каждые 3 месяца декларируйте свои доходы в CAF. Без этой декларации выплата приостанавливается.
reminder-what-france-travail = Каждый месяц обновляйте свою ситуацию во France Travail. Обновление открывается 28-го (26-го в феврале) и закрывается 15-го следующего месяца в полночь. Если вы его пропустите, вас снимут с учёта ищущих работу, и пособие прекратится. Онлайн или по телефону: 39 49.
reminder-what-domiciliation = Продлите свою домицилиацию — почтовый адрес. Дату вы выбрали сами.
reminder-what-health-cover = Продлите Complémentaire santé solidaire — вашу медицинскую страховку. Дату вы выбрали сами.
repeat-once = Один раз
repeat-weekly = Каждую неделю
repeat-monthly = Каждый месяц
repeat-quarterly = Каждые 3 месяца
repeat-yearly = Каждый год
occurrence-upcoming = Впереди
occurrence-open = Открыто сейчас
occurrence-due-today = Сегодня
occurrence-not-done = Ещё не сделано
occurrence-snoozed = Позже
occurrence-done = Сделано
occurrence-missed = Пропущено
reminder-mark-done = Сделано
reminder-snooze = Позже
reminder-help = Помощь рядом
reminder-export = Добавить в календарь
reminder-new = Новое напоминание
reminder-delete = Удалить
reminder-cycle = Месяцы декларации
reminder-day = День
reminder-time = Время
reminder-discreet = Скрытые уведомления
reminder-discreet-help = Телефон показывает только «{ $words }», без названия напоминания.
ready-title = Подготовьте
ready-caf-login = Номер CAF и пароль
ready-income = Деньги, полученные за нужные месяцы: расчётные листки, другие доходы
ready-france-travail-login = Идентификатор и пароль France Travail
ready-work-month = Если вы работали: часы и зарплата
ready-phone-3949 = Или по телефону: 39 49
ready-id = Документ, удостоверяющий личность
ready-domiciliation-letter = Справка о домицилиации
ready-health-card = Карта Vitale
ready-income-papers = Документы о доходах
picto-bell = Напоминание
picto-doctor = Врач
picto-medicine = Лекарство
picto-appointment = Встреча
picto-letter = Письмо
picto-call = Звонок
picto-money = Деньги
picto-school = Школа
picto-id-card = Документы
picto-home = Жильё
picto-food = Еда
picto-bus = Автобус
date-month-1 = { $day } января
date-month-2 = { $day } февраля
date-month-3 = { $day } марта
date-month-4 = { $day } апреля
date-month-5 = { $day } мая
date-month-6 = { $day } июня
date-month-7 = { $day } июля
date-month-8 = { $day } августа
date-month-9 = { $day } сентября
date-month-10 = { $day } октября
date-month-11 = { $day } ноября
date-month-12 = { $day } декабря
date-with-weekday = { $day }, { $date }
alert-before = { $name }: через { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}.
alert-today = { $name }: сегодня.
alert-opens = { $name }: открыто с сегодняшнего дня до 15-го числа, до полуночи.
alert-last-day = { $name }: последний день. Закрывается сегодня в полночь.
alert-not-done = { $name }: ещё не сделано.
alert-snoozed = { $name }: напоминание.
alert-discreet = У вас есть напоминание.
say-reminder-next = В следующий раз: { $date }, в { $time }.
say-reminder-window = Открытие: { $day }. Закрытие: { $date }, в полночь.
say-reminder-open-until = Открыто сейчас. Закрытие: { $date }, в полночь.
say-reminder-last-day = Сегодня последний день. Закрывается в полночь.
say-reminder-today = Сегодня, в { $time }.
say-reminder-not-done = Ещё не сделано. Дата была: { $date }.
say-reminder-snoozed = Я напомню: { $date }, в { $time }.
say-reminder-done = Сделано, дата: { $date }.
say-reminder-missed = Не сделано вовремя: { $date }.
say-reminder-no-next = Следующей даты нет.
say-reminder-ready = Подготовьте: { $offers }.
say-reminders = { $count ->
    [0] Напоминаний нет.
    [one] { $count } напоминание.
    [few] { $count } напоминания.
    [many] { $count } напоминаний.
   *[other] { $count } напоминания.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] Рядом нет открытых мест помощи с документами: { $date }.
    [one] { $count } место помогает с документами, открыто: { $date }.
    [few] { $count } места помогают с документами, открыты: { $date }.
    [many] { $count } мест помогают с документами, открыты: { $date }.
   *[other] { $count } места помогают с документами, открыты: { $date }.
}
say-help-nearest = Ближайшее — { $name }, { $minutes ->
    [one] { $minutes } минута пешком
    [few] { $minutes } минуты пешком
    [many] { $minutes } минут пешком
   *[other] { $minutes } минуты пешком
}, открыто { $time }.
lock-title = Блокировка
lock-choose = Выберите код
lock-enter = Введите код
lock-wrong = Неверный код
lock-wait = Слишком много попыток. Попробуйте снова через { $minutes } мин.
lock-digits = Цифры
lock-pictures = Картинки
lock-remove = Снять блокировку
privacy-stored = Что сохранено
privacy-export = Сохранить копию
privacy-delete-all = Удалить всё
privacy-delete-confirm = Удалить всё на этом телефоне? Это нельзя отменить.
privacy-deleted = Всё удалено.

## Reminder screens
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
calendar-prev = Предыдущий месяц
calendar-next = Следующий месяц
reminder-save = Сохранить
reminder-next-dates = Следующие даты
reminder-words = Несколько слов (по желанию)
reminder-picture = Выберите картинку
reminder-repeat = Повтор
reminder-time = Время напоминания
reminder-caf-day = Нажмите в календаре на день декларации: последней или следующей.
reminder-delete-confirm = Удалить это напоминание?
lock-ok = ОК
lock-erase = Стереть
lock-on = Блокировка включена.
say-reminder-new = Новое напоминание. Нажмите на картинку: { $choices }.
say-privacy = Всё, что хранит приложение, — здесь, только на этом телефоне. Можно сохранить копию, удалить всё или поставить блокировку.
say-lock = Блокировка. Выберите код из картинок или цифр, потом введите его ещё раз. Без него никто не откроет ваши напоминания.

## Map data and updates
data-title = Данные карты
data-line = Данные на { $date } · версия { $version } · { $places ->
    [one] { $places } место
    [few] { $places } места
    [many] { $places } мест
   *[other] { $places } места
}
data-update-now = Обновить сейчас
data-updating = Обновление…
data-last-check = Последняя проверка: { $when }
data-never-checked = Обновления ещё не проверялись.
data-download = Скачать
data-auto-wifi = Обновлять по Wi-Fi
data-allow-mobile = Через мобильный интернет
data-server = Сервер обновлений
data-server-change = Сменить сервер
data-server-address = Адрес сервера
data-server-save = Сохранить
data-server-default = Стандартный сервер
data-server-none = Сервер не выбран
data-region-title = Регион данных
data-region-current = Данные: { $region }
data-regions-show = Другие регионы
data-region-near = Рядом с вами
data-region-in-use = Используется
data-regions-unavailable = Список регионов сейчас недоступен.
data-server-invalid = Этот адрес не работает. Он должен начинаться с https://
data-privacy = С этого сервера приходит только карта. О вас ничего не отправляется.
data-from = Данные карты на { $date }
settings-data = Данные карты
sync-up-to-date = Карта уже обновлена.
sync-updated = Карта обновлена.
sync-needs-consent = Готово обновление размером { $size }. Скачать через мобильный интернет?
sync-not-now = Обновление подождёт Wi-Fi.
sync-wifi-login-page = Сначала откройте страницу входа Wi-Fi, потом попробуйте ещё раз.
sync-no-connection = Нет интернета. Карта всё равно работает.
sync-server-trouble = Сервер плохо отвечает. Попробуйте позже. Карта всё равно работает.
sync-data-from = Более новых данных пока нет. Карта всё равно работает.
sync-update-app = Для новых данных нужна новая версия приложения. Обновите приложение.
sync-rejected = Обновление отклонено: ему нельзя доверять. Карта всё равно работает.
sync-cannot-write = На телефоне не хватает места. Карта всё равно работает.
sync-no-host = Нет сервера обновлений. Попросите помощника выбрать его. Карта всё равно работает.
size-kb = { $size } КБ
size-mb = { $size } МБ

## Web app: reminders and giving the app
reminders-cannot-ring = Когда приложение закрыто, оно не может звонить.
reminders-use-calendar = Добавьте напоминания в календарь телефона: он зазвонит вовремя.
reminders-add-to-calendar = В календарь телефона
say-due = { $count ->
    [one] { $count } напоминание: сделать сейчас.
    [few] { $count } напоминания: сделать сейчас.
    [many] { $count } напоминаний: сделать сейчас.
   *[other] { $count } напоминания: сделать сейчас.
}
give-title = Передать приложение
give-lead = Покажите этот код человеку.
give-code = Код для сканирования: { $address }
give-step-scan = Отсканируйте код камерой.
give-step-open = Откройте ссылку.
give-step-add = Добавьте его на главный экран.
give-iphone = iPhone: «Поделиться», затем «На экран „Домой“».
give-android = Android: меню, затем «Установить приложение».
give-offline = Потом оно работает без интернета.

## The street map
map-see = Показать на карте
map-picture = Карта улиц вокруг вас, с местами
map-you = Вы здесь
map-closer = Ближе
map-farther = Дальше
map-on-me = Ко мне
map-no-streets = Здесь нет карты улиц: места показаны по направлению и расстоянию.
map-list = Те же места, от ближайшего
map-way = { $name }: { $walk }, направление: { $direction }
say-map = Вы здесь. { $count ->
    [0] На карте нет мест.
    [one] На карте { $count } место.
    [few] На карте { $count } места.
    [many] На карте { $count } мест.
   *[other] На карте { $count } места.
}
say-map-way = { $name }: { $minutes } мин пешком, направление: { $direction }.
where-move-dot = Коснитесь карты там, где вы находитесь.
map-across-river = на другом берегу реки
say-map-across-river = Это на другом берегу реки.

## Telling the map
report-title = Что-то не так?
report-closed = Закрыто навсегда
report-moved = Переехало сюда, где я
report-hours = Часы работы неверны
report-phone = Неверный номер телефона
report-wifi = Wi-Fi не работает
report-charging = Здесь можно зарядить телефон
report-other = Другое
report-note = Несколько слов (если хотите)
report-note-needed = Скажите в нескольких словах.
report-phone-new = Правильный номер
report-send = Отправить
report-kept = Спасибо. Это сохранено на телефоне и будет отправлено, как только появится связь.
answer-yes = Да
answer-no = Нет
answer-unknown = Не знаю
charging-how = Как?
charging-sockets = Розетки
charging-lockers = Шкафчики
add-title = Добавить место
add-name = Его название
add-where-here = Здесь, где я
contrib-title = Мои сообщения
contrib-waiting = Ждёт отправки
contrib-sent = Отправлено
contrib-refused = Отклонено: { $why }
contrib-delete = Удалить
contrib-none = Пока ничего.
contrib-send-now = Отправить сейчас
results-none-known = Здесь пока не известно ни одного места.
results-i-know-one = Я знаю одно
say-report = { $name }. Что не так? Коснитесь картинки.
say-add = Добавить место. Коснитесь того, что там есть, затем напишите название.
say-contrib = Мои сообщения: { $count }.
add-hours = Часы работы, если знаете
add-hours-from = С
add-hours-to = До
contrib-team-code = Код команды (от координатора, если он у вас есть)
contrib-team-code-save = Сохранить код
contrib-team-code-saved = Код сохранён.
charging-inside-hours = Только в часы работы?
