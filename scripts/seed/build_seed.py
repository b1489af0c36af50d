#!/usr/bin/env python3
"""Builds the default Indonesian seed dataset, seed/indonesia/*.csv, from the tables in this file.

Deterministic: no randomness, no clock, no network. Run from any directory:

    python3 scripts/seed/build_seed.py

The provenance of every table (which facts are reported, which numbers are estimates and how they
were derived) is written up in seed/README.md; keep the two in step when editing.
"""
from __future__ import annotations

import csv
import math
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "seed" / "indonesia"

# --------------------------------------------------------------------------------------------
# Sources, as short labels; seed/README.md gives each outlet's address. ILLUS marks values
# invented for the seed.
# --------------------------------------------------------------------------------------------
ILLUS = "illustrative estimate, see seed/README.md"
KEMENPERIN = "Kemenperin/IKMA via Kompas, Republika, Liputan6, Gatra, Solopos 2017-2019"
KBJ_BISNIS = "Bisnis.com 2019-03-22 (KBJ cylinder sleeves for PT TPR Indonesia)"
KBJ_ANTARA = "Antara Jateng 2019-03-22 (KBJ: 150 IKM, 4,000 workers)"
KBJ_MERDEKA = "Merdeka 2019-03-22 (KBJ sleeves reach TMMIN)"
KBJ_JPNN = "JPNN, Merdeka 2019 (KBJ coaching and donated equipment)"
KAI_BISNIS = "Bisnis.com 2017-04-03 (Ceper brake blocks for PT KAI)"
KAI_LIPUTAN6 = "Liputan6 2016-11-15 (Ceper blocks for PT KAI and PT INKA)"
KAI_SOLOPOS = "Solopos 2017-04-06 (PT KAI composite blocks from China and Australia)"
TIMLO = "Timlo.net 2016 (Batur Jaya blocks since 1990, SNI and ISO)"
WARU_DUTA = "Duta.co (four Ngingas IKM supply AHM via PT Rahmad Perdana Adi Metal)"
KAYABA_TEGAL = "Jateng Updates 2023-12-08 (PT Kannindo Metal Industri with Kayaba via YDBA)"
TEGAL_DISWAY = "Disway Jogja (Tegal IKM are tier-2 for AHM, TAM, ADM, SIM)"
TEGAL_TMI = "Radar Tegal 2023-11-20 (Koperasi TMI tier-2 to Astra via YDBA)"
TEGAL_SCL = "Bisnis.com 2022-09-01 (PT Sadiyah Cahaya Logam, Tegal)"
TEGAL_FNF = "Tribun Jateng 2018-10-11 (PT FNF Metalindo Utama, YDBA)"
TEGAL_GLT = "ESQ News 2010-08-19 (PT Gemilang Lestari Teknik supplies United Tractors and Polytron)"
TEGAL_COUNTS = "Tegal cluster counts: Talang 368 IKM and 1,436 workers (2019), Adiwerna 277 IKM and 1,204 workers (2020)"
PANASONIC_ANTARA = "Antara (pump cluster: Panasonic with IKM in Ceper and Tegal, PT Pascal, PT Krida)"
PANASONIC_REPUBLIKA = "Republika 2019-08-09 (Panasonic's 30 millionth pump; business matching)"
PURBALINGGA = "Purbalingga exhaust cluster: 204 IKM, 1,326 workers, about 852,650 exhausts a year (2020); orders from Toyota, Honda, Pindad"
PURBALINGGA_INIBARU = "Inibaru.id (Purbalingga exhausts ordered by Suzuki, Toyota, Daihatsu, Pindad)"
PINDAD_TEMPO = "Tempo 2011-04-01 (Purbalingga exhausts for PT Pindad since 2009)"
SMIDEP = "JICA-Kemenperin SMIDeP (Kemenperin 2017-2019)"
COMPANY = "public company information"
OEM_PLANTS = "public company information (plant locations)"

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def num(x: float | int | None) -> str:
    """A number as short decimal text ('' for None); never scientific notation."""
    if x is None:
        return ""
    if isinstance(x, bool):
        raise TypeError("boolean where a number was expected")
    if isinstance(x, int):
        return str(x)
    if float(x).is_integer() and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".")


def flag(b: bool) -> str:
    return "true" if b else "false"


def around(lat: float, lon: float, i: int) -> tuple[float, float]:
    """A display position near (lat, lon): the i-th point of a golden-angle spiral, 0.6-1.5 km out."""
    r = 0.006 + 0.003 * (i % 4)
    a = math.radians(137.508 * (i + 1))
    return round(lat + r * math.sin(a), 4), round(lon + r * math.cos(a), 4)


def write(name: str, columns: list[str], rows: list[dict]) -> None:
    path = OUT / f"{name}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(columns)
        for row in rows:
            extra = set(row) - set(columns)
            if extra:
                raise ValueError(f"{name}: unknown columns {sorted(extra)}")
            w.writerow([row.get(c, "") for c in columns])


# --------------------------------------------------------------------------------------------
# Processes, materials, countries, programmes
# --------------------------------------------------------------------------------------------
PROCESSES = [
    ("p-pattern", "Pattern making", "Wood, resin or metal patterns and core boxes for sand moulds"),
    ("p-core-making", "Core making", "Sand cores (cold-box or shell) for hollow castings"),
    ("p-casting-grey", "Grey iron sand casting", "Green-sand moulding and pouring of grey (lamellar) cast iron"),
    ("p-casting-ductile", "Ductile iron casting", "Spheroidal-graphite iron: nodularising and inoculation treatment, sand moulding"),
    ("p-casting-steel", "Steel casting", "Carbon and low-alloy steel sand castings (induction or arc melting)"),
    ("p-casting-centrifugal", "Centrifugal casting", "Spun casting of tubular parts such as cylinder sleeves and liners"),
    ("p-diecast-al", "Aluminium die casting", "High-pressure die casting of aluminium alloys"),
    ("p-casting-al-gravity", "Aluminium gravity casting", "Gravity or low-pressure permanent-mould casting of aluminium"),
    ("p-forging", "Hot forging", "Closed-die hot forging of steel"),
    ("p-machining-cnc", "CNC machining", "CNC turning, milling and drilling"),
    ("p-machining-conv", "Conventional machining", "Manual lathes, milling and drilling machines"),
    ("p-grinding", "Precision grinding", "Cylindrical, surface and centreless grinding"),
    ("p-superfinishing", "Honing and superfinishing", "Honing, lapping and superfinishing of bearing and bore surfaces"),
    ("p-heat-treatment", "Heat treatment", "Hardening, tempering, carburising, induction hardening, annealing"),
    ("p-stamping", "Press stamping", "Blanking, piercing, bending and drawing of sheet steel"),
    ("p-welding", "Welding", "MIG/MAG, spot and TIG welding of assemblies"),
    ("p-pipe-bending", "Tube bending", "Bending and forming of steel tubes"),
    ("p-plating", "Surface treatment and plating", "Electroplating, hard chrome, zinc and hot-dip galvanising"),
    ("p-painting", "Painting and coating", "Spray, powder and electro-deposition coating"),
    ("p-spring-coiling", "Spring coiling", "Hot and cold coiling of springs, with setting and shot peening"),
    ("p-compression-moulding", "Compression moulding", "Moulding and curing of friction composites (brake blocks, pads)"),
    ("p-injection-moulding", "Plastic injection moulding", "Thermoplastic injection moulding"),
    ("p-rubber-moulding", "Rubber compounding and moulding", "Mixing, building and curing of rubber products such as tyres"),
    ("p-smt", "Electronics assembly (SMT)", "Surface-mount placement, reflow and in-circuit test of circuit boards"),
    ("p-balancing", "Dynamic balancing", "Balancing of rotating parts (crankshafts, flywheels)"),
]

MATERIALS = [
    ("m-fc200", "Grey iron FC200", "JIS G 5501"),
    ("m-fc250", "Grey iron FC250", "JIS G 5501"),
    ("m-fcd450", "Ductile iron FCD450", "JIS G 5502"),
    ("m-fc-phos", "Phosphoric grey iron (railway brake blocks)", "UIC 832"),
    ("m-sc450", "Carbon steel casting SC450", "JIS G 5101"),
    ("m-adc12", "Aluminium die-casting alloy ADC12", "JIS H 5302"),
    ("m-ac4b", "Aluminium casting alloy AC4B", "JIS H 5202"),
    ("m-s45c", "Carbon steel S45C", "JIS G 4051"),
    ("m-scm420", "Chromium-molybdenum steel SCM420", "JIS G 4053"),
    ("m-scm440", "Chromium-molybdenum steel SCM440", "JIS G 4053"),
    ("m-suj2", "High-carbon chromium bearing steel SUJ2", "JIS G 4805"),
    ("m-spcc", "Cold-rolled steel sheet SPCC", "JIS G 3141"),
    ("m-saph440", "Hot-rolled automotive structural steel SAPH440", "JIS G 3113"),
    ("m-sus409", "Ferritic stainless steel SUS409L", "JIS G 4305"),
    ("m-sus304", "Austenitic stainless steel SUS304 (bar)", "JIS G 4303"),
    ("m-sgcc", "Hot-dip galvanised steel sheet SGCC", "JIS G 3302"),
    ("m-sup9", "Spring steel SUP9", "JIS G 4801"),
    ("m-swosc", "Oil-tempered Cr-Si valve-spring wire SWOSC-V", "JIS G 3561"),
    ("m-piston-ring-iron", "Alloyed grey iron for piston rings", "ISO 6621-3"),
    ("m-friction-composite", "Composite friction material (non-asbestos)", "UIC 541-4"),
    ("m-fr4", "FR-4 glass-epoxy laminate", "IPC-4101"),
    ("m-pa66", "Glass-filled polyamide 66", ""),
    ("m-tyre-rubber", "Tyre rubber compound (natural and synthetic rubber)", ""),
]

COUNTRIES = [
    ("JPN", "Japan"), ("THA", "Thailand"), ("CHN", "China"), ("KOR", "South Korea"), ("IND", "India"),
    ("DEU", "Germany"), ("USA", "United States"), ("MYS", "Malaysia"), ("VNM", "Viet Nam"),
    ("TWN", "Taiwan"), ("AUS", "Australia"),
]

PROGRAMS = [
    ("prog-link-match", "Link and match: IKM with large industry (Kemenperin)"),
    ("prog-restructuring", "IKM machinery restructuring programme (Kemenperin)"),
    ("prog-smidep-1", "SMIDeP round 1, 2013-2016 (JICA-Kemenperin)"),
    ("prog-smidep-2", "SMIDeP round 2: metal casting and ship components, Pasuruan (JICA-Kemenperin)"),
    ("prog-cert-coaching", "Quality and certification coaching (ISO 9001, IATF 16949 core tools)"),
    ("prog-business-matching", "Business matching with BUMN and large private buyers (January 2017)"),
    ("prog-tmmin-coaching", "TMMIN-Kemenperin coaching of Koperasi Batur Jaya (2016-2019)"),
    ("prog-ydba", "YDBA leading-sector coaching (Yayasan Dharma Bhakti Astra)"),
    ("prog-material-center", "IKM material centre, LIK Takaru Tegal (2019)"),
    ("prog-composite-training", "Composite brake-block training for Ceper foundries (February 2017)"),
    ("prog-kite-ikm", "KITE IKM import facility for exporting IKM"),
]

# Names in Bahasa Indonesia (the name_id and description_id columns): what the product shows when it
# speaks Indonesian. Written as the ministry's and the foundries' own usage has them (besi cor kelabu,
# besi cor nodular, tromol rem, permesinan); a term the trade uses untranslated keeps its English
# word beside the Indonesian one.
PROCESSES_ID = {
    "p-pattern": ("Pembuatan pola", "Pola kayu, resin atau logam serta kotak inti untuk cetakan pasir"),
    "p-core-making": ("Pembuatan inti", "Inti pasir (cold-box atau shell) untuk coran berongga"),
    "p-casting-grey": ("Pengecoran pasir besi cor kelabu", "Pembuatan cetakan pasir basah (green sand) dan penuangan besi cor kelabu (grafit serpih)"),
    "p-casting-ductile": ("Pengecoran besi cor nodular", "Besi cor grafit bulat: perlakuan nodularisasi dan inokulasi, cetakan pasir"),
    "p-casting-steel": ("Pengecoran baja", "Coran pasir baja karbon dan baja paduan rendah (peleburan dengan tanur induksi atau busur listrik)"),
    "p-casting-centrifugal": ("Pengecoran sentrifugal", "Pengecoran putar untuk komponen berbentuk tabung seperti selongsong silinder (liner)"),
    "p-diecast-al": ("Pengecoran cetak tekan aluminium (die casting)", "Pengecoran cetak tekan tinggi paduan aluminium"),
    "p-casting-al-gravity": ("Pengecoran gravitasi aluminium", "Pengecoran gravitasi atau tekanan rendah aluminium dalam cetakan permanen"),
    "p-forging": ("Tempa panas", "Tempa panas baja dengan cetakan tertutup"),
    "p-machining-cnc": ("Permesinan CNC", "Pembubutan, pengefraisan dan pengeboran dengan mesin CNC"),
    "p-machining-conv": ("Permesinan konvensional", "Mesin bubut, frais dan bor manual"),
    "p-grinding": ("Penggerindaan presisi", "Gerinda silindris, gerinda permukaan dan gerinda tanpa senter (centreless)"),
    "p-superfinishing": ("Honing dan superfinishing", "Honing, lapping dan superfinishing permukaan bantalan dan lubang silinder"),
    "p-heat-treatment": ("Perlakuan panas", "Pengerasan, temper, karburisasi, pengerasan induksi, anil"),
    "p-stamping": ("Pengepresan pelat (stamping)", "Blanking, pelubangan, penekukan dan penarikan dalam (deep drawing) pelat baja"),
    "p-welding": ("Pengelasan", "Pengelasan MIG/MAG, las titik dan TIG untuk rakitan"),
    "p-pipe-bending": ("Pembengkokan pipa", "Pembengkokan dan pembentukan pipa baja"),
    "p-plating": ("Perlakuan permukaan dan pelapisan", "Elektroplating, krom keras, pelapisan seng dan galvanis celup panas"),
    "p-painting": ("Pengecatan dan pelapisan", "Pengecatan semprot, cat serbuk (powder coating) dan elektrodeposisi"),
    "p-spring-coiling": ("Penggulungan pegas", "Penggulungan pegas panas dan dingin, dengan setting dan shot peening"),
    "p-compression-moulding": ("Cetak tekan (compression moulding)", "Pencetakan dan curing bahan friksi komposit (blok rem, kampas rem)"),
    "p-injection-moulding": ("Cetak injeksi plastik", "Cetak injeksi termoplastik"),
    "p-rubber-moulding": ("Pencampuran kompon dan pencetakan karet", "Pencampuran, perakitan dan vulkanisasi produk karet seperti ban"),
    "p-smt": ("Perakitan elektronika (SMT)", "Pemasangan komponen permukaan (surface mount), reflow dan uji dalam rangkaian papan sirkuit"),
    "p-balancing": ("Penyeimbangan dinamis (balancing)", "Penyeimbangan komponen berputar (poros engkol, roda gila)"),
}

