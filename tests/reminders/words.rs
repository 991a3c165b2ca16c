//! What reminders say, as text in every language, and the help they point to on the bundled
//! Isère snapshot.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use toutpres::i18n::{Lang, Tr};
use toutpres::reminders::alerts::word;
use toutpres::reminders::help::{help_for, hours_on, places_open_on};
use toutpres::reminders::schedule::{paris_instant, status};
use toutpres::reminders::speech::{date_text, script_help, script_reminder, script_reminders};
use toutpres::reminders::templates::{self, OWN_PICTOGRAMS};
use toutpres::reminders::{Marks, OccurrenceStatus, QuarterCycle, Reminder, Repeat};
use toutpres::snapshot::Snapshot;
use toutpres::Need;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn paris(y: i32, m: u32, day: u32, h: u32) -> DateTime<Utc> {
    paris_instant(d(y, m, day).and_hms_opt(h, 0, 0).unwrap())
}

fn clean(lang: Lang, s: &str) {
    assert!(s.len() > 5, "{lang:?}: too short: {s}");
    assert!(
        !s.contains('{') && !s.contains('}'),
        "{lang:?}: unformatted: {s}"
    );
    assert!(
        !s.contains('\u{2068}') && !s.contains('\u{2069}'),
        "{lang:?}: bidi marks in speech: {s}"
    );
}

fn samples() -> Vec<Reminder> {
    let t = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
    let mut v = vec![
        Reminder::caf_declaration(QuarterCycle::containing(3).unwrap(), 15, d(2026, 1, 1)),
        Reminder::france_travail(d(2026, 1, 1)),
        Reminder::domiciliation(6, 1, d(2026, 1, 1)),
        Reminder::health_cover(11, 30, d(2026, 1, 1)),
        Reminder::own("doctor.svg", "Dr Martin", d(2026, 3, 20), t, Repeat::None),
        Reminder::own("bus.svg", "", d(2026, 3, 2), t, Repeat::Weekly),
    ];
    for (i, r) in v.iter_mut().enumerate() {
        r.id = i as i64 + 1;
    }
    v
}

#[test]
fn every_message_the_reminders_use_exists_in_every_language() {
    let mut ids: Vec<String> = templates::message_ids()
        .iter()
        .map(|s| s.to_string())
        .collect();
    ids.extend((1..=12).map(|m| format!("date-month-{m}")));
    for s in [
        OccurrenceStatus::Upcoming,
        OccurrenceStatus::Open,
        OccurrenceStatus::DueToday,
        OccurrenceStatus::NotDone,
        OccurrenceStatus::Missed,
    ] {
        ids.push(s.message_id().to_string());
    }
    for r in samples() {
        ids.push(r.repeat_message_id().to_string());
    }
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for id in &ids {
            assert!(tr.has(id), "{lang:?} lacks {id}");
        }
    }
    assert_eq!(OWN_PICTOGRAMS.len(), 12);
}

#[test]
fn dates_in_words() {
    let today = d(2026, 3, 10);
    let fr = Tr::new(Lang::Fr);
    assert_eq!(date_text(&fr, d(2026, 9, 1), today), "mardi 1er septembre");
    assert_eq!(date_text(&fr, d(2026, 3, 15), today), "dimanche 15 mars");
    assert_eq!(
        date_text(&fr, d(2027, 1, 15), today),
        "vendredi 15 janvier 2027"
    );
    let en = Tr::new(Lang::En);
    assert_eq!(date_text(&en, d(2026, 9, 1), today), "Tuesday 1 September");
    let ru = Tr::new(Lang::Ru);
    assert_eq!(
        toutpres::i18n::strip_isolation(&date_text(&ru, d(2026, 3, 15), today)),
        "воскресенье, 15 марта"
    );
}

