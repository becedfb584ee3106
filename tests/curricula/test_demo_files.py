"""The demo curricula as content files: every file in curricula/content is valid, and a broken
file is a ContentFileError that names the file and the field or line."""

from pathlib import Path

import pytest

from continuum.content_files import ContentFileError, source_files
from curricula.content_loader import CONTENT, load_curricula
from curricula.demo import COMPLETED_CURRICULUM, IN_PROGRESS_CURRICULUM, IN_PROGRESS_MODULES_DONE

CURRICULUM = """+++
title = "A test curriculum"
position = 1
summary = "What it is about."
themes = ["rapport-building"]
audiences = ["custodial_officers"]
level = "introductory"
duration_minutes = 60
modules = ["first-module"]

[[outcomes]]
code = "TC-1"
text = "Do the thing."
+++
"""

MODULE = """+++
title = "First module"
summary = "The first."
outcomes = ["TC-1"]
+++

::: text
## A heading

A paragraph about Kosovo\\*, with **bold** words.
:::

::: quote
quote = "Said once."
attribution = "Officer"
:::
"""


def test_every_demo_file_parses_and_validates():
    curricula = load_curricula()
    assert [c.slug for c in curricula] == [
        "rapport-building-and-trust",
        "dynamic-security-in-daily-practice",
        "gender-sensitive-approaches",
    ]
    files = source_files(CONTENT) + [
        p for folder in CONTENT.iterdir() if folder.is_dir() for p in source_files(folder)
    ]
    assert len(files) == len(curricula) + sum(len(c.modules) for c in curricula) == 18
    for curriculum in curricula:
        codes = {code for code, _ in curriculum.outcomes}
        for module in curriculum.modules:
            assert module.body and set(module.outcomes) <= codes
    by_slug = {c.slug: c for c in curricula}
    assert len(by_slug[IN_PROGRESS_CURRICULUM].modules) > IN_PROGRESS_MODULES_DONE
    assert COMPLETED_CURRICULUM in by_slug


def test_markdown_in_a_file_becomes_the_rich_text_a_page_stores(tmp_path):
    _write(tmp_path)
    (module,) = load_curricula(tmp_path)[0].modules
    assert module.body[0] == {
        "type": "text",
        "value": "<h2>A heading</h2><p>A paragraph about Kosovo*, with <strong>bold</strong> words.</p>",
    }
    assert module.body[1] == {"type": "quote", "value": {"quote": "Said once.", "attribution": "Officer"}}


def test_a_translation_beside_a_file_is_not_a_module(tmp_path):
    _write(tmp_path)
    (tmp_path / "a-test" / "first-module.sq.md").write_text(MODULE)
    (tmp_path / "a-test.sq.md").write_text(CURRICULUM)
    assert [c.slug for c in load_curricula(tmp_path)] == ["a-test"]


def _write(folder: Path, curriculum: str = CURRICULUM, module: str = MODULE) -> tuple[Path, Path]:
    (folder / "a-test").mkdir(exist_ok=True)
    (folder / "a-test.md").write_text(curriculum)
    (folder / "a-test" / "first-module.md").write_text(module)
    return folder / "a-test.md", folder / "a-test" / "first-module.md"


BROKEN_CURRICULUM = [
    ('title = "A test curriculum"\n', "", "title: missing"),
    ("duration_minutes = 60", 'duration_minutes = "an hour"', "duration_minutes: should be int, not str"),
    ('level = "introductory"', 'level = "expert"', "level: unknown level 'expert'"),
    ('themes = ["rapport-building"]', 'themes = ["rapport"]', "themes[0]: unknown value 'rapport'"),
    ('summary = "What it is about."', 'summary = "What it is about.', "front matter: not valid TOML"),
    ("position = 1", "position = 1\ncolour = 'red'", "colour: unknown field"),
    ('code = "TC-1"', 'code = "first"', "outcomes[0].code: should be capitals"),
    (
        'modules = ["first-module"]',
        'modules = ["first-module", "second-module"]',
        "modules: 'second-module' is listed",
    ),
    (
        'text = "Do the thing."\n+++\n',
        'text = "Do the thing."\n+++\n\nA stray paragraph.\n',
        "line 15: no body here",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN_CURRICULUM)
def test_a_broken_curriculum_file_names_the_file_and_field(tmp_path, old, new, message):
    assert old in CURRICULUM
    curriculum, _ = _write(tmp_path, curriculum=CURRICULUM.replace(old, new, 1))
    with pytest.raises(ContentFileError) as error:
        load_curricula(tmp_path)
    assert str(error.value).startswith(f"{curriculum}: ")
    assert message in str(error.value)


BROKEN_MODULE = [
    ('title = "First module"\n', "", "title: missing"),
    ("::: quote", "::: poem", "line 13 (poem): unknown block type; use one of: text, key_points"),
    ('attribution = "Officer"', 'attribution = "Officer', "line 13 (quote): not valid TOML"),
    (
        'attribution = "Officer"',
        'attribution = "Officer"\ncolour = "red"',
        "line 13 (quote): unknown field(s) colour",
    ),
    ('quote = "Said once."\n', "", "line 13 (quote): "),  # a required field left out
    ('outcomes = ["TC-1"]', 'outcomes = ["TC-9"]', "outcomes[0]: unknown value 'TC-9'; use one of: TC-1"),
    ("A paragraph", ":::\nA paragraph", "line 11: text outside a block"),
]


@pytest.mark.parametrize(("old", "new", "message"), BROKEN_MODULE)
def test_a_broken_module_file_names_the_file_and_field_or_line(tmp_path, old, new, message):
    assert old in MODULE
    _, module = _write(tmp_path, module=MODULE.replace(old, new, 1))
    with pytest.raises(ContentFileError) as error:
        load_curricula(tmp_path)
    assert str(error.value).startswith(f"{module}: ")
    assert message in str(error.value)


def test_a_module_file_not_listed_in_its_curriculum_is_an_error(tmp_path):
    _write(tmp_path)
    stray = tmp_path / "a-test" / "second-module.md"
    stray.write_text(MODULE)
    with pytest.raises(ContentFileError, match="not listed in 'modules'") as error:
        load_curricula(tmp_path)
    assert str(error.value).startswith(f"{stray}: ")


def test_a_folder_of_modules_without_its_curriculum_is_an_error(tmp_path):
    _write(tmp_path)
    (tmp_path / "orphan").mkdir()
    with pytest.raises(ContentFileError, match=r"without its curriculum file orphan\.md"):
        load_curricula(tmp_path)


def test_two_curricula_in_the_same_position_is_an_error(tmp_path):
    _write(tmp_path)
    (tmp_path / "b-test.md").write_text(CURRICULUM.replace('modules = ["first-module"]', "modules = []"))
    with pytest.raises(ContentFileError, match="position: 1 is another curriculum's too"):
        load_curricula(tmp_path)
