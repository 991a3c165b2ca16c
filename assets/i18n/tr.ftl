# Tout près — interface text, Turkish (Türkçe).
# Machine-assisted draft, not yet reviewed by a native speaker (see REVIEW.md).
# Times and names arrive as values, so suffixes are not attached to them ("Açılış: 09:00",
# not "09:00'da"): the right suffix depends on how the number is read.
# Rules: at most three words on buttons; plain words, no jargon; every screen can be read aloud.

app-name = Tout près
language-name = Türkçe

## Needs (tiles: one or two words)
need-wifi = Ücretsiz Wi-Fi
need-charging = Telefon şarjı
need-computers = Bilgisayar
need-helper = Bilgisayar ve yardım
need-procedures = Evrak yardımı
need-training = Bilgisayar kursu
need-equipment = Ucuz telefon, bilgisayar
need-repair = Tamir

## Home
home-title = Neye ihtiyacınız var?
home-read-aloud = Dinle
home-where = Neredeyim?
home-favourites = Yerlerim
home-settings = Ayarlar
home-position-none = Konum bilinmiyor
home-position-age = { $minutes ->
    [0] Konum: az önce
    [one] Konum: 1 dakika önce
   *[other] Konum: { $minutes } dakika önce
}
home-position-place = Yakın: { $place }

## Where am I
where-title = Neredesiniz?
where-gps = Konumumu kullan
where-gps-none = Bu cihazda konum yok
where-gps-denied = Konum izni yok
where-gps-not-found = Konumunuz şu anda bulunamadı. Aşağıdan şehrinizi seçin.
where-gps-searching = Konumunuz aranıyor…
where-gps-off = Konum kapalı. Telefonun ayarlarından açın ya da aşağıdan şehrinizi seçin.
where-pick-commune = Şehrinizi seçin
where-pick-spot = Yakın bir yer seçin
where-type = Adres yazın
where-search-placeholder = Şehir, sokak veya yer
where-done = Buradayım

## Results
results-open-now = Şu an açık
results-free = Ücretsiz
results-no-appointment = Randevusuz
results-none = Burada bir şey yok
results-nearest-far = En yakını { $km } km uzakta
results-show-nearest = Göster
results-to-check = Kontrol edilmeli
results-walk = { $minutes ->
    [one] Yürüyerek 1 dk
   *[other] Yürüyerek { $minutes } dk
}
results-need-position = Önce nerede olduğunuzu söyleyin

## Search
home-search = Ara
search-placeholder = CAF, wifi, kütüphane…
search-title = Arama: { $text }
search-none = Hiçbir şey bulunamadı. Bir resim seçin:

## Open status
status-open-until = Açık, kapanış: { $time }
status-open = Açık
status-closed = Kapalı
status-opens-today = Açılış: { $time }
status-opens-tomorrow = Açılış: yarın { $time }
status-opens-day = Açılış: { $day } { $time }
status-unknown = Saatler bilinmiyor
status-holiday = Resmî tatil: kapalı olabilir, önce arayın

day-1 = Pazartesi
day-2 = Salı
day-3 = Çarşamba
day-4 = Perşembe
day-5 = Cuma
day-6 = Cumartesi
day-7 = Pazar
day-short-1 = Pzt
day-short-2 = Sal
day-short-3 = Çar
day-short-4 = Per
day-short-5 = Cum
day-short-6 = Cmt
day-short-7 = Paz

## Place sheet
place-call = Ara
place-go = Git
place-save = Kaydet
place-saved = Kaydedildi
place-share = Paylaş
place-share-title = Taranacak kod
place-share-help = Başka bir telefonun kamerasını bu koda tutun: yerin adresini ve telefonunu internetsiz bile saklar.
place-share-sms = SMS ile
place-print = Yazdır
share-phone = Telefon: { $phone }
share-hours = Çalışma saatleri:
place-direction = { $direction }, { $distance }
place-offers = Burada neler var
place-helps-with = Yardım: { $procedures }
place-formerly = Eski adı: { $names }
place-hours = Çalışma saatleri
place-address = Adres
place-conditions = Koşullar
place-free = Ücretsiz
place-free-conditions = Koşullu ücretsiz
place-paid = Ücretli
place-membership = Üyelik
place-walk-in = Randevusuz
place-appointment = Randevuyla
place-publics-all = Herkese açık
place-publics-some = Kimler için: { $publics }
place-wheelchair-yes = Tekerlekli sandalye girebilir
place-wheelchair-no = Tekerlekli sandalye giremez
place-languages = Diller: { $languages }
place-wifi-how = Wi-Fi: nasıl bağlanılır
place-wifi-open = Açık ağ
place-wifi-code = Şifreyi isteyin
place-wifi-registration = E-posta veya SMS ile kayıt
place-wifi-paid = Ücretli
place-wifi-customers = Sadece müşteriler için
place-unknown = Bilinmiyor
place-source = Kaynak: { $source }
place-checked = Son kontrol: { $date }

