"""The evaluator's walk through the demo (issue "Evaluation", Done means), without a browser."""

import io
import zipfile

import pytest
from django.core.management import call_command

from assessments.content_loader import load


@pytest.mark.django_db
def test_an_evaluator_finds_what_works_the_weak_items_and_the_data(client, home_page):
    call_command("seed_demo", stdout=io.StringIO())
    client.post("/accounts/login/", {"username": "evaluator", "password": "continuum-demo"})

    overview = client.get("/evaluation/").content.decode()
    for title in ("Rapport building", "Dynamic security", "Gender-sensitive"):
        assert title in overview
    assert overview.count("Scores rose after the training") >= 2
    assert "plausibly from" in overview  # how sure: the interval in words

    flagged_somewhere = set()
    for slug in (
        "rapport-building-and-trust",
        "dynamic-security-in-daily-practice",
        "gender-sensitive-approaches",
    ):
        document = client.get(f"/evaluation/curricula/{slug}.json").json()
        assert document["suppressed"] is False
        flagged = {item["item"] for item in document["items"] if item["flagged"]}
        assert len(flagged) >= 2, (slug, flagged)
        flagged_somewhere |= flagged
    assert flagged_somewhere >= set(load().weak_items)  # the items written to need rewriting

    small = client.get("/evaluation/cohorts/demo-skopje-2026-06/")
    assert "Too few matched participants" in small.content.decode()

    archive = zipfile.ZipFile(
        io.BytesIO(client.get("/evaluation/curricula/dynamic-security-in-daily-practice/export.zip").content)
    )
    assert sorted(archive.namelist()) == ["attempts.csv", "codebook.csv", "responses.csv"]
    assert "instrument_version" in archive.read("codebook.csv").decode()
