"""Builds the Kolada JSON and web-export fixtures from the real CSVs in shared/realdata (see README.md).

Run from this folder: python3 make_fixtures.py /path/to/shared/realdata
"""
import csv, json, sys, os

R = sys.argv[1]

def rows(path):
    with open(os.path.join(R, path), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))

def num(text):
    v = float(text)
    return int(v) if v.is_integer() else v

# v3 data page: N00945 for Stockholm, Malmö, Göteborg 2019-2020 as rKolada received it (get_values simplify=TRUE
# keeps gender, count, status, value; the API groups them per kpi x municipality x period under "values").
vals = [r for r in rows("kolada/v3_values_simplified_from_rKolada.csv") if r["kpi"] == "N00945" and r["year"] in ("2019", "2020")]
page = {"values": [
    {"kpi": r["kpi"], "municipality": r["municipality_id"], "period": int(r["year"]),
     "values": [{"gender": r["gender"], "count": int(r["count"]), "status": r["status"], "value": num(r["value"])}]}
    for r in vals],
    "count": len(vals),
    "next_url": "https://api.kolada.se/v3/data/kpi/N00945/municipality/0180,1280,1480?page=2&per_page=6",
    "previous_url": None}
with open("v3_data_N00945_page1.json", "w", encoding="utf-8") as f:
    json.dump(page, f, ensure_ascii=False, separators=(",", ":"))  # the API sends one line

# v2 data page: N01951 for 1994 (riket, Region Stockholm, Nykvarn before it existed, Stockholm), T from the
# by_geo_year file and K/M from the by_geo_gender_year file. Nykvarn's empty value is null in the API; the
# flat files dropped the status, so "Missing" here is illustrative.
tot = {(r["geo"], r["year"]): r["n01951"] for r in rows("kolada-values/v2_flat_N01951_invanare_totalt_by_geo_year.csv")}
sex = {(r["geo"], r["year"], r["gender"]): r["n01951"] for r in rows("kolada-values/v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv")}
def val(text):
    return None if text == "" else num(text)
elements = []
for geo in ("0000", "0001", "0140", "0180"):
    entries = []
    for g in ("K", "M", "T"):
        text = tot[(geo, "1994")] if g == "T" else sex[(geo, "1994", g)]
        entries.append({"count": 1, "gender": g, "status": "Missing" if text == "" else "", "value": val(text)})
    elements.append({"kpi": "N01951", "municipality": geo, "period": 1994, "values": entries})
v2 = {"values": elements, "count": len(elements), "next_page": "http://api.kolada.se/v2/data/kpi/N01951/year/1994?page=2&per_page=4"}
with open("v2_data_N01951_1994.json", "w", encoding="utf-8") as f:
    json.dump(v2, f, ensure_ascii=False, indent=2)

# v3 /kpi: the 38 health KPIs with all 12 v3 fields (booleans as JSON booleans, NA as null).
def v3bool(t):
    return {"TRUE": True, "FALSE": False}.get(t)
kpis = []
for r in rows("kolada/v3_kpi_metadata_health_subset_from_rKolada.csv"):
    k = {}
    for key, text in r.items():
        if key in ("is_divided_by_gender", "has_ou_data"):
            k[key] = v3bool(text)
        else:
            k[key] = None if text == "NA" else text
    kpis.append(k)
with open("v3_kpi_health_subset.json", "w", encoding="utf-8") as f:
    json.dump({"values": kpis, "count": len(kpis), "next_url": None, "previous_url": None}, f, ensure_ascii=False, indent=2)

# v2 /kpi: N00923 and N01951 as the v2 API sends them (concept -> id, name -> title, is_divided_by_gender 0/1).
v2kpis = []
for r in rows("kolada/v2_kpi_metadata_flat_2024-08-17.csv"):
    if r["concept"] in ("N00923", "N01951"):
        v2kpis.append({"auspices": r["auspices"], "description": r["description"], "id": r["concept"],
                       "is_divided_by_gender": int(r["is_divided_by_gender"]), "municipality_type": r["municipality_type"],
                       "operating_area": r["operating_area"], "ou_publication_date": r["ou_publication_date"] or None,
                       "perspective": r["perspective"], "publication_date": r["publication_date"] or None,
                       "title": r["name"]})
with open("v2_kpi_N00923_N01951.json", "w", encoding="utf-8") as f:
    json.dump({"count": len(v2kpis), "values": v2kpis}, f, ensure_ascii=False, indent=2)

# v3 /municipality: all 312 rows.
munis = [{"id": r["id"], "title": r["title"], "type": r["type"]} for r in rows("kolada/v3_municipality_from_rKolada.csv")]
with open("v3_municipality.json", "w", encoding="utf-8") as f:
    json.dump({"values": munis, "count": len(munis), "next_url": None, "previous_url": None}, f, ensure_ascii=False, indent=2)

# v3 /municipality_groups: the nine SKR kommungrupp groups with their 290 members.
groups = {}
for r in rows("kolada/v3_municipality_groups_skr_kommungrupp_from_rKolada.csv"):
    g = groups.setdefault(r["group_id"], {"id": r["group_id"], "title": r["group_title"], "members": []})
    g["members"].append({"member_id": r["member_id"], "member_title": r["member_title"]})
gl = sorted(groups.values(), key=lambda g: g["id"])
with open("v3_municipality_groups_kommungrupp.json", "w", encoding="utf-8") as f:
    json.dump({"values": gl, "count": len(gl), "next_url": None, "previous_url": None}, f, ensure_ascii=False, indent=2)

# Kolada web export (wide): UTF-8 with BOM, semicolons, decimal commas, areas by name, CRLF.
names = {"0000": "Riket", "0001": "Region Stockholm", "0140": "Nykvarn", "0180": "Stockholm"}
n00923 = {(r["geo"], r["year"]): r["n00923"] for r in rows("kolada/v2_flat_N00923_medellivslangd_man_by_geo_year.csv")}
meta = {r["id"]: r for r in rows("kolada/v3_kpi_metadata_health_subset_from_rKolada.csv")}
years = ["1994", "2010", "2022"]
def sv(text):
    return "" if text == "" else (str(num(text)).replace(".", ","))
lines = [["Område", "Kön", "Nyckeltalsid", "Nyckeltal", "Nyckeltalsbeskrivning"] + years]
for geo in ("0000", "0001", "0140", "0180"):
    for label, g in (("Totalt", "T"), ("Kvinnor", "K"), ("Män", "M")):
        cells = [tot.get((geo, y), "") if g == "T" else sex.get((geo, y, g), "") for y in years]
        lines.append([names[geo], label, "N01951", meta["N01951"]["title"], meta["N01951"]["description"]] + [sv(c) for c in cells])
for geo in ("0000", "0001", "0140", "0180"):
    lines.append([names[geo], "Totalt", "N00923", meta["N00923"]["title"], meta["N00923"]["description"]] + [sv(n00923.get((geo, y), "")) for y in years])
with open("kolada_web_export_wide_N01951_N00923.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerows(lines)
