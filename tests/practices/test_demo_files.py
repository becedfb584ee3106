"""The demo practices as content files: every file in practices/content is valid, and a broken
file is a ContentFileError that names the file and the field."""

import datetime
from pathlib import Path

import pytest

from continuum.content_files import ContentFileError, source_files
from curricula.content_loader import load_curricula
from practices.content_loader import CONTENT, load_practices, load_sources

pytestmark = pytest.mark.usefixtures("vocabularies")

PRACTICE = """+++
title = "Individual plans three months before release"
summary = \"\"\"
The Kosovo* Correctional Service sends the reintegration division \\
a plan for every imprisoned FTF.\"\"\"
country = "XK"
locality = "Nationwide"
organisations = [{ name = "Kosovo* Correctional Service", type = "prison_service" }]
phases = ["release_preparation"]
actor_types = ["prison_staff"]
target_groups = ["ftfs"]
themes = ["release-preparation"]
evidence_level = "anecdotal"
evidence_text = "Practitioners' accounts."
start_year = 2019
status = "active"
languages = ["Albanian", "Serbian"]
sources = ["ran-2022"]
last_verified = 2026-06-15
members_only = true
linked_curricula = ["rapport-building-and-trust"]
+++

::: text
## What the practice does

In Kosovo\\*, responsibility moves
on the day of release.
:::

::: key_points
heading = "What makes it work"
points = ["A fixed trigger.", "A single recipient."]
:::
"""

SOURCES = """[sources.ran-2022]
title = "RAN conclusion paper (2022)"
url = "https://ec.europa.eu/ran"
"""


def _write(folder: Path, practice: str = PRACTICE, sources: str = SOURCES) -> Path:
    (folder / "sources.toml").write_text(sources)
    path = folder / "kosovo-plans.md"
    path.write_text(practice)
    return path


def _demo_curricula() -> set[str]:
    return {curriculum.slug for curriculum in load_curricula()}


def test_every_demo_file_parses_and_validates():
    practices = load_practices(curricula=_demo_curricula())
    assert {p["slug"] for p in practices} == {path.stem for path in source_files(CONTENT)}
    assert len(practices) == 17
    assert practices[-1]["slug"] == "netherlands-probation-team-ter"  # the newest, first in the library
    for practice in practices:
        assert practice["description"] and practice["organisations"] and practice["sources"]
        assert practice["phases"] and practice["themes"] and practice["last_verified"]
    cited = {source for practice in practices for source in practice["sources"]}
    assert cited == set(load_sources(CONTENT / "sources.toml").values())  # none listed in vain
    ran = load_sources(CONTENT / "sources.toml")["ran-2022"]
    assert all(ran in practice["sources"] for practice in practices)


def test_a_file_becomes_the_practice_the_demo_creates(tmp_path):
    _write(tmp_path)
    (practice,) = load_practices(tmp_path, curricula=_demo_curricula())
    assert practice["slug"] == "kosovo-plans"
    assert practice["summary"] == (
        "The Kosovo* Correctional Service sends the reintegration division a plan for every imprisoned FTF."
    )
    assert practice["description"] == [
        {
            "type": "text",
            "value": (
                "<h2>What the practice does</h2>"
                "<p>In Kosovo*, responsibility moves on the day of release.</p>"
            ),
        },
        {
            "type": "key_points",
            "value": {"heading": "What makes it work", "points": ["A fixed trigger.", "A single recipient."]},
        },
    ]
    assert practice["sources"] == [("RAN conclusion paper (2022)", "https://ec.europa.eu/ran")]
    assert practice["organisations"] == [("Kosovo* Correctional Service", "prison_service")]
    assert practice["last_verified"] == datetime.date(2026, 6, 15)
    assert (practice["start_year"], practice["end_year"], practice["members_only"]) == (2019, None, True)
    assert practice["gender_considerations"] == ""  # a plain-text field left out is empty


def test_a_translation_beside_a_file_is_not_another_practice(tmp_path):
    _write(tmp_path)
    (tmp_path / "kosovo-plans.sq.md").write_text(PRACTICE)
    assert [p["slug"] for p in load_practices(tmp_path, curricula=_demo_curricula())] == ["kosovo-plans"]


