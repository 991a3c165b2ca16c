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
where-gps-not-found = Зараз не вдалося знайти ваше місце. Виберіть місто нижче.
where-gps-searching = Шукаємо ваше місцезнаходження…
where-gps-off = Геолокацію вимкнено. Увімкніть її в налаштуваннях телефону або виберіть своє місто нижче.
where-pick-commune = Виберіть місто
where-pick-spot = Виберіть місце поруч
where-type = Введіть адресу
where-search-placeholder = Місто, вулиця або місце
where-done = Я тут

## Results
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

## Search
home-search = Пошук
search-placeholder = CAF, wifi, бібліотека…
search-title = Пошук: { $text }
search-none = Нічого не знайдено. Виберіть малюнок:

## Open status
status-open-until = Відкрито до { $time }
status-open = Відкрито
status-closed = Зачинено
status-opens-today = Відкриється о { $time }
status-opens-tomorrow = Відкриється завтра о { $time }
status-opens-day = Відкриється: { $day }, { $time }
status-unknown = Графік невідомий
status-holiday = Святковий день: може бути зачинено, спершу зателефонуйте

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
place-share = Поділитися
place-share-title = Код для сканування
place-share-help = Наведіть камеру іншого телефона на цей код: він збереже адресу й телефон місця, навіть без інтернету.
place-share-sms = Через SMS
place-print = Надрукувати
share-phone = Телефон: { $phone }
share-hours = Години роботи:
place-direction = { $direction }, { $distance }
place-offers = Що тут є
place-helps-with = Допомога з: { $procedures }
place-formerly = Колишня назва: { $names }
place-hours = Графік роботи
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

## Problems
error-snapshot = Дані карти були пошкоджені. Повернуто початкові дані.
error-no-data = Немає даних карти
user-data-damaged = Не вдалося прочитати ваші збережені місця та нагадування. Їх відкладено окремо на цьому телефоні, а застосунок починає з початку. Карта працює як завжди.
user-data-newer = Ваші збережені місця та нагадування зроблені новішою версією застосунку, і їх не вдалося прочитати. Їх відкладено окремо на цьому телефоні без змін. Застосунок починає з початку; карта працює як завжди.
user-data-cannot-save = Зараз на цьому телефоні нічого не можна зберегти (пам'ять заповнена або немає дозволу). Карта працює, але ваші зміни зникнуть, коли застосунок закриється.
user-data-notice-ok = Зрозуміло

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
say-search = { $text }. { $count ->
    [one] Знайдено { $count } місце.
    [few] Знайдено { $count } місця.
   *[other] Знайдено { $count } місць.
}
say-search-none = { $text }: нічого не знайдено. Торкніться малюнка, щоб вибрати, що вам потрібно.

## Нагадування
reminders-title = Нагадування
reminder-kind-caf = Декларація CAF
reminder-kind-france-travail = Оновлення France Travail
reminder-kind-domiciliation = Поштова адреса
reminder-kind-health-cover = Медичне страхування
reminder-kind-own = Моє нагадування
reminder-what-caf = Кожні 3 місяці декларуйте свої доходи в CAF. Без цієї декларації виплату призупиняють.
reminder-what-france-travail = Щомісяця оновлюйте свою ситуацію у France Travail. Оновлення відкривається 28-го (26-го в лютому) і закривається 15-го наступного місяця опівночі. Якщо ви його пропустите, вас знімуть зі списку шукачів роботи, і допомога припиниться. Онлайн або телефоном: 39 49.
reminder-what-domiciliation = Поновіть свою доміциліацію — поштову адресу. Дату ви обрали самі.
reminder-what-health-cover = Поновіть Complémentaire santé solidaire — ваше медичне страхування. Дату ви обрали самі.
repeat-once = Один раз
repeat-weekly = Щотижня
repeat-monthly = Щомісяця
repeat-quarterly = Кожні 3 місяці
repeat-yearly = Щороку
occurrence-upcoming = Попереду
occurrence-open = Відкрито зараз
occurrence-due-today = Сьогодні
occurrence-not-done = Ще не зроблено
occurrence-snoozed = Пізніше
occurrence-done = Зроблено
occurrence-missed = Пропущено
reminder-mark-done = Зроблено
reminder-snooze = Пізніше
reminder-help = Допомога поруч
reminder-export = Додати в календар
reminder-new = Нове нагадування
reminder-delete = Видалити
reminder-cycle = Місяці декларації
reminder-day = День
reminder-time = Час
reminder-discreet = Стримані сповіщення
reminder-discreet-help = Телефон показує лише «{ $words }», без назви нагадування.
ready-title = Підготуйте
ready-caf-login = Номер CAF і пароль
ready-income = Гроші, отримані за потрібні місяці: розрахункові листи, інші доходи
ready-france-travail-login = Ідентифікатор і пароль France Travail
ready-work-month = Якщо ви працювали: години й зарплата
ready-phone-3949 = Або телефоном: 39 49
ready-id = Документ, що посвідчує особу
ready-domiciliation-letter = Довідка про доміциліацію
ready-health-card = Картка Vitale
ready-income-papers = Документи про доходи
picto-bell = Нагадування
picto-doctor = Лікар
picto-medicine = Ліки
picto-appointment = Зустріч
picto-letter = Лист
picto-call = Дзвінок
picto-money = Гроші
picto-school = Школа
picto-id-card = Документи
picto-home = Житло
picto-food = Їжа
picto-bus = Автобус
date-month-1 = { $day } січня
date-month-2 = { $day } лютого
date-month-3 = { $day } березня
date-month-4 = { $day } квітня
date-month-5 = { $day } травня
date-month-6 = { $day } червня
date-month-7 = { $day } липня
date-month-8 = { $day } серпня
date-month-9 = { $day } вересня
date-month-10 = { $day } жовтня
date-month-11 = { $day } листопада
date-month-12 = { $day } грудня
date-with-weekday = { $day }, { $date }
alert-before = { $name }: через { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}.
alert-today = { $name }: сьогодні.
alert-opens = { $name }: відкрито з сьогодні до 15-го числа опівночі.
alert-last-day = { $name }: останній день. Закривається сьогодні опівночі.
alert-not-done = { $name }: ще не зроблено.
alert-snoozed = { $name }: нагадування.
alert-discreet = У вас є нагадування.
say-reminder-next = Наступного разу: { $date }, о { $time }.
say-reminder-window = Відкриття: { $day }. Закриття: { $date }, опівночі.
say-reminder-open-until = Відкрито зараз. Закриття: { $date }, опівночі.
say-reminder-last-day = Сьогодні останній день. Закривається опівночі.
say-reminder-today = Сьогодні, о { $time }.
say-reminder-not-done = Ще не зроблено. Дата була: { $date }.
say-reminder-snoozed = Я нагадаю: { $date }, о { $time }.
say-reminder-done = Зроблено, дата: { $date }.
say-reminder-missed = Не зроблено вчасно: { $date }.
say-reminder-no-next = Наступної дати немає.
say-reminder-ready = Підготуйте: { $offers }.
say-reminders = { $count ->
    [0] Нагадувань немає.
    [one] { $count } нагадування.
    [few] { $count } нагадування.
    [many] { $count } нагадувань.
   *[other] { $count } нагадування.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] Поруч немає відкритих місць допомоги з документами: { $date }.
    [one] { $count } місце допомагає з документами, відкрите: { $date }.
    [few] { $count } місця допомагають з документами, відкриті: { $date }.
    [many] { $count } місць допомагають з документами, відкриті: { $date }.
   *[other] { $count } місця допомагають з документами, відкриті: { $date }.
}
say-help-nearest = Найближче — { $name }, { $minutes ->
    [one] { $minutes } хвилина пішки
    [few] { $minutes } хвилини пішки
    [many] { $minutes } хвилин пішки
   *[other] { $minutes } хвилини пішки
}, відчинено { $time }.
lock-title = Блокування
lock-choose = Оберіть код
lock-enter = Введіть код
lock-wrong = Неправильний код
lock-wait = Забагато спроб. Спробуйте знову через { $minutes } хв.
lock-digits = Цифри
lock-pictures = Зображення
lock-remove = Зняти блокування
privacy-stored = Що збережено
privacy-export = Зберегти копію
privacy-delete-all = Видалити все
privacy-delete-confirm = Видалити все на цьому телефоні? Це не можна скасувати.
privacy-deleted = Усе видалено.

