# Tout près — interface text, Ukrainian (Українська).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Day names are lower case, as in running text. Values like { $day } and { $place } arrive in the
# nominative, so sentences are built to not need another case ("Відкриється: понеділок, 09:00").
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = Українська

## Needs (tiles: one or two words)
need-wifi = Безкоштовний Wi-Fi
need-charging = Зарядити телефон
need-computers = Комп'ютер
need-helper = Комп'ютер з помічником
need-procedures = Допомога з документами
need-training = Комп'ютерні курси
need-equipment = Дешевий телефон, ПК
need-repair = Ремонт

## Home
home-title = Що вам потрібно?
home-read-aloud = Слухати
home-language = Мова
home-where = Де я?
home-favourites = Мої місця
home-settings = Налаштування
home-position-none = Розташування невідоме
home-position-age = { $minutes ->
    [0] Розташування: щойно
    [one] Розташування: { $minutes } хвилину тому
    [few] Розташування: { $minutes } хвилини тому
    [many] Розташування: { $minutes } хвилин тому
   *[other] Розташування: { $minutes } хвилини тому
}
home-position-place = Поруч: { $place }

## Where am I
where-title = Де ви?
where-gps = Моє розташування
where-gps-none = На цьому пристрої немає геолокації
where-gps-denied = Геолокацію не дозволено
where-pick-commune = Виберіть місто
where-pick-spot = Виберіть місце поруч
where-type = Введіть адресу
where-search-placeholder = Місто, вулиця або місце
where-done = Я тут

## Results
results-title = { $need }
results-open-now = Відкрито зараз
results-free = Безкоштовно
results-no-appointment = Без запису
results-none = Тут нічого немає
results-nearest-far = Найближче — за { $km } км
results-show-nearest = Показати
results-to-check = Треба перевірити
results-walk = { $minutes ->
    [one] { $minutes } хв пішки
    [few] { $minutes } хв пішки
    [many] { $minutes } хв пішки
   *[other] { $minutes } хв пішки
}
results-need-position = Спершу вкажіть, де ви

## Open status
status-open-until = Відкрито до { $time }
status-open = Відкрито
status-closed = Зачинено
status-opens-today = Відкриється о { $time }
status-opens-tomorrow = Відкриється завтра о { $time }
status-opens-day = Відкриється: { $day }, { $time }
status-unknown = Графік невідомий

day-1 = понеділок
day-2 = вівторок
day-3 = середа
day-4 = четвер
day-5 = п'ятниця
day-6 = субота
day-7 = неділя
day-short-1 = пн
day-short-2 = вт
day-short-3 = ср
day-short-4 = чт
day-short-5 = пт
day-short-6 = сб
day-short-7 = нд

## Place sheet
place-call = Подзвонити
place-go = Як дійти
place-save = Зберегти
place-saved = Збережено
place-direction = { $direction }, { $distance }
place-offers = Що тут є
place-hours = Графік роботи
place-hours-today = Сьогодні
place-address = Адреса
place-conditions = Умови
place-free = Безкоштовно
place-free-conditions = Безкоштовно, з умовами
place-paid = Платно
place-membership = Членський внесок
place-walk-in = Без запису
place-appointment = За записом
place-publics-all = Для всіх
place-publics-some = Для кого: { $publics }
place-wheelchair-yes = Є доступ для візка
place-wheelchair-no = Немає доступу для візка
place-languages = Мови: { $languages }
place-wifi-how = Wi-Fi: як підключитися
place-wifi-open = Відкрита мережа
place-wifi-code = Запитайте код
place-wifi-registration = Реєстрація через e-mail або SMS
place-wifi-paid = Платно
place-wifi-customers = Лише для клієнтів
place-unknown = Невідомо
place-source = Джерело: { $source }
place-checked = Перевірено: { $date }
place-bring = Що взяти з собою

direction-n = північ
direction-ne = північний схід
direction-e = схід
direction-se = південний схід
direction-s = південь
direction-sw = південний захід
direction-w = захід
direction-nw = північний захід

## Favourites
favourites-title = Збережені місця
favourites-empty = Ще нічого не збережено

## Settings
settings-title = Налаштування
settings-language = Мова
settings-larger-text = Більший текст
settings-high-contrast = Висока контрастність
settings-speech-speed = Швидкість читання
settings-slower = Повільніше
settings-faster = Швидше
settings-about = Про дані
about-title = Про дані
about-snapshot = Дані на { $date }
about-sources = Джерела
about-pictograms = Піктограми
about-privacy = Ніщо не залишає цей телефон.

## Common
back = Назад
home = Головна
loading = Завантаження

## Problems
error-snapshot = Дані карти були пошкоджені. Повернуто початкові дані.
error-no-data = Немає даних карти

## Read-aloud scripts (full sentences, spoken)
say-home = Що вам потрібно? Торкніться картинки. { $choices }.
say-results = { $need }. { $count ->
    [0] Поруч нічого немає.
    [one] { $count } місце поруч.
    [few] { $count } місця поруч.
    [many] { $count } місць поруч.
   *[other] { $count } місця поруч.
}
say-nearest = Найближче — { $name }, { $minutes ->
    [one] { $minutes } хвилина пішки
    [few] { $minutes } хвилини пішки
    [many] { $minutes } хвилин пішки
   *[other] { $minutes } хвилини пішки
}, { $status }.
say-nearest-far = Поруч нічого немає. Найближче — { $name }, за { $km } кілометра.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Тут є: { $offers }.
say-where = Де ви? Виберіть місто, потім місце поруч.
say-favourites = { $count ->
    [0] Ще нічого не збережено.
    [one] { $count } збережене місце.
    [few] { $count } збережені місця.
    [many] { $count } збережених місць.
   *[other] { $count } збережених місць.
}
say-settings = Налаштування. Мова, більший текст, висока контрастність, швидкість читання.
say-need-position = Спершу вкажіть, де ви.