MATERIALS_ID = {
    "m-fc200": "Besi cor kelabu FC200",
    "m-fc250": "Besi cor kelabu FC250",
    "m-fcd450": "Besi cor nodular FCD450",
    "m-fc-phos": "Besi cor kelabu berfosfor (blok rem kereta api)",
    "m-sc450": "Baja cor karbon SC450",
    "m-adc12": "Paduan aluminium cetak tekan ADC12",
    "m-ac4b": "Paduan aluminium cor AC4B",
    "m-s45c": "Baja karbon S45C",
    "m-scm420": "Baja krom-molibden SCM420",
    "m-scm440": "Baja krom-molibden SCM440",
    "m-suj2": "Baja bantalan krom karbon tinggi SUJ2",
    "m-spcc": "Pelat baja canai dingin SPCC",
    "m-saph440": "Baja struktural otomotif canai panas SAPH440",
    "m-sus409": "Baja tahan karat feritik SUS409L",
    "m-sus304": "Baja tahan karat austenitik SUS304 (batang)",
    "m-sgcc": "Pelat baja galvanis celup panas SGCC",
    "m-sup9": "Baja pegas SUP9",
    "m-swosc": "Kawat pegas katup Cr-Si temper minyak SWOSC-V",
    "m-piston-ring-iron": "Besi cor kelabu paduan untuk ring piston",
    "m-friction-composite": "Bahan friksi komposit (nonasbes)",
    "m-fr4": "Laminat kaca-epoksi FR-4",
    "m-pa66": "Poliamida 66 berpenguat serat kaca",
    "m-tyre-rubber": "Kompon karet ban (karet alam dan sintetis)",
}

PROGRAMS_ID = {
    "prog-link-match": "Link and match IKM dengan industri besar (Kemenperin)",
    "prog-restructuring": "Program restrukturisasi mesin dan peralatan IKM (Kemenperin)",
    "prog-smidep-1": "SMIDeP tahap 1, 2013-2016 (JICA-Kemenperin)",
    "prog-smidep-2": "SMIDeP tahap 2: pengecoran logam dan komponen kapal, Pasuruan (JICA-Kemenperin)",
    "prog-cert-coaching": "Pendampingan mutu dan sertifikasi (ISO 9001, core tools IATF 16949)",
    "prog-business-matching": "Temu bisnis dengan BUMN dan industri besar swasta (Januari 2017)",
    "prog-tmmin-coaching": "Pembinaan Koperasi Batur Jaya oleh TMMIN dan Kemenperin (2016-2019)",
    "prog-ydba": "Pembinaan sektor unggulan YDBA (Yayasan Dharma Bhakti Astra)",
    "prog-material-center": "Pusat bahan baku IKM, LIK Takaru Tegal (2019)",
    "prog-composite-training": "Pelatihan blok rem komposit bagi IKM pengecoran Ceper (Februari 2017)",
    "prog-kite-ikm": "Fasilitas KITE IKM bagi IKM berorientasi ekspor",
}

# The numbered IKM stand-ins describe their trade in English ("IKM Ceper 04 (manhole covers)"):
# in Indonesian the description is Indonesian ("IKM Ceper 04 (tutup manhole)"). Registered names
# (PT, CV, UD, Koperasi) are not translated.
STAND_IN_TRADES_ID = {
    "CNC machining": "permesinan CNC",
    "aluminium castings": "coran aluminium",
    "aluminium die casting": "cetak tekan aluminium",
    "automotive aftermarket castings": "coran suku cadang otomotif",
    "automotive iron foundry": "pengecoran besi otomotif",
    "boat fittings": "perlengkapan kapal",
    "car exhausts, stainless": "knalpot mobil, baja tahan karat",
    "composite brake-block trial": "uji coba blok rem komposit",
    "diesel-engine parts": "komponen mesin diesel",
    "ductile valves and fittings": "katup dan fiting besi cor nodular",
    "electroplating": "elektroplating",
    "exhaust parts": "komponen knalpot",
    "exhausts": "knalpot",
    "farm-machinery castings": "coran alat dan mesin pertanian",
    "grey-iron foundry": "pengecoran besi cor kelabu",
    "hard chrome": "krom keras",
    "heat treatment": "perlakuan panas",
    "heavy-vehicle exhausts": "knalpot kendaraan berat",
    "machine tools": "perkakas mesin",
    "machining": "permesinan",
    "manhole covers": "tutup manhole",
    "motorcycle exhausts": "knalpot sepeda motor",
    "pattern shop": "bengkel pola",
    "patterns and cores": "pola dan inti",
    "pipe fittings": "fiting pipa",
    "plastic moulding": "cetak plastik",
    "plating and heat treatment": "pelapisan dan perlakuan panas",
    "precision CNC machining": "permesinan CNC presisi",
    "precision machining": "permesinan presisi",
    "pump bodies": "bodi pompa",
    "pump parts": "komponen pompa",
    "railway castings": "coran kereta api",
    "scale weights and ballast": "anak timbangan dan pemberat",
    "ship and farm machining": "permesinan komponen kapal dan alat pertanian",
    "sprockets": "sproket",
    "stamping and coating": "pengepresan dan pelapisan",
    "steel castings": "coran baja",
    "turning shop": "bengkel bubut",
    "turning": "pembubutan",
    "two-wheel stampings": "komponen pres roda dua",
}

# Large firms whose name describes them in English.
LARGE_NAMES_ID = {"f-pdam": "PDAM (perusahaan air minum daerah, pembeli agregat)"}


# Firms' sectors in Bahasa Indonesia (firms.csv's sector_id), in the same terms as the names above.
SECTORS_ID = {
    "stamped motorcycle parts; supplies Astra Honda Motor through PT Rahmad Perdana Adi Metal": "komponen sepeda motor hasil pengepresan (stamping); memasok Astra Honda Motor melalui PT Rahmad Perdana Adi Metal",
    "construction (state-owned)": "konstruksi (BUMN)",
    "motorcycle exhausts": "knalpot sepeda motor",
    "cars; plant Cikarang": "mobil; pabrik Cikarang",
    "turned parts": "komponen hasil bubut",
    "aluminium gravity castings": "coran gravitasi aluminium",
    "heat-treatment services": "jasa perlakuan panas",
    "cars; plants Sunter (engines) and Karawang": "mobil; pabrik Sunter (mesin) dan Karawang",
    "cars; plants Sunter and Karawang": "mobil; pabrik Sunter dan Karawang",
    "cars; plant Karawang": "mobil; pabrik Karawang",
    "motorcycles; plants Sunter, Pegangsaan, Cikarang, Karawang": "sepeda motor; pabrik Sunter, Pegangsaan, Cikarang, Karawang",
    "motorcycles; plants Pulogadung and Karawang": "sepeda motor; pabrik Pulogadung dan Karawang",
    "cars and motorcycles; plants Tambun, Cakung, Cikarang": "mobil dan sepeda motor; pabrik Tambun, Cakung, Cikarang",
    "cars; plant Cikarang (GIIC)": "mobil; pabrik Cikarang (GIIC)",
    "defence vehicles (armoured personnel carriers)": "kendaraan pertahanan (kendaraan angkut personel lapis baja)",
    "piston rings; tier-1 to TMMIN": "ring piston; pemasok tier-1 TMMIN",
    "motorcycle stamped parts; tier-1 to Astra Honda Motor": "komponen pres sepeda motor; pemasok tier-1 Astra Honda Motor",
    "shock absorbers": "peredam kejut (shock absorber)",
    "component holding; foundry and stamping divisions": "induk usaha komponen; divisi pengecoran dan pengepresan",
    "engine electronics, thermal systems": "elektronika mesin, sistem termal",
    "engine and body parts, pumps": "komponen mesin dan bodi, pompa",
    "brakes": "rem",
    "forged crankshafts and connecting rods": "poros engkol dan setang piston tempa",
    "leaf, coil and valve springs": "pegas daun, pegas ulir dan pegas katup",
    "tyres": "ban",
    "transmissions and engine parts": "transmisi dan komponen mesin",
    "gears and camshafts": "roda gigi dan poros nok (camshaft)",
    "ball and roller bearings": "bantalan bola dan bantalan rol",
    "motorcycle frames and stamped parts": "rangka sepeda motor dan komponen pres",
    "iron castings (brake discs and drums)": "coran besi (cakram dan tromol rem)",
    "railway operator (state-owned)": "operator kereta api (BUMN)",
    "rolling-stock maker (state-owned)": "produsen sarana perkeretaapian (BUMN)",
    "regional water utilities (state-owned); placed at Jakarta for display": "perusahaan air minum daerah (milik pemerintah); ditempatkan di Jakarta untuk tampilan peta",
    "electricity utility (state-owned)": "perusahaan listrik (BUMN)",
    "toll roads (state-owned)": "jalan tol (BUMN)",
    "consumer electronics": "elektronika konsumen",
    "water pumps and home appliances": "pompa air dan peralatan rumah tangga",
    "water pumps (as the source names only 'PT Shimizu')": "pompa air (sumber hanya menyebut 'PT Shimizu')",
    "household appliances": "peralatan rumah tangga",
    "heavy equipment": "alat berat",
    "foundry cooperative of about 150 Ceper IKM: brake blocks, cylinder sleeves, castings": "koperasi pengecoran beranggotakan sekitar 150 IKM Ceper: blok rem, selongsong silinder (liner), coran",
    "ductile-iron valves and fittings for water utilities": "katup dan fiting besi cor nodular untuk PDAM",
    "railway spare castings": "coran suku cadang kereta api",
    "water-pump bodies": "bodi pompa air",
    "manhole covers and fittings": "tutup manhole dan fiting",
    "grey-iron castings; composite brake-block trial": "coran besi cor kelabu; uji coba blok rem komposit",
    "brake drums, flywheels, pulleys for the aftermarket": "tromol rem, roda gila, puli untuk pasar purnajual",
    "CNC machining of castings": "permesinan CNC untuk coran",
    "ductile pipe fittings": "fiting pipa besi cor nodular",
    "scale weights, ballast, manhole covers": "anak timbangan, pemberat, tutup manhole",
    "patterns and core boxes": "pola dan kotak inti",
    "farm-machinery castings and pulleys": "coran alat dan mesin pertanian, puli",
    "stamped and welded parts; supplier to Kayaba via YDBA (2023)": "komponen pres dan las; pemasok Kayaba melalui YDBA (2023)",
    "cooperative; tier-2 to Astra through YDBA": "koperasi; pemasok tier-2 Astra melalui YDBA",
    "light stamped parts: 37 two-wheel and 15 four-wheel parts, ~100,000 pieces a month": "komponen pres ringan: 37 komponen roda dua dan 15 komponen roda empat, sekitar 100.000 buah sebulan",
    "motorcycle component machining; YDBA leading-sector pioneer": "permesinan komponen sepeda motor; perintis sektor unggulan YDBA",
    "machined parts for heavy equipment (United Tractors) and electronics (Polytron)": "komponen hasil permesinan untuk alat berat (United Tractors) dan elektronika (Polytron)",
    "precision machining for automotive tier-1s": "permesinan presisi untuk pemasok tier-1 otomotif",
    "water-pump parts; passed Panasonic's supplier evaluation (2019)": "komponen pompa air; lulus evaluasi pemasok Panasonic (2019)",
    "grey-iron castings for pumps and ships": "coran besi cor kelabu untuk pompa dan kapal",
    "electroplating, hard chrome and heat treatment services": "jasa elektroplating, krom keras dan perlakuan panas",
    "stamped motorcycle parts": "komponen pres sepeda motor",
    "machining for ships and farm machinery": "permesinan komponen kapal dan alat pertanian",
    "motorcycle sprockets": "sproket sepeda motor",
    "automotive iron castings; SMIDeP foundry participant": "coran besi otomotif; peserta SMIDeP bidang pengecoran",
    "steel castings for railway and ship fittings": "coran baja untuk perlengkapan kereta api dan kapal",
    "castings and parts for small diesel engines": "coran dan komponen mesin diesel kecil",
    "boat fittings": "perlengkapan kapal",
    "machine tools and factory equipment": "perkakas mesin dan peralatan pabrik",
    "patterns and cores": "pola dan inti",
    "grey-iron castings": "coran besi cor kelabu",
    "machining job shop": "bengkel permesinan pesanan",
    "stamped and painted brackets": "braket pres bercat",
    "zinc and chrome plating": "pelapisan seng dan krom",
    "car and motorcycle exhausts, stainless": "knalpot mobil dan sepeda motor, baja tahan karat",
    "exhausts for armoured vehicles and trucks": "knalpot kendaraan lapis baja dan truk",
    "motorcycle and car exhausts": "knalpot sepeda motor dan mobil",
    "exhaust flanges and heat shields": "flens knalpot dan pelindung panas",
    "machining of castings and shafts": "permesinan coran dan poros",
    "manhole covers and street castings": "tutup manhole dan coran perlengkapan jalan",
    "small grey-iron castings": "coran besi cor kelabu ukuran kecil",
    "patterns": "pola",
    "conventional machining": "permesinan konvensional",
    "shafts, rods and bushings": "poros, batang dan bus (bushing)",
    "hard-chrome plating": "pelapisan krom keras",
    "induction hardening and tempering": "pengerasan induksi dan temper",
    "general machining": "permesinan umum",
    "water-pump components (Bekasi)": "komponen pompa air (Bekasi)",
    "aluminium die castings for two-wheelers": "coran cetak tekan aluminium (die casting) untuk kendaraan roda dua",
    "aluminium die castings": "coran cetak tekan aluminium (die casting)",
    "CNC machining": "permesinan CNC",
    "plastic injection moulding": "cetak injeksi plastik",
    "water-pump components (Pati, Jawa Tengah)": "komponen pompa air (Pati, Jawa Tengah)",
}