direction-n = kuzey
direction-ne = kuzeydoğu
direction-e = doğu
direction-se = güneydoğu
direction-s = güney
direction-sw = güneybatı
direction-w = batı
direction-nw = kuzeybatı

## Favourites
favourites-title = Kayıtlı yerler
favourites-empty = Henüz kayıtlı yer yok

## Settings
settings-title = Ayarlar
settings-language = Dil
settings-larger-text = Büyük yazı
settings-high-contrast = Yüksek kontrast
settings-speech-speed = Okuma hızı
settings-slower = Daha yavaş
settings-faster = Daha hızlı
settings-about = Veriler hakkında
about-title = Veriler hakkında
about-snapshot = Veri tarihi: { $date }
about-sources = Kaynaklar
about-pictograms = Piktogramlar
about-privacy = Hiçbir şey bu telefondan dışarı çıkmaz.

## Common
back = Geri
home = Ana sayfa

## Problems
error-snapshot = Harita verileri bozulmuştu. Orijinal veriler geri geldi.
error-no-data = Harita verisi yok
user-data-damaged = Kayıtlı yerleriniz ve hatırlatıcılarınız okunamadı. Bu telefonda bir kenara ayrıldılar ve uygulama baştan başlıyor. Harita her zamanki gibi çalışır.
user-data-newer = Kayıtlı yerleriniz ve hatırlatıcılarınız uygulamanın daha yeni bir sürümünden geliyor ve okunamadı. Bu telefonda değiştirilmeden bir kenara ayrıldılar. Uygulama baştan başlıyor; harita her zamanki gibi çalışır.
user-data-cannot-save = Şu anda bu telefona hiçbir şey kaydedilemiyor (hafıza dolu ya da izin yok). Harita çalışır, ama yaptığınız değişiklikler uygulama kapanınca kaybolur.
user-data-notice-ok = Anladım

## Read-aloud scripts (full sentences, spoken)
say-home = Neye ihtiyacınız var? Bir resme dokunun. { $choices }.
say-results = { $need }. { $count ->
    [0] Yakında bir şey yok.
    [one] Yakında bir yer var.
   *[other] Yakında { $count } yer var.
}
say-nearest = En yakını { $name }, { $minutes ->
    [one] yürüyerek 1 dakika
   *[other] yürüyerek { $minutes } dakika
}, { $status }.
say-nearest-far = Yakında bir şey yok. En yakını { $name }, { $km } kilometre uzakta.
say-place = { $name }. { $status }. { $address }.
say-place-offers = Burada bulabilecekleriniz: { $offers }.
say-where = Neredesiniz? Şehrinizi, sonra yakın bir yeri seçin.
say-favourites = { $count ->
    [0] Henüz kayıtlı yer yok.
    [one] Bir kayıtlı yer var.
   *[other] { $count } kayıtlı yer var.
}
say-settings = Ayarlar. Dil, büyük yazı, yüksek kontrast, okuma hızı.
say-need-position = Önce nerede olduğunuzu söyleyin.
say-search = { $text }. { $count ->
    [one] Bir yer bulundu.
   *[other] { $count } yer bulundu.
}
say-search-none = { $text }: hiçbir şey bulunamadı. İhtiyacınızı seçmek için bir resme dokunun.

