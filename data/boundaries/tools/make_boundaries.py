#!/usr/bin/env python3
"""Builds data/boundaries/*.geojson from Martin Chorley's UK-GeoJSON TopoJSON of ONS Local Authority District
boundaries (json/administrative/eng/topo_lad.json, 2013 LADs, generalised; CC BY 4.0, from ONS/OS data under the OGL).

Usage: make_boundaries.py topo_lad.json out_folder

Writes two small files:
  districts.geojson     one feature per district of the bundled two-tier areas (Cambridgeshire's five districts)
  upper-tier.geojson    one feature per upper-tier authority of the four bundled areas and their neighbours, built by
                        joining 2013 districts (North and West Northamptonshire from the districts they replaced in 2021);
                        each feature carries its outer boundary as "outline" (arcs used by only one member district).
Arcs are simplified (Douglas-Peucker, 0.003 degrees) and coordinates rounded to 4 decimals.
"""
import json, sys

UPPER = {
    "E10000003": ("Cambridgeshire", ["E07000008", "E07000009", "E07000010", "E07000011", "E07000012"]),
    "E06000031": ("Peterborough", ["E06000031"]),
    "E06000061": ("North Northamptonshire", ["E07000150", "E07000152", "E07000153", "E07000156"]),
    "E06000062": ("West Northamptonshire", ["E07000151", "E07000154", "E07000155"]),
    "E10000020": ("Norfolk", [f"E0700{n:04d}" for n in range(143, 150)]),
    "E10000029": ("Suffolk", [f"E0700{n:04d}" for n in range(200, 207)]),
    "E10000015": ("Hertfordshire", ["E07000095", "E07000096", "E07000098", "E07000099", "E07000102", "E07000103", "E07000240", "E07000241", "E07000242", "E07000243"]),
    "E10000019": ("Lincolnshire", [f"E0700{n:04d}" for n in range(136, 143)]),
    "E10000018": ("Leicestershire", [f"E0700{n:04d}" for n in range(129, 136)]),
    "E10000012": ("Essex", [f"E0700{n:04d}" for n in range(66, 78)]),
    "E06000055": ("Bedford", ["E06000055"]),
    "E06000056": ("Central Bedfordshire", ["E06000056"]),
    "E06000017": ("Rutland", ["E06000017"]),
    "E06000042": ("Milton Keynes", ["E06000042"]),
    "E06000060": ("Buckinghamshire", [f"E0700{n:04d}" for n in range(4, 8)]),
    "E10000025": ("Oxfordshire", [f"E0700{n:04d}" for n in range(177, 182)]),
    "E10000031": ("Warwickshire", [f"E0700{n:04d}" for n in range(218, 223)]),
    "E06000016": ("Leicester", ["E06000016"]),
}
DISTRICTS_OF = {"E10000003": UPPER["E10000003"][1]}


TOLERANCE = 0.003  # degrees (about 200-300 m): ample for a map printed a few centimetres wide


def simplify(pts, tol):
    """Douglas-Peucker on one arc; arcs are shared by neighbouring areas, so their common borders stay identical."""
    if len(pts) < 3:
        return pts
    (x1, y1), (x2, y2) = pts[0], pts[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = -1.0, 0
    for i in range(1, len(pts) - 1):
        px, py = pts[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm > 0 else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        if d > best:
            best, index = d, i
    if best <= tol:
        return [pts[0], pts[-1]]
    return simplify(pts[:index + 1], tol)[:-1] + simplify(pts[index:], tol)


def main(src, out):
    topo = json.load(open(src))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append((round(x * sx + tx, 4), round(y * sy + ty, 4)))
        arcs.append(simplify(pts, TOLERANCE))

    def arc_points(i):
        return arcs[i] if i >= 0 else list(reversed(arcs[~i]))

    def ring(indices):
        pts = []
        for i in indices:
            p = arc_points(i)
            pts.extend(p if not pts else p[1:])
        return [list(p) for p in pts]

    geoms = {g["properties"]["LAD13CD"]: g for g in topo["objects"]["lad"]["geometries"]}
    names = {c: g["properties"]["LAD13NM"] for c, g in geoms.items()}

    def polygons(code):
        g = geoms[code]
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        return [[ring(r) for r in poly] for poly in polys]

    def feature(code, name, members):
        polys = [p for m in members for p in polygons(m)]
        uses = {}
        for m in members:
            g = geoms[m]
            for poly in (g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]):
                for r in poly:
                    for i in r:
                        k = i if i >= 0 else ~i
                        uses[k] = uses.get(k, 0) + 1
        outline = [[list(p) for p in arcs[k]] for k, n in sorted(uses.items()) if n == 1]
        return {"type": "Feature", "properties": {"code": code, "name": name, "members": members},
                "geometry": {"type": "MultiPolygon", "coordinates": polys}, "outline": outline}

    for code, (name, members) in UPPER.items():
        missing = [m for m in members if m not in geoms]
        if missing:
            sys.exit(f"{name}: districts {missing} are not in {src}")
        print(code, name, [names[m] for m in members], file=sys.stderr)

    upper = {"type": "FeatureCollection", "features": [feature(c, n, m) for c, (n, m) in UPPER.items()]}
    districts = {"type": "FeatureCollection", "features": [feature(m, names[m], [m]) for ms in DISTRICTS_OF.values() for m in ms]}
    for name, fc in (("upper-tier.geojson", upper), ("districts.geojson", districts)):
        with open(f"{out}/{name}", "w") as f:
            json.dump(fc, f, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
