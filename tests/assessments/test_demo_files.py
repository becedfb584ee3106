"""The demo's assessments as content files (assessments/content/, `assessments.content_loader`):
every file reads and checks, a broken one says which file and which field, and the demo made from
them is the one made from Python literals before, down to its evaluation report."""

import shutil
from pathlib import Path

import pytest

from assessments.content_loader import CONTENT, load
from continuum.content_files import ContentFileError

SLOTS = ("knowledge", "confidence", "reaction", "behaviour")
AGREEMENT = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]


@pytest.fixture
def content(tmp_path) -> Path:
    """A copy of the demo's content files, to break."""
    return Path(shutil.copytree(CONTENT, tmp_path / "content"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1))


@pytest.mark.django_db
def test_every_file_reads_and_checks_and_each_has_its_place(vocabularies):
    demo = load()
    assert sorted(demo.instruments) == sorted(p.stem for p in (CONTENT / "instruments").glob("*.md"))
    assert [cohort["slug"] for cohort in demo.cohorts] == [
        "demo-zenica-2025-03",  # curriculum by curriculum (plans.toml), earliest first
        "demo-skopje-2026-06",
        "demo-pristina-2026-04",
        "demo-tirana-2025-10",
    ]
    planned = {plan[slot]["slug"] for plan in demo.plans for slot in SLOTS if slot in plan}
    assert planned == set(demo.instruments)  # no instrument file is left out of a plan
    assert {plan["curriculum"] for plan in demo.plans} == set(demo.comments)
    assert len(demo.weak_items) == 6 and set(demo.weak_items) <= set(demo.knowledge_items)
    assert demo.knowledge_items["RB-03"]["trap"] == 3  # "D", the fourth option
    confidence = demo.instruments["demo-rb-confidence"]["items"][0]
    assert confidence == (
        "likert",
        {
            "code": "RBC-01",
            "prompt": "I can explain to a colleague why many VETOs are suspicious of prison staff.",
            "outcome": "RB-1",
            "theme": "",
            "feedback": "",
            "scale": "Confidence",
            "scale_points": "5",
            "labels": AGREEMENT,  # the instrument's likert_labels
            "reverse_coded": False,
        },
    )


@pytest.mark.django_db
def test_a_translation_beside_a_file_is_not_read_as_another_instrument(vocabularies, content):
    shutil.copy(content / "instruments/demo-rb-knowledge.md", content / "instruments/demo-rb-knowledge.sq.md")
    shutil.copy(content / "cohorts/demo-skopje-2026-06.md", content / "cohorts/demo-skopje-2026-06.sq.md")
    demo = load(content)
    assert len(demo.instruments) == 10 and len(demo.cohorts) == 4


BROKEN = {
    "missing title": (
        "instruments/demo-rb-knowledge.md",
        'title = "Rapport building: knowledge test (demo)"\n',
        "",
        "title",
        "missing",
    ),
    "unknown item kind": (
        "instruments/demo-rb-knowledge.md",
        "::: true_false\n",
        "::: yes_or_no\n",
        "line 40 (yes_or_no)",
        "unknown block type; use one of: single_choice, multiple_choice, true_false",
    ),
    "unknown field in an item": (
        "instruments/demo-ds-knowledge.md",
        'code = "DS-01"\n',
        'code = "DS-01"\ndifficulty = "hard"\n',
        "line 12 (single_choice)",
        "unknown field(s) difficulty",
    ),
    "two right options": (
        "instruments/demo-gs-knowledge.md",
        'label = "Women from the region did not travel to Syria and Iraq."\n',
        'label = "Women from the region did not travel to Syria and Iraq."\ncorrect = true\n',
        "line 12 (single_choice)",
        "Mark exactly one option as correct.",
    ),
    "two items with one code": (
        "instruments/demo-rb-reaction.md",
        'code = "RBR-02"',
        'code = "RBR-01"',
        "line 25 (likert)",
        "Another item already uses the code RBR-01.",
    ),
    "unknown kind of instrument": (
        "instruments/demo-rb-reaction.md",
        'kind = "reaction"',
        'kind = "survey"',
        "kind",
        "unknown value 'survey'; use one of: knowledge, confidence, reaction, behaviour",
    ),
    "plan naming a missing instrument": (
        "plans.toml",
        'knowledge = "demo-gs-knowledge"',
        'knowledge = "demo-gs-knowledge-2027"',
        "gender-sensitive-approaches.knowledge",
        "no instrument 'demo-gs-knowledge-2027': there is no instruments/demo-gs-knowledge-2027.md",
    ),
    "plan naming an instrument of another kind": (
        "plans.toml",
        'reaction = "demo-rb-reaction"',
        'reaction = "demo-rb-confidence"',
        "rapport-building-and-trust.reaction",
        "'demo-rb-confidence' is a confidence instrument, not reaction",
    ),
    "cohort of a curriculum without a plan": (
        "cohorts/demo-tirana-2025-10.md",
        'curriculum = "gender-sensitive-approaches"',
        'curriculum = "gender-sensitive-work"',
        "curriculum",
        "plans.toml has no plan for 'gender-sensitive-work'",
    ),
    "cohort with an unknown role": (
        "cohorts/demo-zenica-2025-03.md",
        "chaplain = 1",
        "imam = 1",
        "roles.imam",
        "unknown value; use one of: prison_officer",
    ),
    "cohort with a misspelt field": (
        "cohorts/demo-pristina-2026-04.md",
        "follow_up_share = 0.55",
        "followup_share = 0.55",
        "followup_share",
        "unknown field",
    ),
    "behaviour of an item nobody has": (
        "respondents.toml",
        "RB-12 = {",
        "RB-13 = {",
        "knowledge_items.RB-13",
        "no instrument has a scored item with this code",
    ),
    "trap on the right option": (
        "respondents.toml",
        'RB-03 = { pre = 0.50, change = 0.30, discrimination = 1.7, trap = "D" }',
        'RB-03 = { pre = 0.50, change = 0.30, discrimination = 1.7, trap = "A" }',
        "knowledge_items.RB-03.trap",
        "should be the letter of a wrong option",
    ),
    "chance above 1": (
        "respondents.toml",
        "RB-01 = { pre = 0.55,",
        "RB-01 = { pre = 55,",
        "knowledge_items.RB-01.pre",
        "should be a chance between 0 and 1",
    ),
    "comments for a curriculum without a plan": (
        "comments.md",
        "gender-sensitive-approaches = [",
        "gender-sensitive = [",
        "comments.gender-sensitive",
        "unknown field",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("file", "old", "new", "where", "message"), [pytest.param(*v, id=k) for k, v in BROKEN.items()]
)
def test_a_broken_file_says_which_file_and_which_field(vocabularies, content, file, old, new, where, message):
    edit(content / file, old, new)
    with pytest.raises(ContentFileError) as raised:
        load(content)
    error = raised.value
    assert (error.path, error.where) == (content / file, where), str(error)
    assert message in str(error) and str(error).startswith(f"{content / file}: {where}: ")