#[test]
fn read_aloud_scripts_in_every_language_start_with_the_pictogram_word() {
    let now = paris(2026, 3, 10, 8);
    let rs = samples();
    let marks = Marks::new();
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for r in &rs {
            let current = r.current(&marks, now);
            let s = script_reminder(&tr, r, current, now);
            clean(lang, &s);
            let word = toutpres::i18n::strip_isolation(
                &toutpres::reminders::speech::pictogram_word(&tr, r),
            );
            assert!(s.starts_with(&word), "{lang:?}: {s}");
        }
        // France Travail: the window and the phone number, in every language.
        let ft = script_reminder(&tr, &rs[1], rs[1].current(&marks, now), now);
        assert!(ft.contains("15") && ft.contains("39 49"), "{lang:?}: {ft}");
        let own = script_reminder(&tr, &rs[4], rs[4].current(&marks, now), now);
        assert!(
            own.contains("Dr Martin") && own.contains("20") && own.contains("09:30"),
            "{lang:?}: {own}"
        );
        let list: Vec<_> = rs.iter().map(|r| (r, r.current(&marks, now))).collect();
        clean(lang, &script_reminders(&tr, &list, now));
        // States other than "upcoming" have their own sentence.
        let caf = &rs[0];
        let occ = caf.occurrences_from(d(2026, 3, 1)).next().unwrap();
        for at in [
            paris(2026, 3, 15, 12),
            paris(2026, 3, 18, 12),
            paris(2026, 3, 25, 12),
        ] {
            let st = status(&occ, None, at);
            let s = script_reminder(&tr, caf, Some((occ, st)), at);
            clean(lang, &s);
            let expected = if st == OccurrenceStatus::DueToday {
                "10:00"
            } else {
                "15"
            };
            assert!(s.contains(expected), "{lang:?} {st:?}: {s}");
        }
    }
    let en = Tr::new(Lang::En);
    assert_eq!(
        script_reminder(&en, &rs[4], rs[4].current(&marks, now), now),
        "Doctor. Dr Martin. Next time: Friday 20 March, at 09:30."
    );
    assert_eq!(
        script_reminder(&en, &rs[5], rs[5].current(&marks, now), now),
        "Bus. Next time: Monday 16 March, at 09:30."
    );
    let fr = Tr::new(Lang::Fr);
    assert_eq!(
        script_reminder(&fr, &rs[1], rs[1].current(&marks, now), now),
        "Actualisation France Travail. Ouvert maintenant, jusqu'au dimanche 15 mars à minuit. \
         Chaque mois, actualisez votre situation auprès de France Travail. L'actualisation ouvre \
         le 28 (le 26 en février) et ferme le 15 du mois suivant à minuit. Si vous la manquez, \
         vous n'êtes plus inscrit comme demandeur d'emploi et l'allocation s'arrête. En ligne, \
         ou par téléphone : 39 49. À préparer : Votre identifiant France Travail et votre mot de \
         passe, Si vous avez travaillé : heures et salaire, Ou par téléphone : 39 49."
    );
    assert_eq!(
        script_reminder(&fr, &rs[0], rs[0].current(&marks, now), now),
        "Déclaration CAF. Prochaine fois : dimanche 15 mars, à 10:00. Tous les 3 mois, déclarez \
         vos ressources à la CAF. Sans cette déclaration, le versement est suspendu. À préparer : \
         Votre numéro CAF et votre mot de passe, L'argent reçu les mois demandés : fiches de paie, \
         autres revenus."
    );
}

#[test]
fn alert_words_in_every_language_name_the_reminder() {
    let rs = samples();
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for r in &rs {
            for occ in r.occurrences_from(d(2026, 3, 1)).take(2) {
                for planned in r.planned_for(&occ) {
                    let alert = word(&tr, r, &planned, false);
                    assert!(!alert.body.contains('{'), "{lang:?}: {}", alert.body);
                    assert!(
                        alert.body.contains(&alert.title),
                        "{lang:?}: {}",
                        alert.body
                    );
                    assert_eq!(alert.id, planned.identifier());
                    let discreet = word(&tr, r, &planned, true);
                    assert!(!discreet.body.contains(&alert.title));
                }
            }
        }
    }
}

fn bundled() -> Snapshot {
    Snapshot::open(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/toutpres-isere.sqlite"
    )))
    .unwrap()
}

