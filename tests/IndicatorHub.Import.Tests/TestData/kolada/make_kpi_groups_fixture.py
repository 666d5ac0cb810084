"""Builds v3_kpi_groups_agenda2030.json: a /v3/kpi_groups page in the documented shape (see README.md).

Run from this folder: python3 make_kpi_groups_fixture.py ../../../../samples/kolada

Member ids and titles are real (Kolada /kpi metadata in samples/kolada: kpi_metadata_v3_health_subset.csv, v3
field title; for KPIs only in kpi_metadata_v2_subset.csv, the v2 field name);
group ids, group titles and which KPIs sit in which group are OURS, written to the title rule the importer
assumes, because no real Kolada /kpi_groups response or list of its Agenda 2030 group titles could be found.
"""
import csv, json, os, sys

samples = sys.argv[1]
with open(os.path.join(samples, "kpi_metadata_v3_health_subset.csv"), encoding="utf-8", newline="") as f:
    titles = {r["id"]: r["title"] for r in csv.DictReader(f)}
with open(os.path.join(samples, "kpi_metadata_v2_subset.csv"), encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        titles.setdefault(r["concept"].upper(), r["name"])

def group(gid, title, members):
    return {"id": gid, "title": title,
            "members": [{"member_id": m, "member_title": titles[m]} for m in members]}

page = {
    "count": 5,
    "values": [
        group("GA2030M03", "Agenda 2030 – Mål 3. God hälsa och välbefinnande", ["N00923", "N00925", "U01405", "U01411", "U01402"]),
        group("GA2030M08", "Agenda 2030 – Mål 8. Anständiga arbetsvillkor och ekonomisk tillväxt", ["N03920", "N01982"]),
        group("GA2030M10", "Agenda 2030 – Mål 10. Minskad ojämlikhet", ["N66077", "N05401", "N03920"]),
        group("GFOLKHALSA", "Folkhälsa", ["N00923", "U01405"]),
        group("GA2030ALLA", "Agenda 2030, samtliga nyckeltal", ["N00923", "N03920"]),
    ],
    "next_url": None,
    "previous_url": None,
}
with open("v3_kpi_groups_agenda2030.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(page, f, ensure_ascii=False, indent=2)
    f.write("\n")
