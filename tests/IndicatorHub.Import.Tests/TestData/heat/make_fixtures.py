"""Builds heat_template_from_healthequal_ordered_multipleind.csv from WHO's healthequal sample (see README.md).

Run from this folder: python3 make_fixtures.py /path/to/shared/realdata
"""
import csv, sys, os

R = sys.argv[1]
with open(os.path.join(R, "heat/healthequal_OrderedSampleMultipleind.csv"), encoding="utf-8", newline="") as f:
    sample = list(csv.DictReader(f))

abbr = {"Births attended by skilled health personnel (%)": "sba",
        "Under-five mortality rate (deaths per 1000 live births)": "u5mr"}
header = ["setting", "date", "source", "indicator_abbr", "indicator_name", "dimension", "subgroup", "estimate", "se",
          "ci_lb", "ci_ub", "population", "note", "setting_average", "iso3", "favourable_indicator", "indicator_scale",
          "ordered_dimension", "subgroup_order", "reference_subgroup"]
# Rows are written in the order 3, 1, 5, 2, 4 within each indicator so that a test can see that the order of
# an ordered dimension comes from subgroup_order, not from the file.
shuffle = [3, 1, 5, 2, 4]
out = []
for name in abbr:
    rows = {int(r["subgroup_order"]): r for r in sample if r["indicator"] == name}
    for order in shuffle:
        r = rows[order]
        out.append({"setting": "healthequal sample setting", "date": "2017", "source": "WHO healthequal OrderedSampleMultipleind",
                    "indicator_abbr": abbr[name], "indicator_name": name, "dimension": r["dimension"], "subgroup": r["subgroup"],
                    "estimate": r["estimate"], "se": r["se"], "ci_lb": "", "ci_ub": "", "population": r["population"], "note": "",
                    "setting_average": r["setting_average"], "iso3": "", "favourable_indicator": r["favourable_indicator"],
                    "indicator_scale": r["indicator_scale"], "ordered_dimension": r["ordered_dimension"],
                    "subgroup_order": r["subgroup_order"], "reference_subgroup": "0"})
with open("heat_template_from_healthequal_ordered_multipleind.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(out)
