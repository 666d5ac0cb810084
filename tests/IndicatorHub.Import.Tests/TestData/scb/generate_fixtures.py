#!/usr/bin/env python3
"""Writes the SCB CSV fixtures from real SCB-sourced numbers in ../../../../../shared/realdata.

Run from this folder: python3 generate_fixtures.py [path-to-shared-realdata]
The layouts follow PxWeb's CSV serializers (see README.md); no number is invented or changed.
"""
import csv
import os
import sys

REAL = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), *[".."] * 5, "shared", "realdata")
KV = os.path.join(REAL, "kolada-values")

NAMES = {"00": "Riket"}
with open(os.path.join(REAL, "municipalities", "counties.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        NAMES[r["county_code"]] = r["county_name"]
with open(os.path.join(REAL, "municipalities", "municipality_county.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        NAMES[r["municipality_code"]] = r["municipality_name_short"]


def scb_code(kolada_id):
    # Kolada 0000 = riket, 0001..0025 = län; SCB writes 00 and 01..25.
    return kolada_id[2:] if kolada_id.startswith("00") else kolada_id


def region_cell(code):
    return f"{code} {NAMES[code]}"


def read(name, with_gender):
    values = {}
    with open(os.path.join(KV, name), encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if with_gender:
                geo, year, gender, value = row
                values[(scb_code(geo), year, gender)] = value
            else:
                geo, year, value = row
                values[(scb_code(geo), year)] = value
    return values


def number(text, decimal_comma=False):
    # Kolada writes 18904.0; SCB's CSV has no trailing .0 for counts. A missing value is SCB's "..".
    if text == "" or text is None:
        return ".."
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",") if decimal_comma else text


def write(name, lines, encoding, newline, bom=False):
    data = newline.join(lines) + newline
    with open(name, "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(data.encode(encoding))


# A: CsvFileSerializer with Title = true, comma, UTF-8 with BOM, CRLF; stub region, kön; heading år.
pop = read("v2_flat_N01951_invanare_totalt_by_geo_gender_year.csv", with_gender=True)
regions = ["00", "01", "0114", "0180", "0330", "2506"]
years = ["2001", "2002", "2003"]
lines = ['"Folkmängden efter region, kön och år"', "", '"region","kön",' + ",".join(f'"{y}"' for y in years)]
for code in regions:
    for gender, label in (("M", "män"), ("K", "kvinnor")):
        cells = [number(pop.get((code, y, gender))) for y in years]
        lines.append(f'"{region_cell(code)}","{label}",' + ",".join(cells))
write("scb_folkmangd_kon_2001-2003_utf8bom_comma.csv", lines, "utf-8", "\r\n", bom=True)

# B: the same kind of export after a Swedish Excel round trip: semicolons, decimal comma, Windows-1252,
# no quotes, and the title and blank rows padded with empty cells.
life = read("v2_flat_N00925_medellivslangd_kvinnor_by_geo_year.csv", with_gender=False)
regions = ["00", "01", "0180", "0581", "1280", "2584"]
years = ["2013", "2014", "2015", "2016"]
pad = ";" * len(years)
lines = ["Medellivslängd kvinnor efter region och år" + pad, pad, "region;" + ";".join(years)]
for code in regions:
    lines.append(region_cell(code) + ";" + ";".join(number(life.get((code, y)), decimal_comma=True) for y in years))
write("scb_medellivslangd_kvinnor_2013-2016_cp1252_semicolon_decimalcomma.csv", lines, "cp1252", "\r\n")

# C: Csv2FileSerializer (every variable in the stub, the value column headed by CONTENTS), tab, UTF-8, LF.
regions = ["00", "01", "0114", "0180", "0330", "2506"]
years = ["2018", "2019"]
lines = ['"region"\t"kön"\t"år"\t"Folkmängd"']
for code in regions:
    for gender, label in (("M", "män"), ("K", "kvinnor")):
        for y in years:
            lines.append(f'"{region_cell(code)}"\t"{label}"\t"{y}"\t{number(pop[(code, y, gender)])}')
write("scb_folkmangd_kon_ar_long_tab.csv", lines, "utf-8", "\n")

# D: CsvFileSerializer over the real PX file ../px/BE0101N1_TAB638_subset.px: stub region, civilstånd, ålder,
# kön; heading tabellinnehåll, år joined with a space ("Folkmängd 2020"); CODEPAGE iso-8859-1; CRLF.
px_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "px", "BE0101N1_TAB638_subset.px")
with open(px_path, encoding="iso-8859-1") as f:
    px = f.read()
data = px[px.index("DATA=") + 5: px.rindex(";")].split()
regions = [("0114", "Upplands Väsby"), ("0115", "Vallentuna")]
civil = ["ogifta", "gifta"]
ages = ["45-54 år", "55-64 år"]
sexes = ["män", "kvinnor"]
heads = [f"{c} {y}" for c in ("Folkmängd", "Folkökning") for y in ("2020", "2021")]
lines = ['"region","civilstånd","ålder","kön",' + ",".join(f'"{h}"' for h in heads)]
row = 0
for code, name in regions:
    for c in civil:
        for a in ages:
            for s in sexes:
                lines.append(f'"{code} {name}","{c}","{a}","{s}",' + ",".join(data[row * 4:(row + 1) * 4]))
                row += 1
write("scb_TAB638_folkmangd_folkokning_latin1_comma.csv", lines, "iso-8859-1", "\r\n")