#[test]
fn help_nearby_is_open_on_the_day_and_nearest_first() {
    let snap = bundled();
    let (lat, lon) = (45.1913, 5.7146); // Grenoble station
    let tuesday = d(2026, 3, 10);
    let open = places_open_on(&snap, lat, lon, tuesday, 5, 8_000.0).unwrap();
    assert_eq!(open.len(), 5, "Grenoble has places helping with procedures");
    for w in open.windows(2) {
        assert!(w[0].hit.distance_m <= w[1].hit.distance_m);
    }
    for p in &open {
        assert!(p
            .hit
            .place
            .needs
            .union(p.hit.place.needs_to_check)
            .contains(Need::Procedures));
        assert!(!p.hours.is_empty());
    }
    // Fewer places help on a Sunday, and those shown are open that Sunday.
    let weekday = places_open_on(&snap, lat, lon, tuesday, 50, 8_000.0).unwrap();
    let sunday = places_open_on(&snap, lat, lon, d(2026, 3, 15), 50, 8_000.0).unwrap();
    assert!(
        sunday.len() < weekday.len(),
        "{} vs {}",
        sunday.len(),
        weekday.len()
    );
    // Public holidays count: "PH off" closes a place on 1 May (a Friday in 2026).
    let schedule = toutpres::hours::Schedule::parse("Mo-Fr 09:00-12:00; PH off").unwrap();
    assert!(hours_on(&schedule, d(2026, 5, 1)).is_empty());
    // (8 May is a holiday too; 15 May is an ordinary Friday.)
    assert_eq!(hours_on(&schedule, d(2026, 5, 15)).len(), 1);
    // Hours that say nothing about holidays do not send anyone on a holiday: the place may be
    // closed (14 July 2026, a Tuesday); its Tuesday hours stand on an ordinary Tuesday.
    let silent = toutpres::hours::Schedule::parse("Mo-Fr 09:00-12:00").unwrap();
    assert!(hours_on(&silent, d(2026, 7, 14)).is_empty());
    assert_eq!(hours_on(&silent, d(2026, 7, 7)).len(), 1);
    // Every place with hours in the bundled snapshot says nothing about holidays: no help is
    // offered that day, while the Tuesday before has some.
    assert!(places_open_on(&snap, lat, lon, d(2026, 7, 14), 5, 8_000.0)
        .unwrap()
        .is_empty());
    assert!(!places_open_on(&snap, lat, lon, d(2026, 7, 7), 5, 8_000.0)
        .unwrap()
        .is_empty());
    // For France Travail before its window opens, help is looked up on the opening day.
    let ft = Reminder::france_travail(d(2026, 1, 1));
    let occ = ft.occurrences_from(d(2026, 3, 16)).next().unwrap();
    let help = help_for(&snap, &occ, d(2026, 3, 20), lat, lon, 3).unwrap();
    assert_eq!(help.day, d(2026, 3, 28));
    let now = paris(2026, 3, 20, 9);
    for lang in Lang::ALL {
        let s = script_help(&Tr::new(lang), &help, now);
        clean(lang, &s);
        if let Some(first) = help.places.first() {
            assert!(s.contains(&first.hit.place.name), "{lang:?}: {s}");
        }
    }
}

#[test]
fn what_is_due_is_said_in_every_language_and_named_only_when_allowed() {
    use toutpres::reminders::alerts::due_now;
    use toutpres::reminders::speech::script_due;
    let now = paris(2026, 3, 10, 11);
    let mut doctor = Reminder::own(
        "doctor.svg",
        "",
        d(2026, 3, 10),
        NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        Repeat::None,
    );
    doctor.id = 1;
    let reminders = [doctor];
    let due = due_now(&reminders, &Marks::new(), now);
    assert_eq!(due.len(), 1);
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        let named = script_due(&tr, &due, true, now);
        let discreet = script_due(&tr, &due, false, now);
        clean(lang, &named);
        clean(lang, &discreet);
        let name = toutpres::reminders::speech::pictogram_word(&tr, &reminders[0]);
        assert!(named.contains(&name), "{lang:?}: {named}");
        assert!(!discreet.contains(&name), "{lang:?}: {discreet}");
        assert!(named.starts_with(&discreet), "{lang:?}: the number first");
    }
    let en = script_due(&Tr::new(Lang::En), &due, true, now);
    assert_eq!(en, "One reminder to do now. Doctor. Today, at 10:00.");
}
