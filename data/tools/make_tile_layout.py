#!/usr/bin/env python3
"""Makes data/geography/england-upper-tier-tiles.csv: one square tile per upper-tier local authority of England.

The layout is ReportGen's own schematic work, not a boundary file. It reads an approximate latitude and longitude of
each authority's main town (data/geography/upper-tier-centroids.csv, written down for this purpose), then:

  1. projects them (longitude scaled by the cosine of 52.5 degrees) and scales England onto a grid;
  2. spreads crowded points apart (London boroughs, the metropolitan boroughs) with a few hundred rounds of gentle
     repulsion while each point is pulled back towards where it belongs, so dense places grow into compact blocks;
  3. gives each authority a distinct cell by an optimal assignment (the Hungarian method) that minimises the total
     squared distance between where the points settled and the cells they get;
  4. applies the hand corrections listed in data/geography/upper-tier-tile-fixes.csv (code,row,col in the grid
     before this last shift; the comment column says why), looked at on the rendered map.

It checks that every county and unitary authority in data/areas.csv has exactly one tile and that no two tiles share a
cell, and prints the grid so the result can be looked at. Run from the repository root:

    python3 data/tools/make_tile_layout.py

Deterministic: the same inputs give the same file.
"""
import csv
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEO = os.path.join(ROOT, "data", "geography")
COLS, ROWS = 14, 17  # the grid England is scaled onto (before spreading)
LONDON_RADIUS = 3.2  # how far (in tiles) the London boroughs spread from their middle


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def hungarian(cost):
    """Minimum-cost assignment of each row to a distinct column (rows <= columns). Returns column per row."""
    n, m = len(cost), len(cost[0])
    INF = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [INF] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], INF, 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result


