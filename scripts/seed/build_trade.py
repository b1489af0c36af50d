#!/usr/bin/env python3
"""Writes seed/indonesia/hs_components.csv and seed/indonesia/trade.csv (issue 15) from the seed's
components.csv and imports.csv. Deterministic, standard library only, no network:

    python3 scripts/seed/build_trade.py && npx rantai validate seed/indonesia

The concordance (hs_components.csv): each HS subheading the seed's components carry is split into
n + 1 equal parts, one for each of its n seed components and one for the rest of the subheading's
goods (HS 8708.30 holds brake pads, servo-brakes and more besides the seed's drum, disc and
caliper). No published split exists; the shares are estimates and say so.

The national table (trade.csv): no published figure by HS subheading, origin and year was available
to the project offline (the one published national figure, HS 8708 imports of about USD 3.8 billion
in 2018 (OEC), has neither subheadings nor origins), so the table is an estimate too: a subheading's
imports from an origin in a year are taken as (n + 1) × the seed's buyers' imports of its n
components from that origin in that year — the buyers are taken to import the seed components'
part of the code. Only the buyers' latest year is estimated: their earlier year covers a few of the
same imports, and the two estimates would differ by what was reported, not by trade. Carried back through the concordance, each component gets (n + 1) x B x 1/(n + 1)
= B, the buyers' imports of all n seed components of its subheading (its own and its siblings'),
which differs from its own buyers' figure wherever a subheading holds several seed components: that
is what `importBasis=national` then weighs. seed/README.md documents both files. Replace both files with real ones (`rantai trade convert`).
"""
import csv
import os
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(__file__), '..', '..', 'seed', 'indonesia')
SHARE_SOURCE = 'estimate: the subheading split equally among its {n} seed component(s) and the rest of its goods (1/{parts} each); see seed/README.md'
TRADE_SOURCE = 'estimate: (n + 1) x the seed buyers\' imports of the subheading\'s n seed components (imports.csv); no published figure by subheading and origin; see seed/README.md'
# The same in Bahasa Indonesia (the files' source_id), which an Indonesian page or briefing quotes.
SHARE_SOURCE_ID = 'perkiraan: subpos dibagi rata di antara {n} komponen seed pada subpos itu dan barang lain di dalamnya (masing-masing 1/{parts}); lihat seed/README.md'
TRADE_SOURCE_ID = 'perkiraan: (n + 1) x impor pembeli dalam seed untuk n komponen seed pada subpos itu (imports.csv); tidak ada angka terbitan menurut subpos dan negara asal; lihat seed/README.md'


def read(name):
    with open(os.path.join(ROOT, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def write(name, header, rows):
    with open(os.path.join(ROOT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


def main():
    components = read('components.csv')
    hs_of = {c['id']: c['hs'].replace('.', '') for c in components if c['hs'].strip()}
    by_code = defaultdict(list)
    for cid, hs in hs_of.items():
        by_code[hs].append(cid)

    concordance = []
    for hs in sorted(by_code):
        ids = sorted(by_code[hs])
        parts = len(ids) + 1
        share = round(1 / parts, 6)
        for cid in ids:
            concordance.append([hs, cid, f'{share:g}', SHARE_SOURCE.format(n=len(ids), parts=parts), SHARE_SOURCE_ID.format(n=len(ids), parts=parts)])
    write('hs_components.csv', ['hs', 'component', 'share', 'source', 'source_id'], concordance)

    buyers = defaultdict(float)
    for r in read('imports.csv'):
        hs = hs_of.get(r['component'])
        if hs:
            buyers[(int(r['year']), hs, r['country'])] += float(r['value_usd'])
    # Only the latest year: the seed's buyers report 2022 for a few of the imports they report for
    # 2023, so a 2022 estimate would differ from 2023's by what was reported, not by trade (the first
    # version of this table had HS 8409.91 at +24,000 % a year, and most subheadings "first imported
    # in 2023"). With one year the views show no trend rather than a wrong one.
    latest = max(year for (year, _, _) in buyers)
    trade = []
    for (year, hs, origin) in sorted(buyers):
        if year != latest:
            continue
        value = round(buyers[(year, hs, origin)] * (len(by_code[hs]) + 1), 2)
        trade.append([year, hs, origin, f'{value:.2f}'.rstrip('0').rstrip('.'), '', '', TRADE_SOURCE, TRADE_SOURCE_ID])
    write('trade.csv', ['year', 'hs', 'origin', 'value_usd', 'quantity', 'unit', 'source', 'source_id'], trade)
    print(f'hs_components.csv: {len(concordance)} rows; trade.csv: {len(trade)} rows')


if __name__ == '__main__':
    main()
