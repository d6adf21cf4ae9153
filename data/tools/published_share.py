#!/usr/bin/env python3
"""How much of what a build printed comes from published rows.

Usage: python3 data/tools/published_share.py [OUTPUT_DIR] [DATA_DIR]
       (defaults: output and data)

For every output/<area>/manifest.json it counts the printed values (the manifest's "values") and how many rest on
a published row. A value entry names an indicator, an area and a period; it counts as published when the manifest
says so (a "provenance" field, where the build writes one) or, failing that, when every row of the data for that
indicator, area and period with a blank breakdown (category_type) is published. Rows read from data/fingertips/
exports are published. Two shares are printed per area: the area's own values and all values (England, region and
neighbours included).
"""
import csv
import glob
import json
import os
import sys
from collections import defaultdict


def load_provenance(data_dir):
    rows = defaultdict(list)   # (indicator, area, period) -> [provenance of headline rows]
    for path in sorted(glob.glob(os.path.join(data_dir, "tidy", "*.csv"))):
        with open(path, newline="", encoding="utf-8-sig") as f:
            for r in csv.DictReader(f):
                if r.get("category_type"):
                    continue
                rows[(r["indicator_id"], r["area_code"].upper(), r["period"])].append(r.get("provenance") or "published")
    return rows


def load_export_keys(data_dir):
    """(fingertips id, area, period) of every export row, mapped to indicator ids through indicators.yaml."""
    ids = {}
    current = None
    path = os.path.join(data_dir, "indicators.yaml")
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("- id:") or s.startswith("id:"):
                current = s.split(":", 1)[1].strip()
            elif s.startswith("fingertips_id:") and current:
                ids[s.split(":", 1)[1].strip()] = current
    keys = set()
    for path in sorted(glob.glob(os.path.join(data_dir, "fingertips", "*.csv"))):
        with open(path, newline="", encoding="utf-8-sig") as f:
            for r in csv.DictReader(f):
                indicator = ids.get((r.get("Indicator ID") or "").strip())
                if indicator and not (r.get("Category Type") or "").strip():
                    keys.add((indicator, r["Area Code"].upper(), normalise_period(r["Time period"])))
    return keys


def normalise_period(text):
    """Fingertips writes '2021 - 23'; tidy files write '2021-23'."""
    return text.replace(" - ", "-").strip()


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "output"
    data_dir = sys.argv[2] if len(sys.argv) > 2 else "data"
    provenance = load_provenance(data_dir)
    exported = load_export_keys(data_dir)
    print(f"{'area':<26} {'own values':>22} {'all values':>22}")
    for manifest_path in sorted(glob.glob(os.path.join(out_dir, "*", "manifest.json"))):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
        own_code = manifest.get("area_code", "").upper()
        counts = {"own": [0, 0], "all": [0, 0]}
        for v in manifest.get("values", []):
            key = (v["indicator"], str(v["area"]).upper(), v["period"])
            if "provenance" in v:
                published = v["provenance"] == "published"
            elif key in exported:
                published = True
            else:
                found = provenance.get(key, [])
                published = bool(found) and all(p == "published" for p in found)
            for scope in ("all", "own") if key[1] == own_code else ("all",):
                counts[scope][0] += published
                counts[scope][1] += 1
        cells = []
        for scope in ("own", "all"):
            p, n = counts[scope]
            cells.append(f"{p:>5}/{n:<5} ({100.0 * p / n if n else 0:5.1f}%)")
        print(f"{manifest.get('area_name', os.path.basename(os.path.dirname(manifest_path))):<26} {cells[0]:>22} {cells[1]:>22}")


if __name__ == "__main__":
    main()