BROKEN_PRACTICE = [
    ('title = "Individual plans three months before release"\n', "", "title: missing"),
    (
        'sources = ["ran-2022"]',
        'sources = ["ran-2023"]',
        "sources[0]: unknown value 'ran-2023'; use ran-2022",
    ),
    (
        'phases = ["release_preparation"]',
        'phases = ["before_release"]',
        "phases[0]: unknown value 'before_release'",
    ),
    ('themes = ["release-preparation"]', 'themes = ["release"]', "themes[0]: unknown value 'release'"),
    ('evidence_level = "anecdotal"', 'evidence_level = "strong"', "evidence_level: unknown value 'strong'"),
    ('country = "XK"', 'country = "Kosovo"', "country: unknown value 'Kosovo'; use an ISO 3166"),
    ('type = "prison_service"', 'type = "prison"', "organisations[0].type: unknown value 'prison'"),
    ("start_year = 2019", 'start_year = "2019"', "start_year: should be int, not str"),
    (
        "last_verified = 2026-06-15",
        'last_verified = "15 June 2026"',
        "last_verified: should be date, not str",
    ),
    ('locality = "Nationwide"', 'locallity = "Nationwide"', "locallity: unknown field"),
    (
        'linked_curricula = ["rapport-building-and-trust"]',
        'linked_curricula = ["rapport"]',
        "linked_curricula[0]: unknown value 'rapport'",
    ),
    ('locality = "Nationwide"', 'locality = "Nationwide', "front matter: not valid TOML"),
    ("::: key_points", "::: bullet_points", "(bullet_points): unknown block type"),
    ('points = ["A fixed trigger.", "A single recipient."]', "points = []", "(key_points): "),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN_PRACTICE)
def test_a_broken_practice_file_names_the_file_and_the_field(tmp_path, old, new, message):
    assert old in PRACTICE
    path = _write(tmp_path, PRACTICE.replace(old, new, 1))
    with pytest.raises(ContentFileError) as error:
        load_practices(tmp_path, curricula=_demo_curricula())
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)


BROKEN_SOURCES = [
    ('title = "RAN conclusion paper (2022)"\n', "", "sources.ran-2022: should have title"),
    (
        'url = "https://ec.europa.eu/ran"',
        'url = "https://ec.europa.eu/ran"\nyear = 2022',
        "sources.ran-2022: ",
    ),
    ('url = "https://ec.europa.eu/ran"', 'url = "https://ec.europa.eu/ran', "not valid TOML"),
    ("[sources.ran-2022]", "[source.ran-2022]", "sources: missing"),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN_SOURCES)
def test_a_broken_sources_file_names_the_file_and_the_source(tmp_path, old, new, message):
    _write(tmp_path, sources=SOURCES.replace(old, new, 1))
    with pytest.raises(ContentFileError) as error:
        load_practices(tmp_path, curricula=_demo_curricula())
    assert str(error.value).startswith(f"{tmp_path / 'sources.toml'}: ")
    assert message in str(error.value)


def test_the_publishing_order_names_only_practices_that_have_a_file(tmp_path):
    _write(tmp_path)
    (tmp_path / "demo.toml").write_text('publish_order = ["kosovo-plans", "kosovo-planz"]\n')
    with pytest.raises(ContentFileError, match=r"publish_order\[1\]: unknown value 'kosovo-planz'"):
        load_practices(tmp_path, curricula=_demo_curricula())


def test_a_value_the_model_refuses_names_the_file_and_the_field(
    tmp_path, home_page, role_groups, monkeypatch
):
    from practices import demo

    practice = PRACTICE.replace("start_year = 2019", "start_year = 1850")
    path = _write(tmp_path, practice.replace('"rapport-building-and-trust"', ""))
    monkeypatch.setattr(demo, "load_practices", lambda: load_practices(tmp_path))
    with pytest.raises(ContentFileError) as error:
        demo.seed(stdout=None)
    assert str(error.value).startswith(f"{path}: start_year: ")
