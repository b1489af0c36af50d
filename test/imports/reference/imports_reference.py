"""Independent reference for test/imports/exposure.test.ts.

Reads the seed's imports.csv, supplies.csv, components.csv and firms.csv with Python's csv module
and computes the import exposure as DESIGN.md defines it ("Analyses > Import exposure"): for each
buyer x component only the rows of the latest year that buyer reports; per component and per buyer
the imported value, the domestic SUPPLIES value, the import share, the origin shares and their
Herfindahl-Hirschman index (sum of squared shares). Standard library only.
Run: python3 imports_reference.py ../../../seed/indonesia > seed-imports.json
"""
import csv
import json
import sys
from collections import defaultdict

folder = sys.argv[1]


def rows(name):
    with open(f"{folder}/{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


imports = rows("imports")
supplies = rows("supplies")
latest = {}
for r in imports:
    key = (r["buyer"], r["component"])
    latest[key] = max(latest.get(key, 0), int(r["year"]))
flows = [r for r in imports if int(r["year"]) == latest[(r["buyer"], r["component"])]]


def exposure(key_of, supply_key_of):
    imported = defaultdict(float)
    origins = defaultdict(lambda: defaultdict(float))
    domestic = defaultdict(float)
    for r in flows:
        k = key_of(r)
        imported[k] += float(r["value_usd"])
        origins[k][r["country"]] += float(r["value_usd"])
    for s in supplies:
        domestic[supply_key_of(s)] += float(s["value_usd"] or 0)
    out = {}
    for k in set(imported) | set(domestic):
        imp, dom = imported.get(k, 0.0), domestic.get(k, 0.0)
        shares = {c: v / imp for c, v in origins[k].items()} if imp > 0 else {}
        out[k] = {
            "importedValueUsd": imp,
            "domesticValueUsd": dom,
            "importShare": imp / (imp + dom) if imp + dom > 0 else None,
            "hhi": sum(s * s for s in shares.values()) if imp > 0 else None,
            "originShares": shares,
        }
    return out


print(json.dumps({
    "source": "test/imports/reference/imports_reference.py on seed/indonesia",
    "components": exposure(lambda r: r["component"], lambda s: s["component"]),
    "buyers": exposure(lambda r: r["buyer"], lambda s: s["buyer"]),
}, indent=1, sort_keys=True))
