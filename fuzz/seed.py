#!/usr/bin/env python3
"""Seeds the fuzz corpora (fuzz/corpus/<target>/, kept out of git) from the real files of the
shared data folder, so that a run starts from what producers really publish.

Why small seeds: an importer's time grows with its input, and libFuzzer mutates a few bytes at
a time, so a header with a handful of real rows reaches the same code as the whole file at a
fraction of the cost per execution (BENCHMARKS.md, "Fuzzing"). Each seed is a whole file the
importer accepts: a CSV header with ROWS real rows (blocks taken evenly through the file), or a
JSON array of RECORDS real records.

    python3 fuzz/seed.py [--data ../shared/data] [TARGET...]   (default: every target seeded here)

A corpus folder that already exists is added to, never emptied: seeds are named by their
content's hash, so seeding twice writes nothing new.

Not seeded here: `manifest` starts empty (no mutation passes the signature anyway), and
`delta_apply` takes a real delta from the bundled snapshot to a newer edition, made with
`toutpres-cli publish` and decompressed (`zstd -d`); BENCHMARKS.md says how.
"""

import argparse
import csv
import hashlib
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 4
RECORDS = 4
MAX_SEEDS = 40
# The -max_len the runs use (fuzz/run-all.sh): a seed longer than this would be cut.
MAX_LEN = 4096


def csv_records(data):
    """Splits CSV bytes into records (a quoted field may hold line breaks)."""
    records, current, quotes = [], b"", 0
    for line in data.splitlines(keepends=True):
        current += line
        quotes += line.count(b'"')
        if quotes % 2 == 0:
            records.append(current)
            current, quotes = b"", 0
    if current:
        records.append(current)
    return records


def evenly(blocks, count):
    if len(blocks) <= count:
        return blocks
    step = len(blocks) / count
    return [blocks[int(i * step)] for i in range(count)]


def fitting(make, items):
    """The longest prefix of `items` whose seed fits in MAX_LEN (at least one item)."""
    for n in range(len(items), 0, -1):
        seed = make(items[:n])
        if len(seed) <= MAX_LEN:
            return seed
    return None


def csv_seeds(path, count=MAX_SEEDS):
    records = csv_records(open(path, "rb").read())
    header, rows = records[0], records[1:]
    blocks = [rows[i : i + ROWS] for i in range(0, len(rows), ROWS)]
    seeds = []
    for block in evenly(blocks, count):
        seed = fitting(lambda rs: header + b"".join(rs), block)
        if seed:
            seeds.append(seed)
    return seeds


def json_seeds(path, count=MAX_SEEDS):
    records = json.load(open(path, encoding="utf-8"))
    blocks = [records[i : i + RECORDS] for i in range(0, len(records), RECORDS)]
    seeds = []
    for block in evenly(blocks, count):
        seed = fitting(
            lambda rs: json.dumps(rs, ensure_ascii=False, indent=1).encode(), block
        )
        if seed:
            seeds.append(seed)
    return seeds


def osm_seeds(path):
    whole = json.load(open(path, encoding="utf-8"))
    seeds = [json.dumps(whole, ensure_ascii=False).encode()]
    for element in whole.get("elements", []):
        alone = dict(whole, elements=[element])
        seeds.append(json.dumps(alone, ensure_ascii=False).encode())
    return seeds