def firm_name_id(fid: str, name: str) -> str:
    """The Indonesian name of a stand-in or descriptive name; "" for a registered name."""
    if fid in LARGE_NAMES_ID:
        return LARGE_NAMES_ID[fid]
    m = re.match(r"^(IKM [A-Z][a-z]+ \d\d) \((.*)\)$", name)
    return f"{m.group(1)} ({STAND_IN_TRADES_ID[m.group(2)]})" if m else ""


COMPONENTS_ID = {
    "c-cylinder-sleeve": "Selongsong silinder (liner)",
    "c-piston-ring": "Set ring piston",
    "c-brake-drum": "Tromol rem",
    "c-brake-disc": "Piringan cakram rem",
    "c-brake-caliper": "Bodi kaliper rem",
    "c-wheel-hub": "Hub roda",
    "c-exhaust-manifold": "Manifold buang",
    "c-flywheel": "Roda gila (flywheel)",
    "c-pulley": "Puli poros engkol",
    "c-cylinder-block": "Blok silinder",
    "c-cylinder-head": "Kepala silinder",
    "c-transmission-case": "Rumah transmisi",
    "c-crankcase-mc": "Bak mesin sepeda motor (crankcase)",
    "c-oil-pump-body": "Bodi pompa oli",
    "c-water-pump-car": "Bodi pompa air mesin",
    "c-crankshaft": "Poros engkol tempa",
    "c-connecting-rod": "Batang penghubung (connecting rod)",
    "c-gear-transmission": "Roda gigi transmisi (mesin sepeda motor)",
    "c-ball-bearing": "Bantalan bola alur dalam",
    "c-taper-bearing": "Bantalan rol tirus",
    "c-ecu": "Unit kendali mesin (ECU)",
    "c-fuel-injector": "Injektor bahan bakar",
    "c-bracket-mc": "Braket pres sepeda motor",
    "c-chassis-bracket": "Braket sasis (mobil)",
    "c-sprocket-mc": "Gir penggerak sepeda motor (sproket)",
    "c-exhaust-muffler-mc": "Knalpot sepeda motor",
    "c-exhaust-muffler-car": "Peredam knalpot mobil (muffler)",
    "c-exhaust-system-hd": "Sistem knalpot kendaraan berat",
    "c-shock-absorber": "Peredam kejut (shock absorber)",
    "c-piston-rod": "Batang piston peredam kejut",
    "c-shock-bracket": "Braket dudukan peredam kejut",
    "c-coil-spring": "Pegas spiral suspensi",
    "c-valve-spring": "Pegas katup mesin",
    "c-tyre": "Ban mobil penumpang",
    "c-pump-housing": "Rumah pompa air (besi cor)",
    "c-pump-injector": "Bodi injektor (jet) pompa air",
    "c-pump-shaft": "Poros pompa air (baja tahan karat)",
    "c-brake-block-rail": "Blok rem kereta api, logam",
    "c-brake-block-composite": "Blok rem kereta api, komposit",
    "c-axle-box-cover": "Tutup kotak gandar kereta api",
    "c-coupler-knuckle": "Knuckle alat perangkai kereta api",
    "c-manhole-cover": "Tutup manhole beserta rangkanya",
    "c-gate-valve-body": "Bodi katup gerbang (pipa induk air minum)",
    "c-pipe-fitting": "Fiting pipa besi cor nodular",
    "c-line-clamp": "Klem gantung saluran transmisi listrik",
    "c-machined-bushing": "Bushing baja hasil permesinan (alat berat)",
    "c-appliance-bracket": "Braket sasis peralatan rumah tangga (pres)",
}

# --------------------------------------------------------------------------------------------
# Components: id, name, hs, category, material, processes, mass kg, unit price USD, tolerance mm,
# certification. Masses, prices and tolerances are typical values (estimates, see README).
# --------------------------------------------------------------------------------------------
IATF = "IATF 16949"
ISO = "ISO 9001"
SNI = "SNI"
COMPONENTS = [
    ("c-cylinder-sleeve", "Cylinder sleeve (liner)", "8409.91", "engine", "m-fc250", ["p-casting-centrifugal", "p-machining-cnc"], 1.2, 6.0, 0.05, ISO),
    ("c-piston-ring", "Piston ring set", "8409.91", "engine", "m-piston-ring-iron", ["p-casting-grey", "p-machining-cnc", "p-grinding", "p-plating"], 0.02, 1.5, 0.005, IATF),
    ("c-brake-drum", "Brake drum", "8708.30", "brakes", "m-fc250", ["p-pattern", "p-casting-grey", "p-machining-cnc"], 9.0, 25.0, 0.1, IATF),
    ("c-brake-disc", "Brake disc rotor", "8708.30", "brakes", "m-fc250", ["p-casting-grey", "p-machining-cnc"], 6.0, 18.0, 0.05, IATF),
    ("c-brake-caliper", "Brake caliper body", "8708.30", "brakes", "m-fcd450", ["p-casting-ductile", "p-machining-cnc", "p-plating"], 2.5, 20.0, 0.02, IATF),
    ("c-wheel-hub", "Wheel hub", "8708.99", "chassis", "m-fcd450", ["p-pattern", "p-casting-ductile", "p-machining-cnc"], 4.5, 16.0, 0.05, IATF),
    ("c-exhaust-manifold", "Exhaust manifold", "8409.91", "engine", "m-fcd450", ["p-pattern", "p-core-making", "p-casting-ductile", "p-machining-cnc"], 5.0, 30.0, 0.1, IATF),
    ("c-flywheel", "Flywheel", "8483.50", "engine", "m-fc250", ["p-casting-grey", "p-machining-cnc", "p-balancing"], 8.0, 28.0, 0.05, IATF),
    ("c-pulley", "Crankshaft pulley", "8483.50", "engine", "m-fc200", ["p-casting-grey", "p-machining-cnc"], 1.5, 6.0, 0.1, ISO),
    ("c-cylinder-block", "Cylinder block", "8409.91", "engine", "m-fc250", ["p-pattern", "p-core-making", "p-casting-grey", "p-machining-cnc"], 35.0, 240.0, 0.01, IATF),
    ("c-cylinder-head", "Cylinder head", "8409.91", "engine", "m-ac4b", ["p-core-making", "p-casting-al-gravity", "p-heat-treatment", "p-machining-cnc"], 12.0, 150.0, 0.01, IATF),
    ("c-transmission-case", "Transmission case", "8708.40", "drivetrain", "m-adc12", ["p-diecast-al", "p-machining-cnc"], 9.0, 85.0, 0.02, IATF),
    ("c-crankcase-mc", "Motorcycle crankcase", "8409.91", "motorcycle", "m-adc12", ["p-diecast-al", "p-machining-cnc"], 3.2, 22.0, 0.03, IATF),
    ("c-oil-pump-body", "Oil pump body", "8413.91", "engine", "m-adc12", ["p-diecast-al", "p-machining-cnc"], 0.8, 9.0, 0.005, IATF),
    ("c-water-pump-car", "Engine water pump body", "8413.91", "engine", "m-adc12", ["p-diecast-al", "p-machining-cnc"], 1.1, 10.0, 0.02, IATF),
    ("c-crankshaft", "Forged crankshaft", "8483.10", "engine", "m-scm440", ["p-forging", "p-heat-treatment", "p-machining-cnc", "p-grinding", "p-balancing"], 14.0, 95.0, 0.005, IATF),
    ("c-connecting-rod", "Connecting rod", "8409.91", "engine", "m-scm440", ["p-forging", "p-heat-treatment", "p-machining-cnc", "p-grinding"], 0.6, 9.0, 0.01, IATF),
    ("c-gear-transmission", "Transmission gear (motorcycle engine)", "8483.40", "drivetrain", "m-scm420", ["p-forging", "p-machining-cnc", "p-heat-treatment", "p-grinding"], 0.3, 4.0, 0.005, IATF),
    ("c-ball-bearing", "Deep-groove ball bearing", "8482.10", "bearings", "m-suj2", ["p-forging", "p-machining-cnc", "p-heat-treatment", "p-grinding", "p-superfinishing"], 0.25, 3.5, 0.002, IATF),
    ("c-taper-bearing", "Tapered roller bearing", "8482.20", "bearings", "m-suj2", ["p-forging", "p-machining-cnc", "p-heat-treatment", "p-grinding", "p-superfinishing"], 0.6, 8.0, 0.002, IATF),
    ("c-ecu", "Engine control unit (ECU)", "8537.10", "electronics", "m-fr4", ["p-smt", "p-injection-moulding", "p-diecast-al"], 0.45, 120.0, 0.05, IATF),
    ("c-fuel-injector", "Fuel injector", "8409.91", "engine", "m-scm420", ["p-machining-cnc", "p-grinding", "p-heat-treatment", "p-superfinishing"], 0.08, 25.0, 0.001, IATF),
    ("c-bracket-mc", "Motorcycle stamped bracket", "8714.10", "motorcycle", "m-spcc", ["p-stamping", "p-welding"], 0.3, 1.2, 0.1, ISO),
    ("c-chassis-bracket", "Chassis bracket (car)", "8708.29", "body", "m-saph440", ["p-stamping", "p-welding", "p-painting"], 0.8, 3.0, 0.2, IATF),
    ("c-sprocket-mc", "Motorcycle drive sprocket", "8714.10", "motorcycle", "m-s45c", ["p-stamping", "p-machining-cnc", "p-heat-treatment"], 0.5, 2.5, 0.1, IATF),
    ("c-exhaust-muffler-mc", "Motorcycle muffler", "8714.10", "exhaust", "m-spcc", ["p-stamping", "p-pipe-bending", "p-welding", "p-painting"], 3.0, 18.0, 0.5, ISO),
    ("c-exhaust-muffler-car", "Car muffler (silencer)", "8708.92", "exhaust", "m-sus409", ["p-stamping", "p-pipe-bending", "p-welding"], 6.0, 45.0, 0.5, IATF),
    ("c-exhaust-system-hd", "Heavy-vehicle exhaust system", "8708.92", "exhaust", "m-sgcc", ["p-stamping", "p-pipe-bending", "p-welding"], 18.0, 380.0, 1.0, ""),
    ("c-shock-absorber", "Shock absorber", "8708.80", "suspension", "m-s45c", ["p-machining-cnc", "p-welding", "p-plating", "p-painting"], 1.8, 15.0, 0.01, IATF),
    ("c-piston-rod", "Shock-absorber piston rod", "8708.80", "suspension", "m-s45c", ["p-machining-cnc", "p-heat-treatment", "p-grinding", "p-plating"], 0.4, 3.0, 0.01, IATF),
    ("c-shock-bracket", "Shock-absorber mounting bracket", "8708.80", "suspension", "m-saph440", ["p-stamping", "p-welding"], 0.15, 0.8, 0.1, ISO),
    ("c-coil-spring", "Suspension coil spring", "7320.20", "suspension", "m-sup9", ["p-spring-coiling", "p-heat-treatment", "p-painting"], 2.0, 8.0, 0.5, IATF),
    ("c-valve-spring", "Engine valve spring", "7320.20", "engine", "m-swosc", ["p-spring-coiling", "p-heat-treatment", "p-grinding"], 0.04, 0.4, 0.02, IATF),
    ("c-tyre", "Passenger-car tyre", "4011.10", "wheels", "m-tyre-rubber", ["p-rubber-moulding"], 8.0, 40.0, None, IATF),
    ("c-pump-housing", "Water-pump housing (cast iron)", "8413.91", "pumps", "m-fc200", ["p-pattern", "p-casting-grey", "p-machining-cnc", "p-painting"], 2.5, 6.0, 0.05, ISO),
    ("c-pump-injector", "Water-pump injector (jet) body", "8413.91", "pumps", "m-fc200", ["p-casting-grey", "p-machining-cnc"], 0.6, 3.0, 0.02, ISO),
    ("c-pump-shaft", "Water-pump shaft (stainless)", "8413.91", "pumps", "m-sus304", ["p-machining-cnc", "p-grinding"], 0.15, 1.6, 0.01, ISO),
    ("c-brake-block-rail", "Railway brake block, metallic", "8607.21", "railway", "m-fc-phos", ["p-pattern", "p-casting-grey"], 10.0, 8.3, 1.0, ISO),
    ("c-brake-block-composite", "Railway brake block, composite", "6813.81", "railway", "m-friction-composite", ["p-compression-moulding"], 4.5, 25.0, 0.5, ISO),
    ("c-axle-box-cover", "Railway axle-box cover", "8607.19", "railway", "m-fc200", ["p-pattern", "p-casting-grey", "p-machining-conv"], 6.0, 20.0, 0.2, ISO),
    ("c-coupler-knuckle", "Railway coupler knuckle", "8607.30", "railway", "m-sc450", ["p-pattern", "p-casting-steel", "p-heat-treatment", "p-machining-cnc"], 35.0, 180.0, 0.5, ISO),
    ("c-manhole-cover", "Manhole cover and frame", "7325.10", "utilities", "m-fc200", ["p-pattern", "p-casting-grey"], 60.0, 70.0, 2.0, SNI),
    ("c-gate-valve-body", "Gate-valve body (water mains)", "8481.90", "utilities", "m-fcd450", ["p-pattern", "p-core-making", "p-casting-ductile", "p-machining-cnc", "p-painting"], 25.0, 120.0, 0.1, SNI),
    ("c-pipe-fitting", "Ductile-iron pipe fitting", "7307.19", "utilities", "m-fcd450", ["p-pattern", "p-casting-ductile", "p-machining-conv"], 8.0, 20.0, 0.5, SNI),
    ("c-line-clamp", "Transmission-line suspension clamp", "7325.99", "utilities", "m-fcd450", ["p-casting-ductile", "p-plating"], 1.5, 6.0, 1.0, SNI),
    ("c-machined-bushing", "Machined steel bushing (heavy equipment)", "8483.30", "machinery", "m-s45c", ["p-machining-cnc", "p-heat-treatment"], 1.5, 12.0, 0.02, ISO),
    ("c-appliance-bracket", "Stamped appliance chassis bracket", "7326.90", "appliances", "m-spcc", ["p-stamping"], 0.4, 0.9, 0.2, ISO),
]
COMP = {c[0]: c for c in COMPONENTS}


