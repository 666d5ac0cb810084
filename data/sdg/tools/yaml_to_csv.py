#!/usr/bin/env python3
"""One-off conversion of the open-sdg/sdg-translations flat YAML to goals_en.csv / targets_en.csv.

Why a script and not hand-editing: the 169 UN target texts must be copied exactly, and re-running this
after a new snapshot shows any change as a diff. The Swedish columns and colours are merged from
goals_sv.tsv / targets_sv.tsv (compiled by hand, see ../README.md) so the English texts stay
machine-copied. Usage: python3 tools/yaml_to_csv.py /work/shared/realdata/sdg
"""
import csv
import re
import sys
from pathlib import Path


def read_flat_yaml(path):
    """Flat `key: plain scalar` YAML where continuation lines are indented (YAML line folding)."""
    entries = {}
    key = None
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw[0] in " \t":
            entries[key] += " " + raw.strip()
            continue
        key, _, value = raw.partition(":")
        key = key.strip()
        entries[key] = value.strip()
    for k, v in entries.items():
        if v[:1] in "'\"|>":
            raise SystemExit(f"quoted or block scalar not supported: {k}")
    return entries


def target_sort_key(target_id):
    goal, part = target_id.split(".")
    return (int(goal), 0 if part.isdigit() else 1, int(part) if part.isdigit() else part)


def main(src):
    here = Path(__file__).resolve().parent.parent
    goals = read_flat_yaml(Path(src) / "en_global_goals.yml")
    targets = read_flat_yaml(Path(src) / "en_global_targets.yml")

    sv_goals = {r["goal"]: r for r in csv.DictReader(open(here / "tools" / "goals_sv.tsv", encoding="utf-8"), delimiter="\t")}
    sv_targets = {r["target"]: r for r in csv.DictReader(open(here / "tools" / "targets_sv.tsv", encoding="utf-8"), delimiter="\t")}

    with open(here / "goals.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["goal", "colour", "short_en", "title_en", "short_sv", "short_sv_globalamalen", "title_sv"])
        for n in range(1, 18):
            sv = sv_goals[str(n)]
            w.writerow([n, sv["colour"], goals[f"{n}-short"], goals[f"{n}-title"], sv["short_sv"], sv["short_sv_globalamalen"], sv["title_sv"]])

    rows = []
    for key, text in targets.items():
        m = re.fullmatch(r"(\d+)-([0-9a-z]+)-title", key)
        if not m:
            raise SystemExit(f"unexpected key {key}")
        rows.append((f"{m.group(1)}.{m.group(2)}", int(m.group(1)), text))
    rows.sort(key=lambda r: target_sort_key(r[0]))
    with open(here / "targets.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["target", "goal", "text_en", "heading_sv"])
        for tid, goal, text in rows:
            w.writerow([tid, goal, text, sv_targets.get(tid, {}).get("heading_sv", "")])
    unknown = set(sv_targets) - {r[0] for r in rows}
    if unknown:
        raise SystemExit(f"Swedish headings for unknown targets: {sorted(unknown)}")
    print(f"{len(goals) // 2} goals, {len(rows)} targets")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/realdata/sdg")