## Reminder screens
month-1 = січень
month-2 = лютий
month-3 = березень
month-4 = квітень
month-5 = травень
month-6 = червень
month-7 = липень
month-8 = серпень
month-9 = вересень
month-10 = жовтень
month-11 = листопад
month-12 = грудень
calendar-prev = Попередній місяць
calendar-next = Наступний місяць
reminder-save = Зберегти
reminder-next-dates = Наступні дати
reminder-words = Кілька слів (за бажанням)
reminder-picture = Оберіть картинку
reminder-repeat = Повтор
reminder-time = Час нагадування
reminder-caf-day = Торкніться в календарі дня декларації: останньої або наступної.
reminder-delete-confirm = Видалити це нагадування?
lock-ok = Гаразд
lock-erase = Стерти
lock-on = Блокування увімкнено.
say-reminder-new = Нове нагадування. Торкніться картинки: { $choices }.
say-privacy = Усе, що зберігає застосунок, — тут, лише на цьому телефоні. Можна зберегти копію, видалити все або поставити блокування.
say-lock = Блокування. Оберіть код із картинок або цифр, потім введіть його ще раз. Без нього ніхто не відкриє ваші нагадування.

## Map data and updates
data-title = Дані карти
data-line = Дані на { $date } · версія { $version } · { $places ->
    [one] { $places } місце
    [few] { $places } місця
    [many] { $places } місць
   *[other] { $places } місця
}
data-update-now = Оновити зараз
data-updating = Оновлення…
data-last-check = Остання перевірка: { $when }
data-never-checked = Оновлення ще не перевіряли.
data-download = Завантажити
data-auto-wifi = Оновлювати через Wi-Fi
data-allow-mobile = Через мобільний інтернет
data-server = Сервер оновлень
data-server-change = Змінити сервер
data-server-address = Адреса сервера
data-server-save = Зберегти
data-server-default = Стандартний сервер
data-server-none = Сервер не вибрано
data-region-title = Регіон даних
data-region-current = Дані: { $region }
data-regions-show = Інші регіони
data-region-near = Поруч з вами
data-region-in-use = Використовується
data-regions-unavailable = Список регіонів зараз недоступний.
data-server-invalid = Ця адреса не працює. Вона має починатися з https://
data-privacy = З цього сервера приходить лише карта. Про вас нічого не надсилається.
data-from = Дані карти на { $date }
settings-data = Дані карти
sync-up-to-date = Карта вже оновлена.
sync-updated = Карту оновлено.
sync-needs-consent = Готове оновлення розміром { $size }. Завантажити через мобільний інтернет?
sync-not-now = Оновлення почекає на Wi-Fi.
sync-wifi-login-page = Спершу відкрийте сторінку входу Wi-Fi, потім спробуйте ще раз.
sync-no-connection = Немає інтернету. Карта все одно працює.
sync-server-trouble = Сервер погано відповідає. Спробуйте пізніше. Карта все одно працює.
sync-data-from = Новіших даних поки немає. Карта все одно працює.
sync-update-app = Для нових даних потрібна новіша версія застосунку. Оновіть застосунок.
sync-rejected = Оновлення відхилено: йому не можна довіряти. Карта все одно працює.
sync-cannot-write = На телефоні не вистачає місця. Карта все одно працює.
sync-no-host = Немає сервера оновлень. Попросіть помічника вибрати його. Карта все одно працює.
size-kb = { $size } КБ
size-mb = { $size } МБ

