"""Exports of the filtered result with every field, formula-safe; the Atom feed; the charts."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from continuum.text import neutralise
from practices.exports import COLUMNS


@pytest.mark.parametrize("value", ["=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_cells_are_neutralised(value):
    assert neutralise(value) == "'" + value


def test_ordinary_cells_and_numbers_are_left_alone():
    assert neutralise("Kosovo*") == "Kosovo*"
    assert neutralise(2019) == 2019


@pytest.mark.django_db
def test_csv_export_has_every_field_of_the_filtered_result(client, library):
    response = client.get("/practices/export/csv/", {"country": "XK"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows[0]) == len(COLUMNS)
    titles = sorted(row[0] for row in rows[1:])
    assert titles == ["Correctional staff training", "Individual plans three months before release"]


@pytest.mark.django_db
def test_xlsx_export_is_a_workbook_with_formulas_neutralised(client, library):
    practice = library["denmark_exit"]
    practice.title = '=HYPERLINK("http://evil")'
    practice.save_revision().publish()
    response = client.get("/practices/export/xlsx/", {"country": "DK"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.cell(row=2, column=1).value.startswith("'=")
    assert sheet.max_row == 2


@pytest.mark.django_db
def test_json_export_carries_structured_rows(client, library):
    data = json.loads(client.get("/practices/export/json/", {"evidence": "process_evaluation"}).content)
    assert data["count"] == 1
    row = data["practices"][0]
    assert row["country"] == "BA"
    assert row["phases"] == "Release preparation; Post-release"
    assert row["url"].startswith("http://testserver/practices/")


@pytest.mark.django_db
def test_unknown_export_format_is_a_404_with_a_message(client, library):
    response = client.get("/practices/export/pdf/")
    assert response.status_code == 404
    assert "CSV, XLSX or JSON" in response.content.decode()


@pytest.mark.django_db
def test_atom_feed_lists_newly_published_practices(client, library):
    response = client.get("/practices/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Exit and mentoring" in body and "<entry>" in body


@pytest.mark.django_db
def test_country_overview_counts_practices_per_country_and_phase(client, library):
    response = client.get("/practices/countries/")
    rows = {row["code"]: row for row in response.context["rows"]}
    assert rows["XK"]["total"] == 2
    assert rows["BA"]["by_phase"] == [0, 1, 0, 1]
    assert "<table" in response.content.decode()


@pytest.mark.django_db
def test_country_chart_is_an_svg_that_loads_nothing_from_elsewhere(client, library):
    response = client.get("/practices/countries/chart/")
    assert response["Content-Type"] == "image/svg+xml"
    body = response.content.decode()
    assert body.lstrip().startswith("<?xml")
    assert "<script" not in body
    assert "Kosovo" in body


@pytest.mark.django_db
def test_evidence_guide_explains_every_grade(client, practice_index):
    from practices.models import EvidenceLevel

    body = client.get("/practices/evidence/").content.decode()
    for level in EvidenceLevel:
        assert str(level.label) in body


@pytest.mark.django_db
def test_exports_naming_kosovo_carry_the_designation(client, library):
    data = json.loads(client.get("/practices/export/json/", {"country": "XK"}).content)
    assert any("UNSCR 1244/1999" in note for note in data["notes"])
    workbook = load_workbook(io.BytesIO(client.get("/practices/export/xlsx/", {"country": "XK"}).content))
    assert "UNSCR 1244/1999" in workbook.worksheets[1].cell(row=1, column=1).value
    assert json.loads(client.get("/practices/export/json/", {"country": "DK"}).content)["notes"] == []


@pytest.mark.django_db
def test_feed_and_exports_survive_control_characters_already_in_the_library(client, library):
    practice = library["denmark_exit"]
    practice.summary = "Pasted:\x0bvertical tab"
    practice.save_revision().publish()
    assert client.get("/practices/feed/").status_code == 200
    for file_format in ("csv", "xlsx", "json"):
        assert client.get(f"/practices/export/{file_format}/").status_code == 200
