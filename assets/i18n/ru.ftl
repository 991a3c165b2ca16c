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
home-language = Язык
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
where-pick-commune = Выберите город
where-pick-spot = Выберите место рядом
where-type = Введите адрес
where-search-placeholder = Город, улица или место
where-done = Я здесь

## Results
results-title = { $need }
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

## Open status
status-open-until = Открыто до { $time }
status-open = Открыто
status-closed = Закрыто
status-opens-today = Откроется в { $time }
status-opens-tomorrow = Откроется завтра в { $time }
status-opens-day = Откроется: { $day }, { $time }
status-unknown = График неизвестен

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
place-direction = { $direction }, { $distance }
place-offers = Что здесь есть
place-hours = Часы работы
place-hours-today = Сегодня
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
place-bring = Что взять с собой

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
loading = Загрузка

## Problems
error-snapshot = Данные карты были повреждены. Исходные данные восстановлены.
error-no-data = Нет данных карты

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
