#!/usr/bin/env python3
"""Writes the variants of the nested frame-table sample that tests/frames_nesting.rs
and tests/browser/frames.test.mjs read, each from
tests/fixtures/frames/budgetramar_kapslad_2026_2028.xlsx with one change:

- budgetramar_kapslad_fel_500.xlsx: Politik's Personal 2026 (D40) is 500 tkr
  more than its Summa (D43) says: a real mismatch, under a group and a nämnd.
- budgetramar_kapslad_andra_namn.xlsx: the group's and the nämnd's Summa rows
  name them otherwise (B44 `Summa Regiongemensamma`, B45 `Summa RS`): they
  close by position.
- budgetramar_kapslad_regionsumma.xlsx: a `Summa regionen` row at the end
  (row 64) with the region's total as the fullmäktige decided it.

Run from the repository root: python3 scripts/frames_variants.py (needs openpyxl).
"""
from pathlib import Path

import openpyxl

DIR = Path("tests/fixtures/frames")
SAMPLE = DIR / "budgetramar_kapslad_2026_2028.xlsx"


def variant(name, change):
    wb = openpyxl.load_workbook(SAMPLE)
    change(wb["Bilaga 1"])
    wb.save(DIR / name)


def off_by_500(ws):
    ws["D40"] = ws["D40"].value + 500


def other_names(ws):
    ws["B44"] = "Summa Regiongemensamma"
    ws["B45"] = "Summa RS"


def region_total(ws):
    ws["B64"] = "Summa regionen"
    # The five nämnd Summa rows (7, 19, 45, 47, 63) added up.
    for col in "DEF":
        ws[f"{col}64"] = sum(ws[f"{col}{r}"].value for r in (7, 19, 45, 47, 63))


variant("budgetramar_kapslad_fel_500.xlsx", off_by_500)
variant("budgetramar_kapslad_andra_namn.xlsx", other_names)
variant("budgetramar_kapslad_regionsumma.xlsx", region_total)
