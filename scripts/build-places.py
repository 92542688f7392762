#!/usr/bin/env python3
"""Converts the shared gazetteer sources into Resources/places/*.tsv.

Usage: scripts/build-places.py SOURCES_DIR   (the folder of admin_*.tsv, world_*.tsv ...)
Run from the repository root. Sources and licences: Resources/SOURCES.md.
"""
import csv, os, re, sys

src = sys.argv[1]
out = "Resources/places"

def rows(name):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

def write(name, header, records, comment):
    seen = set()
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(f"# {comment}\n")
        f.write("\t".join(header) + "\n")
        for r in records:
            line = "\t".join(str(r.get(h, "") or "") for h in header)
            if line not in seen:
                seen.add(line)
                f.write(line + "\n")

def short(name, typ, short_name):
    """The name without its type word: `Phường 1` -> `1`."""
    for candidate in (short_name, name):
        if candidate.lower().startswith(typ + " "):
            return candidate[len(typ) + 1:]
    return short_name

# Vietnamese administrative units of both eras.
admin = []
new_prov = {r["province_code"]: r for r in rows("admin_2025_provinces.tsv")}
for r in rows("admin_legacy_provinces.tsv"):
    same = r["new_province_code"] == r["province_code"] and new_prov[r["province_code"]]["short_name"] == r["short_name"]
    admin.append(dict(name=r["short_name"], type=r["type"], level="province", code=r["province_code"],
                      era="both" if same else "legacy", parent="",
                      became="" if same else r["new_province"], became_code="" if same else r["new_province_code"]))
legacy_codes = {(r["province_code"], r["short_name"]) for r in rows("admin_legacy_provinces.tsv")}
for code, r in new_prov.items():
    if (code, r["short_name"]) not in legacy_codes:
        admin.append(dict(name=r["short_name"], type=r["type"], level="province", code=code, era="2025", parent=""))
prov_became = {r["province_code"]: (r["new_province"], r["new_province_code"]) for r in rows("admin_legacy_provinces.tsv")}
for r in rows("admin_legacy_districts.tsv"):
    became, became_code = prov_became[r["province_code"]]
    admin.append(dict(name=short(r["name"], r["type"], r["short_name"]), type=r["type"], level="district",
                      code=r["code"], era="legacy", parent=r["province"], became=became, became_code=became_code))
conversion = {}
for r in rows("admin_legacy_to_2025.tsv"):
    conversion.setdefault(r["old_code"], []).append((r["new_name"], r["new_code"]))
new_communes = {r["code"]: r for r in rows("admin_2025_communes.tsv")}
both_communes = set()
for r in rows("admin_legacy_communes.tsv"):
    targets = conversion.get(r["code"], [])
    if len(targets) == 1 and targets[0][1] == r["code"] and new_communes.get(r["code"], {}).get("name") == r["name"]:
        both_communes.add(r["code"])
        admin.append(dict(name=short(r["name"], r["type"], r["short_name"]), type=r["type"], level="commune",
                          code=r["code"], era="both", parent=r["district"] + ", " + r["province"]))
        continue
    admin.append(dict(name=short(r["name"], r["type"], r["short_name"]), type=r["type"], level="commune",
                      code=r["code"], era="legacy", parent=r["district"] + ", " + r["province"],
                      became=";".join(t[0] for t in targets), became_code=";".join(t[1] for t in targets)))
for code, r in new_communes.items():
    if code not in both_communes:
        admin.append(dict(name=short(r["name"], r["type"], r["short_name"]), type=r["type"], level="commune",
                          code=code, era="2025", parent=r["province"]))
write("vn_admin.tsv", ["name", "type", "level", "code", "era", "parent", "became", "became_code"], admin,
      "Vietnamese administrative units before and after 1 July 2025 (vietnamadminunits, MIT; see SOURCES.md)")

# Hand-written aliases of Vietnamese places (CC0), without the generated tone and prefix variants,
# which the matcher does not need.
aliases = [dict(name=r["alias"], canonical=r["canonical"], kind=r["level"], era=r["era"], note=r["note"])
           for r in rows("admin_aliases.tsv") if r["source"] == "hand"]