def price(cid: str) -> float:
    return COMP[cid][7]


# Where a component's existence or material comes from a reported fact, say so.
COMPONENT_SOURCES = {
    "c-cylinder-sleeve": KBJ_BISNIS,
    "c-brake-block-rail": KAI_BISNIS,
    "c-brake-block-composite": KAI_BISNIS,
    "c-pump-injector": PANASONIC_REPUBLIKA,
    "c-pump-housing": PANASONIC_ANTARA,
    "c-exhaust-system-hd": PINDAD_TEMPO,
    "c-manhole-cover": KEMENPERIN,
    "c-gate-valve-body": KEMENPERIN,
}

# --------------------------------------------------------------------------------------------
# Clusters: id, name, province, regency, lat, lon, units, workers, source, estimate
# --------------------------------------------------------------------------------------------
CLUSTERS = [
    ("cl-ceper", "Sentra IKM logam Ceper", "Jawa Tengah", "Klaten", -7.679, 110.671, 300, 4000,
     KEMENPERIN + "; " + KBJ_ANTARA, False),
    ("cl-tegal", "Sentra IKM logam Tegal", "Jawa Tengah", "Tegal", -6.911, 109.150, 2929, 1500,
     KEMENPERIN + "; " + TEGAL_COUNTS, False),
    ("cl-pasuruan", "Sentra IKM logam Pasuruan (Mayangan, Ngemplakrejo)", "Jawa Timur", "Pasuruan", -7.637, 112.912, None, None,
     KEMENPERIN + "; " + SMIDEP, False),
    ("cl-waru", "Sentra IKM logam Sidoarjo (Waru, Ngingas)", "Jawa Timur", "Sidoarjo", -7.358, 112.745, 300, None,
     KEMENPERIN + "; " + WARU_DUTA, False),
    ("cl-purbalingga", "Sentra IKM knalpot Purbalingga", "Jawa Tengah", "Purbalingga", -7.385, 109.358, 204, 1326,
     PURBALINGGA, False),
    ("cl-sukabumi", "Sentra IKM logam Sukabumi", "Jawa Barat", "Sukabumi", -6.916, 106.939, None, None,
     KEMENPERIN, False),
    ("cl-yogyakarta", "Sentra IKM logam Yogyakarta", "DI Yogyakarta", "Yogyakarta", -7.814, 110.387, None, None,
     KEMENPERIN, False),
    ("cl-semarang", "Sentra IKM logam Semarang", "Jawa Tengah", "Semarang", -6.980, 110.421, None, None,
     KEMENPERIN, False),
    # No coordinate is reported for Jabodetabek: placed at Bekasi, east of Jakarta (estimate).
    ("cl-jabodetabek", "Sentra IKM logam Jabodetabek", "DKI Jakarta / Jawa Barat / Banten", "Bekasi", -6.238, 106.976, None, None,
     KEMENPERIN + "; location " + ILLUS, True),
]
CLUSTER = {c[0]: c for c in CLUSTERS}

# --------------------------------------------------------------------------------------------
# Large firms: id, name, tier, sector, province, regency, lat, lon, certifications, source, estimate
# (estimate is true where the coordinate is approximated or certifications are assumed)
# --------------------------------------------------------------------------------------------
AUTO_CERTS = [ISO, IATF]
LARGE = [
    # OEMs
    ("f-tmmin", "PT Toyota Motor Manufacturing Indonesia (TMMIN)", "OEM", "cars; plants Sunter (engines) and Karawang", "DKI Jakarta", "Jakarta Utara", -6.151, 106.877, AUTO_CERTS, OEM_PLANTS, True),
    ("f-adm", "PT Astra Daihatsu Motor", "OEM", "cars; plants Sunter and Karawang", "DKI Jakarta", "Jakarta Utara", -6.146, 106.886, AUTO_CERTS, OEM_PLANTS, True),
    ("f-hpm", "PT Honda Prospect Motor", "OEM", "cars; plant Karawang", "Jawa Barat", "Karawang", -6.360, 107.330, AUTO_CERTS, OEM_PLANTS, True),
    ("f-ahm", "PT Astra Honda Motor", "OEM", "motorcycles; plants Sunter, Pegangsaan, Cikarang, Karawang", "DKI Jakarta", "Jakarta Utara", -6.156, 106.895, AUTO_CERTS, OEM_PLANTS, True),
    ("f-yimm", "PT Yamaha Indonesia Motor Manufacturing", "OEM", "motorcycles; plants Pulogadung and Karawang", "DKI Jakarta", "Jakarta Timur", -6.188, 106.905, AUTO_CERTS, OEM_PLANTS, True),
    ("f-sim", "PT Suzuki Indomobil Motor", "OEM", "cars and motorcycles; plants Tambun, Cakung, Cikarang", "Jawa Barat", "Bekasi", -6.262, 107.062, AUTO_CERTS, OEM_PLANTS, True),
    ("f-mmki", "PT Mitsubishi Motors Krama Yudha Indonesia", "OEM", "cars; plant Cikarang (GIIC)", "Jawa Barat", "Bekasi", -6.376, 107.181, AUTO_CERTS, OEM_PLANTS, True),
    ("f-hmmi", "PT Hyundai Motor Manufacturing Indonesia", "OEM", "cars; plant Cikarang", "Jawa Barat", "Bekasi", -6.370, 107.172, AUTO_CERTS, OEM_PLANTS, True),
    ("f-sgmw", "PT SGMW Motor Indonesia (Wuling)", "OEM", "cars; plant Cikarang", "Jawa Barat", "Bekasi", -6.382, 107.190, AUTO_CERTS, OEM_PLANTS, True),
    ("f-pindad", "PT Pindad (Persero)", "OEM", "defence vehicles (armoured personnel carriers)", "Jawa Barat", "Bandung", -6.938, 107.643, [ISO], OEM_PLANTS + "; " + PINDAD_TEMPO, True),
    # Tier-1 and tier-2 suppliers
    ("f-tpr", "PT TPR Indonesia", "TIER1", "piston rings; tier-1 to TMMIN", "Jawa Barat", "Karawang", -6.350, 107.300, AUTO_CERTS, KBJ_BISNIS, True),
    ("f-rpam", "PT Rahmad Perdana Adi Metal", "TIER1", "motorcycle stamped parts; tier-1 to Astra Honda Motor", "Jawa Timur", "Sidoarjo", -7.400, 112.720, AUTO_CERTS, WARU_DUTA, True),
    ("f-kyb", "PT Kayaba Indonesia (KYB)", "TIER1", "shock absorbers", "DKI Jakarta", "Jakarta Timur", -6.192, 106.913, AUTO_CERTS, COMPANY + "; " + KAYABA_TEGAL, True),
    ("f-astra-otoparts", "PT Astra Otoparts Tbk", "TIER1", "component holding; foundry and stamping divisions", "DKI Jakarta", "Jakarta Utara", -6.153, 106.905, AUTO_CERTS, COMPANY, True),
    ("f-denso", "PT Denso Indonesia", "TIER1", "engine electronics, thermal systems", "DKI Jakarta", "Jakarta Utara", -6.145, 106.874, AUTO_CERTS, COMPANY, True),
    ("f-aisin", "PT Aisin Indonesia", "TIER1", "engine and body parts, pumps", "Jawa Barat", "Bekasi", -6.340, 107.140, AUTO_CERTS, COMPANY, True),
    ("f-akebono", "PT Akebono Brake Astra Indonesia", "TIER1", "brakes", "DKI Jakarta", "Jakarta Utara", -6.160, 106.915, AUTO_CERTS, COMPANY, True),
    ("f-metalart", "PT Metalart Astra Indonesia", "TIER1", "forged crankshafts and connecting rods", "Jawa Barat", "Bekasi", -6.300, 107.150, AUTO_CERTS, COMPANY, True),
    ("f-indospring", "PT Indospring Tbk", "TIER1", "leaf, coil and valve springs", "Jawa Timur", "Gresik", -7.165, 112.650, AUTO_CERTS, COMPANY, True),
    ("f-gajah-tunggal", "PT Gajah Tunggal Tbk", "TIER1", "tyres", "Banten", "Tangerang", -6.205, 106.615, AUTO_CERTS, COMPANY, True),
    ("f-hpp", "PT Honda Precision Parts Manufacturing", "TIER1", "transmissions and engine parts", "Jawa Barat", "Karawang", -6.335, 107.300, AUTO_CERTS, COMPANY, True),
    ("f-musashi", "PT Musashi Auto Parts Indonesia", "TIER1", "gears and camshafts", "Jawa Barat", "Karawang", -6.355, 107.295, AUTO_CERTS, COMPANY, True),
    ("f-nsk", "PT NSK Bearings Manufacturing Indonesia", "TIER1", "ball and roller bearings", "Jawa Barat", "Bekasi", -6.290, 107.075, AUTO_CERTS, COMPANY, True),
    ("f-dharma", "PT Dharma Polimetal Tbk", "TIER1", "motorcycle frames and stamped parts", "Jawa Barat", "Bekasi", -6.330, 107.160, AUTO_CERTS, COMPANY, True),
    ("f-aisin-takaoka", "PT Aisin Takaoka Indonesia", "TIER2", "iron castings (brake discs and drums)", "Jawa Barat", "Karawang", -6.345, 107.280, AUTO_CERTS, COMPANY, True),
    # Large non-automotive buyers (state-owned and private)
    ("f-kai", "PT Kereta Api Indonesia (Persero)", "BUYER", "railway operator (state-owned)", "Jawa Barat", "Bandung", -6.915, 107.610, [], KEMENPERIN + "; " + KAI_BISNIS, True),
    ("f-inka", "PT Industri Kereta Api (INKA)", "BUYER", "rolling-stock maker (state-owned)", "Jawa Timur", "Madiun", -7.618, 111.523, [], KEMENPERIN + "; " + KAI_LIPUTAN6, True),
    ("f-pdam", "PDAM water utilities (aggregate buyer)", "BUYER", "regional water utilities (state-owned); placed at Jakarta for display", "DKI Jakarta", "Jakarta", -6.200, 106.845, [], KEMENPERIN, True),
    ("f-pln", "PT PLN (Persero)", "BUYER", "electricity utility (state-owned)", "DKI Jakarta", "Jakarta Selatan", -6.238, 106.799, [], KEMENPERIN, True),
    ("f-jasa-marga", "PT Jasa Marga (Persero) Tbk", "BUYER", "toll roads (state-owned)", "DKI Jakarta", "Jakarta Timur", -6.292, 106.877, [], KEMENPERIN, True),
    ("f-adhi-karya", "PT Adhi Karya (Persero) Tbk", "BUYER", "construction (state-owned)", "DKI Jakarta", "Jakarta Selatan", -6.253, 106.840, [], KEMENPERIN, True),
    ("f-nindya-karya", "PT Nindya Karya (Persero)", "BUYER", "construction (state-owned)", "DKI Jakarta", "Jakarta Timur", -6.246, 106.868, [], KEMENPERIN, True),
    ("f-waskita-karya", "PT Waskita Karya (Persero) Tbk", "BUYER", "construction (state-owned)", "DKI Jakarta", "Jakarta Timur", -6.244, 106.871, [], KEMENPERIN, True),
    ("f-polytron", "PT Polytron (Hartono Istana Teknologi)", "BUYER", "consumer electronics", "Jawa Tengah", "Kudus", -6.800, 110.840, [], KEMENPERIN + "; " + TEGAL_GLT, True),
    ("f-panasonic", "PT Panasonic Manufacturing Indonesia", "BUYER", "water pumps and home appliances", "Jawa Barat", "Bogor", -6.365, 106.860, [ISO], KEMENPERIN + "; " + PANASONIC_REPUBLIKA, True),
    ("f-shimizu", "PT Shimizu", "BUYER", "water pumps (as the source names only 'PT Shimizu')", "Banten", "Tangerang", -6.180, 106.630, [], KEMENPERIN, True),
    ("f-sanken", "PT Sanken", "BUYER", "household appliances", "DKI Jakarta", "Jakarta Barat", -6.160, 106.740, [], KEMENPERIN, True),
    ("f-united-tractors", "PT United Tractors Tbk", "BUYER", "heavy equipment", "DKI Jakarta", "Jakarta Timur", -6.185, 106.935, [], COMPANY + "; " + TEGAL_GLT, True),
]

