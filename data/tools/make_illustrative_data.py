#!/usr/bin/env python3
"""
Regenerates every file in data/tidy/ (the bundled sample values) from this one script.

What it does
  * Writes the PUBLISHED figures taken from the 2024-25 Cambridgeshire and Peterborough needs assessments and the
    2023 Northamptonshire assessment (see ../shared/reference/*-inventory.md; each block below names its table or
    catalogue row). Those rows carry provenance "published".
  * Fills everything else with ILLUSTRATIVE values (provenance "illustrative"): earlier or later periods around the
    published anchors, areas with no published value, and the latest period for every upper-tier authority on a
    few headline indicators (so England ranges, quartiles and ranks among comparators can be computed). Illustrative
    values follow the published anchors, regional patterns and deprivation, with random noise from a fixed seed.
  * Computes 95% limits for directly standardised rates with Byar's method on the count (the Dobson method with
    equal weights) and leaves limits of proportions and crude rates blank when the count and denominator are given
    (ReportGen computes those). Counts under 10 give no DSR: such rows are left out, as published tables do.

The output is deterministic: the same script always writes the same bytes (fixed seed, fixed row order).
Run from anywhere:   python3 data/tools/make_illustrative_data.py
It reads data/areas.csv (for the upper-tier authorities and their regions) and writes data/tidy/*.csv.
Nothing here is a real figure unless its row says "published".
"""
import csv
import math
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
TIDY = os.path.join(DATA, "tidy")
SEED = 20250611
Z95 = 1.959963985

# Areas the assessments report on.
E, EOE, EM = "E92000001", "E12000006", "E12000004"
C, PB, NN, WN = "E10000003", "E06000031", "E06000061", "E06000062"
CAM, ECA, FEN, HUN, SCA = "E07000008", "E07000009", "E07000010", "E07000011", "E07000012"
DISTRICTS = [CAM, ECA, FEN, HUN, SCA]
KEY = [C, PB, NN, WN, EOE, EM, E]          # areas with full series
PUB, ILL = "published", "illustrative"


# ----------------------------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------------------------
def rng(*keys):
    """A random generator seeded from the fixed seed and the keys, so adding an indicator never shifts another."""
    return random.Random(SEED ^ zlib.crc32("|".join(keys).encode()))


def byars_lower(o):
    if o <= 0:
        return 0.0
    return o * (1 - 1 / (9 * o) - Z95 / (3 * math.sqrt(o))) ** 3


def byars_upper(o):
    o1 = o + 1
    return o1 * (1 - 1 / (9 * o1) + Z95 / (3 * math.sqrt(o1))) ** 3


def dsr_limits(value, count):
    """Dobson limits with equal weights: the value scaled by Byar's limits on the count."""
    return value * byars_lower(count) / count, value * byars_upper(count) / count


def wilson(p, n):
    """Wilson score limits (as %) for a proportion p (0-1) on n."""
    z = Z95
    x = p * n
    a = 2 * x + z * z
    b = z * math.sqrt(z * z + 4 * x * (1 - x / n))
    return 100 * (a - b) / 2 / (n + z * z), 100 * (a + b) / 2 / (n + z * z)


def interp(periods, anchors):
    """Linear interpolation of anchor values over period indexes; flat beyond the first and last anchor."""
    idx = sorted((periods.index(p), v) for p, v in anchors.items())
    out = {}
    for i, p in enumerate(periods):
        if i <= idx[0][0]:
            out[p] = idx[0][1]
        elif i >= idx[-1][0]:
            out[p] = idx[-1][1]
        else:
            for (i0, v0), (i1, v1) in zip(idx, idx[1:]):
                if i0 <= i <= i1:
                    out[p] = v0 + (v1 - v0) * (i - i0) / (i1 - i0)
                    break
    return out


def follow(periods, shape, anchors, noise, key):
    """Values that keep the anchors exactly and follow `shape` (e.g. England's series) in between, scaled by the
    anchors' ratio to the shape, with multiplicative noise of relative size `noise` on the non-anchor periods."""
    ratio = interp(periods, {p: v / shape[p] for p, v in anchors.items()})
    r = rng("follow", *key)
    out = {}
    for p in periods:
        if p in anchors:
            out[p] = anchors[p]
        else:
            out[p] = shape[p] * ratio[p] * math.exp(r.gauss(0, noise))
    return out


def fy(start):
    """'2023/24' for a financial year starting in `start`."""
    return f"{start}/{str(start + 1)[-2:]}"


def cal3(end):
    """'2021-23' for three calendar years ending in `end`."""
    return f"{end - 2}-{str(end)[-2:]}"


def fy3(end_start):
    """'2020/21 - 22/23' for three financial years, the last starting in `end_start`."""
    s = end_start - 2
    return f"{fy(s)} - {str(end_start)[-2:]}/{str(end_start + 1)[-2:]}"


def num(x, d):
    if x is None:
        return ""
    if d == 0:
        return str(int(round(x)))
    return f"{x:.{d}f}"


# ----------------------------------------------------------------------------------------------------------------
# Output files: rows are checked for duplicates as they are added
# ----------------------------------------------------------------------------------------------------------------
HEADER = ["indicator_id", "area_code", "period", "sex", "age", "category_type", "category", "count", "denominator",
          "value", "lower_95", "upper_95", "value_note", "provenance"]
FILES = {}
SEEN = set()


def add(file, ind, area, period, value=None, count=None, denom=None, lo=None, hi=None, sex="", age="", ctype="",
        cat="", note="", prov=ILL, vd=1, ld=2, cd=0):
    key = (ind, area, period, sex, age, cat)
    if key in SEEN:
        raise SystemExit(f"duplicate row {key}")
    SEEN.add(key)
    if value is not None and lo is not None and not (lo <= value <= hi):
        raise SystemExit(f"value outside limits {key}: {value} {lo} {hi}")
    FILES.setdefault(file, []).append([
        ind, area, period, sex, age, ctype, cat, num(count, cd), num(denom, 0), num(value, vd),
        num(lo, ld), num(hi, ld), note, prov])


def add_dsr(file, ind, area, period, value, count, denom, prov=ILL, vd=1, **kw):
    """A DSR row with Byar/Dobson limits from the count; nothing is written below 10 events."""
    value = round(value, vd)
    count = int(round(count))
    if count < 10:
        return
    lo, hi = dsr_limits(value, count)
    add(file, ind, area, period, value, count, denom, math.floor(lo * 100) / 100, math.ceil(hi * 100) / 100,
        prov=prov, vd=vd, **kw)


def add_prop(file, ind, area, period, count, denom, value=None, prov=ILL, vd=1, **kw):
    """A proportion row; the value is computed from count and denominator unless a published one is given."""
    if value is None:
        value = 100 * count / denom
    add(file, ind, area, period, value, count, denom, prov=prov, vd=vd, **kw)


def period_key(label):
    """Start year and start quarter, so rows sort in time order whatever the period format."""
    q = label.find(" Q")
    return int(label[:4]), int(label[q + 2]) if q >= 0 else 0, label


def age_key(age):
    """Orders age bands by their first number ("<15 yrs" before "15 yrs"; blank first)."""
    if not age:
        return -2
    digits = "".join(ch if ch.isdigit() else " " for ch in age).split()
    return (int(digits[0]) - 0.5 if age.startswith("<") else int(digits[0])) if digits else -1


