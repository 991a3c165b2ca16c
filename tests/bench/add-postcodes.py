#!/usr/bin/env python3
"""Adds a `postcode` column to a generated benchmark file (../shared/bench/gen.py), so the
build's département step can be measured both ways: places that carry their own postcode, and
places that take their nearest neighbour's (the generator gives none).

The département is drawn per half-degree cell, so neighbours share one as they do on a map;
a share of rows (--share, default 0.7) keeps the column empty, as OSM and field places do.

    python3 tests/bench/add-postcodes.py places_300k.csv > places_300k_postcodes.csv
"""
import argparse
import csv
import random
import sys

# Metropolitan départements (Corsica as 20: the build maps 200xx/201xx to 2A and 202xx to 2B).
DEPARTMENTS = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["20"]


def postcode(lat: float, lon: float) -> str:
    cell = (int((lat + 90) * 2), int((lon + 180) * 2))
    dep = DEPARTMENTS[(cell[0] * 7919 + cell[1] * 104729) % len(DEPARTMENTS)]
    return f"{dep}000"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("places", help="a places_*.csv from gen.py")
    parser.add_argument("--share", type=float, default=0.7, help="share of rows with a postcode")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.places, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = list(reader.fieldnames or []) + ["postcode"]
        out = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        out.writeheader()
        for row in reader:
            keep = rng.random() < args.share
            row["postcode"] = postcode(float(row["lat"]), float(row["lon"])) if keep else ""
            out.writerow(row)


if __name__ == "__main__":
    main()
