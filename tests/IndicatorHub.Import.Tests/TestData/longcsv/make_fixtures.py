"""Builds the long CSV fixtures from real Kolada values in shared/realdata (see README.md).

Run from this folder: python3 make_fixtures.py /path/to/shared/realdata
"""
import csv, sys, os

R = sys.argv[1]
def rows(path):
    with open(os.path.join(R, path), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))

tot = {(r["geo"], r["year"]): r["n01951"] for r in rows("kolada-values/v2_flat_N01951_invanare_totalt_by_geo_year.csv")}
sex = {(r["geo"], r["year"], r["gender"]): r["n01951"] for r in rows("kolada-values/v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv")}

# IndicatorHub's export layout: all twelve columns, LF, comma, quoted only when needed.
with open("longcsv_export_N01951_by_sex.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["indicator", "area", "period", "dimension", "subgroup", "value", "status", "se", "ci_lb", "ci_ub", "population", "batch"])
    for geo in ("0000", "0180", "0140"):
        for year in ("1994", "2022"):
            for dim, sub, text in (("total", "total", tot[(geo, year)]), ("sex", "female", sex[(geo, year, "K")]), ("sex", "male", sex[(geo, year, "M")])):
                status = "saknas, kommunen fanns inte" if text == "" else ""
                w.writerow(["N01951", geo, year, dim, sub, text, status, "", "", "", "", "3"])

# An analyst's file: Swedish headers mapped with ColumnMapping, semicolons, decimal commas, UTF-8 BOM, CRLF, no
# dimension/subgroup columns (totals).
n00923 = rows("kolada/v2_flat_N00923_medellivslangd_man_by_geo_year.csv")
with open("longcsv_analyst_semicolon_mapped.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["kpi", "kommun", "år", "värde"])
    for r in n00923:
        if r["geo"] in ("0001", "0140", "0180") and r["year"] in ("2010", "2022"):
            w.writerow(["N00923", r["geo"], r["year"], r["n00923"].replace(".", ",")])