def write_all():
    """Writes each file with its rows grouped by indicator, area and breakdown (in the order first written) and
    then in time order."""
    os.makedirs(TIDY, exist_ok=True)
    for name, rows in FILES.items():
        first = {}
        for r in rows:
            for k in ((0, r[0]), (1, r[1]), (2, r[6])):
                first.setdefault(k, len(first))
        rows.sort(key=lambda r: (first[(0, r[0])], first[(1, r[1])], r[5], first[(2, r[6])],
                                 {"": 0, "Male": 1, "Female": 2}[r[3]], age_key(r[4]), period_key(r[2])))
        with open(os.path.join(TIDY, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(HEADER)
            w.writerows(rows)


# ----------------------------------------------------------------------------------------------------------------
# Areas and populations
# ----------------------------------------------------------------------------------------------------------------
def read_areas():
    with open(os.path.join(DATA, "areas.csv"), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


AREAS = read_areas()
NAME = {a["code"]: a["name"] for a in AREAS}
UTLA = [a["code"] for a in AREAS if a["type"] in ("county", "unitary")]
REGION_OF = {a["code"]: a["parent_code"] for a in AREAS if a["type"] in ("county", "unitary")}
REGIONS = [a["code"] for a in AREAS if a["type"] == "region"]
NE, NW, YH, WM, LON, SE, SW = "E12000001", "E12000002", "E12000003", "E12000005", "E12000007", "E12000008", "E12000009"

# Mid-2023 resident population, thousands. ILLUSTRATIVE (rounded, roughly the right size) except Cambridgeshire,
# whose districts are the published ONS 2023 mid-year estimates (Cambridgeshire inventory, Table 5.1a).
POP_K = {
    # North East
    "E06000047": 528, "E06000005": 109, "E08000037": 197, "E06000001": 94, "E06000002": 148, "E08000021": 307,
    "E08000022": 211, "E06000057": 324, "E06000003": 138, "E08000023": 148, "E06000004": 200, "E08000024": 279,
    # North West
    "E06000008": 157, "E06000009": 142, "E08000001": 301, "E08000002": 195, "E06000049": 411, "E06000050": 363,
    "E06000063": 275, "E06000006": 129, "E08000011": 157, "E10000017": 1250, "E08000012": 496, "E08000003": 568,
    "E08000004": 245, "E08000005": 228, "E08000006": 280, "E08000014": 280, "E08000013": 185, "E08000007": 297,
    "E08000008": 233, "E08000009": 236, "E06000007": 212, "E06000064": 227, "E08000010": 335, "E08000015": 322,
    # Yorkshire and The Humber
    "E08000016": 248, "E08000032": 552, "E08000033": 208, "E08000017": 310, "E06000011": 345, "E06000010": 270,
    "E08000034": 441, "E08000035": 822, "E06000012": 157, "E06000013": 170, "E06000065": 620, "E08000018": 268,
    "E08000019": 564, "E08000036": 357, "E06000014": 204,
    # East Midlands
    "E06000015": 264, "E10000007": 806, "E06000016": 373, "E10000018": 729, "E10000019": 781, "E06000061": 362,
    "E06000018": 329, "E10000024": 836, "E06000017": 42, "E06000062": 428,
    # West Midlands
    "E08000025": 1158, "E08000026": 355, "E08000027": 324, "E06000019": 188, "E08000028": 345, "E06000051": 327,
    "E08000029": 218, "E10000028": 886, "E06000021": 260, "E06000020": 188, "E08000030": 287, "E10000031": 610,
    "E08000031": 266, "E10000034": 608,
    # East of England
    "E06000055": 190, "E10000003": 699.573, "E06000056": 301, "E10000012": 1510, "E10000015": 1200,
    "E06000032": 227, "E10000020": 930, "E06000031": 221.7, "E06000033": 182, "E10000029": 770, "E06000034": 178,
    # London
    "E09000002": 220, "E09000003": 390, "E09000004": 248, "E09000005": 340, "E09000006": 330, "E09000007": 218,
    "E09000001": 8.6, "E09000008": 395, "E09000009": 370, "E09000010": 330, "E09000011": 291, "E09000012": 262,
    "E09000013": 184, "E09000014": 264, "E09000015": 262, "E09000016": 264, "E09000017": 310, "E09000018": 292,
    "E09000019": 217, "E09000020": 144, "E09000021": 170, "E09000022": 317, "E09000023": 300, "E09000024": 216,
    "E09000025": 360, "E09000026": 312, "E09000027": 196, "E09000028": 315, "E09000029": 211, "E09000030": 325,
    "E09000031": 278, "E09000032": 330, "E09000033": 210,
    # South East
    "E06000036": 126, "E06000043": 279, "E06000060": 563, "E10000011": 555, "E10000014": 1420, "E06000046": 141,
    "E10000016": 1610, "E06000035": 285, "E06000042": 293, "E10000025": 745, "E06000044": 209, "E06000038": 177,
    "E06000039": 160, "E06000045": 253, "E10000030": 1230, "E06000037": 162, "E10000032": 893, "E06000040": 155,
    "E06000041": 181,
    # South West
    "E06000022": 196, "E06000058": 405, "E06000023": 480, "E06000052": 578, "E10000008": 825, "E06000059": 383,
    "E10000013": 651, "E06000053": 2.1, "E06000024": 218, "E06000026": 267, "E06000066": 577, "E06000025": 297,
    "E06000030": 236, "E06000027": 140, "E06000054": 516,
}
DISTRICT_POP_2023 = {CAM: 149963, ECA: 91466, FEN: 103537, HUN: 186066, SCA: 168541}   # published, Table 5.1a

# Relative deprivation, 1 (least) to 5 (most), a rough illustrative ranking that drives the spread of
# illustrative values between authorities. Authorities not listed are 3.
DEP = {
    "E06000009": 5, "E08000011": 5, "E08000012": 5, "E06000002": 5, "E06000010": 5, "E08000003": 5,
    "E08000025": 5, "E08000028": 5, "E06000021": 5, "E06000001": 5, "E09000030": 4.5, "E09000012": 4.5,
    "E06000018": 5, "E08000032": 4.5, "E08000004": 4.5, "E08000005": 4.5, "E08000006": 4.5, "E08000024": 4.5,
    "E08000023": 4.5, "E06000008": 5, "E06000016": 4.5, "E08000031": 4.5, "E08000030": 4.5, "E08000021": 4,
    "E08000017": 4.5, "E08000016": 4, "E06000012": 4.5, "E06000003": 4.5, "E06000006": 4.5, "E08000013": 4,
    "E08000008": 4, "E08000001": 4, "E08000037": 4, "E06000047": 4, "E08000033": 4, "E08000034": 3.5,
    "E08000035": 3.5, "E08000036": 4, "E08000018": 4, "E08000019": 4, "E09000002": 4.5, "E09000025": 4.5,
    "E09000022": 4, "E09000028": 4, "E09000023": 4, "E09000014": 4, "E09000019": 4, "E09000031": 4,
    "E09000011": 4, "E09000005": 4, "E06000032": 4, "E06000033": 3.5, "E06000034": 3.5, "E06000031": 4,
    "E06000039": 4, "E06000044": 4, "E06000045": 4, "E06000026": 4, "E06000027": 4, "E06000046": 3.5,
    "E06000020": 4, "E06000015": 4, "E08000026": 4, "E08000027": 3.5, "E06000061": 3.5, "E06000063": 3.5,
    "E06000052": 3.5, "E06000043": 3.5, "E06000023": 3.5, "E06000035": 3.5, "E10000017": 3.5, "E08000014": 3.5,
    "E08000015": 3.5, "E08000002": 3.5, "E06000004": 3.5, "E06000005": 3.5, "E06000057": 3.5, "E06000013": 3.5,
    "E10000019": 3.5, "E10000011": 3, "E06000030": 3,
    "E06000041": 1, "E09000027": 1, "E06000040": 1, "E10000030": 1, "E06000060": 1.5, "E06000017": 1,
    "E10000015": 1.5, "E06000037": 1.5, "E10000025": 1.5, "E06000036": 1.5, "E10000003": 1.5, "E06000025": 1.5,
    "E06000056": 1.5, "E10000014": 1.5, "E06000014": 1.5, "E06000049": 2, "E08000029": 2, "E06000022": 1.5,
    "E06000065": 2, "E10000018": 1.5, "E10000031": 2, "E10000032": 2, "E09000021": 1.5, "E09000029": 2,
    "E09000006": 1.5, "E09000015": 2, "E09000024": 2, "E09000004": 2.5, "E09000016": 2.5, "E09000003": 2.5,
    "E09000032": 2, "E09000001": 2, "E06000053": 2, "E06000054": 2, "E06000059": 2, "E10000013": 2,
    "E10000034": 2, "E10000012": 2.5, "E10000029": 2.5, "E10000020": 3, "E06000055": 3, "E06000042": 3,
    "E06000050": 2.5, "E06000007": 2.5, "E06000062": 3, "E06000011": 2, "E06000064": 2.5, "E10000028": 2.5,
    "E10000007": 2.5, "E10000024": 3, "E10000008": 2.5, "E06000066": 3, "E06000024": 2.5, "E06000058": 3,
    "E06000038": 3, "E08000009": 2, "E08000007": 2.5, "E09000007": 3, "E09000008": 3.5, "E09000009": 3,
    "E09000010": 3.5, "E09000013": 3, "E09000017": 3, "E09000018": 3.5, "E09000020": 3, "E09000026": 3,
    "E09000033": 3, "E10000016": 3, "E06000051": 2.5, "E06000019": 3,
}


def dep(code):
    return DEP.get(code, 3)


def pop(code, year=2023):
    """Resident population in `year` (illustrative growth back from 2023; published 2023 values where known)."""
    # Growth rates are illustrative; Cambridgeshire's and Peterborough's make the 2021 estimate meet the Census.
    if code in DISTRICT_POP_2023:
        base = DISTRICT_POP_2023[code]
        g = 0.015
    elif code in POP_K:
        base = POP_K[code] * 1000
        g = {C: 0.015, PB: 0.014, NN: 0.010, WN: 0.010}.get(code, 0.006)
    elif code == E:
        return sum(pop(u, year) for u in UTLA)
    else:  # region
        return sum(pop(u, year) for u in UTLA if REGION_OF[u] == code)
    return base / (1 + g) ** (2023 - year)


def members(code):
    """The upper-tier authorities an aggregate (region or England) is made of; the area itself otherwise."""
    if code == E:
        return list(UTLA)
    if code in REGIONS:
        return [u for u in UTLA if REGION_OF[u] == code]
    return [code]


# Shares of the population in age groups used as denominators (illustrative, except where derived from published
# tables: Cambridgeshire and Peterborough 15-64 and 18+ populations printed in their OCU and alcohol tables).
F15_64 = {C: 451778 / 699573, PB: 127229 / 221700}
F18P = {C: 6024 / 10.75 * 1000 / 699573, PB: 2483 / 15.18 * 1000 / 221700}


def pop15_64(code, year=2023):
    if code in (E,) or code in REGIONS:
        return sum(pop15_64(u, year) for u in members(code))
    return pop(code, year) * F15_64.get(code, 0.635 - 0.004 * (dep(code) - 3))


def pop18p(code, year=2023):
    if code in (E,) or code in REGIONS:
        return sum(pop18p(u, year) for u in members(code))
    return pop(code, year) * F18P.get(code, 0.785 - 0.01 * (dep(code) - 3))


# Region multipliers relative to England for the all-authority indicators (illustrative, shaped on the
# familiar north-south pattern in Fingertips).
REGION_LEVEL = {
    "alcohol_specific_mortality": {NE: 1.45, NW: 1.40, YH: 1.12, EM: 1.00, WM: 1.10, EOE: 0.78, LON: 0.70, SE: 0.80, SW: 0.88},
    "alcohol_related_mortality": {NE: 1.25, NW: 1.25, YH: 1.10, EM: 1.02, WM: 1.10, EOE: 0.85, LON: 0.85, SE: 0.88, SW: 0.90},
    "deaths_drug_misuse": {NE: 1.80, NW: 1.45, YH: 1.20, EM: 0.95, WM: 0.95, EOE: 0.66, LON: 0.62, SE: 0.80, SW: 1.10},
    "admissions_alcohol_specific": {NE: 1.60, NW: 1.50, YH: 1.10, EM: 0.95, WM: 1.05, EOE: 0.70, LON: 0.75, SE: 0.75, SW: 0.90},
    "admissions_alcohol_related_narrow": {NE: 1.30, NW: 1.25, YH: 1.05, EM: 1.00, WM: 1.10, EOE: 0.85, LON: 0.90, SE: 0.85, SW: 0.90},
    "ocu_prevalence": {NE: 1.25, NW: 1.40, YH: 1.20, EM: 0.95, WM: 1.00, EOE: 0.70, LON: 1.05, SE: 0.75, SW: 0.85},
    "alcohol_dependence_prevalence": {NE: 1.25, NW: 1.20, YH: 1.10, EM: 0.98, WM: 1.05, EOE: 0.85, LON: 1.00, SE: 0.85, SW: 0.90},
    "unmet_need": {NE: 1.02, NW: 1.02, YH: 1.00, EM: 1.00, WM: 1.00, EOE: 0.98, LON: 1.00, SE: 0.97, SW: 0.98},
    "treatment_outcomes": {NE: 0.95, NW: 0.97, YH: 0.98, EM: 1.00, WM: 1.00, EOE: 1.02, LON: 1.00, SE: 1.03, SW: 1.02},
    "smoking_prevalence_adults": {NE: 1.10, NW: 1.08, YH: 1.12, EM: 1.05, WM: 1.05, EOE: 0.98, LON: 0.95, SE: 0.90, SW: 0.95},
}


# ----------------------------------------------------------------------------------------------------------------
# Latest values for every upper-tier authority (England ranges, quartiles and ranks)
# ----------------------------------------------------------------------------------------------------------------
def weighted_mean(values, weights, codes):
    return sum(values[c] * weights[c] for c in codes) / sum(weights[c] for c in codes)


def rank_with_mean(values, area, group, rank, mean=None):
    """Adjusts the group's illustrative values so `area` ranks `rank` (1 = highest) among area + group, and the
    group's mean is `mean` when given; the generated order within the group is kept."""
    a = values[area]
    g = sorted(group, key=lambda c: -values[c])
    above, below = g[:rank - 1], g[rank - 1:]
    up = [max(values[c] - a, 0.03 * a * (len(above) - i)) for i, c in enumerate(above)]
    dn = [max(a - values[c], 0.03 * a * (i + 1)) for i, c in enumerate(below)]
    s_up = 1.0
    if mean is not None:
        s_up = (len(g) * (mean - a) + sum(dn)) / sum(up)
        if s_up <= 0:
            raise SystemExit(f"cannot reach mean {mean} for {area}")
    for c, d in zip(above, up):
        values[c] = a + s_up * d
    for c, d in zip(below, dn):
        values[c] = a - d


def range_with_mean(values, group, lo, hi, mean):
    """Maps the group's illustrative values onto [lo, hi] (keeping their order) with the given mean."""
    vmin, vmax = min(values[c] for c in group), max(values[c] for c in group)
    t = {c: (values[c] - vmin) / (vmax - vmin) for c in group}
    g0, g1 = 0.05, 20.0
    for _ in range(100):   # bisection on a power transform
        gam = math.sqrt(g0 * g1)
        m = sum(lo + (hi - lo) * t[c] ** gam for c in group) / len(group)
        if m > mean:
            g0 = gam
        else:
            g1 = gam
    for c in group:
        values[c] = lo + (hi - lo) * t[c] ** gam


BOOST = {   # well-known outliers, so the top of the illustrative range looks like Fingertips' (Blackpool etc.)
    "alcohol_specific_mortality": {"E06000009": 1.6},
    "alcohol_related_mortality": {"E06000009": 1.3},
    "deaths_drug_misuse": {"E06000009": 1.9, "E06000001": 1.2, "E06000002": 1.2},
    "admissions_alcohol_specific": {"E06000009": 1.4},
    "ocu_prevalence": {"E06000009": 1.6, "E08000012": 1.2},
}


def all_authorities(ind, england, k, sigma, weight, fixed=None, region_targets=None, engineer=None, level=None):
    """Illustrative latest values for every upper-tier authority: England value x region level x deprivation
    gradient x noise. Published values in `fixed` are kept; `engineer` may pin comparator-group patterns; the
    rest is rescaled so each target region and then England come out at their (published or chosen) values
    as weighted means. Returns {code: value} including regions and England."""
    fixed = dict(fixed or {})
    region_targets = dict(region_targets or {})
    levels = REGION_LEVEL[level or ind]
    r = rng("all", ind)
    v = {}
    for u in UTLA:
        v[u] = england * levels[REGION_OF[u]] * (1 + k * (dep(u) - 3)) * math.exp(r.gauss(0, sigma))
        v[u] *= BOOST.get(level or ind, {}).get(u, 1.0)
    v.update(fixed)
    pinned = set(fixed)
    if engineer:
        pinned |= engineer(v)
    w = {u: weight(u) for u in UTLA}
    for reg, target in region_targets.items():
        free = [u for u in members(reg) if u not in pinned]
        have = sum(v[u] * w[u] for u in members(reg) if u in pinned)
        need = target * sum(w[u] for u in members(reg)) - have
        s = need / sum(v[u] * w[u] for u in free)
        for u in free:
            v[u] *= s
        pinned |= set(free)
    free = [u for u in UTLA if u not in pinned]
    have = sum(v[u] * w[u] for u in UTLA if u in pinned)
    s = (england * sum(w.values()) - have) / sum(v[u] * w[u] for u in free)
    for u in free:
        v[u] *= s
    for reg in REGIONS:
        v[reg] = weighted_mean(v, w, members(reg))
    v[E] = weighted_mean(v, w, UTLA)
    return v


# ----------------------------------------------------------------------------------------------------------------
# Comparator groups used to pin published rank / average statements (see comparators.yaml)
# ----------------------------------------------------------------------------------------------------------------
PB_GROUP = ["E08000033", "E08000008", "E08000017", "E08000001", "E08000032", "E08000002", "E08000004",
            "E08000034", "E06000020", NN, "E06000055", "E06000008", "E06000030", "E06000034"]
C_GROUP = ["E10000025", "E10000015", "E10000013", "E10000031", "E10000034", "E10000032", "E06000060",
           "E06000054", "E10000018", "E10000029", "E10000014", "E06000056", "E10000012", "E10000020", "E06000066"]

DEATH_FACTOR = 0.96   # deaths per (DSR x population / 100,000): older-than-standard populations, as in the tables
MALE_SHARE = 0.49


def est_note(prov):
    return "count and limits estimated from the published rate" if prov == PUB else ""


def dsr_series(file, ind, area, periods, values, popfn, published=None, counts=None, years=1, factor=DEATH_FACTOR,
               vd=1, **kw):
    """Writes one area's DSR series. `published` is the set of periods whose value is published; `counts` holds
    published counts, used as they are."""
    published = published or set()
    counts = counts or {}
    for p in periods:
        if p not in values:
            continue
        denom = popfn(p) * years
        cnt = counts.get(p, values[p] * denom * factor / 100000)
        prov = PUB if p in published else ILL
        note = "" if p in counts else est_note(prov)
        add_dsr(file, ind, area, p, values[p], cnt, denom, prov=prov, vd=vd, note=note, **kw)


def noise_for(value, denom, factor=DEATH_FACTOR):
    expected = max(value * denom * factor / 100000, 1)
    return min(0.9 / math.sqrt(expected), 0.35)


# ----------------------------------------------------------------------------------------------------------------
# tidy/lape-mortality.csv: alcohol-specific and alcohol-related mortality, liver disease mortality
# ----------------------------------------------------------------------------------------------------------------
def year_pop(code, sex=""):
    share = {"Male": MALE_SHARE, "Female": 1 - MALE_SHARE}.get(sex, 1.0)
    return lambda p: pop(code, int(p[:4])) * share


def lape_mortality():
    f = "lape-mortality.csv"

    # Alcohol-specific mortality, single years 2006-2023. England 2006 (10.7, 5,050 deaths) and 2023 (15.0,
    # 8,274) from the Cambridgeshire inventory 7.1; England 2020 (13.0), East Midlands 2020 (12.9), North and West
    # Northamptonshire 2020 (10.9, 38 deaths; 13.4, 54) from the Northamptonshire inventory (Figs 37/38);
    # Cambridgeshire 2023 (12.8) and Peterborough 2022-23 (18.1, 20.2) from the 2024-25 assessments.
    ind = "alcohol_specific_mortality"
    years = [str(y) for y in range(2006, 2024)]
    shape = dict(zip(years, [10.7, 11.0, 11.3, 10.9, 11.1, 11.2, 10.6, 10.8, 10.7, 10.6, 10.7, 10.8, 10.9, 10.9,
                             13.0, 14.5, 14.6, 15.0]))

    def pb_rank(v):   # Peterborough 8th of 16 statistical neighbours; neighbour average 20.3 (PB inventory M9)
        rank_with_mean(v, PB, PB_GROUP, 8, 20.3)
        return set(PB_GROUP)

    latest = all_authorities(ind, 15.0, 0.15, 0.16, pop, fixed={C: 12.8, PB: 20.2}, engineer=pb_rank)
    other_authorities_dsr(f, ind, "2023", latest, year_pop)
    series = {
        C: dict(zip(years, [8.6, 8.9, 9.2, 8.4, 8.8, 8.6, 8.0, 8.3, 8.1, 8.5, 7.9, 8.2, 7.4, 6.6, 7.2, 7.5, 7.7, 12.8])),
        PB: follow(years, shape, {"2013": 14.0, "2019": 12.6, "2020": 13.8, "2022": 18.1, "2023": 20.2}, 0.08, (ind, PB)),
        NN: follow(years, shape, {"2020": 10.9, "2023": latest[NN]}, 0.07, (ind, NN)),
        WN: follow(years, shape, {"2020": 13.4, "2023": latest[WN]}, 0.07, (ind, WN)),
        EOE: follow(years, shape, {"2023": latest[EOE]}, 0.02, (ind, EOE)),
        EM: follow(years, shape, {"2020": 12.9, "2023": latest[EM]}, 0.02, (ind, EM)),
        E: shape,
    }
    published = {C: {"2023"}, PB: {"2022", "2023"}, NN: {"2020"}, WN: {"2020"}, EM: {"2020"},
                 E: {"2006", "2020", "2023"}, EOE: set()}
    counts = {NN: {"2020": 38}, WN: {"2020": 54}, E: {"2006": 5050, "2023": 8274}}
    for a in KEY:
        dsr_series(f, ind, a, years, series[a], year_pop(a), published[a], counts.get(a))
    # England by local authority deprivation decile, 2023: most deprived 20.9 and least deprived 9.8 published
    # (Cambridgeshire inventory 7.1); the deciles between are illustrative.
    dec = [20.9, 19.0, 17.5, 16.3, 15.2, 14.0, 12.9, 12.0, 10.9, 9.8]
    for i, d in enumerate(dec):
        prov = PUB if i in (0, 9) else ILL
        dsr_series(f, ind, E, ["2023"], {"2023": d}, lambda p: pop(E, 2023) / 10, {"2023"} if prov == PUB else set(),
                   ctype="Local authority deprivation decile (IMD 2019)", cat=decile_label(i + 1))

    # Alcohol-related mortality (new method), 2016-2023. Published: Cambridgeshire 2023 33.8 (male 47.1, female
    # 22.5), England 2023 40.7, Peterborough 2023 52.2 (male 69.2, female 25.5); 2020 values for North and West
    # Northamptonshire, East Midlands and England by sex from the Northamptonshire inventory (Figs 37/38).
    ind = "alcohol_related_mortality"
    years = [str(y) for y in range(2016, 2024)]
    shape = dict(zip(years, [36.5, 36.9, 36.7, 36.3, 37.8, 40.5, 39.9, 40.7]))

    def pb_rank6(v):   # Peterborough 6th of 16 statistical neighbours (PB inventory M12)
        rank_with_mean(v, PB, PB_GROUP, 6)
        return set(PB_GROUP)

    # North and West Northamptonshire and the East Midlands continue their published 2020 level (illustrative).
    latest = all_authorities(ind, 40.7, 0.10, 0.12, pop, fixed={C: 33.8, PB: 52.2, NN: 42.8, WN: 41.6},
                             region_targets={EM: 41.0}, engineer=pb_rank6)
    other_authorities_dsr(f, ind, "2023", latest, year_pop)
    persons = {
        C: follow(years, shape, {"2016": 32.5, "2023": 33.8}, 0.05, (ind, C)),
        PB: follow(years, shape, {"2016": 41.0, "2023": 52.2}, 0.07, (ind, PB)),
        NN: follow(years, shape, {"2020": 39.1, "2023": latest[NN]}, 0.06, (ind, NN)),
        WN: follow(years, shape, {"2020": 38.1, "2023": latest[WN]}, 0.06, (ind, WN)),
        EOE: follow(years, shape, {"2023": latest[EOE]}, 0.015, (ind, EOE)),
        EM: follow(years, shape, {"2020": 38.1, "2023": latest[EM]}, 0.015, (ind, EM)),
        E: shape,
    }
    ratios = {C: (47.1 / 33.8, 22.5 / 33.8), PB: (69.2 / 52.2, 25.5 / 52.2), NN: (59.5 / 39.1, 21.5 / 39.1),
              WN: (51.8 / 38.1, 26.4 / 38.1), EM: (57.0 / 38.1, 21.7 / 38.1), E: (57.3 / 37.8, 20.9 / 37.8),
              EOE: (1.50, 0.56)}
    pub_p = {C: {"2023"}, PB: {"2023"}, NN: {"2020"}, WN: {"2020"}, EM: {"2020"}, E: {"2020", "2023"}, EOE: set()}
    pub_sex = {C: {"2023"}, PB: {"2023"}, NN: {"2020"}, WN: {"2020"}, EM: {"2020"}, E: {"2020"}, EOE: set()}
    cnt_p = {NN: {"2020": 133}, WN: {"2020": 148}}
    cnt_sex = {NN: ({"2020": 95}, {"2020": 38}), WN: ({"2020": 94}, {"2020": 54})}
    fixed_sex = {C: ({"2023": 47.1}, {"2023": 22.5}), PB: ({"2023": 69.2}, {"2023": 25.5}),
                 NN: ({"2020": 59.5}, {"2020": 21.5}), WN: ({"2020": 51.8}, {"2020": 26.4}),
                 EM: ({"2020": 57.0}, {"2020": 21.7}), E: ({"2020": 57.3}, {"2020": 20.9})}
    for a in KEY:
        dsr_series(f, ind, a, years, persons[a], year_pop(a), pub_p[a], cnt_p.get(a))
        for i, sex in enumerate(("Male", "Female")):
            vals = {p: persons[a][p] * ratios[a][i] for p in years}
            vals.update(fixed_sex.get(a, ({}, {}))[i])
            dsr_series(f, ind, a, years, vals, year_pop(a, sex), pub_sex[a], cnt_sex.get(a, ({}, {}))[i], sex=sex)
    # Districts, 2023 (Cambridgeshire Fig 5.5h shows them without printing values; East Cambridgeshire and
    # South Cambridgeshire are described as lower than England, the others as similar): illustrative.
    for d, val in {CAM: 38.0, ECA: 27.0, FEN: 44.0, HUN: 34.5, SCA: 26.0}.items():
        dsr_series(f, ind, d, ["2023"], {"2023": val}, year_pop(d))
    # England by local authority deprivation decile, 2023 (Fig 5.5i; values not printed): illustrative.
    for i, d in enumerate([56.1, 51.0, 47.2, 44.0, 41.3, 38.6, 36.0, 33.9, 32.0, 30.3]):
        dsr_series(f, ind, E, ["2023"], {"2023": d}, lambda p: pop(E, 2023) / 10,
                   ctype="Local authority deprivation decile (IMD 2019)", cat=decile_label(i + 1))

    # Liver disease mortality, 2016-2023. Published 2020 values for North and West Northamptonshire, East Midlands
    # and England (Northamptonshire inventory, Figs 37/38); everything else illustrative. Cambridgeshire's
    # under-75 alcoholic liver disease rate is shaped to rise ("increasing and getting worse", inventory 7.6).
    for ind, shape_vals, pub2020, cnt2020, age_share in (
            ("u75_mortality_alcoholic_liver_disease", [9.6, 9.8, 9.9, 10.0, 10.8, 12.4, 12.6, 12.9],
             {NN: 9.7, WN: 11.6, EM: 11.0, E: 10.8}, {NN: 31, WN: 43}, 0.92),
            ("mortality_chronic_liver_disease", [12.0, 12.1, 12.2, 12.3, 13.7, 14.9, 14.8, 15.0],
             {NN: 13.5, WN: 13.4, EM: 13.5, E: 13.7}, {NN: 47, WN: 54}, 1.0)):
        shape = dict(zip(years, shape_vals))
        rel = {C: (0.66, 0.84), PB: (1.30, 1.36), EOE: (0.86, 0.86)}
        for a in KEY:
            if a == E:
                vals = shape
            elif a in pub2020:
                vals = follow(years, shape, {"2020": pub2020[a]}, noise_for(pub2020[a], pop(a) * age_share), (ind, a))
            else:
                r0, r1 = rel[a]
                vals = follow(years, shape, {"2016": shape["2016"] * r0, "2023": shape["2023"] * r1},
                              noise_for(shape["2023"] * r1, pop(a) * age_share), (ind, a))
            popfn = (lambda a: lambda p: pop(a, int(p[:4])) * age_share)(a)
            dsr_series(f, ind, a, years, vals, popfn, {"2020"} if a in pub2020 else set(),
                       {"2020": cnt2020[a]} if a in cnt2020 else None)


def other_authorities_dsr(f, ind, period, latest, popfn, years=1):
    """Latest-period rows for every authority and region outside the report areas (their series are written
    separately)."""
    for a in UTLA + REGIONS:
        if a not in KEY:
            dsr_series(f, ind, a, [period], {period: latest[a]}, popfn(a), years=years)


def decile_label(i):
    if i == 1:
        return "Decile 1 (most deprived)"
    if i == 10:
        return "Decile 10 (least deprived)"
    return f"Decile {i}"


# ----------------------------------------------------------------------------------------------------------------
# tidy/drug-deaths.csv: deaths from drug misuse, three-year pooled
# ----------------------------------------------------------------------------------------------------------------
def pooled_pop(code, sex=""):
    share = {"Male": MALE_SHARE, "Female": 1 - MALE_SHARE}.get(sex, 1.0)
    return lambda p: pop(code, int(p[:4]) + 1) * share


def drug_deaths():
    f = "drug-deaths.csv"
    ind = "deaths_drug_misuse"
    periods = [cal3(y) for y in range(2012, 2024)]          # 2010-12 ... 2021-23
    last4 = periods[-4:]                                     # 2018-20 ... 2021-23
    shape = dict(zip(periods, [3.5, 3.6, 3.9, 4.2, 4.3, 4.4, 4.5, 4.7, 5.0, 5.1, 5.2, 5.5]))

    # Published: Cambridgeshire Table 5.5a/5.5c and Peterborough Tables 5.5a/5.5b (rates and counts).
    pub = {
        E: ([5.0, 5.1, 5.2, 5.5], [8185, 8361, 8582, 9105]),
        EOE: ([3.7, 3.2, 3.4, 3.6], [669, 590, 618, 664]),
        C: ([3.0, 2.6, 3.2, 3.5], [60, 52, 63, 70]),
        PB: ([4.2, 4.0, 4.9, 6.6], [25, 25, 32, 42]),
    }
    # Peterborough's statistical neighbours, 2021-23 (PB Table 5.5b: rate, deaths).
    pb_table = {"E08000033": (11.0, 66), "E08000008": (10.3, 70), "E08000017": (10.1, 89), "E08000001": (9.4, 80),
                "E08000032": (8.8, 135), "E08000002": (7.5, 42), "E08000004": (5.6, 39), "E08000034": (5.6, 70),
                "E06000020": (5.5, 30), NN: (5.1, 54), "E06000055": (4.4, 25), "E06000008": (3.5, 16),
                "E06000030": (3.2, 22), "E06000034": (2.1, 11)}

    def c_group(v):   # Cambridgeshire's neighbours: average 4.2, range 2.5-7.4 (Cambridgeshire inventory 7.6)
        for u in C_GROUP:   # the East of England members take the lower places, as the region's 3.6 requires
            if REGION_OF[u] == EOE:
                v[u] *= 0.8
        range_with_mean(v, C_GROUP, 2.5, 7.4, 4.2)
        return set(C_GROUP)

    fixed = {c: r for c, (r, _) in pb_table.items()}
    fixed.update({C: 3.5, PB: 6.6})
    latest = all_authorities(ind, 5.5, 0.22, 0.18, pop, fixed=fixed, region_targets={EOE: 3.6}, engineer=c_group)
    for a in UTLA + REGIONS:
        if a in KEY:
            continue
        if a in pb_table:
            add_dsr(f, ind, a, "2021-23", pb_table[a][0], pb_table[a][1], pooled_pop(a)("2021-23") * 3, prov=PUB)
        else:
            dsr_series(f, ind, a, ["2021-23"], {"2021-23": latest[a]}, pooled_pop(a), years=3)

    # North and West Northamptonshire: 2018-20 deaths published (42 and 33) without rates; NN 2021-23 published.
    nn_1820 = 42 / (pooled_pop(NN)("2018-20") * 3 * DEATH_FACTOR) * 100000
    wn_1820 = 33 / (pooled_pop(WN)("2018-20") * 3 * DEATH_FACTOR) * 100000
    series = {a: follow(periods, shape, dict(zip(last4, pub[a][0])), 0.02 if a in (E, EOE) else 0.12, (ind, a))
              for a in pub}
    series[E] = shape
    series[NN] = follow(periods, shape, {"2018-20": nn_1820, "2021-23": 5.1}, 0.12, (ind, NN))
    series[WN] = follow(periods, shape, {"2018-20": wn_1820, "2021-23": latest[WN]}, 0.12, (ind, WN))
    series[EM] = follow(periods, shape, {"2021-23": latest[EM]}, 0.03, (ind, EM))
    for a in KEY:
        published = set(last4) if a in pub else ({"2021-23"} if a == NN else set())
        counts = dict(zip(last4, pub[a][1])) if a in pub else ({"2021-23": 54} if a == NN else {})
        for p in periods:
            if a in (NN, WN) and p == "2018-20":
                add_dsr(f, ind, a, p, series[a][p], 42 if a == NN else 33, pooled_pop(a)(p) * 3,
                        note="deaths published (Northamptonshire 2023 assessment); rate illustrative")
            else:
                dsr_series(f, ind, a, [p], series[a], pooled_pop(a), published, counts, years=3)

    # Districts (Cambridgeshire Table 5.5c); East Cambridgeshire and two South Cambridgeshire periods are
    # suppressed in the source (fewer than 10 deaths) and so have no rows.
    districts = {CAM: ([3.6, 4.7, 6.1, 6.5], [15, 17, 21, 22]), FEN: ([5.4, 3.3, 3.9, 4.6], [16, 10, 12, 14]),
                 HUN: ([3.2, 2.1, 2.8, 3.5], [17, 11, 15, 19]), SCA: ([None, None, 2.1, 2.3], [None, None, 10, 11])}
    for d, (rates, cnts) in districts.items():
        for p, r, n in zip(last4, rates, cnts):
            if r is not None:
                add_dsr(f, ind, d, p, r, n, pooled_pop(d)(p) * 3, prov=PUB)

    # By sex, 2021-23 (published: Cambridgeshire 4.4 / 2.6, Peterborough 10.4 / 2.9, England 8.0 / 3.1) and
    # Peterborough's earlier published male (2017-19 5.0, 2020-22 6.9) and female (2020-22 3.0) rates.
    by_sex = {
        C: {"Male": {"2021-23": (4.4, 44)}, "Female": {"2021-23": (2.6, 26)}},
        PB: {"Male": {"2017-19": (5.0, 16), "2020-22": (6.9, 22), "2021-23": (10.4, 32)},
             "Female": {"2020-22": (3.0, 10), "2021-23": (2.9, 10)}},
        E: {"Male": {"2021-23": (8.0, 6525)}, "Female": {"2021-23": (3.1, 2580)}},
    }
    for a in KEY:
        for sex in ("Male", "Female"):
            known = by_sex.get(a, {}).get(sex, {})
            for p, (r, n) in known.items():
                add_dsr(f, ind, a, p, r, n, pooled_pop(a, sex)(p) * 3, prov=PUB, sex=sex,
                        note="count estimated from the published rate")
            if "2021-23" not in known:
                share = 1.45 if sex == "Male" else 0.57
                r = series[a]["2021-23"] * share
                dsr_series(f, ind, a, ["2021-23"], {"2021-23": r}, pooled_pop(a, sex), years=3, sex=sex)

    # England by deprivation decile of residence, 2020-22 (most deprived 8.5, least 2.9 published; ONS via the
    # Cambridgeshire inventory 7.1); the deciles between are illustrative.
    for i, d in enumerate([8.5, 7.4, 6.5, 5.8, 5.0, 4.4, 3.9, 3.5, 3.2, 2.9]):
        prov = PUB if i in (0, 9) else ILL
        dsr_series(f, ind, E, ["2020-22"], {"2020-22": d}, lambda p: pop(E, 2021) / 10, {"2020-22"} if prov == PUB
                   else set(), years=3, ctype="Deprivation decile of residence (IMD 2019)", cat=decile_label(i + 1))


# ----------------------------------------------------------------------------------------------------------------
# tidy/lape-admissions.csv and tidy/hospital-drug-admissions.csv: hospital admissions
# ----------------------------------------------------------------------------------------------------------------
ADMIT_FACTOR = 0.96


def lape_admissions():
    f = "lape-admissions.csv"
    years = [fy(y) for y in range(2016, 2023)]              # 2016/17 ... 2022/23
    latest_p = years[-1]

    def fy_pop(code, sex=""):
        share = {"Male": MALE_SHARE, "Female": 1 - MALE_SHARE}.get(sex, 1.0)
        return lambda p: pop(code, int(p[:4]) + 1) * share

    # Published 2020/21 values for North and West Northamptonshire, East Midlands and England, persons and by sex,
    # with North and West counts (Northamptonshire inventory, Fig 24). Everything else illustrative.
    specs = {
        "admissions_alcohol_specific": dict(
            shape=[570, 580, 590, 600, 587, 600, 612], all_la=(612, 0.12, 0.15),
            latest={C: 379, PB: 612, NN: 431, WN: 538}, em=532,
            pub={NN: (413, 1410), WN: (516, 2025), EM: (510, None), E: (587, None)},
            male={NN: (577, 960), WN: (662, 1275), EM: (673, None), E: (806, None)},
            female={NN: (259, 450), WN: (377, 750), EM: (356, None), E: (380, None)},
            start={NN: 470, WN: 430}),
        "admissions_alcohol_related_narrow": dict(
            shape=[470, 480, 490, 500, 456, 480, 475], all_la=(475, 0.08, 0.12),
            latest={C: 356, PB: 485, NN: 449, WN: 486}, em=523,
            pub={NN: (431, 1477), WN: (467, 1832), EM: (502, None), E: (456, None)},
            male={NN: (558, 923), WN: (621, 1188), EM: (629, None), E: (603, None)},
            female={NN: (316, 554), WN: (324, 644), EM: (387, None), E: (322, None)},
            start={NN: 500, WN: 470}),
        "admissions_alcohol_related_broad": dict(
            shape=[1560, 1590, 1620, 1650, 1500, 1600, 1640], all_la=None,
            pub={NN: (1440, 4912), WN: (1488, 5760), EM: (1502, None), E: (1500, None)},
            male=None, female=None, start={}),
    }
    rel = {C: 0.72, PB: 1.05, EOE: 0.74, EM: 0.95, NN: 0.85, WN: 0.95}
    for ind, sp in specs.items():
        shape = dict(zip(years, sp["shape"]))
        latest = None
        if sp["all_la"]:
            e, k, sigma = sp["all_la"]
            # Report areas continue their published 2020/21 level (illustrative); East Midlands likewise.
            latest = all_authorities(ind, e, k, sigma, pop, fixed=sp["latest"], region_targets={EM: sp["em"]})
            for a in UTLA + REGIONS:
                if a not in KEY:
                    dsr_series(f, ind, a, [latest_p], {latest_p: latest[a]}, fy_pop(a), factor=ADMIT_FACTOR, vd=0)
        for a in KEY:
            anchors = {}
            if a in sp["pub"]:
                anchors["2020/21"] = sp["pub"][a][0]
            if a in sp["start"]:
                anchors[years[0]] = sp["start"][a]
            if latest:
                anchors[latest_p] = latest[a]
            elif a != E and "2020/21" not in anchors:
                anchors[latest_p] = shape[latest_p] * rel[a]
            vals = shape if a == E else follow(years, shape, anchors, 0.03, (ind, a))
            published = {"2020/21"} if a in sp["pub"] else set()
            counts = {"2020/21": sp["pub"][a][1]} if a in sp["pub"] and sp["pub"][a][1] else {}
            dsr_series(f, ind, a, years, vals, fy_pop(a), published, counts, factor=ADMIT_FACTOR, vd=0)
            if sp["male"] is None:
                continue
            for sex, table in (("Male", sp["male"]), ("Female", sp["female"])):
                ratio = (table[a][0] / sp["pub"][a][0]) if a in table else (table[E][0] / sp["pub"][E][0])
                svals = {p: vals[p] * ratio for p in years}
                if a in table:
                    svals["2020/21"] = table[a][0]
                scounts = {"2020/21": table[a][1]} if a in table and table[a][1] else {}
                dsr_series(f, ind, a, years, svals, fy_pop(a, sex), published, scounts, factor=ADMIT_FACTOR, vd=0,
                           sex=sex)

    # Under-18s (crude rate, three financial years pooled): all illustrative. Count from the rate and the under-18
    # population; the value is then recomputed from count and denominator so the three always agree.
    ind = "admissions_alcohol_specific_u18"
    periods = [fy3(y) for y in range(2016, 2023)]          # 2014/15 - 16/17 ... 2020/21 - 22/23
    shape = dict(zip(periods, [34.2, 32.9, 31.6, 30.7, 29.3, 26.0, 22.6]))
    rel18 = {C: 0.85, PB: 0.95, NN: 1.02, WN: 0.98, EOE: 0.80, EM: 0.95, E: 1.0}
    for a in KEY:
        vals = shape if a == E else follow(periods, shape, {periods[0]: shape[periods[0]] * rel18[a],
                                                             periods[-1]: shape[periods[-1]] * rel18[a]}, 0.08, (ind, a))
        for p in periods:
            denom = sum(pop(a, int(p[:4]) + i) * (1 - pop18p(a) / pop(a)) for i in range(3))
            cnt = round(vals[p] * denom / 100000)
            add(f, ind, a, p, 100000 * cnt / denom, cnt, denom)

    # Alcoholic liver disease admissions, persons and females: illustrative (Cambridgeshire's female rate rises,
    # as its inventory 7.6 describes).
    ind = "admissions_alcoholic_liver_disease"
    shape = dict(zip(years, [95.0, 97.0, 99.0, 101.0, 108.0, 112.0, 114.0]))
    rel_ald = {C: (0.70, 0.80), PB: (1.10, 1.15), NN: (0.95, 0.95), WN: (0.95, 1.0), EOE: (0.80, 0.82),
               EM: (0.97, 0.97)}
    for a in KEY:
        if a == E:
            vals = shape
        else:
            r0, r1 = rel_ald[a]
            vals = follow(years, shape, {years[0]: shape[years[0]] * r0, latest_p: shape[latest_p] * r1}, 0.05, (ind, a))
        dsr_series(f, ind, a, years, vals, fy_pop(a), factor=ADMIT_FACTOR)
        fem = {p: vals[p] * (0.62 if a != C else 0.50 + 0.03 * i) for i, p in enumerate(years)}
        dsr_series(f, ind, a, years, fem, fy_pop(a, "Female"), factor=ADMIT_FACTOR, sex="Female")


def hospital_drug_admissions():
    f = "hospital-drug-admissions.csv"
    years = [fy(y) for y in range(2016, 2023)]

    # Admissions for poisoning by drug misuse. Published: England and East Midlands 2019/20, 31 per 100,000
    # (Northamptonshire inventory C5.5 row 50). The Northamptonshire county rates (43 and 59) belong to an area
    # that no longer exists and are not used; North and West are illustrative but kept above England, as the
    # county was. Counts estimated from the rates.
    ind = "admissions_drug_poisoning"
    shape = dict(zip(years, [30.0, 30.0, 31.0, 31.0, 29.0, 28.0, 27.0]))
    rel = {C: 0.80, PB: 1.20, NN: 1.35, WN: 1.30, EOE: 0.85, EM: 1.0}
    for a in KEY:
        if a == E:
            # England 2020/21: 50 per 100,000 as the Northamptonshire assessment prints it (section 5, beside the
            # county's 59); the other areas keep following the smoother shape.
            vals = dict(shape, **{"2020/21": 50.0})
        else:
            anchors = {"2019/20": 31.0} if a == EM else {years[0]: shape[years[0]] * rel[a],
                                                        years[-1]: shape[years[-1]] * rel[a]}
            vals = follow(years, shape, anchors, 0.06, (ind, a))
        published = {"2019/20", "2020/21"} if a == E else {"2019/20"} if a == EM else set()
        dsr_series(f, ind, a, years, vals, lambda p, a=a: pop(a, int(p[:4]) + 1), published, factor=1.0)

    # Admissions for drug and alcohol poisoning by substance, years ending March 2019-2024 (DSR per 100,000).
    # Published: Cambridgeshire Table 5.6a and Peterborough Table 5.6a, as printed (their "Total" can sit below
    # the substance rows, which suggests different denominators; no counts are published, so none are given and
    # no limits are computed). Peterborough "Other drugs" 2023/24 is suppressed in the source (no row).
    # Other areas: illustrative, value only.
    ind = "admissions_poisoning_substance"
    periods = [fy(y) for y in range(2018, 2024)]
    pub = {
        C: {"": [43.2, 33.7, 29.0, 18.0, 16.2, 17.5], "Alcohol": [65.0, 50.4, 42.5, 24.0, 21.2, 24.7],
            "Opiates": [50.1, 38.0, 34.0, 24.2, 22.4, 20.3], "Other drugs": [14.5, 12.7, 10.6, 5.7, 4.9, 7.4]},
        PB: {"": [34.39, 39.09, 38.12, 18.12, 12.46, 12.85], "Alcohol": [47.01, 54.29, 52.21, 24.33, 12.49, 11.16],
             "Opiates": [47.99, 45.28, 42.14, 26.47, 23.20, 27.38], "Other drugs": [8.17, 17.71, 20.00, 3.58, 1.70, None]},
    }
    eng = {"": [40.1, 37.5, 33.0, 26.0, 24.5, 24.8], "Alcohol": [55.0, 50.0, 44.0, 30.0, 28.0, 28.5],
           "Opiates": [42.0, 39.0, 36.0, 29.0, 27.0, 27.0], "Other drugs": [14.0, 13.0, 11.0, 8.0, 7.0, 8.0]}
    rel = {NN: 1.15, WN: 1.05, EOE: 0.8, EM: 1.0}
    for a in KEY:
        for cat in ("", "Alcohol", "Opiates", "Other drugs"):
            ctype = "Substance" if cat else ""
            if a in pub:
                for p, v in zip(periods, pub[a][cat]):
                    if v is not None:
                        add(f, ind, a, p, v, prov=PUB, vd=2 if a == PB else 1, ctype=ctype, cat=cat)
            else:
                shape = dict(zip(periods, eng[cat]))
                vals = shape if a == E else follow(periods, shape, {periods[0]: shape[periods[0]] * rel[a],
                                                                     periods[-1]: shape[periods[-1]] * rel[a]},
                                                   0.06, (ind, a, cat))
                for p in periods:
                    add(f, ind, a, p, vals[p], ctype=ctype, cat=cat)


# ----------------------------------------------------------------------------------------------------------------
# tidy/ndtms-prevalence.csv: OCU and alcohol dependence prevalence, unmet need
# ----------------------------------------------------------------------------------------------------------------
PREVALENCE = {}   # filled by ndtms_prevalence(); used for treatment denominators

# England's dependent drinkers not in treatment for 2019/20 and 2020/21 as in the real Fingertips export for
# indicator 93532 (../shared/data/fingertips): value, count, denominator, 95% limits. The OCU export (93517) is not
# used: its England values (52.1%) rest on the older 2016/17 prevalence estimates and do not continue the 2023/24
# series (57.4%) the assessments print.
FINGERTIPS_ROWS = {
    ("dependent_drinkers_not_in_treatment", E, "2019/20"): (82.3, 487877, 592757, 78.01, 86.32),
    ("dependent_drinkers_not_in_treatment", E, "2020/21"): (81.9, 485329, 592757, 77.48, 85.99),
}


def model_limits(value, rel_lo, rel_hi):
    return value * rel_lo, value * rel_hi


def ndtms_prevalence():
    f = "ndtms-prevalence.csv"

    # OCU prevalence per 1,000 aged 15-64. Published 2019/20: Cambridgeshire 6.1, Peterborough 12.0, England 9.5;
    # the age and sex tables with limits, populations and estimated users (Cambridgeshire Table 5.1b and Fig 5.2c
    # table; Peterborough Tables 5.2a/5.2c); Peterborough's OCU groups (5.1 / 5.2 / 1.6). 2016/17: England 8.9
    # (8.7-9.2; Northamptonshire Table 3) and Cambridgeshire 4.9 (6.1 less the published rise of 1.2).
    ind = "ocu_prevalence"
    p1, p0 = "2019/20", "2016/17"
    prev = all_authorities(ind, 9.5, 0.30, 0.18, pop15_64, fixed={C: 6.1, PB: 12.0, NN: 8.6, WN: 7.6})
    PREVALENCE["ocu"] = prev
    for a in UTLA + REGIONS:
        if a in (C, PB, E):
            continue
        denom = round(pop15_64(a, 2019))
        users = round(prev[a] * denom / 1000)
        v = 1000 * users / denom
        lo, hi = model_limits(v, 0.84, 1.19)
        add(f, ind, a, p1, v, users, denom, lo, hi)
    for a, v in ((C, 6.1), (PB, 12.0), (E, 9.5)):
        add(f, ind, a, p1, v, prov=PUB)
    add(f, ind, C, p0, 4.9, prov=PUB, note="2019/20 rate less the published change of 1.2 per 1,000")
    add(f, ind, E, p0, 8.9, 313971, None, 8.7, 9.2, prov=PUB, note="Northamptonshire 2023 assessment, Table 3")
    for a, v in ((PB, 11.0), (NN, 7.9), (WN, 7.0), (EOE, 6.5), (EM, 8.3)):
        denom = round(pop15_64(a, 2016))
        users = round(v * denom / 1000)
        v = 1000 * users / denom
        lo, hi = model_limits(v, 0.84, 1.19)
        add(f, ind, a, p0, v, users, denom, lo, hi)
    groups = ("Opiates only", "Opiates and crack", "Crack only")
    shares = {C: (3.1, 2.0, 1.0), PB: (5.1, 5.2, 1.6), E: (4.4, 3.8, 1.3)}
    for a in KEY:
        vals = shares.get(a) or tuple(prev[a] * s for s in (0.46, 0.40, 0.14))
        for g, v in zip(groups, vals):
            add(f, ind, a, p1, v, prov=PUB if a == PB else ILL, ctype="OCU group", cat=g)
    tables = {
        C: {"15-24 yrs": (2.4, 1.9, 3.0, 85800, 206), "25-34 yrs": (7.9, 6.6, 9.2, 94848, 749),
            "35-64 yrs": (6.8, 6.0, 7.7, 271130, 1844),
            "Female": (2.7, 2.4, 3.0, 227069, 613), "Male": (9.5, 8.3, 10.9, 224709, 2135)},
        PB: {"15-24 yrs": (5.6, 4.6, 7.0, 21038, 118), "25-34 yrs": (16.6, 14.5, 19.2, 29578, 491),
             "35-64 yrs": (12.0, 10.9, 13.6, 76613, 919),
             "Female": (5.3, 4.9, 6.0, 62618, 332), "Male": (18.4, 16.7, 21.0, 64611, 1189)},
        E: {"15-24 yrs": (3.8,), "25-34 yrs": (10.3,), "35-64 yrs": (11.0,), "Female": (4.0,), "Male": (15.1,)},
    }
    for a, rows in tables.items():
        for k, t in rows.items():
            sex, age = (k, "") if k in ("Male", "Female") else ("", k)
            note = "population: ONS 2023 mid-year estimate" if len(t) > 1 else ""
            if len(t) > 1:
                add(f, ind, a, p1, t[0], t[4], t[3], t[1], t[2], prov=PUB, sex=sex, age=age, note=note)
            else:
                add(f, ind, a, p1, t[0], prov=PUB, sex=sex, age=age)

    # Injecting status among estimated OCU, 2019/20. Published: Cambridgeshire 29.5 / 47.5, Peterborough 25.2 /
    # 50.4, England 18.9 / 56.8 (current / never injected).
    for ind, pubv, ill in (("ocu_current_injectors", {C: 29.5, PB: 25.2, E: 18.9},
                            {NN: 20.4, WN: 17.6, EOE: 21.0, EM: 19.5}),
                           ("ocu_never_injected", {C: 47.5, PB: 50.4, E: 56.8},
                            {NN: 55.0, WN: 58.1, EOE: 53.9, EM: 56.0})):
        for a in KEY:
            add(f, ind, a, p1, pubv.get(a, ill.get(a)), prov=PUB if a in pubv else ILL)

    # Alcohol dependence per 1,000 aged 18+, 2019/20 rates (applied to 2023 populations in the assessments).
    # Published: Cambridgeshire 10.75 (6,024 adults; by sex and age, Table 5.3a), Peterborough 15.18 (2,483),
    # England 13.75.
    ind = "alcohol_dependence_prevalence"
    dep_rate = all_authorities(ind, 13.75, 0.08, 0.10, pop18p, fixed={C: 10.75, PB: 15.18, NN: 12.4, WN: 12.9})
    PREVALENCE["alcohol"] = dep_rate
    for a in UTLA + REGIONS + [E]:
        n18 = round(pop18p(a))
        cnt = {C: 6024, PB: 2483}.get(a, round(dep_rate[a] * n18 / 1000))
        prov = PUB if a in (C, PB, E) else ILL
        v = dep_rate[a] if prov == PUB else 1000 * cnt / n18
        lo, hi = model_limits(v, 0.88, 1.14)
        note = "adults: 2019/20 rate applied to the ONS 2023 mid-year estimate" if a in (C, PB) else ""
        add(f, ind, a, p1, v, cnt, n18, None if prov == PUB else lo, None if prov == PUB else hi,
            prov=prov, vd=2, note=note)
    for k, v in {"Female": 5.1, "Male": 16.5, "18-24 yrs": 17.7, "25-34 yrs": 17.5, "35-54 yrs": 13.6,
                 "55+ yrs": 3.7}.items():
        sex, age = (k, "") if k in ("Male", "Female") else ("", k)
        add(f, ind, C, p1, v, prov=PUB, sex=sex, age=age, vd=1)

    # Unmet need (not in treatment), years ending March 2020-2024. Denominators are the estimated numbers of OCU or
    # dependent drinkers; counts are those not in treatment.
    years = [fy(y) for y in range(2019, 2024)]
    last = years[-1]
    ocu_est = {a: prev[a] * pop15_64(a) / 1000 for a in UTLA + REGIONS + [E]}
    ocu_est.update({C: 2520, PB: 1528})     # Cambridgeshire: 1,323 / 52.5%; Peterborough: sum of Table 5.2a users
    alc_est = {a: dep_rate[a] * pop18p(a) / 1000 for a in UTLA + REGIONS + [E]}
    alc_est.update({C: 5563, PB: 2483})     # Cambridgeshire: 4,189 / 75.3% (Table 5.3c)

    for ind, e_latest, fixed, est, shape_vals, trend_pub, k, sigma in (
            # OCU: Cambridgeshire 52.5% (1,323 people) and England 57.4% (Table 5.2c); Peterborough 42.6% (text);
            # 2021/22 Cambridgeshire 54.8%, Peterborough 45.3% (trend paragraphs).
            ("ocu_not_in_treatment", 57.4, {C: 52.5, PB: 42.6, NN: 52.0, WN: 55.5}, ocu_est,
             [59.6, 59.9, 59.2, 58.4, 57.4], {C: {"2021/22": 54.8}, PB: {"2021/22": 45.3}}, -0.03, 0.12),
            # Alcohol: Cambridgeshire 75.3% (4,189 people, Table 5.3c), Peterborough 70.3%, England 77.8%; the
            # 2021/22 values are the 2023/24 ones plus the published two-year falls (3.8, 5.7 and 2.9 points).
            ("dependent_drinkers_not_in_treatment", 77.8, {C: 75.3, PB: 70.3, NN: 80.5, WN: 79.0}, alc_est,
             [82.3, 81.9, 80.7, 79.0, 77.8], {C: {"2021/22": 79.1}, PB: {"2021/22": 76.0}, E: {"2021/22": 80.7}},
             -0.01, 0.06)):
        latest = all_authorities(ind, e_latest, k, sigma, lambda u: est[u], fixed=fixed, level="unmet_need")
        for a in UTLA + REGIONS:
            if a not in KEY:
                v = min(max(latest[a], 20.0), 92.0)
                add_prop(f, ind, a, last, round(est[a] * v / 100), round(est[a]))
        shape = dict(zip(years, shape_vals))
        for a in KEY:
            anchors = {last: latest[a] if a != E else e_latest}
            anchors.update(trend_pub.get(a, {}))
            vals = shape if a == E else follow(years, shape, anchors, 0.015, (ind, a))
            for p in years:
                denom = round(est[a])
                is_pub = (p == last and a in (C, PB, E)) or p in trend_pub.get(a, {})
                note = ""
                if is_pub and p != last and ind.startswith("dependent"):
                    note = "derived from the published two-year change"
                if (ind, a, p) in FINGERTIPS_ROWS:
                    v, cnt, d, lo, hi = FINGERTIPS_ROWS[(ind, a, p)]
                    add(f, ind, a, p, v, cnt, d, lo, hi, prov=PUB,
                        note="Fingertips export (indicator 93532) in ../shared/data/fingertips")
                elif a == C and p == last:
                    cnt = 1323 if ind.startswith("ocu") else 4189
                    add_prop(f, ind, a, p, cnt, denom, vals[p], prov=PUB)
                elif is_pub:
                    add_prop(f, ind, a, p, round(denom * vals[p] / 100), denom, vals[p], prov=PUB, note=note)
                else:
                    add_prop(f, ind, a, p, round(denom * vals[p] / 100), denom)

    # Breakdowns, year ending March 2024 (published unless marked): Cambridgeshire Table 5.2c, text on sex and age,
    # Table 5.3c; Peterborough inventory U2, U6, AU3, AU5; England columns of the same tables.
    ind = "ocu_not_in_treatment"
    for a, cat, v, n, d in ((C, "Opiates only", 56.2, 719, 1279), (C, "Crack only", 73.4, 237, 323),
                            (C, "Opiates and crack", 39.4, 368, 934)):
        add_prop(f, ind, a, last, n, d, v, prov=PUB, ctype="OCU group", cat=cat)
    for a, vals in ((E, (60.6, 78.3, 45.8)), (PB, (42.9, 69.1, 32.9))):
        for cat, v in zip(("Opiates only", "Crack only", "Opiates and crack"), vals):
            add(f, ind, a, last, v, prov=PUB, ctype="OCU group", cat=cat)
    add(f, ind, C, "2021/22", 81.4, prov=PUB, ctype="OCU group", cat="Crack only")
    add(f, ind, PB, "2021/22", 75.9, prov=PUB, ctype="OCU group", cat="Crack only")
    for a, m, fe, prov in ((C, 57.1, 34.5, PUB), (E, 60.9, 44.3, PUB), (PB, 45.5, 33.0, ILL)):
        add(f, ind, a, last, m, prov=prov, sex="Male")
        add(f, ind, a, last, fe, prov=prov, sex="Female")
    for a, vals, prov in ((C, (87.0, 73.3, 40.6), PUB), (PB, (81.2, 67.9, 23.3), PUB), (E, (86.0, 72.0, 52.0), ILL)):
        for age, v in zip(("15-24 yrs", "25-34 yrs", "35-64 yrs"), vals):
            add(f, ind, a, last, v, prov=prov, age=age)
    ind = "dependent_drinkers_not_in_treatment"
    add_prop(f, ind, C, last, 3347, 4221, 79.3, prov=PUB, sex="Male")
    add_prop(f, ind, C, last, 842, 1339, 62.9, prov=PUB, sex="Female")
    for a, m, fe in ((E, 81.6, 65.2), (PB, 71.6, 65.8)):
        add(f, ind, a, last, m, prov=PUB, sex="Male")
        add(f, ind, a, last, fe, prov=PUB, sex="Female")
    ages = ("18-24 yrs", "25-34 yrs", "35-54 yrs", "55+ yrs")
    for a, vals in ((E, (90.5, 82.7, 73.9, 69.2)), (PB, (85.7, 76.0, 64.6, 62.5))):
        for age, v in zip(ages, vals):
            add(f, ind, a, last, v, prov=PUB, age=age)
    for age, v, prov in zip(ages, (91.0, 84.0, 73.5, 64.0), (PUB, ILL, ILL, PUB)):
        add(f, ind, C, last, v, prov=prov, age=age)


# ----------------------------------------------------------------------------------------------------------------
# tidy/ndtms-treatment.csv: numbers in treatment, access, outcomes, needs
# ----------------------------------------------------------------------------------------------------------------
GROUPS4 = ("Opiate", "Non-opiate only", "Non-opiate and alcohol", "Alcohol only")
YEARS5 = [fy(y) for y in range(2019, 2024)]          # 2019/20 ... 2023/24

# Adults in treatment by NDTMS substance group, years ending March 2020-2024.
# Cambridgeshire and Peterborough 2020/21-2023/24 are derived from their published tables: opiates = the two opiate
# rows of the age tables (Cambridgeshire Table 5.2a, Peterborough 5.2b); non-opiates and alcohol = the "(no crack)"
# row; non-opiate only = the other non-opiate rows (crack users without opiates are counted here, an assumption);
# alcohol only = adults in alcohol treatment (Tables 5.3b / 5.3a) less non-opiates and alcohol. The totals this
# gives match the published 2,555 (2021/22) and 2,835 (2023/24) for Cambridgeshire and 1,745 (2023/24) for
# Peterborough. 2019/20: alcohol totals derived from the published rise to March 2024 (+27.2%, +21.9%); the split
# and the drug groups are illustrative. England: illustrative, but consistent with the published national rises
# (drug treatment +6.4% in the last year; alcohol +31.1% since March 2020).
TREATMENT = {
    C: {"2019/20": (1105, 300, 255, 793), "2020/21": (1119, 315, 276, 939), "2021/22": (1096, 318, 254, 887),
        "2022/23": (1116, 300, 271, 828), "2023/24": (1147, 355, 383, 950)},
    PB: {"2019/20": (770, 190, 150, 384), "2020/21": (780, 195, 149, 316), "2021/22": (785, 217, 144, 376),
         "2022/23": (850, 207, 137, 444), "2023/24": (835, 259, 187, 464)},
    E: {"2019/20": (135000, 17500, 22500, 84670), "2020/21": (134500, 20500, 23000, 87000),
        "2021/22": (133000, 23500, 24500, 93500), "2022/23": (132000, 31000, 28259, 100241),
        "2023/24": (133700, 36600, 33200, 107300)},
}
TREATMENT_PUB = {C: {"2020/21", "2021/22", "2022/23", "2023/24"}, PB: {"2020/21", "2021/22", "2022/23", "2023/24"}}


def build_treatment():
    """Illustrative treatment numbers for the other report areas and regions: England's mix scaled to a chosen
    2023/24 total, with a small tilt per area and noise per year."""
    totals = {NN: 2050, WN: 2150, EOE: 27600, EM: 26100}
    tilt = {NN: (1.10, 0.9, 1.0, 0.95), WN: (0.95, 1.05, 1.0, 1.02), EOE: (0.92, 1.05, 1.02, 1.06),
            EM: (1.02, 0.98, 1.0, 0.99)}
    e_last = sum(TREATMENT[E]["2023/24"])
    for a, tot in totals.items():
        r = rng("treatment", a)
        TREATMENT[a] = {}
        for p in YEARS5:
            scale = tot / e_last * math.exp(r.gauss(0, 0.03))
            TREATMENT[a][p] = tuple(round(n * scale * t) for n, t in zip(TREATMENT[E][p], tilt[a]))


def in_treatment(a, p="2023/24"):
    return sum(TREATMENT[a][p])


def drug_total(a, p="2023/24"):
    return sum(TREATMENT[a][p][:3])


def alcohol_total(a, p="2023/24"):
    return sum(TREATMENT[a][p][2:])


def ill_props(f, ind, period, values, denoms, **kw):
    """Illustrative proportion rows from chosen values and denominators (count rounded, value recomputed)."""
    for a, v in values.items():
        d = round(denoms[a])
        add_prop(f, ind, a, period, round(d * v / 100), d, **kw)


def ndtms_treatment():
    f = "ndtms-treatment.csv"
    build_treatment()
    last = "2023/24"

    # Numbers in treatment.
    for a in KEY:
        for p in YEARS5:
            pub = p in TREATMENT_PUB.get(a, set())
            prov = PUB if pub else ILL
            note = "derived from the published age and substance tables" if pub else ""
            add(f, "adults_in_treatment", a, p, count=in_treatment(a, p), prov=prov, note=note)
            for g, n in zip(GROUPS4, TREATMENT[a][p]):
                add(f, "adults_in_treatment", a, p, count=n, prov=prov, note=note, ctype="Substance group", cat=g)
            add(f, "adults_in_drug_treatment", a, p, count=drug_total(a, p), prov=prov)
            alc_pub = pub or (a in (C, PB) and p == "2019/20")
            add(f, "adults_in_alcohol_treatment", a, p, count=alcohol_total(a, p), prov=PUB if alc_pub else ILL,
                note="derived from the published rise to March 2024" if p == "2019/20" and alc_pub else "")

    # Drug treatment by age band and drug group (Cambridgeshire Table 5.2a, Peterborough Table 5.2b; "*" cells
    # are suppressed in the source and have no row). Age totals as printed.
    drug_groups = ("Crack (no opiates)", "Non-opiates and alcohol (no crack)", "Non-opiates only (no crack)",
                   "Opiates and crack", "Opiates only")
    age_tables = {
        C: {"18-29 yrs": [(11, None, 12, 16), (107, 101, 86, 117), (145, 128, 98, 112), (36, 34, 34, 33),
                          (43, 34, 29, 37), (342, 301, 259, 315)],
            "30-49 yrs": [(47, 49, 52, 63), (147, 121, 154, 231), (102, 124, 118, 138), (397, 375, 392, 397),
                          (368, 363, 351, 331), (1061, 1032, 1067, 1160)],
            "50+ yrs": [(None, 6, 9, 7), (22, 32, 31, 35), (9, 7, 11, 19), (110, 111, 117, 140),
                        (165, 179, 193, 209), (307, 335, 361, 410)]},
        PB: {"18-29 yrs": [(10, 11, 11, 22), (66, 44, 56, 55), (79, 78, 67, 81), (44, 34, 42, 35), (30, 25, 24, 17),
                           (229, 192, 200, 210)],
             "30-49 yrs": [(29, 34, 31, 30), (74, 87, 69, 108), (66, 79, 71, 96), (325, 325, 339, 348),
                           (243, 262, 258, 241), (737, 787, 768, 823)],
             "50+ yrs": [(6, 6, 10, 12), (9, 13, 12, 24), (None, 9, 17, 18), (51, 58, 66, 66), (87, 81, 121, 128),
                         (158, 167, 226, 248)]},
    }
    for a, table in age_tables.items():
        for age, rows in table.items():
            for g, row in zip(drug_groups + ("",), rows):
                for p, n in zip(YEARS5[1:], row):
                    if n is not None:
                        add(f, "adults_in_drug_treatment", a, p, count=n, prov=PUB, age=age,
                            ctype="Drug group" if g else "", cat=g)
    add(f, "adults_in_drug_treatment", C, last, count=1347, prov=PUB, sex="Male")
    add(f, "adults_in_drug_treatment", C, last, count=528, prov=PUB, sex="Female")
    for a, fe, m in ((C, 482, 851), (PB, 172, 479)):
        add(f, "adults_in_alcohol_treatment", a, last, count=fe, prov=PUB, sex="Female")
        add(f, "adults_in_alcohol_treatment", a, last, count=m, prov=PUB, sex="Male")

    # New presentations, year ending March 2024 (published: Cambridgeshire 43.3% / 67.1% (895 of 1,333),
    # Peterborough 47.8% / 71.5% (466 of 651), England 42.9% / 69.1%).
    for ind, pubvals, totfn, ill in (
            ("new_presentations_drugs", {C: (816, 43.3), PB: (612, 47.8), E: (None, 42.9)}, drug_total,
             {NN: 44.8, WN: 41.2, EOE: 43.6, EM: 42.0}),
            ("new_presentations_alcohol", {C: (895, 67.1), PB: (466, 71.5), E: (None, 69.1)}, alcohol_total,
             {NN: 70.2, WN: 66.4, EOE: 68.8, EM: 69.5})):
        for a, (n, v) in pubvals.items():
            d = totfn(a)
            add_prop(f, ind, a, last, n if n else round(d * v / 100), d, v, prov=PUB)
        ill_props(f, ind, last, ill, {a: totfn(a) for a in ill})

    # Service users per 1,000 residents by district (Cambridgeshire Table 5.4a): 2023/24 counts and 2023
    # populations published; 2022/23 rates published without counts.
    ind = "treatment_rate_all_ages"
    for d, n, r23 in ((CAM, 697, 4.3), (ECA, 234, 2.1), (FEN, 523, 5.0), (HUN, 787, 3.7), (SCA, 381, 2.2),
                      (C, 2622, 3.4)):
        popn = DISTRICT_POP_2023[d] if d != C else 699573
        add(f, ind, d, last, 1000 * n / popn, n, popn, prov=PUB,
            note="excludes no fixed abode, out of area and missing" if d == C else "")
        add(f, ind, d, "2022/23", r23, prov=PUB)

    # Children and young people. Cambridgeshire totals 2019/20-2023/24 from Table 5.7b (CASUS, 199 ... 152);
    # the age split at March 2021 and March 2024 from Table 5.2b (the March 2021 snapshot totals 91, so it is
    # filed under "2020/21 Q4"); sex from the text. Peterborough 152 and its sex split published; the rest
    # illustrative.
    ind = "cyp_in_treatment"
    cyp = {C: (199, 127, 100, 140, 152), PB: (168, 160, 140, 126, 152), NN: (72, 52, 55, 63, 70),
           WN: (60, 44, 47, 55, 64), EOE: (1490, 1180, 1150, 1260, 1370), EM: (1320, 1040, 1010, 1120, 1230),
           E: (14300, 11000, 11300, 12400, 13400)}
    for a, vals in cyp.items():
        for p, n in zip(YEARS5, vals):
            prov = PUB if a == C or (a == PB and p == last) else ILL
            add(f, ind, a, p, count=n, prov=prov)
    for age, n21, n24 in (("<15 yrs", 15, 31), ("15 yrs", 21, 45), ("16 yrs", 22, 33), ("17 yrs", 33, 43)):
        add(f, ind, C, "2020/21 Q4", count=n21, prov=PUB, age=age, note="snapshot at March 2021 (total 91)")
        add(f, ind, C, last, count=n24, prov=PUB, age=age)
    for a, m, fe in ((C, 92, 60), (PB, 86, 66)):
        add(f, ind, a, last, count=m, prov=PUB, sex="Male")
        add(f, ind, a, last, count=fe, prov=PUB, sex="Female")
    ind = "cyp_in_treatment_rate"
    for a, n, d, v, prov in ((C, 152, 66087, 0.23, PUB), (PB, 152, 25763, 0.59, PUB)):
        add_prop(f, ind, a, last, n, d, v, prov=prov, vd=2, note="population aged 10-17 derived from the published rate")
    add(f, ind, E, last, 0.24, prov=PUB, vd=2)
    for a in (NN, WN, EOE, EM):
        d = round(pop(a) * 0.095)
        add_prop(f, ind, a, last, cyp[a][-1], d, vd=2)

    # Successful completions as a share of exits. Published: Cambridgeshire 48.7% of 1,190 exits (581
    # completions) and by substance group; Peterborough 40.7%; England 45.6% (year ending March 2024). Earlier
    # years illustrative, inside the published ranges (Cambridgeshire 48.6-51.8%, Peterborough 38.5-43.2%).
    ind = "successful_completions_exits"
    years4 = YEARS5[1:]
    series = {C: (51.8, 50.2, 48.6, 48.7), PB: (43.2, 41.5, 38.5, 40.7), E: (47.0, 46.5, 46.0, 45.6),
              NN: (41.0, 42.3, 43.5, 44.1), WN: (44.0, 43.1, 45.2, 46.0), EOE: (48.0, 47.6, 47.1, 46.9),
              EM: (45.1, 44.8, 45.0, 44.6)}
    for a, vals in series.items():
        for p, v in zip(years4, vals):
            exits = round(in_treatment(a, p) * 0.42)
            if a == C and p == last:
                add_prop(f, ind, a, p, 581, 1190, 48.7, prov=PUB,
                         note="48.8% from the published counts; 48.7% as published")
            elif p == last and a in (PB, E):
                add_prop(f, ind, a, p, round(exits * v / 100), exits, v, prov=PUB, note="exits estimated")
            else:
                add_prop(f, ind, a, p, round(exits * v / 100), exits)
    for cat, v in (("Alcohol only", 56.6), ("Non-opiate only", 56.1), ("Non-opiate and alcohol", 51.1),
                   ("Opiate", 28.8)):
        add(f, ind, C, last, v, prov=PUB, ctype="Substance group", cat=cat,
            note="opiate-only clients" if cat == "Opiate" else "")

    # PHOF C19a/b/c (calendar years 2019-2023): all illustrative, every upper-tier authority for 2023.
    prev, alc = PREVALENCE["ocu"], PREVALENCE["alcohol"]
    denoms = {
        "successful_completion_opiate": lambda u: prev[u] * pop15_64(u) / 1000 * 0.48,
        "successful_completion_non_opiate": lambda u: pop(u) * 0.0011 * (1 + 0.1 * (dep(u) - 3)),
        "successful_completion_alcohol": lambda u: alc[u] * pop18p(u) / 1000 * 0.22,
    }
    shapes = {"successful_completion_opiate": (5.6, 4.7, 5.0, 5.1, 5.0, 0.30),
              "successful_completion_non_opiate": (33.9, 33.3, 32.6, 31.6, 29.7, 0.20),
              "successful_completion_alcohol": (37.2, 35.3, 34.9, 35.5, 35.1, 0.17)}
    cal_years = [str(y) for y in range(2019, 2024)]
    for ind, dfn in denoms.items():
        *vals, sigma = shapes[ind]
        shape = dict(zip(cal_years, vals))
        latest = all_authorities(ind, shape["2023"], -0.05, sigma, dfn, level="treatment_outcomes")
        for a in UTLA + REGIONS + [E]:
            d = round(dfn(a) if a in UTLA else sum(dfn(u) for u in members(a)))
            if a in KEY:
                series_a = shape if a == E else follow(cal_years, shape, {"2023": latest[a]}, 0.05, (ind, a))
                for p in cal_years:
                    add_prop(f, ind, a, p, round(d * series_a[p] / 100), d)
            elif d >= 20:   # very small authorities (Isles of Scilly) would be suppressed
                add_prop(f, ind, a, "2023", round(d * min(latest[a], 95) / 100), d)

    # Other outcome and access measures, year ending March 2024 unless stated.
    ind = "treatment_drop_out"
    add(f, ind, C, last, 38.1, prov=PUB)
    add(f, ind, E, last, 37.0, prov=PUB)
    ill_props(f, ind, last, {PB: 41.0, NN: 40.2, WN: 38.8, EOE: 36.5, EM: 37.9},
              {a: in_treatment(a) * 0.42 for a in KEY})

    ind = "re_presentations"
    for p, v in (("2021/22", 5.4), ("2022/23", 6.4)):
        add(f, ind, C, p, v, prov=PUB)
    add_prop(f, ind, C, last, 48, 615, 7.8, prov=PUB, note="denominator derived from the published count and rate")
    add(f, ind, E, last, 6.4, prov=PUB)
    add_prop(f, ind, C, last, 12, 80, 15.0, prov=PUB, ctype="Substance group", cat="Opiate")
    add(f, ind, E, last, 11.9, prov=PUB, ctype="Substance group", cat="Opiate")
    ill_props(f, ind, last, {PB: 6.9, NN: 6.1, WN: 5.8, EOE: 6.2, EM: 6.6},
              {a: in_treatment(a) * 0.20 for a in (PB, NN, WN, EOE, EM)})

    ind = "cyp_successful_exits"
    p3 = "2021/22 - 23/24"
    add_prop(f, ind, C, p3, 179, 225, 79.6, prov=PUB, note="about 75 exits a year")
    add_prop(f, ind, PB, p3, 272, 315, 86.2, prov=PUB, note="about 105 exits a year")
    add(f, ind, E, p3, 83.3, prov=PUB, note="83.7% in the Peterborough assessment")
    ill_props(f, ind, p3, {NN: 80.1, WN: 84.0, EOE: 82.5, EM: 83.9}, {NN: 150, WN: 130, EOE: 3100, EM: 2800})

    ind = "deaths_in_treatment"
    add_prop(f, ind, C, p3, 96, 7905, 1.2, prov=PUB,
             note="average 32 deaths a year; denominator the sum of three years in treatment")
    add(f, ind, E, p3, 1.3, prov=PUB)
    ill_props(f, ind, p3, {PB: 1.4, NN: 1.5, WN: 1.3, EOE: 1.2, EM: 1.3},
              {a: sum(in_treatment(a, p) for p in YEARS5[2:]) for a in (PB, NN, WN, EOE, EM)}, vd=2)

    # Continuity of care (prison leavers engaging within 3 weeks). Published: Cambridgeshire 51.3% (2021/22) and
    # 46.5% (2023/24); England 36.1% and 52.9% (Cambridgeshire text; the Peterborough document prints 37.3%,
    # 41.1% and 50.3%); Peterborough 56.2%, 44.1%, 45.3% with engaged / leavers 77/137, 75/170, 115/254.
    ind = "continuity_of_care"
    c_leavers = ((38, 68), (40, 76), (41, 80), (62, 133), (74, 159))   # engaged, leavers (illustrative)
    c_vals = {"2021/22": 51.3, "2023/24": 46.5}
    for p, (n, d) in zip(YEARS5, c_leavers):
        if p in c_vals:
            add_prop(f, ind, C, p, round(d * c_vals[p] / 100), d, c_vals[p], prov=PUB, note="leavers illustrative")
        else:
            add_prop(f, ind, C, p, n, d)
    for p, (n, d) in zip(YEARS5[2:], ((77, 137), (75, 170), (115, 254))):
        add_prop(f, ind, PB, p, n, d, prov=PUB)
    add_prop(f, ind, PB, "2019/20", 52, 118)
    add_prop(f, ind, PB, "2020/21", 58, 121)
    # England 2022/23: 41.1%, from the Peterborough chart (the only document that prints the middle year).
    e_vals = (33.2, 35.0, 36.1, 41.1, 52.9)
    e_pub = ("2021/22", "2022/23", last)
    for p, v in zip(YEARS5, e_vals):
        d = 30500 if p != last else 33800
        add_prop(f, ind, E, p, round(d * v / 100), d, v if p in e_pub else None,
                 prov=PUB if p in e_pub else ILL, note="Peterborough chart" if p == "2022/23" else "")
    for a, vals, leavers in ((NN, (30.1, 32.8, 35.5, 41.0, 49.5), 160), (WN, (34.0, 36.2, 38.9, 45.3, 54.1), 185),
                             (EOE, (31.5, 33.9, 35.0, 42.2, 50.8), 3000), (EM, (35.2, 37.0, 38.1, 45.9, 53.6), 2700)):
        for p, v in zip(YEARS5, vals):
            add_prop(f, ind, a, p, round(leavers * v / 100), leavers)

    # Residential rehabilitation and inpatient treatment uptake (% of adults in treatment), 2019/20-2023/24.
    # Published: England 1.2% residential (Cambridgeshire text; 1.68% in the Peterborough text) and 2.0%
    # inpatient; Cambridgeshire inpatient about 0.8%; Peterborough inpatient 1.6% (26 people). Cambridgeshire
    # residential ("just under 1%") and Peterborough residential ("under 0.5%, fewer than 10") are illustrative
    # point values consistent with those words.
    for ind, vals in (("residential_rehab_uptake", {C: (0.5, 0.6, 0.7, 0.8, 0.9), PB: (0.3, 0.3, 0.4, 0.3, 0.4),
                                                    NN: (0.8, 0.9, 1.0, 1.1, 1.3), WN: (0.7, 0.8, 1.0, 1.2, 1.4),
                                                    EOE: (0.9, 0.9, 1.0, 1.1, 1.2), EM: (0.8, 0.9, 1.0, 1.1, 1.2),
                                                    E: (0.9, 0.9, 1.0, 1.1, 1.2)}),
                      ("inpatient_treatment_uptake", {C: (0.6, 0.6, 0.7, 0.7, 0.8), PB: (1.0, 1.1, 1.2, 1.4, 1.6),
                                                      NN: (1.5, 1.4, 1.6, 1.7, 1.8), WN: (1.6, 1.5, 1.7, 1.8, 2.0),
                                                      EOE: (1.5, 1.4, 1.6, 1.7, 1.8), EM: (1.8, 1.7, 1.9, 1.9, 2.1),
                                                      E: (1.9, 1.7, 1.8, 1.9, 2.0)})):
        for a, vs in vals.items():
            for p, v in zip(YEARS5, vs):
                d = in_treatment(a, p)
                pub = p == last and ((a == E) or (ind.startswith("inpatient") and a in (C, PB)))
                if pub and a == PB:
                    add(f, ind, a, p, v, 26, None, prov=PUB)
                elif pub:
                    add_prop(f, ind, a, p, round(d * v / 100), d, v, prov=PUB,
                             note="about 0.8%" if a == C else "")
                else:
                    add_prop(f, ind, a, p, round(d * v / 100), d,
                             note={C: "described as just under 1%", PB: "described as under 0.5% (fewer than 10)"}.get(a, "")
                             if ind.startswith("residential") and p == last else "")

    # Naloxone for opiate clients. 2023/24 published (Cambridgeshire 87%, Peterborough 86.1%, England 76%); the
    # 2022/23 values are those less the published annual changes (2.5, 5.8 and 6 points).
    ind = "naloxone_opiate_clients"
    for a, v1, ch in ((C, 87.0, 2.5), (PB, 86.1, 5.8), (E, 76.0, 6.0)):
        for p, v in (("2022/23", v1 - ch), (last, v1)):
            d = TREATMENT[a][p][0]
            add_prop(f, ind, a, p, round(d * v / 100), d, v, prov=PUB,
                     note="2023/24 value less the published annual change" if p == "2022/23" else "")
    for a, (v0, v1) in {NN: (66.0, 72.5), WN: (70.2, 78.4), EOE: (71.0, 77.2), EM: (69.5, 75.0)}.items():
        for p, v in (("2022/23", v0), (last, v1)):
            d = TREATMENT[a][p][0]
            add_prop(f, ind, a, p, round(d * v / 100), d)

    ind = "long_acting_ost"
    add_prop(f, ind, C, "2022/23", 9, 1317, prov=PUB)
    add_prop(f, ind, C, last, 46, 1381, prov=PUB)
    for a, v0, v1 in ((PB, 1.5, 1.5), (E, 2.4, 3.5)):
        add(f, ind, a, "2022/23", v0, prov=PUB)
        add(f, ind, a, last, v1, prov=PUB)

    # Blood-borne viruses and injecting, year ending March 2024.
    add_prop(f, "injectors_in_treatment", C, last, 819, 2835, 28.9, prov=PUB)
    add_prop(f, "injectors_in_treatment", PB, last, 518, 1745, 29.7, prov=PUB)
    ill_props(f, "injectors_in_treatment", last, {E: 30.5, NN: 31.2, WN: 27.4, EOE: 27.9, EM: 30.8},
              {a: in_treatment(a) for a in (E, NN, WN, EOE, EM)})
    for ind, vals, ill in (("hiv_status_recorded", {C: 72.6, PB: 81.0, E: 59.5}, {NN: 55.3, WN: 61.8}),
                           ("hiv_status_recorded_injectors", {C: 91.9, PB: 90.7, E: 74.3}, {NN: 70.4, WN: 77.9}),
                           ("hcv_test_not_recorded_injectors", {C: 5.5, PB: 7.9}, {E: 12.0, NN: 14.6, WN: 10.8})):
        for a, v in vals.items():
            add(f, ind, a, last, v, prov=PUB)
        for a, v in ill.items():
            add(f, ind, a, last, v)

    # Mental health. Published: Cambridgeshire 2,213 of 2,835 (78.1%) with a need, 18.6% unmet; England 73.5%
    # (73% in the Peterborough text) and 16.1%; Peterborough 1,253 (70.8%) and 18.9%; the rolling year to June
    # 2022: Cambridgeshire 76.0% and 12.9%, Peterborough unmet 16.6% (described as "2022"). By substance:
    # Cambridgeshire unmet need highest for non-opiates and alcohol (30.9%), lowest for opiates (9.1%);
    # Peterborough highest for crack (31.4%), lowest for opiates (8.5%).
    jun22 = "2021/22 Q2 - 2022/23 Q1"
    add_prop(f, "mental_health_need", C, last, 2213, 2835, 78.1, prov=PUB)
    add_prop(f, "mental_health_need", PB, last, 1253, 1770, 70.8, prov=PUB, note="denominator derived")
    add(f, "mental_health_need", E, last, 73.5, prov=PUB)
    add(f, "mental_health_need", C, jun22, 76.0, prov=PUB, note="rolling year to June 2022")
    ill_props(f, "mental_health_need", last, {NN: 71.9, WN: 74.6, EOE: 74.0, EM: 72.8},
              {a: in_treatment(a) for a in (NN, WN, EOE, EM)})
    ind = "mental_health_need_unmet"
    add_prop(f, ind, C, last, round(2213 * 0.186), 2213, 18.6, prov=PUB)
    add_prop(f, ind, PB, last, round(1253 * 0.189), 1253, 18.9, prov=PUB)
    add(f, ind, E, last, 16.1, prov=PUB)
    add(f, ind, C, jun22, 12.9, prov=PUB, note="rolling year to June 2022")
    add(f, ind, PB, jun22, 16.6, prov=PUB, note="described as 2022")
    add(f, ind, C, last, 30.9, prov=PUB, ctype="Substance group", cat="Non-opiate and alcohol")
    add(f, ind, C, last, 9.1, prov=PUB, ctype="Substance group", cat="Opiate")
    add(f, ind, PB, last, 8.5, prov=PUB, ctype="Substance group", cat="Opiate")
    add(f, ind, PB, last, 31.4, prov=PUB, ctype="Drug group", cat="Crack (no opiates)")
    ill_props(f, ind, last, {NN: 14.2, WN: 17.3, EOE: 16.8, EM: 15.5},
              {a: in_treatment(a) * 0.73 for a in (NN, WN, EOE, EM)})

    # Referral sources of adults starting treatment (Cambridgeshire Fig 5.8c table and Table 5.8b, England column).
    ind = "referral_source"
    total = 1426
    for cat, n, v, e in (("Self", 1036, 72.7, 56.1), ("Health services and social care", 120, 8.4, 19.4),
                         ("Criminal justice", 221, 15.5, 14.6), ("Substance misuse service", 18, 1.3, 4.2),
                         ("Other (including family and friends)", 31, 2.1, 4.8),
                         ("Missing or inconsistent", 0, 0.0, 0.5)):
        add_prop(f, ind, C, last, n, total, v, prov=PUB, ctype="Referral source", cat=cat)
        add(f, ind, E, last, e, prov=PUB, ctype="Referral source", cat=cat)
    for cat, n, v, e in (("GP", 24, 1.7, 5.4), ("Hospital", 44, 3.1, 5.0), ("Social services", None, 0.2, 1.8),
                         ("Other health and social care", 49, 3.4, 7.2)):
        ctype = "Health and social care referral route"
        if n is None:
            add(f, ind, C, last, v, prov=PUB, ctype=ctype, cat=cat, note="fewer than 5 people")
        else:
            add_prop(f, ind, C, last, n, total, v, prov=PUB, ctype=ctype, cat=cat)
        add(f, ind, E, last, e, prov=PUB, ctype=ctype, cat=cat)

    # Criminal justice referrals (Cambridgeshire Table 5.7a, columns 2022-2024 read as years ending March;
    # Peterborough text for 2023/24).
    ind = "cj_referrals"
    routes = {"Prison": (45, 57, 66), "Probation": (53, 57, 70), "Arrest referral/DIP": (0, 15, 28),
              "Court-ordered": (6, 22, 41), "Liaison and diversion": (5, 12, 16), "Other criminal justice": (23, 0, 0)}
    for i, p in enumerate(YEARS5[2:]):
        add(f, ind, C, p, count=(132, 163, 221)[i], prov=PUB)
        for cat, ns in routes.items():
            add(f, ind, C, p, count=ns[i], prov=PUB, ctype="Criminal justice route", cat=cat)
    for cat, n in (("Prison", 504), ("Arrest referral/DIP", 111), ("Court-ordered", 85), ("Probation", 81),
                   ("Liaison and diversion", 45)):
        add(f, ind, PB, last, count=n, prov=PUB, ctype="Criminal justice route", cat=cat)

    ind = "waiting_within_3_weeks"
    add_prop(f, ind, C, last, 1601, 1612, prov=PUB, note="published as 99%; 9 waited 3-6 weeks and 2 over 6 weeks")
    add(f, ind, E, last, 98.6, prov=PUB)
    ill_props(f, ind, last, {PB: 98.1, NN: 97.4, WN: 98.8}, {a: in_treatment(a) * 0.5 for a in (PB, NN, WN)})

    # Families and employment.
    add_prop(f, "parents_in_treatment", C, last, 1084, 2841, 38.2, prov=PUB)
    add_prop(f, "parents_in_treatment", PB, last, 672, 1745, 38.5, prov=PUB)
    ill_props(f, "parents_in_treatment", last, {E: 36.8, NN: 39.4, WN: 37.2},
              {a: in_treatment(a) for a in (E, NN, WN)})
    ind = "parental_support"
    sep23 = "2022/23 Q3 - 2023/24 Q2"
    add_prop(f, ind, C, last, 202, 1084, 18.6, prov=PUB)
    add_prop(f, ind, PB, last, 124, 672, 18.5, prov=PUB)
    add(f, ind, E, last, 15.0, prov=PUB)
    add_prop(f, ind, C, sep23, 141, 1044, 13.5, prov=PUB, note="rolling year to September 2023; denominator derived")
    add_prop(f, ind, PB, sep23, 62, 653, 9.5, prov=PUB, note="rolling year to September 2023; denominator derived")
    add(f, ind, C, last, 29.5, prov=PUB, sex="Female")
    add(f, ind, C, last, 12.9, prov=PUB, sex="Male")
    add_prop(f, ind, PB, last, 64, 194, 33.0, prov=PUB, sex="Female", note="denominator derived")
    add_prop(f, ind, PB, last, 60, 476, 12.6, prov=PUB, sex="Male", note="denominator derived")
    ill_props(f, ind, last, {NN: 13.8, WN: 16.2}, {NN: 800, WN: 790})
    ind = "not_in_eet_entering_treatment"
    add(f, ind, C, last, 58.6, prov=PUB)
    add(f, ind, E, last, 68.7, prov=PUB)
    add(f, ind, PB, last, 70.0, prov=PUB, note="described as adults entering or in treatment")
    ill_props(f, ind, last, {NN: 66.1, WN: 63.0}, {a: in_treatment(a) * 0.45 for a in (NN, WN)})
    add(f, "smoking_in_treatment", E, last, 47.0, prov=PUB,
        note="local smoking status is not routinely reported in NDTMS returns")


# ----------------------------------------------------------------------------------------------------------------
# tidy/ons-population.csv: population, age profile, deprivation, employment, Census 2021
# ----------------------------------------------------------------------------------------------------------------
BANDS = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59",
         "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"]
ENG_PROFILE = [5.4, 5.9, 6.1, 5.8, 6.2, 6.6, 7.0, 6.8, 6.4, 6.2, 6.8, 6.7, 5.9, 5.0, 4.9, 3.8, 2.5, 1.5, 0.9]
MALE_BY_BAND = [0.512, 0.512, 0.512, 0.513, 0.508, 0.498, 0.494, 0.494, 0.496, 0.494, 0.492, 0.492, 0.489, 0.484,
                0.475, 0.462, 0.441, 0.400, 0.320]


def band_factors(code):
    """Illustrative shape of each area's age profile relative to England's."""
    f = [1.0] * 19
    def mult(lo, hi, x):
        for i in range(lo, hi + 1):
            f[i] *= x
    if code == CAM:          # university city: students and young workers
        mult(0, 2, 0.85); mult(3, 3, 1.35); mult(4, 4, 2.1); mult(5, 5, 1.7); mult(6, 6, 1.3); mult(12, 18, 0.75)
    elif code == ECA:
        mult(0, 2, 1.06); mult(4, 5, 0.78); mult(11, 14, 1.12)
    elif code == FEN:        # older, more deprived, rural
        mult(4, 6, 0.85); mult(10, 12, 1.08); mult(13, 18, 1.28)
    elif code == HUN:
        mult(4, 5, 0.85); mult(10, 14, 1.12)
    elif code == SCA:
        mult(0, 2, 1.08); mult(4, 5, 0.75); mult(7, 9, 1.08); mult(13, 18, 1.10)
    elif code in (PB,):      # young, growing city
        mult(0, 2, 1.15); mult(5, 8, 1.15); mult(12, 18, 0.82)
    elif code == NN:
        mult(0, 2, 1.03); mult(4, 5, 0.92); mult(10, 13, 1.03)
    elif code == WN:
        mult(0, 2, 1.03); mult(6, 8, 1.03)
    elif code == EOE:
        mult(4, 5, 0.94); mult(13, 18, 1.06)
    elif code == EM:
        mult(4, 4, 1.05); mult(13, 18, 1.03)
    return f


def band_pops(code, year=2022):
    """Population by band and sex: the county is the sum of its districts."""
    if code == C:
        out = [[0.0, 0.0] for _ in BANDS]
        for d in DISTRICTS:
            for i, (m, fe) in enumerate(band_pops(d, year)):
                out[i][0] += m
                out[i][1] += fe
        return out
    w = [p * x for p, x in zip(ENG_PROFILE, band_factors(code))]
    total = pop(code, year)
    return [[total * wi / sum(w) * ms, total * wi / sum(w) * (1 - ms)] for wi, ms in zip(w, MALE_BY_BAND)]


def ons_population():
    f = "ons-population.csv"
    ind = "population"
    census = {C: 678855, PB: 215669}     # Census 2021 usual residents (Cambridgeshire 7.2; Peterborough D1)
    for a in KEY + DISTRICTS:
        for y in range(2019, 2024):
            p = str(y)
            if y == 2021 and a in census:
                add(f, ind, a, p, count=census[a], prov=PUB, note="Census 2021 usual residents")
            elif y == 2023 and (a in DISTRICT_POP_2023 or a == C):
                add(f, ind, a, p, count=pop(a, y) if a != C else 699573, prov=PUB)
            else:
                add(f, ind, a, p, count=pop(a, y))
    for a in UTLA + REGIONS:
        if a not in KEY:
            add(f, ind, a, "2023", count=pop(a, 2023))

    ind = "population_by_age_sex"
    for a in KEY + DISTRICTS:
        bands = band_pops(a)
        total = sum(m + fe for m, fe in bands)
        for b, (m, fe) in zip(BANDS, bands):
            for sex, n in (("Male", m), ("Female", fe)):
                add(f, ind, a, "2022", 100 * round(n) / round(total), round(n), round(total), sex=sex,
                    age=f"{b} yrs", vd=2)

    # Deprivation. District deciles published (Cambridgeshire Table 5.4a); Peterborough in the 2nd decile
    # (ranked 53rd of 317). Scores illustrative.
    for d, dec in ((CAM, 7), (ECA, 9), (FEN, 2), (HUN, 8), (SCA, 10), (PB, 2)):
        add(f, "imd2019_decile", d, "2019", count=dec, prov=PUB,
            note="ranked 53rd of 317 local authority districts" if d == PB else "")
    for a, sc in ((CAM, 14.3), (ECA, 10.9), (FEN, 27.4), (HUN, 12.1), (SCA, 7.9), (C, 14.2), (PB, 27.6), (NN, 21.8),
                  (WN, 19.2), (EOE, 17.6), (EM, 21.2), (E, 21.7)):
        add(f, "imd2019_score", a, "2019", sc)

    # Working-age residents not in employment: district values published (Cambridgeshire 7.2, "May 2024"),
    # Peterborough 20% (June 2024); others illustrative. Denominators: illustrative 16-64 populations.
    ind = "not_in_employment_16_64"
    emp = {CAM: (18.5, PUB), ECA: (18.2, PUB), FEN: (28.1, PUB), HUN: (12.5, PUB), SCA: (13.8, PUB),
           PB: (20.0, PUB), C: (17.2, ILL), NN: (22.0, ILL), WN: (21.0, ILL), EOE: (22.4, ILL), EM: (24.4, ILL),
           E: (24.3, ILL)}
    for a, (v, prov) in emp.items():
        d = round(pop(a) * 0.64)
        note = {PUB: "published as at May 2024" if a != PB else "published as at June 2024"}.get(prov, "")
        add_prop(f, ind, a, "2023/24", round(d * v / 100), d, v if prov == PUB else None, prov=prov, note=note)

    # Census 2021 (published where the assessments print them; the rest illustrative).
    census_vals = {
        "census_white_ethnicity": {CAM: 74.6, SCA: 89.0, FEN: 94.5, PB: 75.4, E: 81.0,
                                   ECA: -94.0, HUN: -91.5, C: -88.0, NN: -90.5, WN: -84.5, EOE: -86.5, EM: -85.7},
        "census_disabled_limited_a_lot": {C: 7.6, E: 7.5, PB: 7.9, NN: -8.3, WN: -7.8, EOE: -7.3, EM: -8.1},
        "census_lgb_plus": {C: 4.2, PB: 2.7, E: -3.2, NN: -2.6, WN: -2.9, EOE: -2.9, EM: -2.9},
        "census_no_religion": {C: 44.7, PB: 32.5, E: 36.7, NN: -43.0, WN: -41.0, EOE: -41.0, EM: -40.0},
        "census_main_language_not_english": {C: 8.6, PB: 20.0, E: -9.1, NN: -8.0, WN: -8.5, EOE: -7.5, EM: -7.7},
    }
    notes = {("census_lgb_plus", C): "as printed; the listed groups sum to 3.8%",
             ("census_lgb_plus", PB): "2.72% as printed",
             ("census_main_language_not_english", PB): "100% less the 80.05% with English as main language",
             ("census_white_ethnicity", E): "81% as printed"}
    for ind, vals in census_vals.items():
        for a, v in vals.items():
            add(f, ind, a, "2021", abs(v), prov=PUB if v > 0 else ILL, note=notes.get((ind, a), ""))


# ----------------------------------------------------------------------------------------------------------------
# tidy/survey-lifestyle.csv: drinking patterns, smoking, school survey
# ----------------------------------------------------------------------------------------------------------------
def survey_lifestyle():
    f = "survey-lifestyle.csv"
    # Health Survey for England based local estimates, 2015-18 pooled (the 2024-25 assessments call them 2019).
    # Published: Cambridgeshire and Peterborough values and England (with limits from Northamptonshire Table 1
    # for two of them). Others illustrative with illustrative limits.
    hse = {
        "hse_abstain_alcohol": {C: 9.3, PB: 13.2, E: (16.2, 15.8, 16.6), NN: 13.4, WN: 14.1, EOE: 14.6, EM: 15.9},
        "hse_drinking_over_14_units": {C: 28.7, PB: 24.9, E: (22.8, 22.4, 23.3), NN: 21.9, WN: 22.6, EOE: 23.6,
                                       EM: 22.1},
        "hse_binge_drinking": {C: 17.7, PB: 17.0, E: 15.4, NN: 16.1, WN: 16.8, EOE: 15.0, EM: 15.9},
    }
    for ind, vals in hse.items():
        for a, v in vals.items():
            note = "described as 2019 in the 2024-25 assessments" if a in (C, PB) else ""
            if isinstance(v, tuple):
                add(f, ind, a, "2015-18", v[0], lo=v[1], hi=v[2], prov=PUB)
            elif a in (C, PB, E):
                add(f, ind, a, "2015-18", v, prov=PUB, note=note)
            else:
                lo, hi = wilson(v / 100, 420)
                add(f, ind, a, "2015-18", v, lo=lo, hi=hi)

    # Adult smoking prevalence (Annual Population Survey), 2019-2023: illustrative, every authority for 2023;
    # England 2023 by sex published (13.4% men, 9.9% women; Cambridgeshire inventory 7.1). Limits from an
    # effective sample size, as survey estimates have wide intervals locally.
    ind = "smoking_prevalence_adults"
    years = [str(y) for y in range(2019, 2024)]
    shape = dict(zip(years, [13.9, 12.1, 13.0, 12.7, 11.6]))
    latest = all_authorities(ind, 11.6, 0.12, 0.16, pop18p, fixed={C: 10.4, PB: 15.9, NN: 13.1, WN: 11.9})

    def n_eff(a):
        return 150000 if a == E else min(max(pop(a) / 250, 250), 4000 if a in REGIONS else 1600)

    for a in UTLA + REGIONS + [E]:
        vals = {"2023": latest[a]} if a not in KEY else (
            shape if a == E else follow(years, shape, {"2023": latest[a]}, 0.08, (ind, a)))
        for p, v in vals.items():
            lo, hi = wilson(v / 100, n_eff(a))
            add(f, ind, a, p, v, lo=lo, hi=hi)
    for sex, v in (("Male", 13.4), ("Female", 9.9)):
        lo, hi = wilson(v / 100, 75000)
        add(f, ind, E, "2023", v, lo=lo, hi=hi, prov=PUB, sex=sex, note="limits illustrative")

    # Health Related Behaviour Survey 2024, Years 8 and 10 (Cambridgeshire 6,955 pupils; Peterborough 2,114).
    n_all = {C: 6955, PB: 2114}
    hrbs = {
        "hrbs_drank_last_7_days": {C: {"": 18.6, "Year 8": 11.8, "Year 10": 26.7, "Male": 19.0, "Female": 18.0},
                                   PB: {"": 12.0, "Year 8": 8.4, "Year 10": 16.0, "Male": 11.4, "Female": 12.4}},
        "hrbs_ever_taken_drugs": {C: {"": 6.4, "Year 8": 2.1, "Year 10": 11.6},
                                  PB: {"": 5.5, "Year 8": 2.6, "Year 10": 8.7, "Male": 3.9, "Female": 7.2}},
        "hrbs_cannabis_last_month": {C: {"": 2.6, "Year 8": 0.4, "Year 10": 5.2}, PB: {"": 2.0}},
        "hrbs_offered_drugs": {C: {"Year 8": 7.0, "Year 10": 24.5}, PB: {"Year 8": 9.5, "Year 10": 21.6}},
    }
    for ind, areas in hrbs.items():
        for a, vals in areas.items():
            for k, v in vals.items():
                n = n_all[a] if k == "" else n_all[a] // 2
                sex = k if k in ("Male", "Female") else ""
                cat = k if k.startswith("Year") else ""
                add_prop(f, ind, a, "2024", round(n * v / 100), n, v, prov=PUB, sex=sex,
                         ctype="School year" if cat else "", cat=cat,
                         note="" if k == "" else "respondents split evenly (illustrative denominator)")


# ----------------------------------------------------------------------------------------------------------------
# tidy/dfe-children.csv: children in need
# ----------------------------------------------------------------------------------------------------------------
def dfe_children():
    f = "dfe-children.csv"
    years = [fy(y) for y in range(2019, 2024)]
    # Children in need per 10,000 under 18: Cambridgeshire 2023/24 232.5 (3,236) and 2022/23 209.1, England
    # 2023/24 332.9 published; the rest illustrative.
    ind = "children_in_need_rate"
    cin = {C: (218.0, 221.4, 214.6, 209.1, 232.5), PB: (402.1, 389.5, 371.0, 380.2, 392.6),
           NN: (318.7, 330.2, 341.5, 335.0, 349.8), WN: (296.0, 304.8, 311.2, 317.9, 322.4),
           EOE: (288.3, 290.1, 284.0, 287.9, 296.1), EM: (301.0, 305.2, 300.8, 306.4, 314.2),
           E: (323.7, 321.2, 334.3, 342.7, 332.9)}
    for a, vals in cin.items():
        u18 = pop(a) - pop18p(a)
        for p, v in zip(years, vals):
            is_pub = (a == C and p in ("2022/23", "2023/24")) or (a == E and p == "2023/24")
            if a == C and p == "2023/24":
                add(f, ind, a, p, v, 3236, 139183, prov=PUB)
            else:
                n = round(u18 * v / 10000)
                add(f, ind, a, p, v if is_pub else 10000 * n / round(u18), n, round(u18), prov=PUB if is_pub else ILL)
    # Parental alcohol / drug misuse as an assessment factor (% of episodes with factor information):
    # Cambridgeshire 2023/24 811 and 896 of 4,890 published (ranges 15-23% and 16-24% since 2018); England 2019/20
    # 16.3% (alcohol) and 17.0% (drugs) published (N C5.4 rows 29-30); the rest illustrative. The 2019/20 figures the
    # Northamptonshire assessment prints beside England's (24.0% and 20.8%) belong to the former county (E10000021),
    # which areas.csv does not list, so they are not used: North Northamptonshire's 2019/20 values are illustrative,
    # halfway between its neighbouring years, and no longer repeat the county's figures.
    years6 = [fy(y) for y in range(2018, 2024)]
    factors = {"cin_parental_alcohol_factor": {C: (22.8, 20.9, 18.4, 15.3, 17.9, None), E: (17.0, 16.3, 15.6, 15.0, 14.8, 14.6),
                                               NN: (20.5, 20.1, 19.7, 18.9, 18.2, 17.6), WN: (19.6, 19.9, 18.8, 18.0, 17.5, 17.1)},
               "cin_parental_drug_factor": {C: (23.6, 21.8, 19.5, 16.2, 17.1, None), E: (18.3, 17.0, 16.8, 16.3, 16.2, 16.0),
                                            NN: (23.5, 23.2, 22.9, 21.7, 21.0, 20.4), WN: (22.1, 22.6, 21.4, 20.6, 19.9, 19.2)}}
    for ind, areas in factors.items():
        for a, vals in areas.items():
            episodes = {C: 4890, E: 390000, NN: 3400, WN: 3700}[a]
            for p, v in zip(years6, vals):
                if v is None:
                    n = 811 if "alcohol" in ind else 896
                    add_prop(f, ind, a, p, n, 4890, prov=PUB)
                elif a == E and p == "2019/20":
                    add_prop(f, ind, a, p, round(episodes * v / 100), episodes, value=v, prov=PUB,
                             note="denominator derived")
                else:
                    add_prop(f, ind, a, p, round(episodes * v / 100), episodes)


# ----------------------------------------------------------------------------------------------------------------
# tidy/local-services.csv: provider and local service activity (published figures only)
# ----------------------------------------------------------------------------------------------------------------
def local_services():
    f = "local-services.csv"
    # Naloxone kits (Cambridgeshire inventory 7.9): provider 479 / 683 / 681 and pharmacy 22 / 197 / 754 in the
    # years ending March 2023-2025; headline = their sum. Peterborough 590 kits in 2023/24 (inventory SV6).
    ind = "naloxone_kits_issued"
    for p, prov_kits, pharm in (("2022/23", 479, 22), ("2023/24", 683, 197), ("2024/25", 681, 754)):
        add(f, ind, C, p, count=prov_kits + pharm, prov=PUB, note="sum of the two supply routes")
        add(f, ind, C, p, count=prov_kits, prov=PUB, ctype="Supply route", cat="Treatment provider")
        add(f, ind, C, p, count=pharm, prov=PUB, ctype="Supply route", cat="Community pharmacy")
    add(f, ind, PB, "2023/24", count=590, prov=PUB, note="treatment provider kits")
    add(f, "needles_distributed", C, "2023/24", count=57000, prov=PUB, note="more than 57,000")
    add(f, "needles_distributed", PB, "2023/24", count=140000, prov=PUB, note="more than 140,000")
    ind = "pharmacies_delivering_services"
    for a, total, sc, nsp, nal in ((C, 91, 87, 44, 44), (PB, 30, 30, 23, 21)):
        add(f, ind, a, "2024/25", count=total, prov=PUB, note="as at October 2024")
        for cat, n in (("Supervised consumption", sc), ("Needle and syringe provision", nsp), ("Naloxone", nal)):
            add(f, ind, a, "2024/25", count=n, prov=PUB, ctype="Service", cat=cat)
    add(f, "nitazene_test_strips", C, "2024/25", count=173, prov=PUB, note="10 months to January 2025")
    add(f, "nitazene_test_strips", PB, "2024/25", count=52, prov=PUB, note="10 months to January 2025")
    add(f, "smoking_cessation_referrals", C, "2023/24", count=21, prov=PUB)
    add(f, "smoking_cessation_referrals", C, "2024/25", count=50, prov=PUB)
    add_prop(f, "ips_engagement", C, "2024/25", 120, 174, prov=PUB, note="printed as 70.0% in the source")
    add_prop(f, "ips_engagement", PB, "2024", 67, 99, prov=PUB, note="nine months to October 2024")
    add_prop(f, "ips_job_outcomes", C, "2024/25", 38, 120, prov=PUB)
    add_prop(f, "ips_job_outcomes", PB, "2024", 21, 67, prov=PUB, note="nine months to October 2024")


def main():
    ons_population()
    lape_mortality()
    drug_deaths()
    lape_admissions()
    hospital_drug_admissions()
    ndtms_prevalence()
    ndtms_treatment()
    survey_lifestyle()
    dfe_children()
    local_services()
    write_all()
    for name in sorted(FILES):
        print(f"data/tidy/{name}: {len(FILES[name])} rows")


if __name__ == "__main__":
    main()