# --------------------------------------------------------------------------------------------
# IKM firms. caps: (process, material, tolerance_mm). Capacity is the firm's annual output in
# tonnes (estimate). Real names are used only where the named firm is reported; the others are
# numbered, illustrative units standing for the cluster's firms.
# --------------------------------------------------------------------------------------------


def ikm(fid, name, cluster, sector, employees, capacity, certs, caps, source=ILLUS, real=False):
    return dict(id=fid, name=name, cluster=cluster, sector=sector, employees=employees, capacity=capacity,
                certs=certs, caps=caps, source=source, real=real)


IKMS = [
    # --- Ceper (Klaten) ---
    ikm("f-kbj", "Koperasi Batur Jaya (KBJ)", "cl-ceper", "foundry cooperative of about 150 Ceper IKM: brake blocks, cylinder sleeves, castings",
        4000, 2000, [ISO, SNI],
        [("p-pattern", None, None), ("p-core-making", None, None), ("p-casting-grey", "m-fc200", None),
         ("p-casting-grey", "m-fc250", None), ("p-casting-grey", "m-fc-phos", None),
         ("p-casting-centrifugal", "m-fc250", None), ("p-casting-ductile", "m-fcd450", None),
         ("p-machining-cnc", "m-fc250", 0.05), ("p-painting", None, None)],
        KBJ_ANTARA + "; " + KBJ_JPNN + "; " + TIMLO, True),
    ikm("f-ceper-01", "IKM Ceper 01 (ductile valves and fittings)", "cl-ceper", "ductile-iron valves and fittings for water utilities", 45, 300, [SNI],
        [("p-pattern", None, None), ("p-core-making", None, None), ("p-casting-ductile", "m-fcd450", None),
         ("p-machining-cnc", "m-fcd450", 0.1), ("p-painting", None, None)]),
    ikm("f-ceper-02", "IKM Ceper 02 (railway castings)", "cl-ceper", "railway spare castings", 60, 250, [ISO],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc200", None), ("p-machining-conv", "m-fc200", 0.2)]),
    ikm("f-ceper-03", "IKM Ceper 03 (pump bodies)", "cl-ceper", "water-pump bodies", 40, 200, [ISO],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc200", None), ("p-machining-cnc", "m-fc200", 0.05), ("p-painting", None, None)]),
    ikm("f-ceper-04", "IKM Ceper 04 (manhole covers)", "cl-ceper", "manhole covers and fittings", 55, 400, [SNI],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc200", None), ("p-casting-ductile", "m-fcd450", None)]),
    ikm("f-ceper-05", "IKM Ceper 05 (composite brake-block trial)", "cl-ceper", "grey-iron castings; composite brake-block trial", 30, 300, [],
        [("p-casting-grey", "m-fc200", None), ("p-compression-moulding", "m-friction-composite", 1.0)]),
    ikm("f-ceper-06", "IKM Ceper 06 (automotive aftermarket castings)", "cl-ceper", "brake drums, flywheels, pulleys for the aftermarket", 35, 200, [],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc250", None), ("p-casting-grey", "m-fc200", None), ("p-machining-cnc", "m-fc250", 0.1)]),
    ikm("f-ceper-07", "IKM Ceper 07 (machining)", "cl-ceper", "CNC machining of castings", 20, 80, [],
        [("p-machining-cnc", "m-fc250", 0.05), ("p-machining-cnc", "m-fcd450", 0.05), ("p-machining-conv", None, 0.1)]),
    ikm("f-ceper-08", "IKM Ceper 08 (pipe fittings)", "cl-ceper", "ductile pipe fittings", 30, 150, [],
        [("p-pattern", None, None), ("p-casting-ductile", "m-fcd450", None), ("p-machining-conv", "m-fcd450", 0.3)]),
    ikm("f-ceper-09", "IKM Ceper 09 (scale weights and ballast)", "cl-ceper", "scale weights, ballast, manhole covers", 25, 150, [],
        [("p-casting-grey", "m-fc200", None)]),
    ikm("f-ceper-10", "IKM Ceper 10 (pattern shop)", "cl-ceper", "patterns and core boxes", 12, 20, [],
        [("p-pattern", None, None), ("p-core-making", None, None)]),
    ikm("f-ceper-11", "IKM Ceper 11 (farm-machinery castings)", "cl-ceper", "farm-machinery castings and pulleys", 25, 120, [],
        [("p-casting-grey", "m-fc200", None), ("p-machining-conv", "m-fc200", 0.2)]),
    # --- Tegal ---
    ikm("f-kannindo", "PT Kannindo Metal Industri", "cl-tegal", "stamped and welded parts; supplier to Kayaba via YDBA (2023)", 60, 200, [],
        [("p-stamping", "m-saph440", 0.1), ("p-welding", None, None)], KAYABA_TEGAL, True),
    ikm("f-koperasi-tmi", "Koperasi Tegal Manufaktur Indonesia (TMI)", "cl-tegal", "cooperative; tier-2 to Astra through YDBA", 120, 250, [],
        [("p-stamping", "m-saph440", 0.2), ("p-welding", None, None), ("p-machining-conv", "m-s45c", 0.1)], TEGAL_TMI, True),
    ikm("f-scl", "PT Sadiyah Cahaya Logam", "cl-tegal", "light stamped parts: 37 two-wheel and 15 four-wheel parts, ~100,000 pieces a month", 40, 180, [],
        [("p-stamping", "m-spcc", 0.1), ("p-welding", None, None)], TEGAL_SCL, True),
    ikm("f-fnf", "PT FNF Metalindo Utama", "cl-tegal", "motorcycle component machining; YDBA leading-sector pioneer", 50, 150, [],
        [("p-machining-cnc", "m-s45c", 0.02), ("p-machining-conv", "m-s45c", 0.1)], TEGAL_FNF, True),
    ikm("f-glt", "PT Gemilang Lestari Teknik", "cl-tegal", "machined parts for heavy equipment (United Tractors) and electronics (Polytron)", 70, 200, [],
        [("p-machining-cnc", "m-s45c", 0.02), ("p-heat-treatment", "m-s45c", None), ("p-stamping", "m-spcc", 0.2)], TEGAL_GLT, True),
    ikm("f-tegal-01", "IKM Tegal 01 (precision CNC machining)", "cl-tegal", "precision machining for automotive tier-1s", 45, 250, [ISO, IATF],
        [("p-machining-cnc", "m-s45c", 0.01), ("p-grinding", "m-s45c", 0.02), ("p-heat-treatment", "m-s45c", None)]),
    ikm("f-tegal-02", "IKM Tegal 02 (pump parts)", "cl-tegal", "water-pump parts; passed Panasonic's supplier evaluation (2019)", 35, 180, [ISO],
        [("p-casting-grey", "m-fc200", None), ("p-machining-cnc", "m-fc200", 0.02)]),
    ikm("f-tegal-03", "IKM Tegal 03 (grey-iron foundry)", "cl-tegal", "grey-iron castings for pumps and ships", 40, 600, [],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc200", None), ("p-machining-cnc", "m-fc200", 0.05)]),
    ikm("f-tegal-04", "IKM Tegal 04 (plating and heat treatment)", "cl-tegal", "electroplating, hard chrome and heat treatment services", 25, 250, [],
        [("p-plating", "m-s45c", None), ("p-heat-treatment", "m-s45c", None)]),
    ikm("f-tegal-05", "IKM Tegal 05 (two-wheel stampings)", "cl-tegal", "stamped motorcycle parts", 40, 300, [ISO],
        [("p-stamping", "m-spcc", 0.1), ("p-welding", None, None)]),
    ikm("f-tegal-06", "IKM Tegal 06 (ship and farm machining)", "cl-tegal", "machining for ships and farm machinery", 20, 200, [],
        [("p-machining-conv", "m-s45c", 0.1), ("p-welding", None, None)]),
    ikm("f-tegal-07", "IKM Tegal 07 (sprockets)", "cl-tegal", "motorcycle sprockets", 35, 250, [],
        [("p-stamping", "m-s45c", 0.1), ("p-heat-treatment", "m-s45c", None)]),
    # --- Pasuruan ---
    ikm("f-pasuruan-01", "IKM Pasuruan 01 (automotive iron foundry)", "cl-pasuruan", "automotive iron castings; SMIDeP foundry participant", 90, 800, [ISO, IATF],
        [("p-pattern", None, None), ("p-core-making", None, None), ("p-casting-grey", "m-fc250", None),
         ("p-casting-ductile", "m-fcd450", None), ("p-machining-cnc", "m-fc250", 0.05), ("p-machining-cnc", "m-fcd450", 0.05)]),
    ikm("f-pasuruan-02", "IKM Pasuruan 02 (steel castings)", "cl-pasuruan", "steel castings for railway and ship fittings", 60, 400, [ISO],
        [("p-pattern", None, None), ("p-casting-steel", "m-sc450", None), ("p-heat-treatment", "m-sc450", None), ("p-machining-cnc", "m-sc450", 0.1)]),
    ikm("f-pasuruan-03", "IKM Pasuruan 03 (diesel-engine parts)", "cl-pasuruan", "castings and parts for small diesel engines", 40, 300, [],
        [("p-casting-grey", "m-fc200", None), ("p-casting-grey", "m-fc250", None), ("p-machining-conv", "m-fc250", 0.1)]),
    ikm("f-pasuruan-04", "IKM Pasuruan 04 (boat fittings)", "cl-pasuruan", "boat fittings", 25, 150, [],
        [("p-casting-grey", "m-fc200", None), ("p-welding", None, None)]),
    ikm("f-pasuruan-05", "IKM Pasuruan 05 (machine tools)", "cl-pasuruan", "machine tools and factory equipment", 30, 100, [ISO],
        [("p-machining-cnc", "m-s45c", 0.05), ("p-welding", None, None)]),
    ikm("f-pasuruan-06", "IKM Pasuruan 06 (patterns and cores)", "cl-pasuruan", "patterns and cores", 15, 30, [],
        [("p-pattern", None, None), ("p-core-making", None, None)]),
    ikm("f-pasuruan-07", "IKM Pasuruan 07 (grey-iron foundry)", "cl-pasuruan", "grey-iron castings", 35, 250, [],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc200", None)]),
    ikm("f-pasuruan-08", "IKM Pasuruan 08 (machining)", "cl-pasuruan", "machining job shop", 20, 80, [],
        [("p-machining-cnc", "m-s45c", 0.05), ("p-machining-conv", None, 0.1)]),
    # --- Sidoarjo / Waru (Ngingas) ---
    ikm("f-elang-jagad", "PT Elang Jagad", "cl-waru", "stamped motorcycle parts; supplies Astra Honda Motor through PT Rahmad Perdana Adi Metal", 30, 120, [],
        [("p-stamping", "m-spcc", 0.1), ("p-welding", None, None)], WARU_DUTA, True),
    ikm("f-borneo-putra", "CV Borneo Putra", "cl-waru", "stamped motorcycle parts; supplies Astra Honda Motor through PT Rahmad Perdana Adi Metal", 25, 100, [],
        [("p-stamping", "m-spcc", 0.1), ("p-welding", None, None)], WARU_DUTA, True),
    ikm("f-ks-pro", "UD KS Pro", "cl-waru", "stamped motorcycle parts; supplies Astra Honda Motor through PT Rahmad Perdana Adi Metal", 20, 80, [],
        [("p-stamping", "m-spcc", 0.1)], WARU_DUTA, True),
    ikm("f-karya-jaya", "UD Karya Jaya", "cl-waru", "stamped motorcycle parts; supplies Astra Honda Motor through PT Rahmad Perdana Adi Metal", 20, 80, [],
        [("p-stamping", "m-spcc", 0.1), ("p-welding", None, None)], WARU_DUTA, True),
    ikm("f-waru-01", "IKM Waru 01 (stamping and coating)", "cl-waru", "stamped and painted brackets", 45, 500, [ISO],
        [("p-stamping", "m-saph440", 0.1), ("p-stamping", "m-spcc", 0.1), ("p-welding", None, None), ("p-painting", None, None)]),
    ikm("f-waru-02", "IKM Waru 02 (electroplating)", "cl-waru", "zinc and chrome plating", 15, 60, [],
        [("p-plating", None, None)]),
    ikm("f-waru-03", "IKM Waru 03 (turning shop)", "cl-waru", "turned parts", 12, 40, [],
        [("p-machining-conv", "m-s45c", 0.1)]),
    # --- Purbalingga (exhausts) ---
    ikm("f-pbg-01", "IKM Purbalingga 01 (motorcycle exhausts)", "cl-purbalingga", "motorcycle exhausts", 40, 400, [ISO],
        [("p-stamping", "m-spcc", 0.2), ("p-pipe-bending", "m-spcc", None), ("p-welding", None, None), ("p-painting", None, None)]),
    ikm("f-pbg-02", "IKM Purbalingga 02 (car exhausts, stainless)", "cl-purbalingga", "car and motorcycle exhausts, stainless", 35, 300, [],
        [("p-stamping", "m-sus409", 0.2), ("p-pipe-bending", "m-sus409", None), ("p-welding", None, None)]),
    ikm("f-pbg-03", "IKM Purbalingga 03 (heavy-vehicle exhausts)", "cl-purbalingga", "exhausts for armoured vehicles and trucks", 25, 200, [],
        [("p-stamping", "m-sgcc", 0.5), ("p-pipe-bending", "m-sgcc", None), ("p-welding", None, None)]),
    ikm("f-pbg-04", "IKM Purbalingga 04 (exhausts)", "cl-purbalingga", "motorcycle and car exhausts", 30, 250, [],
        [("p-pipe-bending", "m-spcc", None), ("p-welding", None, None), ("p-painting", None, None)]),
    ikm("f-pbg-05", "IKM Purbalingga 05 (exhausts)", "cl-purbalingga", "motorcycle exhausts", 25, 250, [],
        [("p-stamping", "m-spcc", 0.3), ("p-pipe-bending", "m-spcc", None), ("p-welding", None, None)]),
    ikm("f-pbg-06", "IKM Purbalingga 06 (exhausts)", "cl-purbalingga", "motorcycle exhausts", 20, 200, [],
        [("p-pipe-bending", "m-spcc", None), ("p-welding", None, None)]),
    ikm("f-pbg-07", "IKM Purbalingga 07 (exhaust parts)", "cl-purbalingga", "exhaust flanges and heat shields", 20, 200, [],
        [("p-stamping", "m-spcc", 0.2), ("p-painting", None, None)]),
    # --- Sukabumi ---
    ikm("f-sukabumi-01", "IKM Sukabumi 01 (aluminium castings)", "cl-sukabumi", "aluminium gravity castings", 30, 150, [ISO],
        [("p-core-making", None, None), ("p-casting-al-gravity", "m-ac4b", None), ("p-heat-treatment", "m-ac4b", None)]),
    ikm("f-sukabumi-02", "IKM Sukabumi 02 (machining)", "cl-sukabumi", "machining of castings and shafts", 25, 80, [],
        [("p-machining-cnc", "m-ac4b", 0.05), ("p-machining-cnc", "m-s45c", 0.05)]),
    ikm("f-sukabumi-03", "IKM Sukabumi 03 (aluminium castings)", "cl-sukabumi", "aluminium gravity castings", 20, 100, [],
        [("p-casting-al-gravity", "m-ac4b", None)]),
    ikm("f-sukabumi-04", "IKM Sukabumi 04 (heat treatment)", "cl-sukabumi", "heat-treatment services", 10, 60, [],
        [("p-heat-treatment", "m-s45c", None)]),
    ikm("f-sukabumi-05", "IKM Sukabumi 05 (turning)", "cl-sukabumi", "turned parts", 12, 40, [],
        [("p-machining-conv", "m-s45c", 0.1)]),
    # --- Yogyakarta ---
    ikm("f-yogya-01", "IKM Yogyakarta 01 (grey-iron foundry)", "cl-yogyakarta", "manhole covers and street castings", 25, 120, [SNI],
        [("p-pattern", None, None), ("p-casting-grey", "m-fc200", None)]),
    ikm("f-yogya-02", "IKM Yogyakarta 02 (grey-iron foundry)", "cl-yogyakarta", "small grey-iron castings", 18, 90, [],
        [("p-casting-grey", "m-fc200", None)]),
    ikm("f-yogya-03", "IKM Yogyakarta 03 (pattern shop)", "cl-yogyakarta", "patterns", 10, 20, [],
        [("p-pattern", None, None)]),
    ikm("f-yogya-04", "IKM Yogyakarta 04 (machining)", "cl-yogyakarta", "conventional machining", 12, 100, [],
        [("p-machining-conv", "m-fc200", 0.2)]),
    # --- Semarang ---
    ikm("f-semarang-01", "IKM Semarang 01 (precision machining)", "cl-semarang", "shafts, rods and bushings", 40, 250, [ISO],
        [("p-machining-cnc", "m-s45c", 0.01), ("p-grinding", "m-s45c", 0.01)]),
    ikm("f-semarang-02", "IKM Semarang 02 (hard chrome)", "cl-semarang", "hard-chrome plating", 20, 200, [],
        [("p-plating", "m-s45c", None)]),
    ikm("f-semarang-03", "IKM Semarang 03 (heat treatment)", "cl-semarang", "induction hardening and tempering", 15, 200, [],
        [("p-heat-treatment", "m-s45c", None)]),
    ikm("f-semarang-04", "IKM Semarang 04 (machining)", "cl-semarang", "general machining", 20, 150, [],
        [("p-machining-cnc", "m-s45c", 0.02), ("p-machining-conv", None, 0.1)]),
    # --- Jabodetabek ---
    ikm("f-pascal", "PT Pascal", "cl-jabodetabek", "water-pump components (Bekasi)", 40, 120, [],
        [("p-machining-cnc", "m-sus304", 0.01), ("p-grinding", "m-sus304", 0.01)], PANASONIC_ANTARA, True),
    ikm("f-jabo-01", "IKM Jabodetabek 01 (aluminium die casting)", "cl-jabodetabek", "aluminium die castings for two-wheelers", 80, 450, [ISO, IATF],
        [("p-diecast-al", "m-adc12", None), ("p-machining-cnc", "m-adc12", 0.02)]),
    ikm("f-jabo-02", "IKM Jabodetabek 02 (aluminium die casting)", "cl-jabodetabek", "aluminium die castings", 50, 300, [ISO],
        [("p-diecast-al", "m-adc12", None), ("p-machining-cnc", "m-adc12", 0.03)]),
    ikm("f-jabo-03", "IKM Jabodetabek 03 (CNC machining)", "cl-jabodetabek", "CNC machining", 30, 80, [ISO],
        [("p-machining-cnc", "m-adc12", 0.02), ("p-machining-cnc", "m-s45c", 0.02)]),
    ikm("f-jabo-04", "IKM Jabodetabek 04 (plastic moulding)", "cl-jabodetabek", "plastic injection moulding", 35, 60, [],
        [("p-injection-moulding", "m-pa66", None)]),
    ikm("f-jabo-05", "IKM Jabodetabek 05 (heat treatment)", "cl-jabodetabek", "heat-treatment services", 20, 200, [],
        [("p-heat-treatment", "m-s45c", None)]),
    # --- outside the nine clusters ---
    ikm("f-krida", "PT Krida", None, "water-pump components (Pati, Jawa Tengah)", 40, 150, [],
        [("p-casting-grey", "m-fc200", None), ("p-machining-cnc", "m-fc200", 0.05)], PANASONIC_ANTARA, True),
]
KRIDA_POS = (-6.755, 111.038)  # Pati town centre (estimate)

# Capabilities of the large firms (what they do in-house), for missing-link coverage checks.
LARGE_CAPS = {
    "f-tpr": [("p-casting-grey", "m-piston-ring-iron", None), ("p-machining-cnc", "m-piston-ring-iron", 0.005), ("p-grinding", "m-piston-ring-iron", 0.003), ("p-plating", None, None)],
    "f-rpam": [("p-stamping", "m-spcc", 0.05), ("p-welding", None, None), ("p-painting", None, None)],
    "f-kyb": [("p-machining-cnc", "m-s45c", 0.005), ("p-grinding", "m-s45c", 0.005), ("p-heat-treatment", "m-s45c", None), ("p-plating", "m-s45c", None), ("p-welding", None, None), ("p-painting", None, None)],
    "f-astra-otoparts": [("p-pattern", None, None), ("p-casting-grey", "m-fc250", None), ("p-machining-cnc", "m-fc250", 0.02), ("p-stamping", "m-saph440", 0.1), ("p-welding", None, None), ("p-painting", None, None)],
    "f-denso": [("p-smt", "m-fr4", 0.01), ("p-injection-moulding", "m-pa66", None), ("p-diecast-al", "m-adc12", None)],
    "f-aisin": [("p-diecast-al", "m-adc12", None), ("p-machining-cnc", "m-adc12", 0.005)],
    "f-akebono": [("p-casting-ductile", "m-fcd450", None), ("p-machining-cnc", "m-fcd450", 0.01), ("p-machining-cnc", "m-fc250", 0.01), ("p-plating", None, None)],
    "f-metalart": [("p-forging", "m-scm440", None), ("p-heat-treatment", "m-scm440", None), ("p-machining-cnc", "m-scm440", 0.003), ("p-grinding", "m-scm440", 0.003), ("p-balancing", None, None)],
    "f-indospring": [("p-spring-coiling", "m-sup9", None), ("p-spring-coiling", "m-swosc", None), ("p-heat-treatment", None, None), ("p-grinding", "m-swosc", 0.02), ("p-painting", None, None)],
    "f-gajah-tunggal": [("p-rubber-moulding", "m-tyre-rubber", None)],
    "f-hpp": [("p-diecast-al", "m-adc12", None), ("p-machining-cnc", "m-adc12", 0.01), ("p-machining-cnc", "m-scm420", 0.005)],
    "f-musashi": [("p-forging", "m-scm420", None), ("p-machining-cnc", "m-scm420", 0.005), ("p-heat-treatment", "m-scm420", None), ("p-grinding", "m-scm420", 0.003)],
    "f-nsk": [("p-forging", "m-suj2", None), ("p-machining-cnc", "m-suj2", 0.002), ("p-heat-treatment", "m-suj2", None), ("p-grinding", "m-suj2", 0.001), ("p-superfinishing", "m-suj2", 0.001)],
    "f-dharma": [("p-stamping", "m-spcc", 0.05), ("p-stamping", "m-saph440", 0.1), ("p-welding", None, None), ("p-painting", None, None)],
    "f-aisin-takaoka": [("p-pattern", None, None), ("p-core-making", None, None), ("p-casting-grey", "m-fc250", None), ("p-casting-ductile", "m-fcd450", None), ("p-machining-cnc", "m-fc250", 0.02)],
}

# --------------------------------------------------------------------------------------------
# Supplies: supplier, buyer, component, units/year, since, source, reported (units and since
# taken from the source as they stand; value is always units x typical price, so derived).
# --------------------------------------------------------------------------------------------
SUPPLIES = [
    # The Batur Jaya - TPR - TMMIN chain (200 sleeves a month from January 2019)
    ("f-kbj", "f-tpr", "c-cylinder-sleeve", 2400, 2019, KBJ_BISNIS + "; " + KBJ_ANTARA),
    ("f-tpr", "f-tmmin", "c-cylinder-sleeve", 2400, 2019, KBJ_ANTARA + "; " + KBJ_MERDEKA),
    ("f-tpr", "f-tmmin", "c-piston-ring", 250000, None, KBJ_BISNIS + "; volume " + ILLUS),
    ("f-tpr", "f-adm", "c-piston-ring", 180000, None, ILLUS),
    # Ceper brake blocks for the railways (200,000-220,000 a year, 120,000 in 2016)
    ("f-kbj", "f-kai", "c-brake-block-rail", 120000, 1990, KAI_BISNIS + "; " + TIMLO),
    ("f-kbj", "f-inka", "c-brake-block-rail", 20000, None, KAI_LIPUTAN6 + "; volume " + ILLUS),
    ("f-ceper-02", "f-inka", "c-axle-box-cover", 3000, None, KAI_LIPUTAN6 + " (six Ceper firms supply INKA spare parts); firm and volume " + ILLUS),
    # Water pumps: Panasonic's IKM suppliers in Ceper, Tegal, Bekasi and Pati
    ("f-ceper-03", "f-panasonic", "c-pump-housing", 100000, 2008, PANASONIC_ANTARA + "; firm and volume " + ILLUS),
    ("f-tegal-03", "f-panasonic", "c-pump-housing", 60000, 2008, PANASONIC_ANTARA + "; firm and volume " + ILLUS),
    ("f-tegal-02", "f-panasonic", "c-pump-injector", 60000, 2019, PANASONIC_REPUBLIKA + " (one IKM passed evaluation); firm and volume " + ILLUS),
    ("f-krida", "f-panasonic", "c-pump-housing", 50000, None, PANASONIC_ANTARA + "; volume " + ILLUS),
    ("f-pascal", "f-panasonic", "c-pump-shaft", 150000, None, PANASONIC_ANTARA + "; part and volume " + ILLUS),
    # Waru: four IKM supply AHM through PT Rahmad Perdana Adi Metal (200,000 parts in all)
    ("f-elang-jagad", "f-rpam", "c-bracket-mc", 50000, None, WARU_DUTA + "; part type " + ILLUS),
    ("f-borneo-putra", "f-rpam", "c-bracket-mc", 50000, None, WARU_DUTA + "; part type " + ILLUS),
    ("f-ks-pro", "f-rpam", "c-bracket-mc", 50000, None, WARU_DUTA + "; part type " + ILLUS),
    ("f-karya-jaya", "f-rpam", "c-bracket-mc", 50000, None, WARU_DUTA + "; part type " + ILLUS),
    ("f-rpam", "f-ahm", "c-bracket-mc", 1200000, None, WARU_DUTA + "; volume " + ILLUS),
    # Tegal
    ("f-kannindo", "f-kyb", "c-shock-bracket", 240000, 2023, KAYABA_TEGAL + "; part and volume " + ILLUS),
    ("f-koperasi-tmi", "f-astra-otoparts", "c-chassis-bracket", 120000, None, TEGAL_TMI + "; buyer within Astra, part and volume " + ILLUS),
    ("f-glt", "f-united-tractors", "c-machined-bushing", 50000, 2010, TEGAL_GLT + " (300 items, Rp 500 million a month); part " + ILLUS),
    ("f-glt", "f-polytron", "c-appliance-bracket", 200000, 2010, TEGAL_GLT + "; part and volume " + ILLUS),
    ("f-tegal-07", "f-dharma", "c-sprocket-mc", 200000, None, TEGAL_DISWAY + " (Tegal IKM are tier-2 for AHM); firm and volume " + ILLUS),
    # Purbalingga exhausts: Pindad, Toyota, Honda (and Suzuki, Daihatsu per Inibaru)
    ("f-pbg-03", "f-pindad", "c-exhaust-system-hd", 150, 2009, PINDAD_TEMPO),
    ("f-pbg-02", "f-tmmin", "c-exhaust-muffler-car", 3000, None, PURBALINGGA + "; " + PURBALINGGA_INIBARU + "; volume " + ILLUS),
    ("f-pbg-02", "f-adm", "c-exhaust-muffler-car", 2000, None, PURBALINGGA_INIBARU + "; volume " + ILLUS),
    ("f-pbg-02", "f-sim", "c-exhaust-muffler-car", 1500, None, PURBALINGGA_INIBARU + "; volume " + ILLUS),
    ("f-pbg-04", "f-hpm", "c-exhaust-muffler-car", 2000, None, PURBALINGGA + "; volume " + ILLUS),
    # Ceper and others for utilities and construction (business matching, January 2017)
    ("f-ceper-01", "f-pdam", "c-gate-valve-body", 6000, None, KEMENPERIN + "; volume " + ILLUS),
    ("f-ceper-04", "f-pdam", "c-manhole-cover", 8000, None, KEMENPERIN + "; volume " + ILLUS),
    ("f-ceper-04", "f-adhi-karya", "c-manhole-cover", 3000, 2017, KEMENPERIN + " (business matching January 2017); volume " + ILLUS),
    ("f-kbj", "f-waskita-karya", "c-manhole-cover", 4000, 2017, KEMENPERIN + " (business matching January 2017); volume " + ILLUS),
    ("f-yogya-01", "f-pdam", "c-manhole-cover", 1500, None, ILLUS),
    # Illustrative cluster-to-industry links
    ("f-pasuruan-01", "f-astra-otoparts", "c-brake-drum", 20000, None, SMIDEP + "; link " + ILLUS),
    ("f-jabo-01", "f-yimm", "c-crankcase-mc", 80000, None, ILLUS),
    ("f-semarang-01", "f-united-tractors", "c-machined-bushing", 20000, None, ILLUS),
    # Tier-1 and tier-2 to OEM (typical relationships; volumes illustrative)
    ("f-kyb", "f-ahm", "c-shock-absorber", 4000000, None, COMPANY + "; volume " + ILLUS),
    ("f-kyb", "f-yimm", "c-shock-absorber", 2500000, None, COMPANY + "; volume " + ILLUS),
    ("f-kyb", "f-tmmin", "c-shock-absorber", 600000, None, COMPANY + "; volume " + ILLUS),
    ("f-akebono", "f-tmmin", "c-brake-caliper", 500000, None, COMPANY + "; volume " + ILLUS),
    ("f-akebono", "f-adm", "c-brake-caliper", 400000, None, COMPANY + "; volume " + ILLUS),
    ("f-aisin-takaoka", "f-akebono", "c-brake-disc", 600000, None, COMPANY + "; volume " + ILLUS),
    ("f-aisin-takaoka", "f-tmmin", "c-brake-drum", 200000, None, COMPANY + "; volume " + ILLUS),
    ("f-astra-otoparts", "f-adm", "c-brake-drum", 150000, None, COMPANY + "; volume " + ILLUS),
    ("f-denso", "f-tmmin", "c-ecu", 120000, None, COMPANY + "; volume " + ILLUS),
    ("f-denso", "f-adm", "c-ecu", 100000, None, COMPANY + "; volume " + ILLUS),
    ("f-aisin", "f-tmmin", "c-water-pump-car", 250000, None, COMPANY + "; volume " + ILLUS),
    ("f-aisin", "f-adm", "c-oil-pump-body", 200000, None, COMPANY + "; volume " + ILLUS),
    ("f-metalart", "f-tmmin", "c-crankshaft", 150000, None, COMPANY + "; volume " + ILLUS),
    ("f-metalart", "f-ahm", "c-connecting-rod", 1500000, None, COMPANY + "; volume " + ILLUS),
    ("f-indospring", "f-tmmin", "c-coil-spring", 1000000, None, COMPANY + "; volume " + ILLUS),
    ("f-indospring", "f-hpm", "c-valve-spring", 3000000, None, COMPANY + "; volume " + ILLUS),
    ("f-gajah-tunggal", "f-tmmin", "c-tyre", 1200000, None, COMPANY + "; volume " + ILLUS),
    ("f-gajah-tunggal", "f-adm", "c-tyre", 1000000, None, COMPANY + "; volume " + ILLUS),
    ("f-hpp", "f-hpm", "c-transmission-case", 100000, None, COMPANY + "; volume " + ILLUS),
    ("f-musashi", "f-ahm", "c-gear-transmission", 6000000, None, COMPANY + "; volume " + ILLUS),
    ("f-nsk", "f-ahm", "c-ball-bearing", 8000000, None, COMPANY + "; volume " + ILLUS),
    ("f-nsk", "f-yimm", "c-ball-bearing", 4000000, None, COMPANY + "; volume " + ILLUS),
    ("f-dharma", "f-ahm", "c-bracket-mc", 800000, None, COMPANY + "; volume " + ILLUS),
]

# Imports: buyer, component, country, year, units, source. Value = units x typical price x 1.05
# (a landed-cost mark-up; estimate). No firm-level import statistics are public: all are estimates.
IMPORTS = [
    ("f-tpr", "c-cylinder-sleeve", "JPN", 2022, 20000, ILLUS),
    ("f-tpr", "c-cylinder-sleeve", "JPN", 2023, 24000, ILLUS),
    ("f-tmmin", "c-brake-drum", "THA", 2022, 36000, ILLUS),
    ("f-tmmin", "c-brake-drum", "THA", 2023, 40000, ILLUS),
    ("f-sgmw", "c-brake-drum", "CHN", 2023, 20000, ILLUS),
    ("f-mmki", "c-brake-disc", "THA", 2023, 80000, ILLUS),
    ("f-adm", "c-wheel-hub", "THA", 2023, 60000, ILLUS),
    ("f-hmmi", "c-wheel-hub", "KOR", 2023, 30000, ILLUS),
    ("f-akebono", "c-brake-caliper", "JPN", 2023, 100000, ILLUS),
    ("f-waskita-karya", "c-manhole-cover", "CHN", 2023, 40000, ILLUS),
    ("f-jasa-marga", "c-manhole-cover", "CHN", 2022, 10000, ILLUS),
    ("f-pdam", "c-gate-valve-body", "CHN", 2022, 18000, ILLUS),
    ("f-pdam", "c-gate-valve-body", "CHN", 2023, 20000, ILLUS),
    ("f-kai", "c-brake-block-composite", "CHN", 2022, 40000, KAI_BISNIS + " (composite blocks fully imported); " + KAI_SOLOPOS + " (China, Australia); volume " + ILLUS),
    ("f-kai", "c-brake-block-composite", "CHN", 2023, 45000, KAI_BISNIS + " (composite blocks fully imported); " + KAI_SOLOPOS + " (China, Australia); volume " + ILLUS),
    ("f-kai", "c-brake-block-composite", "AUS", 2023, 15000, KAI_SOLOPOS + " (China, Australia); volume " + ILLUS),
    ("f-pln", "c-line-clamp", "CHN", 2023, 200000, ILLUS),
    ("f-inka", "c-coupler-knuckle", "CHN", 2023, 4000, ILLUS),
    ("f-inka", "c-taper-bearing", "DEU", 2023, 8000, ILLUS),
    ("f-ahm", "c-crankcase-mc", "THA", 2023, 150000, ILLUS),
    ("f-hpm", "c-transmission-case", "THA", 2023, 150000, ILLUS),
    ("f-aisin", "c-oil-pump-body", "JPN", 2023, 100000, ILLUS),
    ("f-yimm", "c-bracket-mc", "THA", 2023, 500000, ILLUS),
    ("f-yimm", "c-exhaust-muffler-mc", "VNM", 2023, 150000, ILLUS),
    ("f-ahm", "c-sprocket-mc", "THA", 2023, 600000, ILLUS),
    ("f-yimm", "c-sprocket-mc", "TWN", 2023, 200000, ILLUS),
    ("f-sim", "c-chassis-bracket", "IND", 2023, 200000, ILLUS),
    ("f-tmmin", "c-exhaust-muffler-car", "THA", 2023, 100000, ILLUS),
    ("f-kyb", "c-piston-rod", "JPN", 2022, 350000, ILLUS),
    ("f-kyb", "c-piston-rod", "JPN", 2023, 400000, ILLUS),
    ("f-panasonic", "c-pump-injector", "CHN", 2022, 250000, PANASONIC_REPUBLIKA + " (most IKM products did not yet pass); volume " + ILLUS),
    ("f-panasonic", "c-pump-injector", "CHN", 2023, 300000, PANASONIC_REPUBLIKA + " (most IKM products did not yet pass); volume " + ILLUS),
    ("f-panasonic", "c-pump-shaft", "MYS", 2023, 500000, ILLUS),
    ("f-united-tractors", "c-machined-bushing", "JPN", 2023, 40000, ILLUS),
    ("f-united-tractors", "c-taper-bearing", "USA", 2023, 20000, ILLUS),
    ("f-adm", "c-cylinder-head", "JPN", 2023, 50000, ILLUS),
    ("f-tmmin", "c-ecu", "JPN", 2022, 180000, ILLUS),
    ("f-tmmin", "c-ecu", "JPN", 2023, 200000, ILLUS),
    ("f-hmmi", "c-ecu", "KOR", 2023, 30000, ILLUS),
    ("f-sgmw", "c-ecu", "CHN", 2023, 25000, ILLUS),
    ("f-ahm", "c-ball-bearing", "JPN", 2023, 2000000, ILLUS),
    ("f-tmmin", "c-taper-bearing", "JPN", 2023, 150000, ILLUS),
    ("f-hpm", "c-crankshaft", "JPN", 2023, 120000, ILLUS),
    ("f-sim", "c-crankshaft", "IND", 2023, 80000, ILLUS),
    ("f-tmmin", "c-fuel-injector", "JPN", 2023, 600000, ILLUS),
    ("f-ahm", "c-gear-transmission", "THA", 2023, 1000000, ILLUS),
    ("f-sim", "c-connecting-rod", "IND", 2023, 320000, ILLUS),
    ("f-tmmin", "c-piston-ring", "JPN", 2023, 300000, ILLUS),
]
LANDED = 1.05

# Needs with no domestic supplier in the graph (units/year): the missing-link material.
EXTRA_NEEDS = [
    ("f-shimizu", "c-pump-housing", 80000),
    ("f-nindya-karya", "c-manhole-cover", 3000),
    ("f-jasa-marga", "c-manhole-cover", 10000),
    ("f-pdam", "c-pipe-fitting", 40000),
    ("f-sanken", "c-appliance-bracket", 100000),
    ("f-hmmi", "c-brake-drum", 30000),
    ("f-sim", "c-brake-drum", 50000),
    ("f-ahm", "c-exhaust-muffler-mc", 300000),
    ("f-mmki", "c-wheel-hub", 40000),
    ("f-inka", "c-brake-block-composite", 15000),
]

# What firms make today (units/year). Suppliers also make what they supply (added below).
MAKES = [
    ("f-kbj", "c-manhole-cover", 5000),
    ("f-ceper-01", "c-pipe-fitting", 20000),
    ("f-ceper-02", "c-pulley", 10000),
    ("f-ceper-03", "c-pulley", 15000),
    ("f-ceper-04", "c-pipe-fitting", 10000),
    ("f-ceper-05", "c-pump-housing", 20000),
    ("f-ceper-06", "c-brake-drum", 12000),
    ("f-ceper-06", "c-flywheel", 6000),
    ("f-ceper-06", "c-pulley", 15000),
    ("f-ceper-07", "c-flywheel", 4000),
    ("f-ceper-08", "c-pipe-fitting", 25000),
    ("f-ceper-08", "c-manhole-cover", 8000),
    ("f-ceper-09", "c-manhole-cover", 6000),
    ("f-ceper-11", "c-pulley", 20000),
    ("f-scl", "c-bracket-mc", 1200000),
    ("f-scl", "c-appliance-bracket", 100000),
    ("f-fnf", "c-machined-bushing", 30000),
    ("f-fnf", "c-sprocket-mc", 100000),
    ("f-glt", "c-appliance-bracket", 60000),
    ("f-tegal-01", "c-sprocket-mc", 80000),
    ("f-tegal-01", "c-machined-bushing", 40000),
    ("f-tegal-02", "c-pump-housing", 40000),
    ("f-tegal-03", "c-manhole-cover", 5000),
    ("f-tegal-05", "c-bracket-mc", 300000),
    ("f-tegal-06", "c-machined-bushing", 10000),
    ("f-koperasi-tmi", "c-bracket-mc", 150000),
    ("f-pasuruan-01", "c-brake-disc", 40000),
    ("f-pasuruan-01", "c-wheel-hub", 20000),
    ("f-pasuruan-01", "c-flywheel", 10000),
    ("f-pasuruan-02", "c-coupler-knuckle", 1500),
    ("f-pasuruan-03", "c-pulley", 20000),
    ("f-pasuruan-03", "c-flywheel", 8000),
    ("f-pasuruan-05", "c-machined-bushing", 15000),
    ("f-pasuruan-07", "c-pulley", 15000),
    ("f-pasuruan-07", "c-manhole-cover", 3000),
    ("f-pasuruan-08", "c-machined-bushing", 10000),
    ("f-waru-01", "c-appliance-bracket", 150000),
    ("f-waru-01", "c-chassis-bracket", 30000),
    ("f-waru-01", "c-bracket-mc", 200000),
    ("f-pbg-01", "c-exhaust-muffler-mc", 120000),
    ("f-pbg-02", "c-exhaust-muffler-mc", 40000),
    ("f-pbg-04", "c-exhaust-muffler-mc", 60000),
    ("f-pbg-05", "c-exhaust-muffler-mc", 80000),
    ("f-pbg-06", "c-exhaust-muffler-mc", 60000),
    ("f-yogya-01", "c-pulley", 5000),
    ("f-yogya-02", "c-manhole-cover", 1000),
    ("f-semarang-01", "c-piston-rod", 50000),
    ("f-semarang-04", "c-machined-bushing", 15000),
    ("f-jabo-02", "c-water-pump-car", 50000),
    ("f-jabo-02", "c-crankcase-mc", 30000),
    ("f-jabo-01", "c-water-pump-car", 40000),
    ("f-jabo-03", "c-machined-bushing", 10000),
    ("f-krida", "c-pulley", 10000),
    ("f-astra-otoparts", "c-brake-disc", 100000),
    ("f-aisin-takaoka", "c-wheel-hub", 150000),
    ("f-hpp", "c-gear-transmission", 500000),
    ("f-nsk", "c-taper-bearing", 500000),
    ("f-dharma", "c-chassis-bracket", 200000),
]

# Enrolments: firm, programme, year (None where the year is not known).
ENROLMENTS = [
    ("f-kbj", "prog-tmmin-coaching", 2016),
    ("f-kbj", "prog-business-matching", 2017),
    ("f-kbj", "prog-composite-training", 2017),
    ("f-kbj", "prog-link-match", 2019),
    ("f-ceper-01", "prog-business-matching", 2017),
    ("f-ceper-01", "prog-smidep-1", 2013),
    ("f-ceper-01", "prog-cert-coaching", None),
    ("f-ceper-02", "prog-business-matching", 2017),
    ("f-ceper-03", "prog-business-matching", 2017),
    ("f-ceper-03", "prog-restructuring", None),
    ("f-ceper-03", "prog-smidep-1", 2013),
    ("f-ceper-04", "prog-business-matching", 2017),
    ("f-ceper-04", "prog-composite-training", 2017),
    ("f-ceper-05", "prog-composite-training", 2017),
    ("f-ceper-05", "prog-business-matching", 2017),
    ("f-ceper-06", "prog-smidep-1", 2013),
    ("f-ceper-07", "prog-restructuring", None),
    ("f-ceper-08", "prog-business-matching", 2017),
    ("f-ceper-09", "prog-business-matching", 2017),
    ("f-ceper-11", "prog-business-matching", 2017),
    ("f-tegal-01", "prog-restructuring", None),
    ("f-tegal-01", "prog-smidep-1", 2013),
    ("f-tegal-02", "prog-business-matching", 2017),
    ("f-tegal-02", "prog-link-match", 2019),
    ("f-tegal-02", "prog-restructuring", None),
    ("f-tegal-03", "prog-business-matching", 2017),
    ("f-tegal-05", "prog-material-center", 2019),
    ("f-tegal-06", "prog-business-matching", 2017),
    ("f-tegal-07", "prog-material-center", 2019),
    ("f-scl", "prog-material-center", 2019),
    ("f-kannindo", "prog-ydba", 2023),
    ("f-kannindo", "prog-link-match", 2023),
    ("f-koperasi-tmi", "prog-ydba", None),
    ("f-fnf", "prog-ydba", 2014),
    ("f-glt", "prog-business-matching", 2017),
    ("f-elang-jagad", "prog-ydba", 2015),
    ("f-borneo-putra", "prog-ydba", 2015),
    ("f-ks-pro", "prog-ydba", 2015),
    ("f-karya-jaya", "prog-ydba", 2015),
    ("f-waru-01", "prog-cert-coaching", None),
    ("f-pasuruan-01", "prog-smidep-2", None),
    ("f-pasuruan-01", "prog-restructuring", None),
    ("f-pasuruan-02", "prog-smidep-2", None),
    ("f-pasuruan-03", "prog-smidep-2", None),
    ("f-pasuruan-06", "prog-smidep-2", None),
    ("f-pasuruan-07", "prog-smidep-2", None),
    ("f-pbg-01", "prog-cert-coaching", None),
    ("f-pbg-02", "prog-cert-coaching", None),
    ("f-pbg-02", "prog-kite-ikm", None),
    ("f-pbg-03", "prog-cert-coaching", None),
    ("f-sukabumi-01", "prog-cert-coaching", None),
    ("f-yogya-01", "prog-restructuring", None),
    ("f-semarang-01", "prog-restructuring", None),
    ("f-semarang-02", "prog-cert-coaching", None),
    ("f-jabo-03", "prog-restructuring", None),
]


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------
def build() -> dict[str, tuple[list[str], list[dict]]]:
    files: dict[str, tuple[list[str], list[dict]]] = {}

    files["clusters"] = (
        ["id", "name", "province", "regency", "lat", "lon", "units", "workers", "source", "estimate"],
        [dict(id=c[0], name=c[1], province=c[2], regency=c[3], lat=num(c[4]), lon=num(c[5]), units=num(c[6]),
              workers=num(c[7]), source=c[8], estimate=flag(c[9])) for c in CLUSTERS],
    )

    firm_rows = []
    for f in LARGE:
        fid, name, tier, sector, prov, reg, lat, lon, certs, src, est = f
        firm_rows.append(dict(id=fid, name=name, name_id=firm_name_id(fid, name), tier=tier, sector=sector, sector_id=SECTORS_ID[sector], cluster="", province=prov, regency=reg,
                              lat=num(lat), lon=num(lon), employees="", capacity_tonnes="",
                              certifications=";".join(certs), source=src, estimate=flag(est)))
    member_index: dict[str, int] = {}
    for f in IKMS:
        if f["cluster"]:
            cl = CLUSTER[f["cluster"]]
            i = member_index.get(f["cluster"], 0)
            member_index[f["cluster"]] = i + 1
            lat, lon = around(cl[4], cl[5], i)
            prov, reg = cl[2], cl[3]
        else:
            lat, lon = KRIDA_POS
            prov, reg = "Jawa Tengah", "Pati"
        src = f["source"] if f["source"] == ILLUS else f["source"] + "; location, size and capacity " + ILLUS
        firm_rows.append(dict(id=f["id"], name=f["name"], name_id=firm_name_id(f["id"], f["name"]), tier="IKM", sector=f["sector"], sector_id=SECTORS_ID[f["sector"]], cluster=f["cluster"] or "",
                              province=prov, regency=reg, lat=num(lat), lon=num(lon), employees=num(f["employees"]),
                              capacity_tonnes=num(f["capacity"]), certifications=";".join(f["certs"]),
                              source=src, estimate="true"))
    files["firms"] = (
        ["id", "name", "tier", "sector", "cluster", "province", "regency", "lat", "lon", "employees",
         "capacity_tonnes", "certifications", "source", "estimate", "name_id", "sector_id"],
        firm_rows,
    )

    files["processes"] = (
        ["id", "name", "name_id", "description", "description_id"],
        [dict(id=p[0], name=p[1], name_id=PROCESSES_ID[p[0]][0], description=p[2], description_id=PROCESSES_ID[p[0]][1]) for p in PROCESSES],
    )
    files["materials"] = (
        ["id", "name", "name_id", "standard"],
        [dict(id=m[0], name=m[1], name_id=MATERIALS_ID[m[0]], standard=m[2]) for m in MATERIALS],
    )
    files["countries"] = (["id", "name"], [dict(id=c[0], name=c[1]) for c in COUNTRIES])
    files["programs"] = (["id", "name", "name_id"], [dict(id=p[0], name=p[1], name_id=PROGRAMS_ID[p[0]]) for p in PROGRAMS])

    comp_rows = []
    for c in COMPONENTS:
        cid, name, hs, cat, mat, procs, m, p, tol, cert = c
        src = COMPONENT_SOURCES.get(cid)
        typical = f"HS heading and material grade by typical practice; mass, price and tolerance {ILLUS}"
        src = f"{src}; {typical}" if src else typical
        comp_rows.append(dict(id=cid, name=name, name_id=COMPONENTS_ID[cid], hs=hs, category=cat, material=mat, processes=";".join(procs),
                              mass_kg=num(m), unit_price_usd=num(p), tolerance_mm=num(tol), certification=cert,
                              source=src, estimate="true"))
    files["components"] = (
        ["id", "name", "name_id", "hs", "category", "material", "processes", "mass_kg", "unit_price_usd",
         "tolerance_mm", "certification", "source", "estimate"],
        comp_rows,
    )

    # Capabilities: a firm's capacity is stated on each of its processes; where a process has one
    # row per material, the capacity is split evenly over those rows.
    cap_rows = []
    for f in IKMS:
        for proc, mat, tol in f["caps"]:
            same = [c for c in f["caps"] if c[0] == proc]
            share = round(f["capacity"] / len(same)) if len(same) > 1 else f["capacity"]
            src = ILLUS if not f["real"] else f["source"] + "; process list, tolerance and capacity " + ILLUS
            cap_rows.append(dict(firm=f["id"], process=proc, material=mat or "", tolerance_mm=num(tol),
                                 capacity_tonnes=num(share), source=src, estimate="true"))
    for fid, caps in LARGE_CAPS.items():
        for proc, mat, tol in caps:
            cap_rows.append(dict(firm=fid, process=proc, material=mat or "", tolerance_mm=num(tol),
                                 capacity_tonnes="", source=COMPANY + "; tolerance " + ILLUS, estimate="true"))
    files["capabilities"] = (["firm", "process", "material", "tolerance_mm", "capacity_tonnes", "source", "estimate"], cap_rows)

    # Supplies
    sup_rows = []
    for s, b, c, units, since, src in SUPPLIES:
        sup_rows.append(dict(supplier=s, buyer=b, component=c, units_per_year=num(units),
                             value_usd=num(round(units * price(c))), since=num(since),
                             source=src + "; value = units x typical unit price (estimate)", estimate="true"))
    files["supplies"] = (["supplier", "buyer", "component", "units_per_year", "value_usd", "since", "source", "estimate"], sup_rows)

    # Makes: explicit rows, then every supplier makes at least what it supplies.
    made: dict[tuple[str, str], int] = {}
    make_src: dict[tuple[str, str], str] = {}
    for fid, cid, units in MAKES:
        made[(fid, cid)] = made.get((fid, cid), 0) + units
        make_src[(fid, cid)] = ILLUS
    for s, _b, c, units, _since, _src in SUPPLIES:
        if s == "f-tpr" and c == "c-cylinder-sleeve":
            continue  # TPR buys sleeves from Batur Jaya and Japan; it does not cast them.
        key = (s, c)
        made[key] = made.get(key, 0) + units
        make_src.setdefault(key, "derived from supplies.csv; " + ILLUS)
    files["makes"] = (
        ["firm", "component", "units_per_year", "source", "estimate"],
        [dict(firm=f, component=c, units_per_year=num(u), source=make_src[(f, c)], estimate="true")
         for (f, c), u in sorted(made.items())],
    )

    # Imports
    imp_rows = []
    for b, c, country, year, units, src in IMPORTS:
        imp_rows.append(dict(buyer=b, component=c, country=country, year=num(year),
                             value_usd=num(round(units * price(c) * LANDED)), units=num(units),
                             source=src, estimate="true"))
    files["imports"] = (["buyer", "component", "country", "year", "value_usd", "units", "source", "estimate"], imp_rows)

    # Needs: what each buyer buys domestically plus its latest-year imports, and the extra needs.
    need: dict[tuple[str, str], int] = {}
    for _s, b, c, units, _since, _src in SUPPLIES:
        need[(b, c)] = need.get((b, c), 0) + units
    latest: dict[tuple[str, str], int] = {}
    for b, c, _country, year, _units, _src in IMPORTS:
        latest[(b, c)] = max(latest.get((b, c), 0), year)
    for b, c, _country, year, units, _src in IMPORTS:
        if year == latest[(b, c)]:
            need[(b, c)] = need.get((b, c), 0) + units
    need_src = {k: "derived: domestic supplies plus latest-year imports; " + ILLUS for k in need}
    for b, c, units in EXTRA_NEEDS:
        need[(b, c)] = need.get((b, c), 0) + units
        need_src[(b, c)] = ("derived: imports plus unmet demand; " if (b, c) in need_src else "unmet demand, no domestic supplier in the seed; ") + ILLUS
    files["needs"] = (
        ["firm", "component", "units_per_year", "source", "estimate"],
        [dict(firm=f, component=c, units_per_year=num(u), source=need_src[(f, c)], estimate="true")
         for (f, c), u in sorted(need.items())],
    )

    files["enrolments"] = (["firm", "program", "year"], [dict(firm=f, program=p, year=num(y)) for f, p, y in ENROLMENTS])
    return files


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (columns, rows) in build().items():
        write(name, columns, rows)


if __name__ == "__main__":
    main()