for r in rows("vn_regions.tsv"):
    aliases.append(dict(name=r["region"], canonical=r["region"], kind="region", era="both", note=r["region_en"]))
write("vn_aliases.tsv", ["name", "canonical", "kind", "era", "note"], aliases,
      "Aliases, regions, seas, rivers and islands of Viet Nam (hand-written, CC0; regions from vietnamese-provinces-database, MIT)")

# The world: countries and regions (CLDR, ICU), aliases (hand), cities (GeoNames, CLDR, hand), subdivisions (CLDR).
not_places = {"001", "EU", "EZ", "UN", "QO"}
generic_first = re.compile(r"^(Châu|Miền|Vùng|Khu vực) ")
def lower_generic(name):
    return generic_first.sub(lambda m: m.group(1).lower() + " ", name)
world = []
for r in rows("world_territories_cldr_vi.tsv"):
    if r["code"] in not_places:
        continue
    kind = "country" if r["kind"] == "country_or_territory" else "region"
    for name in [r["name_vi"]] + [n for n in r["name_vi_alt_cldr41"].split(";") if n]:
        world.append(dict(name=lower_generic(name), kind=kind, code=r["code"], country=r["code"] if kind == "country" else "", source="cldr"))
cldr_names = {(w["name"], w["code"]) for w in world}
for r in rows("icu72_regions_vi.tsv"):
    if r["code"] not in not_places and (r["name_vi_icu72"], r["code"]) not in cldr_names:
        world.append(dict(name=r["name_vi_icu72"], kind="country", code=r["code"], country=r["code"], source="icu"))
skip_aliases = {"EU", "UN", "LHQ", "Liên minh châu Âu", "Liên Hợp Quốc", "thế giới", "toàn cầu"}
for r in rows("world_aliases_vi.tsv"):
    if r["alias"] in skip_aliases or r["code"] in not_places:
        continue
    kind = "country" if r["kind"] == "country_or_territory" else "region"
    world.append(dict(name=r["alias"], kind=kind, code=r["code"], country=r["code"] if kind == "country" else "",
                      source="hand" if r["source"] == "hand" else "cldr"))
for r in rows("world_cities_vi.tsv"):
    if r["country_code"] == "VN":
        continue
    names = [n for n in r["name_vi"].split(";") if n] + [r["name_geonames"]]
    for name in names:
        world.append(dict(name=name, kind=r["kind"], code="geonames:" + r["geonameid"], country=r["country_code"],
                          source="geonames"))
for r in rows("world_tz_cities_cldr_vi.tsv"):
    world.append(dict(name=r["city_vi"], kind="city", code="tz:" + r["tzid"], country="", source="cldr"))
# Foreign subdivisions, less those a Vietnamese text would read as common words: one-word names
# shorter than five letters, with Vietnamese letters or that are Vietnamese syllables (Tuy, Van, Paul,
# Trang), and names that start with a
# generic word (Khu vực Tây, Phía Bắc).
generic_start = re.compile(r"^(Khu|Vùng|Tỉnh|Miền|Phía|Quận|Huyện|Thành phố|Vịnh|Hạt|Đảo|Bang) ")
vietnamese_syllables = {w.lower() for a in admin for w in a["name"].split()}
def plain_subdivision(name):
    if " " in name:
        return not generic_start.match(name)
    return len(name) >= 5 and name.isascii() and name.lower() not in vietnamese_syllables
for r in rows("world_subdivisions_cldr_vi.tsv"):
    if r["country_code"] != "VN" and plain_subdivision(r["name_vi"]):
        world.append(dict(name=r["name_vi"], kind="subdivision", code=r["subdivision_code"], country=r["country_code"], source="cldr"))
write("world.tsv", ["name", "kind", "code", "country", "source"], world,
      "Countries, regions, cities and subdivisions in Vietnamese (CLDR/ICU: Unicode licence; GeoNames: CC BY 4.0; hand: CC0)")