## Hatırlatıcılar
reminders-title = Hatırlatıcılar
reminder-kind-caf = CAF beyanı
reminder-kind-france-travail = France Travail güncellemesi
reminder-kind-domiciliation = Posta adresi
reminder-kind-health-cover = Sağlık sigortası
reminder-kind-own = Hatırlatıcım
reminder-what-caf = Her 3 ayda bir gelirlerinizi CAF'a bildirin. Bu beyan olmadan ödeme askıya alınır.
reminder-what-france-travail = Her ay France Travail'deki durumunuzu güncelleyin. Güncelleme ayın 28'inde (şubatta 26'sında) açılır ve sonraki ayın 15'inde gece yarısı kapanır. Kaçırırsanız iş arayanlar listesinden çıkarılırsınız ve ödenek durur. İnternetten veya telefonla: 39 49.
reminder-what-domiciliation = Posta adresinizi (domiciliation) yenileyin. Tarihi siz seçtiniz.
reminder-what-health-cover = Sağlık sigortanızı (Complémentaire santé solidaire) yenileyin. Tarihi siz seçtiniz.
repeat-once = Bir kez
repeat-weekly = Her hafta
repeat-monthly = Her ay
repeat-quarterly = Her 3 ayda
repeat-yearly = Her yıl
occurrence-upcoming = Yaklaşan
occurrence-open = Şimdi açık
occurrence-due-today = Bugün
occurrence-not-done = Henüz yapılmadı
occurrence-snoozed = Sonra
occurrence-done = Yapıldı
occurrence-missed = Kaçırıldı
reminder-mark-done = Yaptım
reminder-snooze = Sonra
reminder-help = Yakında yardım
reminder-export = Takvime ekle
reminder-new = Yeni hatırlatıcı
reminder-delete = Sil
reminder-cycle = Beyan ayları
reminder-day = Gün
reminder-time = Saat
reminder-discreet = Gizli bildirimler
reminder-discreet-help = Telefon yalnızca “{ $words }” gösterir, hatırlatmanın adını göstermez.
ready-title = Hazırlayın
ready-caf-login = CAF numaranız ve şifreniz
ready-income = İstenen aylarda aldığınız para: maaş bordroları, diğer gelirler
ready-france-travail-login = France Travail kimliğiniz ve şifreniz
ready-work-month = Çalıştıysanız: saatler ve maaş
ready-phone-3949 = Veya telefonla: 39 49
ready-id = Bir kimlik belgesi
ready-domiciliation-letter = Posta adresi belgeniz
ready-health-card = Vitale kartınız
ready-income-papers = Gelir belgeleriniz
picto-bell = Hatırlatıcı
picto-doctor = Doktor
picto-medicine = İlaç
picto-appointment = Randevu
picto-letter = Mektup
picto-call = Telefon
picto-money = Para
picto-school = Okul
picto-id-card = Belgeler
picto-home = Ev
picto-food = Yemek
picto-bus = Otobüs
date-month-1 = { $day } Ocak
date-month-2 = { $day } Şubat
date-month-3 = { $day } Mart
date-month-4 = { $day } Nisan
date-month-5 = { $day } Mayıs
date-month-6 = { $day } Haziran
date-month-7 = { $day } Temmuz
date-month-8 = { $day } Ağustos
date-month-9 = { $day } Eylül
date-month-10 = { $day } Ekim
date-month-11 = { $day } Kasım
date-month-12 = { $day } Aralık
date-with-weekday = { $date } { $day }
alert-before = { $name }: { $count ->
    [one] 1 gün sonra
   *[other] { $count } gün sonra
}.
alert-today = { $name }: bugün.
alert-opens = { $name }: bugünden ayın 15'i gece yarısına kadar açık.
alert-last-day = { $name }: son gün. Bu gece yarısı kapanıyor.
alert-not-done = { $name }: henüz yapılmadı.
alert-snoozed = { $name }: hatırlatma.
alert-discreet = Bir hatırlatmanız var.
say-reminder-next = Bir sonraki: { $date }, saat { $time }.
say-reminder-window = Açılış: { $day }. Kapanış: { $date }, gece yarısı.
say-reminder-open-until = Şimdi açık. Kapanış: { $date }, gece yarısı.
say-reminder-last-day = Bugün son gün. Gece yarısı kapanıyor.
say-reminder-today = Bugün, saat { $time }.
say-reminder-not-done = Henüz yapılmadı. Tarih: { $date }.
say-reminder-snoozed = Size tekrar hatırlatacağım: { $date }, saat { $time }.
say-reminder-done = Yapıldı. Tarih: { $date }.
say-reminder-missed = Zamanında yapılmadı: { $date }.
say-reminder-no-next = Sonraki tarih yok.
say-reminder-ready = Hazırlayın: { $offers }.
say-reminders = { $count ->
    [0] Hatırlatıcı yok.
    [one] Bir hatırlatıcı.
   *[other] { $count } hatırlatıcı.
}
say-reminder-item = { $name }, { $date }.
say-help-day = { $count ->
    [0] Yakında evrak işlerine yardım eden açık yer yok. Tarih: { $date }.
    [one] Bir yer evrak işlerine yardım ediyor, açık. Tarih: { $date }.
   *[other] { $count } yer evrak işlerine yardım ediyor, açık. Tarih: { $date }.
}
say-help-nearest = En yakını { $name }, { $minutes ->
    [one] yürüyerek 1 dakika
   *[other] yürüyerek { $minutes } dakika
}, açık: { $time }.
lock-title = Kilit
lock-choose = Bir kod seçin
lock-enter = Kodunuzu girin
lock-wrong = Yanlış kod
lock-wait = Çok fazla deneme. { $minutes } dakika sonra tekrar deneyin.
lock-digits = Rakamlar
lock-pictures = Resimler
lock-remove = Kilidi kaldır
privacy-stored = Neler saklanıyor
privacy-export = Bir kopya sakla
privacy-delete-all = Her şeyi sil
privacy-delete-confirm = Bu telefondaki her şey silinsin mi? Geri alınamaz.
privacy-deleted = Her şey silindi.

## Reminder screens
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
calendar-prev = Önceki ay
calendar-next = Sonraki ay
reminder-save = Kaydet
reminder-next-dates = Sonraki tarihler
reminder-words = Birkaç kelime (isterseniz)
reminder-picture = Bir resim seçin
reminder-repeat = Tekrar
reminder-time = Hatırlatma saati
reminder-caf-day = Takvimde bir beyan gününe dokunun: sonuncusu veya bir sonraki.
reminder-delete-confirm = Bu hatırlatıcı silinsin mi?
lock-ok = Tamam
lock-erase = Sil
lock-on = Kilit etkin.
say-reminder-new = Yeni hatırlatıcı. Bir resme dokunun: { $choices }.
say-privacy = Uygulamanın sakladığı her şey burada, yalnızca bu telefonda. Bir kopya saklayabilir, her şeyi silebilir veya kilit koyabilirsiniz.
say-lock = Kilit. Resimlerden veya rakamlardan bir kod seçin, sonra bir kez daha girin. Kod olmadan kimse hatırlatıcılarınızı açamaz.

## Map data and updates
data-title = Harita verileri
data-line = Veri tarihi: { $date } · sürüm { $version } · { $places } yer
data-update-now = Şimdi güncelle
data-updating = Güncelleniyor…
data-last-check = Son kontrol: { $when }
data-never-checked = Güncelleme henüz kontrol edilmedi.
data-download = İndir
data-auto-wifi = Wi-Fi ile güncelle
data-allow-mobile = Mobil veri kullan
data-server = Güncelleme sunucusu
data-server-change = Sunucuyu değiştir
data-server-address = Sunucu adresi
data-server-save = Kaydet
data-server-default = Varsayılan sunucu
data-server-none = Sunucu seçilmedi
data-region-title = Verilerin bölgesi
data-region-current = Veriler: { $region }
data-regions-show = Diğer bölgeleri gör
data-region-near = Size yakın
data-region-in-use = Kullanımda
data-regions-unavailable = Bölge listesi şu anda kullanılamıyor.
data-server-invalid = Bu adres çalışmıyor. Adres https:// ile başlamalı.
data-privacy = Bu sunucudan yalnızca harita gelir. Sizinle ilgili hiçbir şey gönderilmez.
data-from = Harita verileri: { $date }
settings-data = Harita verileri
sync-up-to-date = Harita güncel.
sync-updated = Harita güncellendi.
sync-needs-consent = { $size } boyutunda bir güncelleme hazır. Mobil veriyle indirilsin mi?
sync-not-now = Güncelleme için Wi-Fi beklenecek.
sync-wifi-login-page = Önce Wi-Fi giriş sayfasını açın, sonra tekrar deneyin.
sync-no-connection = Bağlantı yok. Harita yine de çalışır.
sync-server-trouble = Sunucu iyi cevap vermiyor. Daha sonra deneyin. Harita yine de çalışır.
sync-data-from = Şimdilik daha yeni veri yok. Harita yine de çalışır.
sync-update-app = Yeni veriler için uygulamanın yeni sürümü gerekiyor. Uygulamayı güncelleyin.
sync-rejected = Bir güncelleme reddedildi: güvenilir değildi. Harita yine de çalışır.
sync-cannot-write = Telefonda yeterli yer yok. Harita yine de çalışır.
sync-no-host = Güncelleme sunucusu yok. Bir yardımcıdan birini seçmesini isteyin. Harita yine de çalışır.
size-kb = { $size } KB
size-mb = { $size } MB

## Web app: reminders and giving the app
reminders-cannot-ring = Uygulama kapalıyken çalamaz.
reminders-use-calendar = Hatırlatmalarınızı telefonun takvimine ekleyin: zamanında çalar.
reminders-add-to-calendar = Telefonumun takvimine ekle
say-due = { $count ->
    [one] Şimdi yapılacak bir hatırlatma.
   *[other] Şimdi yapılacak { $count } hatırlatma.
}
give-title = Uygulamayı ver
give-lead = Bu kodu kişiye gösterin.
give-code = Taranacak kod: { $address }
give-step-scan = Kodu kamerayla tarayın.
give-step-open = Bağlantıyı açın.
give-step-add = Ana ekrana ekleyin.
give-iphone = iPhone: Paylaş, sonra “Ana Ekrana Ekle”.
give-android = Android: menü, sonra “Uygulamayı yükle”.
give-offline = Sonra internetsiz çalışır.

## The street map
map-see = Haritada gör
map-picture = Çevrenizdeki sokakların haritası, yerlerle birlikte
map-you = Buradasınız
map-closer = Yaklaş
map-farther = Uzaklaş
map-on-me = Bana dön
map-no-streets = Burada sokak haritası yok: yerler yönlerine ve uzaklıklarına göre gösteriliyor.
map-list = Aynı yerler, en yakından başlayarak
map-way = { $name }: { $walk }, yön: { $direction }
say-map = Buradasınız. { $count ->
    [0] Haritada hiç yer yok.
   *[other] Haritada { $count } yer var.
}
say-map-way = { $name } yürüyerek { $minutes } dakika uzakta, yön: { $direction }.
where-move-dot = Haritada tam olarak bulunduğunuz yere dokunun.
map-across-river = nehrin karşı tarafında
say-map-across-river = Nehrin karşı tarafında.

## Telling the map
report-title = Bir sorun mu var?
report-closed = Kalıcı olarak kapandı
report-moved = Taşındı, buraya, bulunduğum yere
report-hours = Saatler yanlış
report-phone = Telefon numarası yanlış
report-wifi = Wifi çalışmıyor
report-charging = Burada telefon şarj edilebilir
report-other = Başka bir şey
report-note = Birkaç kelime (isterseniz)
report-note-needed = Birkaç kelimeyle söyleyin.
report-phone-new = Doğru numara
report-send = Gönder
report-kept = Teşekkürler. Telefonda saklandı ve bağlantı olur olmaz gönderilecek.
answer-yes = Evet
answer-no = Hayır
answer-unknown = Bilmiyorum
charging-how = Nasıl?
charging-sockets = Prizler
charging-lockers = Dolaplar
add-title = Yer ekle
add-name = Adı
add-where-here = Burası, bulunduğum yer
contrib-title = Bildirimlerim
contrib-waiting = Gönderilmeyi bekliyor
contrib-sent = Gönderildi
contrib-refused = Reddedildi: { $why }
contrib-delete = Sil
contrib-none = Henüz bir şey yok.
contrib-send-now = Şimdi gönder
results-none-known = Burada henüz bilinen bir yer yok.
results-i-know-one = Bir tane biliyorum
say-report = { $name }. Sorun ne? Bir resme dokunun.
say-add = Yer ekle. Orada ne olduğuna dokunun, sonra adını yazın.
say-contrib = Bildirimlerim: { $count }.
add-hours = Çalışma saatleri, biliyorsanız
add-hours-from = Başlangıç
add-hours-to = Bitiş
contrib-team-code = Ekip kodu (koordinatörünüzden, varsa)
contrib-team-code-save = Bu kodu sakla
contrib-team-code-saved = Kod saklandı.
charging-inside-hours = Yalnızca çalışma saatlerinde mi?
