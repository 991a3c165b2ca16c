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
home-language = Dil
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
where-pick-commune = Şehrinizi seçin
where-pick-spot = Yakın bir yer seçin
where-type = Adres yazın
where-search-placeholder = Şehir, sokak veya yer
where-done = Buradayım

## Results
results-title = { $need }
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

## Open status
status-open-until = Açık, kapanış: { $time }
status-open = Açık
status-closed = Kapalı
status-opens-today = Açılış: { $time }
status-opens-tomorrow = Açılış: yarın { $time }
status-opens-day = Açılış: { $day } { $time }
status-unknown = Saatler bilinmiyor

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
place-direction = { $direction }, { $distance }
place-offers = Burada neler var
place-hours = Çalışma saatleri
place-hours-today = Bugün
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
place-bring = Yanınıza alın

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
loading = Yükleniyor

## Problems
error-snapshot = Harita verileri bozulmuştu. Orijinal veriler geri geldi.
error-no-data = Harita verisi yok

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