## Web app: reminders and giving the app
reminders-cannot-ring = Коли застосунок закритий, він не може дзвонити.
reminders-use-calendar = Додайте нагадування в календар телефона: він задзвонить вчасно.
reminders-add-to-calendar = У календар телефона
say-due = { $count ->
    [one] { $count } нагадування: зробити зараз.
    [few] { $count } нагадування: зробити зараз.
    [many] { $count } нагадувань: зробити зараз.
   *[other] { $count } нагадування: зробити зараз.
}
give-title = Передати застосунок
give-lead = Покажіть цей код людині.
give-code = Код для сканування: { $address }
give-step-scan = Відскануйте код камерою.
give-step-open = Відкрийте посилання.
give-step-add = Додайте його на головний екран.
give-iphone = iPhone: «Поділитися», потім «На початковий екран».
give-android = Android: меню, потім «Установити додаток».
give-offline = Потім він працює без інтернету.

## The street map
map-see = Показати на мапі
map-picture = Мапа вулиць навколо вас, з місцями
map-you = Ви тут
map-closer = Ближче
map-farther = Далі
map-on-me = До мене
map-no-streets = Тут немає мапи вулиць: місця показано за напрямком і відстанню.
map-list = Ті самі місця, від найближчого
map-way = { $name }: { $walk }, напрямок: { $direction }
say-map = Ви тут. { $count ->
    [0] На мапі немає місць.
    [one] На мапі { $count } місце.
    [few] На мапі { $count } місця.
    [many] На мапі { $count } місць.
   *[other] На мапі { $count } місця.
}
say-map-way = { $name }: { $minutes } хв пішки, напрямок: { $direction }.
where-move-dot = Торкніться мапи точно там, де ви є.
map-across-river = на іншому березі річки
say-map-across-river = Це на іншому березі річки.

## Telling the map
report-title = Щось не так?
report-closed = Закрито назавжди
report-moved = Переїхало сюди, де я
report-hours = Години роботи неправильні
report-phone = Неправильний номер телефону
report-wifi = Wi-Fi не працює
report-charging = Тут можна зарядити телефон
report-other = Інше
report-note = Кілька слів (якщо хочете)
report-note-needed = Скажіть кількома словами.
report-phone-new = Правильний номер
report-send = Надіслати
report-kept = Дякуємо. Це збережено на телефоні й буде надіслано, щойно з'явиться зв'язок.
answer-yes = Так
answer-no = Ні
answer-unknown = Не знаю
charging-how = Як?
charging-sockets = Розетки
charging-lockers = Шафки
add-title = Додати місце
add-name = Його назва
add-where-here = Тут, де я
contrib-title = Мої повідомлення
contrib-waiting = Чекає на надсилання
contrib-sent = Надіслано
contrib-refused = Відхилено: { $why }
contrib-delete = Видалити
contrib-none = Поки нічого.
contrib-send-now = Надіслати зараз
results-none-known = Тут поки не відомо жодного місця.
results-i-know-one = Я знаю одне
say-report = { $name }. Що не так? Торкніться малюнка.
say-add = Додати місце. Торкніться того, що там є, потім напишіть назву.
say-contrib = Мої повідомлення: { $count }.
add-hours = Години роботи, якщо знаєте
add-hours-from = З
add-hours-to = До
contrib-team-code = Код команди (від координатора, якщо він у вас є)
contrib-team-code-save = Зберегти код
contrib-team-code-saved = Код збережено.
charging-inside-hours = Лише в години роботи?
