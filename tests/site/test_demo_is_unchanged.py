"""The demo after its content moved from Python literals to content files is the site it was:
the same pages, titles, block types, word counts and related items (tests/demo_fingerprint.py)."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.demo_fingerprint import as_json, fingerprint


@pytest.mark.django_db
def test_the_demo_is_the_site_it_was_before_its_content_became_files():
    call_command("seed_demo", stdout=io.StringIO())
    expected = json.loads((Path(__file__).parent / "demo_fingerprint.json").read_text())
    actual = json.loads(as_json(fingerprint()))
    for section in expected:
        assert actual[section] == expected[section], section