def weeks(data):
    """`french_hours`: the distinct weeks of the per-day columns, one line per day, Monday
    first (Hinaura's form export and France services' `h_lundi`…`h_samedi`)."""
    days_fr = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
    found = []
    for record in json.load(open(os.path.join(data, "hinaura-aura/hinaura-lieux-isere-2022.json"), encoding="utf-8")):
        found.append("\n".join(str(record.get(d) or "") for d in days_fr))
    with open(os.path.join(data, "france-services/liste-fs-20221201-isere.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            found.append("\n".join(row.get("h_" + d.lower(), "") or "" for d in days_fr[:6]))
    distinct = sorted({w for w in found if w.strip()})
    return [w.encode() for w in distinct]


def osm_expressions(data):
    """`hours`: 4 bytes of moment (minutes from 2020, little-endian) then an OSM expression,
    the distinct `horaires` of the Conseillers numériques and ANCT exports."""
    found = set()
    for name in [
        "cnfs-conseillers-numeriques/cnfs-lieux-2022-12-isere.json",
        "hinaura-aura/anct-hinaura-lieux-mediation-numerique-isere.json",
    ]:
        for record in json.load(open(os.path.join(data, name), encoding="utf-8")):
            if record.get("horaires"):
                found.add(record["horaires"])
    # A Tuesday at 10:00 in March 2026, then the same expression at night on a Sunday.
    moments = [3_278_220, 3_278_220 + 5 * 24 * 60 + 12 * 60]
    seeds = []
    for i, text in enumerate(sorted(found)):
        seeds.append(struct.pack("<I", moments[i % 2]) + text.encode())
    return seeds


# Contributions as the app posts them (`src/contribution.rs`): a new place and each problem.
PROBLEMS = [
    '{"type":"closed_for_good"}',
    '{"type":"moved","lat":45.19,"lon":5.72}',
    '{"type":"hours_wrong","hours_osm":"Mo-Sa 10:00-18:00"}',
    '{"type":"hours_wrong","text":"Fermé le lundi"}',
    '{"type":"phone_wrong","phone":"04 76 00 00 00"}',
    '{"type":"wifi_broken"}',
    '{"type":"charging_here","free":true,"how":"lockers","inside_hours_only":false}',
    '{"type":"other"}',
]
NEW_PLACE = (
    '{"id":"k3J9x2mQpL8vN4rT","kind":{"type":"new_place","name":"Accueil de jour Point d\'eau",'
    '"lat":45.1875,"lon":5.7357,"needs":["charging","wifi"],"charging":{"free":true,'
    '"how":"sockets","inside_hours_only":true},"hours_osm":"Mo-Fr 09:00-12:00","free":true},'
    '"note":"Prises dans la salle d\'accueil.","created":"2026-03-10T10:00:00+01:00",'
    '"app_version":"0.1.0"}'
)


def reports(place_key):
    return [
        '{"id":"report-%010d","kind":{"type":"report","place_key":"%s","problem":%s},'
        '"created":"2026-03-10T10:00:00Z","app_version":"0.1.0"}' % (i, place_key, p)
        for i, p in enumerate(PROBLEMS)
    ]


def contribution_seeds():
    return [c.encode() for c in [NEW_PLACE] + reports("hinaura:42")]


def field_seeds():
    """`import_field`: export files as `inbox export` writes them, naming the target's two
    known places (`hinaura:1`, `hinaura:2`)."""
    contributions = [NEW_PLACE] + reports("hinaura:1") + reports("hinaura:2")[:3]
    seeds = []
    for i in range(0, len(contributions), 3):
        entries = ",".join(
            '{"contribution":%s,"team":%s,"received":"2026-03-10T10:05:00Z",'
            '"accepted":"2026-03-11T09:00:00Z"}' % (c, '"maraude-centre"' if j % 2 else "null")
            for j, c in enumerate(contributions[i : i + 3])
        )
        seeds.append(('{"format":"toutpres-field/1","contributions":[%s]}' % entries).encode())
    return seeds


def review_form_seeds():
    """`review_form`: a contribution and a form the review page sends, split by a blank line:
    the list's query, an edit, and the headers the origin check reads."""
    forms = [
        "page=3&par=50&ordre=ancien&type=report&equipe=-&besoin=charging",
        "page=2&par=20&ordre=recent&equipe=Maraude+Nord&besoin=wifi",
        "csrf=00ff&name=Lieu+renomm%C3%A9&hours=Mo-Sa+10%3A00-18%3A00&note=Prises%0D%0Aau+fond",
        "csrf=00ff&name=&hours=le+matin&note=",
        "origin=https%3A%2F%2Frelecture.example&host=relecture.example&site=same-origin",
        "cookie=a%3D1%3B+tp_review%3Dxyz&a=abc&b=abc",
    ]
    contributions = [NEW_PLACE] + reports("hinaura:42")[2:4]
    return [(c + "\n\n" + f).encode() for c in contributions for f in forms] + [f.encode() for f in forms]


def targets(data):
    d = lambda *p: os.path.join(data, *p)
    return {
        "import_schema": lambda: csv_seeds(d("mediation-numerique-schema/exemple-valide.csv"))
        + json_seeds(d("cnfs-conseillers-numeriques/cnfs-lieux-2022-12-isere.json"), 10)
        + json_seeds(d("cnfs-conseillers-numeriques/cnfs-lieux-2022-12-france.json"), 20),
        "import_france_services": lambda: csv_seeds(d("france-services/liste-fs-20221201-isere.csv"), 10)
        + csv_seeds(d("france-services/liste-fs-20221201.csv"), 30),
        "import_libraries": lambda: csv_seeds(d("bibliotheques-publiques/adresses-des-bibliotheques-publiques-isere.csv"), 10)
        + csv_seeds(d("bibliotheques-publiques/adresses-des-bibliotheques-publiques.csv"), 30),
        "import_grenoble_wifi": lambda: csv_seeds(d("grenoble-bornes-wifi/borneswifi_EPSG4326.csv")),
        "import_grenoble_bm": lambda: csv_seeds(d("grenoble-bm-libraries/grenoble-bm-libraries.csv")),
        "import_aidants_connect": lambda: csv_seeds(d("aidants-connect/aidants-connect-structures-2023-01-isere.csv")),
        "import_paris_wifi": lambda: csv_seeds(d("paris-wifi/sites-disposant-du-service-paris-wi-fi.csv")),
        "import_sncf_wifi": lambda: csv_seeds(d("sncf-wifi/gares-wifi-oui-geolocalisees.csv"))
        + csv_seeds(d("sncf-wifi/gares-equipees-du-wifi.csv"), 3),
        "import_hinaura": lambda: json_seeds(d("hinaura-aura/hinaura-lieux-isere-2022.json")),
        "import_anct_hinaura": lambda: json_seeds(d("hinaura-aura/anct-hinaura-lieux-mediation-numerique-isere.json")),
        "import_osm": lambda: osm_seeds(os.path.join(HERE, "..", "tests", "fixtures", "osm-grenoble.json")),
        "french_hours": lambda: weeks(data),
        "hours": lambda: osm_expressions(data),
        "contribution": contribution_seeds,
        "import_field": field_seeds,
        "review_form": review_form_seeds,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    parser.add_argument("target", nargs="*")
    args = parser.parse_args()
    table = targets(args.data)
    for name in args.target or sorted(table):
        if name not in table:
            sys.exit(f"no seeds for {name}: one of {', '.join(sorted(table))}")
        folder = os.path.join(HERE, "corpus", name)
        os.makedirs(folder, exist_ok=True)
        seeds = table[name]()
        for seed in seeds:
            with open(os.path.join(folder, hashlib.sha1(seed).hexdigest()), "wb") as f:
                f.write(seed)
        sizes = [len(s) for s in seeds]
        print(f"{name}: {len(seeds)} seeds, {min(sizes)} to {max(sizes)} bytes")


if __name__ == "__main__":
    main()