def main():
    areas = [a for a in read(os.path.join(ROOT, "data", "areas.csv")) if a["type"] in ("county", "unitary")]
    names = {a["code"]: a["name"] for a in areas}
    centroids = {c["code"]: c for c in read(os.path.join(GEO, "upper-tier-centroids.csv"))}
    missing = sorted(set(names) - set(centroids))
    if missing:
        sys.exit(f"data/geography/upper-tier-centroids.csv: no centroid for {', '.join(missing)}. Fix: add a row for each.")
    codes = sorted(names)
    k = math.cos(math.radians(52.5))
    xs = {c: float(centroids[c]["lon"]) * k for c in codes}
    ys = {c: float(centroids[c]["lat"]) for c in codes}
    # The Isles of Scilly lie far out to sea: bring them in to just off Cornwall's tip so the grid is not stretched.
    if "E06000053" in xs:
        xs["E06000053"], ys["E06000053"] = -5.7 * k, 50.0
    x0, x1, y0, y1 = min(xs.values()), max(xs.values()), min(ys.values()), max(ys.values())
    s = min((COLS - 1) / (x1 - x0), (ROWS - 1) / (y1 - y0))
    home = {c: ((xs[c] - x0) * s, (y1 - ys[c]) * s) for c in codes}  # x right, y down (rows)
    # London's 33 boroughs share a patch smaller than one cell: blow the patch up into a compact block about six tiles
    # across and push the places around it outwards by as much (less with distance), so boroughs and home counties do
    # not interleave when the crowded points are spread.
    london = [c for c in codes if c.startswith("E09")]
    if london:
        lx = sum(home[c][0] for c in london) / len(london)
        ly = sum(home[c][1] for c in london) / len(london)
        radius = max(math.hypot(home[c][0] - lx, home[c][1] - ly) for c in london)
        target = LONDON_RADIUS
        for c in codes:
            dx, dy = home[c][0] - lx, home[c][1] - ly
            d = math.hypot(dx, dy)
            if c in london:
                f = target / radius
                home[c] = (lx + dx * f, ly + dy * f)
            elif d > 1e-9:
                grow = (target - radius) * math.exp(-max(0.0, d - radius) / 6.0)
                home[c] = (lx + dx * (d + grow) / d, ly + dy * (d + grow) / d)
    pos = dict(home)

    # Spread: neighbours closer than one cell push apart; each point is pulled back towards home a little.
    for _ in range(400):
        move = {c: [0.0, 0.0] for c in codes}
        for i, a in enumerate(codes):
            ax, ay = pos[a]
            for b in codes[i + 1:]:
                dx, dy = pos[b][0] - ax, pos[b][1] - ay
                d = math.hypot(dx, dy)
                if d < 1.05:
                    if d < 1e-9:
                        dx, dy, d = 1e-3 * (1 + i % 3), 1e-3, 1.5e-3
                    push = (1.05 - d) / 2 / d
                    move[a][0] -= dx * push; move[a][1] -= dy * push
                    move[b][0] += dx * push; move[b][1] += dy * push
        for c in codes:
            hx, hy = home[c]
            pos[c] = (pos[c][0] + 0.5 * move[c][0] + 0.02 * (hx - pos[c][0]),
                      pos[c][1] + 0.5 * move[c][1] + 0.02 * (hy - pos[c][1]))

    minx = min(p[0] for p in pos.values()) - 1
    miny = min(p[1] for p in pos.values()) - 1
    maxx = max(p[0] for p in pos.values()) + 1
    maxy = max(p[1] for p in pos.values()) + 1
    cells = [(r, c) for r in range(math.floor(miny), math.ceil(maxy) + 1) for c in range(math.floor(minx), math.ceil(maxx) + 1)]
    cost = [[(pos[a][0] - c) ** 2 + (pos[a][1] - r) ** 2 for (r, c) in cells] for a in codes]
    chosen = hungarian(cost)
    tile = {a: cells[j] for a, j in zip(codes, chosen)}

    # Shift so the top row and left column are 0.
    r0 = min(r for r, _ in tile.values())
    c0 = min(c for _, c in tile.values())
    tile = {a: (r - r0, c - c0) for a, (r, c) in tile.items()}

    # Hand corrections, in the shifted grid (row 0 at the top, column 0 at the left).
    fixes = os.path.join(GEO, "upper-tier-tile-fixes.csv")
    if os.path.exists(fixes):
        for line, f in enumerate(read(fixes), start=2):
            if f["code"] not in tile:
                sys.exit(f"data/geography/upper-tier-tile-fixes.csv:{line}: '{f['code']}' is not an upper-tier authority in data/areas.csv. Fix: use its GSS code.")
            tile[f["code"]] = (int(f["row"]), int(f["col"]))
        # A fix may leave the first row or column empty: start the grid at the first tile again.
        r0 = min(r for r, _ in tile.values())
        c0 = min(c for _, c in tile.values())
        tile = {a: (r - r0, c - c0) for a, (r, c) in tile.items()}

    seen = {}
    for a, cell in tile.items():
        if cell in seen:
            sys.exit(f"Tiles of {names[seen[cell]]} and {names[a]} share row {cell[0]}, column {cell[1]}. Fix: change upper-tier-tile-fixes.csv.")
        seen[cell] = a

    out = os.path.join(GEO, "england-upper-tier-tiles.csv")
    tmp = out + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "label", "row", "col"])
        for a in sorted(codes, key=lambda a: (tile[a], a)):
            w.writerow([a, names[a], centroids[a]["label"], tile[a][0], tile[a][1]])
    os.replace(tmp, out)

    rows = max(r for r, _ in tile.values()) + 1
    cols = max(c for _, c in tile.values()) + 1
    by_cell = {cell: a for a, cell in tile.items()}
    for r in range(rows):
        print(" ".join(centroids[by_cell[(r, c)]]["label"] if (r, c) in by_cell else " . " for c in range(cols)))
    print(f"{len(tile)} tiles on {rows} rows x {cols} columns -> {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
