"""Hostile input, sent systematically: a list of hostile strings times every form field and URL
parameter of the site (search, the practice filters, join and participant codes, certificate
codes, integer ids in addresses, questionnaire answers, paper entry cells, the practice
submission form, the results upload, the cohort, profile, sign-in and account forms).

Every input is its own test. Whatever arrives, the answer is never a server error and never
reflects an unescaped `<script>`; a form answers with a 4xx or with its page showing the error,
and where free text is accepted what is stored holds no NUL or other control character and is
shown escaped. NUL bytes are sent to the database too: this runs on SQLite and on PostgreSQL.
"""

import csv
import functools
import io
import re
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client

from continuum import roles
from continuum.factories import UserFactory
from tests.seeding import ensure_roles, ensure_vocabularies

# --- Hostile strings --------------------------------------------------------------------------
HOSTILE = {
    "empty": "",
    "spaces": "   \t ",
    "nul": "\x00",
    "nul-inside": "Zen\x00ica",
    "nuls": "\x00" * 64,
    "controls-only": "\x01\x02\x03\x07\x08\x0b\x0c\x1b\x7f",
    "controls-inside": "Title\x07with\x1b[31mescape",
    "rtl-override": "\u202egnp.exe\u202c harmless",
    "bidi-marks-only": "\u2066\u2067\u2068\u2069\u200f\u200e",
    "zero-width-only": "\u200b\u200c\u200d\ufeff",
    "bom": "\ufeffBOM",
    "line-separators": "a\u2028b\u2029c",
    "crlf-header": "x\r\nSet-Cookie: evil=1",
    "script": "<script>alert(1)</script>",
    "attribute-break": '"><script>alert(1)</script>',
    "img-onerror": "<img src=x onerror=alert(1)>",
    "javascript-url": "javascript:alert(1)",
    "sql-quote": "' OR '1'='1",
    "sql-drop": "1; DROP TABLE assessments_participant;--",
    "sql-union": "1 UNION SELECT password FROM auth_user--",
    "like-wildcards": "%_%\\",
    "fts-syntax": 'NEAR( "a" AND * OR ) -"',
    "template": "{{ 7*7 }}{% debug %}",
    "format-string": "%s%s%n{0}{}",
    "path-traversal": "../../../../etc/passwd",
    "formula": '=HYPERLINK("http://evil.example","x")',
    "negative": "-1",
    "huge-int": "99999999999999999999999",
    "float-exp": "1e308",
    "nan": "NaN",
    "infinity": "-Infinity",
    "hex": "0x1F",
    "arabic-digits": "١٢٣",
    "emoji": "🙂" * 500,
    "combining": "e" + "\u0301" * 300,
    "long-100k": "A" * 100_000,
    "long-unicode": "ж" * 20_000,
}
NASTY = [
    "nul-inside",
    "controls-only",
    "rtl-override",
    "script",
    "attribute-break",
    "sql-drop",
    "fts-syntax",
    "formula",
    "long-100k",
    "emoji",
]
FEW = ["nul-inside", "controls-only", "script", "long-100k", "huge-int"]
NUMBERS = ["99999999999999999999999", "-1", "0", "9223372036854775808", "000000000000000000001", quote("١٢")]
SCRIPTS = ("<script>alert(1)", "<img src=x onerror")
ERROR_MARKERS = ('class="error-summary"', 'class="field__error"', "message--error", "errorlist")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def meaningless(text: str) -> bool:
    """Nothing left once control and format characters and white space are taken out."""
    return not "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf")).strip()


# --- The world --------------------------------------------------------------------------------
ITEMS = ["RB-01", "RB-02", "RB-03", "RB-04", "CF-01", "TX-01", "DS-01"]


@dataclass
class World:
    ids: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    sessions: dict = field(default_factory=dict)


def build_world() -> World:
    from assessments import services
    from assessments.factories import knowledge_items, likert_items, make_cohort, make_instrument, make_plan
    from continuum.site_structure import ensure_home_page
    from curricula.factories import make_curriculum
    from curricula.services import complete_module
    from curricula.structure import ensure_curriculum_index
    from practices.factories import make_practice
    from practices.models import ContinuumStage
    from practices.structure import ensure_practice_index

    ensure_vocabularies()
    ensure_roles()
    world = World()
    users = world.users
    users["learner"] = UserFactory(username="learner", roles=[roles.LEARNERS])
    users["trainer"] = UserFactory(username="trainer", roles=[roles.TRAINERS])
    users["evaluator"] = UserFactory(username="evaluator", roles=[roles.EVALUATORS])
    users["official"] = UserFactory(username="official", roles=[roles.REGIONAL_OFFICIALS])
    users["superuser"] = UserFactory(username="root", is_superuser=True, is_staff=True)

    home = ensure_home_page()
    curriculum = make_curriculum(ensure_curriculum_index(home), modules=1)
    items = [
        *knowledge_items(4),
        *likert_items(1, prefix="CF"),
        ("short_text", {"code": "TX-01", "prompt": "What would you do?", "outcome": "", "feedback": ""}),
        (
            "direct_score",
            {"code": "DS-01", "prompt": "Role play", "outcome": "", "points": 2, "feedback": ""},
        ),
    ]
    kit = make_instrument(slug="kit", title="Every kind of item", items=items)
    make_plan(curriculum, pre_test=kit, post_test=kit)
    practices = ensure_practice_index(home)
    make_practice(practices, slug="public-practice", title="Welfare centres after release")
    cohort = make_cohort(curriculum, slug="alpha", title="Cohort Alpha", trainers=[users["trainer"]])
    answers = {"RB-01": 0, "RB-02": True, "RB-03": [0, 1], "RB-04": 0, "CF-01": 4, "TX-01": "Ask", "DS-01": 1}
    for _number in range(6):
        person = services.join_cohort(cohort=cohort).participant
        for phase in ("pre", "post"):
            attempt = services.attempt_for(participant=person, phase=phase, instrument=kit)
            services.submit_attempt(attempt=attempt, answers=answers)
    result = complete_module(user=users["learner"], module=curriculum.modules().first())

    client = Client()
    assert client.post("/join/", {"join-code": cohort.join_code}).status_code == 302
    world.sessions["participant"] = client.cookies[settings.SESSION_COOKIE_NAME].value
    for role, user in users.items():
        client = Client()
        client.force_login(user)
        world.sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value
    world.ids |= {
        "curriculum": curriculum.pk,
        "module": curriculum.modules().first().pk,
        "certificate": result.certificate.code,
        "phases": [
            str(pk) for pk in ContinuumStage.objects.filter(slug="post_release").values_list("pk", flat=True)
        ],
        "join_code": cohort.join_code,
    }
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once, inside a transaction rolled back after the module; each input is tried in a
    savepoint within it, so what one input saves never meets the next."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def media_root():
    """Replaces tests/conftest.py's per-test folder: nothing here writes a file."""


# --- Cases ------------------------------------------------------------------------------------
PAGE = "page"  # a URL parameter: any answer but a server error (the page ignores or reports it)
REFUSE = "refuse"  # must be refused: a 4xx, or the form again with its error shown
TEXT = "text"  # free text: refused, or accepted and then stored clean and shown escaped


@dataclass(frozen=True)
class Case:
    id: str
    role: str
    method: str
    url: Callable[[World], str] | str
    data: Callable[[World], dict] | dict | None = None
    rule: str = PAGE
    after: Callable | None = None  # checks what an accepted input left behind
    headers: dict | None = None


CASES: list[Case] = []


def add(*cases: Case) -> None:
    CASES.extend(cases)


def q(text: str) -> str:
    return quote(text, safe="")


# Search and the practice library's filters (query parameters)
FACET_PARAMS = ("country", "theme", "phase", "actor", "target", "evidence", "status")
OTHER_PARAMS = ("start_from", "start_to", "sort", "page")
for name, value in HOSTILE.items():
    add(
        Case(f"search-q-{name}", "anonymous", "GET", f"/search/?q={q(value)}"),
        Case(f"practices-q-{name}", "anonymous", "GET", f"/practices/?q={q(value)}"),
    )
for param in FACET_PARAMS + OTHER_PARAMS:
    for name in ("nul-inside", "script"):
        add(Case(f"practices-{param}-{name}", "anonymous", "GET", f"/practices/?{param}={q(HOSTILE[name])}"))
for name in NASTY:
    value = HOSTILE[name]
    add(
        Case(
            f"practices-every-filter-{name}",
            "official",
            "GET",
            "/practices/?" + "&".join(f"{p}={q(value)}" for p in FACET_PARAMS + OTHER_PARAMS),
        ),
        Case(f"join-form-initial-code-{name}", "anonymous", "GET", f"/join/?code={q(value)}"),
        Case(f"certificate-lookup-{name}", "anonymous", "GET", f"/certificates/?code={q(value)}"),
        Case(f"practices-export-json-{name}", "anonymous", "GET", f"/practices/export/json/?q={q(value)}"),
    )
for name in FEW:
    value = HOSTILE[name]
    add(
        Case(f"practices-export-csv-{name}", "official", "GET", f"/practices/export/csv/?country={q(value)}"),
        Case(
            f"evaluation-filters-{name}",
            "evaluator",
            "GET",
            f"/evaluation/curricula/rapport/?date_from={q(value)}&date_to={q(value)}"
            f"&version={q(value)}&first={q(value)}&second={q(value)}",
        ),
        Case(f"paper-grid-rows-{name}", "trainer", "GET", f"/cohorts/alpha/enter/pre/kit/?rows={q(value)}"),
    )
add(
    Case(
        "practices-a-thousand-countries",
        "anonymous",
        "GET",
        "/practices/?" + "&".join(f"country=C{i}" for i in range(1000)),
    ),
    Case("practices-page-minus-one", "anonymous", "GET", "/practices/?page=-1"),
    Case("practices-page-last", "anonymous", "GET", "/practices/?page=last"),
    Case("search-page-huge", "anonymous", "GET", "/search/?q=welfare&page=99999999999999999999999"),
)

# Codes and slugs in the address
for name in NASTY:
    value = q(HOSTILE[name])
    add(
        Case(f"certificate-code-in-path-{name}", "anonymous", "GET", f"/certificates/{value}/"),
        Case(f"my-certificate-code-in-path-{name}", "learner", "GET", f"/my/certificates/{value}/"),
    )
for name in ("nul-inside", "script", "long-100k"):
    value = q(HOSTILE[name])
    add(
        Case(f"cohort-slug-{name}", "trainer", "GET", f"/cohorts/{value}/"),
        Case(f"paper-form-phase-and-slug-{name}", "trainer", "GET", f"/cohorts/alpha/paper/{value}/{value}/"),
        Case(f"evaluation-cohort-json-{name}", "evaluator", "GET", f"/evaluation/cohorts/{value}.json"),
        Case(
            f"evaluation-export-{name}", "evaluator", "GET", f"/evaluation/curricula/{value}/export.{value}"
        ),
        Case(f"answer-phase-and-slug-{name}", "participant", "GET", f"/participate/{value}/{value}/"),
        Case(f"theme-slug-{name}", "anonymous", "GET", f"/themes/{value}/"),
        Case(f"handout-module-{name}", "anonymous", "GET", f"/curricula/rapport/handout/{value}/"),
    )

# Integer ids in the address
ID_ADDRESSES = [
    ("learner", "GET", "/participate/online/{n}/"),
    ("learner", "POST", "/participate/online/{n}/"),
    ("learner", "GET", "/participate/mine/{n}/"),
    ("learner", "POST", "/curricula-actions/enrol/{n}/"),
    ("learner", "POST", "/curricula-actions/complete/{n}/"),
    ("anonymous", "GET", "/documents/{n}/handbook.txt"),
    ("anonymous", "GET", "/documents/authenticate_with_password/{n}/"),
    ("anonymous", "GET", "/_util/authenticate_with_password/{n}/{n}/"),
    ("superuser", "GET", "/admin/pages/{n}/edit/"),
    ("superuser", "GET", "/admin/pages/{n}/view_draft/"),
    ("superuser", "GET", "/admin/choose-page/{n}/"),
]
for role, method, template in ID_ADDRESSES:
    for number in NUMBERS:
        add(Case(f"id-{method}-{template}-{number}", role, method, template.format(n=number)))

# Join codes and participant codes
for name, value in HOSTILE.items():
    add(Case(f"join-code-{name}", "anonymous", "POST", "/join/", {"join-code": value}, REFUSE))
for name in NASTY:
    add(
        Case(
            f"participant-code-{name}", "anonymous", "POST", "/join/", {"return-code": HOSTILE[name]}, REFUSE
        )
    )
add(
    Case(
        "join-code-and-return-code-together",
        "anonymous",
        "POST",
        "/join/",
        {"join-code": "x", "return-code": "y"},
        REFUSE,
    ),
    Case(
        "join-code-repeated", "anonymous", "POST", "/join/", {"join-code": ["AAAAAA", "BBBBBB"] * 50}, REFUSE
    ),
    Case(
        "participant-code-shaped-but-unknown",
        "anonymous",
        "POST",
        "/join/",
        {"return-code": "ABCDE-FGHJK"},
        REFUSE,
    ),
)


# Questionnaire answers (as the participant who joined cohort A)
def stored_answers_are_clean(world, client, response) -> None:
    from assessments.models import Response

    for answer in Response.objects.values_list("answer", flat=True):
        if isinstance(answer, str):
            assert not CONTROL.search(answer) and len(answer) <= 2000, answer[:80]


def score_only_items_are_never_answered_online(world, client, response) -> None:
    """A trainer marks a score-only item by hand: whatever a participant posts for it is ignored."""
    from assessments.models import Response

    stored_answers_are_clean(world, client, response)
    mine = Response.objects.filter(attempt__participant_id=client.session.get("participant_id"))
    assert not mine.filter(item_code="DS-01").exclude(answer=None).exists()


ANSWER_FIELDS = {
    "RB-01": "single choice",
    "RB-02": "true/false",
    "RB-03": "multiple choice",
    "CF-01": "Likert",
    "TX-01": "short text",
    "DS-01": "score only",
}
ANSWER_VALUES = ["empty", "nul-inside", "controls-only", "script", "negative", "huge-int", "nan", "long-100k"]
for code, kind in ANSWER_FIELDS.items():
    for name in ANSWER_VALUES:
        rule = TEXT if kind in ("short text", "score only") or name == "empty" else REFUSE
        score_only = kind == "score only"
        check = score_only_items_are_never_answered_online if score_only else stored_answers_are_clean
        for action in ("save", "submit"):
            if action == "save" or name == "script":
                add(
                    Case(
                        f"answer-{code}-{name}-{action}",
                        "participant",
                        "POST",
                        "/participate/pre/kit/",
                        {f"item-{code}": HOSTILE[name], action: "1"},
                        REFUSE if action == "submit" else rule,  # submitting needs every answer
                        check,
                    )
                )
STRUCTURAL_ANSWERS = {
    "single-choice-repeated": {"item-RB-01": ["0", "0"]},
    "single-choice-two-values": {"item-RB-01": ["0", "1"]},
    "single-choice-unknown-option": {"item-RB-01": "7"},
    "single-choice-padded": {"item-RB-01": " 0"},
    "single-choice-decimal": {"item-RB-01": "1.0"},
    "multiple-choice-repeated": {"item-RB-03": ["0", "0", "0"]},
    "multiple-choice-negative": {"item-RB-03": ["-1"]},
    "multiple-choice-unknown": {"item-RB-03": ["3"]},
    "multiple-choice-huge": {"item-RB-03": ["99999999999999999999999"]},
    "multiple-choice-a-thousand": {"item-RB-03": [str(i) for i in range(1000)]},
    "true-false-both": {"item-RB-02": ["true", "false"]},
    "true-false-yes": {"item-RB-02": "yes"},
    "likert-zero": {"item-CF-01": "0"},
    "likert-six": {"item-CF-01": "6"},
    "score-above-points": {"item-DS-01": "2.5"},
    "score-negative": {"item-DS-01": "-0.5"},
    "score-many-decimals": {"item-DS-01": "1.000001"},
    "short-text-repeated": {"item-TX-01": ["a", "b"]},
}
for name, data in STRUCTURAL_ANSWERS.items():
    if name.startswith("score-"):  # not in the online form: ignored, and nothing stored
        add(
            Case(
                f"answer-{name}",
                "participant",
                "POST",
                "/participate/pre/kit/",
                {**data, "save": "1"},
                TEXT,
                score_only_items_are_never_answered_online,
            )
        )
        continue
    add(Case(f"answer-{name}", "participant", "POST", "/participate/pre/kit/", {**data, "save": "1"}, REFUSE))
for name in ("single-choice-repeated", "multiple-choice-a-thousand", "score-above-points"):
    add(
        Case(
            f"answer-{name}-autosave",
            "participant",
            "POST",
            "/participate/pre/kit/",
            {**STRUCTURAL_ANSWERS[name], "save": "1"},
            PAGE,  # the page's script: 204 for what it kept, 409 once submitted, never 5xx
            headers={"X-Autosave": "1"},
        )
    )
add(
    Case(
        "answer-unknown-item",
        "participant",
        "POST",
        "/participate/pre/kit/",
        {"item-XX-99": "0", "save": "1"},
        TEXT,
    ),
    Case(
        "answer-a-thousand-unknown-items",
        "participant",
        "POST",
        "/participate/pre/kit/",
        {f"item-X{i}": "0" for i in range(1000)},
        TEXT,
    ),
)


# Paper entry: one sheet, a hostile participant label or a hostile cell
def paper_labels_are_clean(world, client, response) -> None:
    from assessments.models import Participant

    for pseudonym in Participant.objects.values_list("pseudonym", flat=True):
        assert not CONTROL.search(pseudonym) and not meaningless(pseudonym), repr(pseudonym)
    if response.status_code == 302:  # saved: shown escaped, exported without formulas
        shown_escaped(client, "/cohorts/alpha/")
        csv_cells_are_neutral(client.get("/cohorts/alpha/results.csv"))


def shown_escaped(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, url
    body = response.content.decode()
    assert not any(script in body for script in SCRIPTS), url


def csv_cells_are_neutral(response) -> None:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    for cells in csv.reader(io.StringIO(text.removeprefix("\ufeff"))):
        for cell in cells:
            assert not cell.startswith(("=", "+", "@")), f"a formula in the CSV: {cell[:40]!r}"


GOOD_SHEET = {
    "r0-RB-01": "A",
    "r0-RB-02": "T",
    "r0-RB-03": "AB",
    "r0-RB-04": "A",
    "r0-CF-01": "4",
    "r0-DS-01": "1",
}
for name, value in HOSTILE.items():
    add(
        Case(
            f"paper-label-{name}",
            "trainer",
            "POST",
            "/cohorts/alpha/enter/pre/kit/",
            {"rows": "1", "r0-participant": value, **GOOD_SHEET},
            REFUSE if meaningless(value) or len(value) > 40 else TEXT,
            paper_labels_are_clean,
        )
    )
for code in ITEMS:
    for name in ("nul", "controls-only", "script", "huge-int"):
        add(
            Case(
                f"paper-cell-{code}-{name}",
                "trainer",
                "POST",
                "/cohorts/alpha/enter/pre/kit/",
                {"rows": "1", **GOOD_SHEET, "r0-participant": "P-PAPER", f"r0-{code}": HOSTILE[name]},
                TEXT if code == "TX-01" or meaningless(HOSTILE[name]) else REFUSE,
                paper_labels_are_clean,
            )
        )
add(
    Case(
        "paper-label-shaped-like-a-participant-code",
        "trainer",
        "POST",
        "/cohorts/alpha/enter/pre/kit/",
        {"rows": "1", "r0-participant": "K7QM2-WXH9D", **GOOD_SHEET},
        REFUSE,
    ),
    Case(
        "paper-two-hundred-and-one-rows",
        "trainer",
        "POST",
        "/cohorts/alpha/enter/pre/kit/",
        {"rows": "201", **{f"r{i}-participant": f"P-R{i}" for i in range(201)}},
        REFUSE,
    ),
)


# The practice submission form (as a regional official)
def submission(**overrides) -> Callable[[World], dict]:
    def data(world: World) -> dict:
        return {
            "title": "Mentors after release",
            "summary": "Volunteer mentors meet released young men weekly.",
            "description": "Mentors are trained for two days.",
            "country": "ME",
            "locality": "Podgorica",
            "organisation": "Mentoring Montenegro",
            "organisation_type": "civil_society",
            "phases": world.ids["phases"],
            "evidence_level": "anecdotal",
            "evidence_text": "",
            "start_year": "2022",
            "status": "pilot",
            "contact": "",
            "source_title": "",
            "source_url": "",
            "website": "",
            **overrides,
        }

    return data


def submitted_practice_is_clean(world, client, response) -> None:
    from practices.models import PracticePage

    practice = PracticePage.objects.filter(submitted_by=world.users["official"]).first()
    if practice is None:
        return  # refused: nothing kept
    for name in ("title", "summary", "locality", "evidence_text", "contact"):
        value = getattr(practice, name)
        assert not CONTROL.search(value), f"{name}: {value[:60]!r}"
    assert not meaningless(practice.title) and not meaningless(practice.summary)
    assert practice.slug and not CONTROL.search(practice.slug)
    for source in practice.sources.all():
        assert urlsplit(source.url).scheme in ("", "http", "https"), source.url
    shown_escaped(client, "/my/submissions/")


REQUIRED_TEXT = {"title": 255, "summary": 1500, "description": 20000, "organisation": 200}
OPTIONAL_TEXT = {"locality": 120, "evidence_text": 3000, "contact": 1000, "source_title": 300}
for name, value in HOSTILE.items():
    fits = len(value) <= REQUIRED_TEXT["title"]
    add(
        Case(
            f"submit-title-{name}",
            "official",
            "POST",
            "/practices/submit/",
            submission(title=value),
            TEXT if fits and not meaningless(value) else REFUSE,
            submitted_practice_is_clean,
        )
    )
for name in ("nul-inside", "controls-only", "script", "long-100k"):
    value = HOSTILE[name]
    for field_name, limit in (REQUIRED_TEXT | OPTIONAL_TEXT).items():
        if field_name == "title":
            continue
        refused = len(value) > limit or (field_name in REQUIRED_TEXT and meaningless(value))
        add(
            Case(
                f"submit-{field_name}-{name}",
                "official",
                "POST",
                "/practices/submit/",
                submission(**{field_name: value}),
                REFUSE if refused else TEXT,
                submitted_practice_is_clean,
            )
        )
for name in ("nul-inside", "huge-int"):
    value = HOSTILE[name]
    for field_name in ("country", "organisation_type", "evidence_level", "status", "start_year"):
        add(
            Case(
                f"submit-{field_name}-{name}",
                "official",
                "POST",
                "/practices/submit/",
                submission(**{field_name: value}),
                REFUSE,
            )
        )
    add(
        Case(
            f"submit-phases-{name}",
            "official",
            "POST",
            "/practices/submit/",
            submission(phases=[value]),
            REFUSE,
        )
    )
for name in ("javascript-url", "crlf-header", "nul-inside", "long-100k"):
    add(
        Case(
            f"submit-source-url-{name}",
            "official",
            "POST",
            "/practices/submit/",
            submission(source_title="A source", source_url=HOSTILE[name]),
            TEXT,
            submitted_practice_is_clean,
        )
    )
add(
    Case(
        "submit-start-year-huge",
        "official",
        "POST",
        "/practices/submit/",
        submission(start_year="99999999999999999999999"),
        REFUSE,
    )
)


# The results upload (as the cohort's trainer)
HEADER = "participant,phase,item,score,max_score\n"
GOOD_ROWS = "".join(f"P-IMP01,pre,{code},1,1\n" for code in ("RB-01", "RB-02", "RB-03", "RB-04"))
UPLOADS = {
    "empty-file": (b"", REFUSE),
    "only-a-bom": (b"\xef\xbb\xbf", REFUSE),
    "bom-and-header": (b"\xef\xbb\xbf" + HEADER.encode(), REFUSE),
    "header-only": (HEADER.encode(), REFUSE),
    "wrong-header": (b"name,score\nP1,3\n", REFUSE),
    "header-twice-the-same-column": (b"participant,participant,phase,item,score,max_score\n", REFUSE),
    "binary-garbage": (bytes(range(256)) * 4, REFUSE),
    "not-utf8": (HEADER.encode() + "P-É,pre,RB-01,1,1\n".encode("latin-1"), REFUSE),
    "nul-bytes": (HEADER.encode() + b"P-\x00NUL,pre,RB-01,1,1\n", TEXT),
    "nul-everywhere": (b"\x00" * 4096, REFUSE),
    "huge-row": (HEADER.encode() + b"P-HUGE,pre,RB-01,1,1," + b"x" * 2_000_000 + b"\n", REFUSE),
    "ten-thousand-columns": (HEADER.encode() + b",".join([b"1"] * 10_000) + b"\n", REFUSE),
    "unclosed-quote": (HEADER.encode() + b'"P-Q,pre,RB-01,1,1\n', REFUSE),
    "cr-only-lines": (HEADER.replace("\n", "\r").encode() + GOOD_ROWS.replace("\n", "\r").encode(), TEXT),
    "crlf-lines": ((HEADER + GOOD_ROWS).replace("\n", "\r\n").encode(), TEXT),
    "bom-and-good-rows": (b"\xef\xbb\xbf" + (HEADER + GOOD_ROWS).encode(), TEXT),
    "semicolons": (HEADER.replace(",", ";").encode() + GOOD_ROWS.replace(",", ";").encode(), REFUSE),
    "unknown-phase": ((HEADER + "P-X,during,RB-01,1,1\n").encode(), REFUSE),
    "unknown-item": ((HEADER + "P-X,pre,ZZ-99,1,1\n").encode(), REFUSE),
    "score-above-max": ((HEADER + "P-X,pre,RB-01,5,1\n").encode(), REFUSE),
    "score-negative": ((HEADER + "P-X,pre,RB-01,-1,1\n").encode(), REFUSE),
    "score-nan": ((HEADER + "P-X,pre,RB-01,NaN,1\n").encode(), REFUSE),
    "score-infinite": ((HEADER + "P-X,pre,RB-01,inf,inf\n").encode(), REFUSE),
    "score-huge": ((HEADER + "P-X,pre,RB-01,1e400,1e400\n").encode(), REFUSE),
    "same-row-twice": ((HEADER + "P-X,pre,RB-01,1,1\nP-X,pre,RB-01,1,1\n").encode(), REFUSE),
    "label-shaped-like-a-participant-code": ((HEADER + "K7QM2-WXH9D,pre,RB-01,1,1\n").encode(), REFUSE),
    "label-of-control-characters": ((HEADER + "\x01\x02,pre,RB-01,1,1\n").encode(), REFUSE),
    "label-too-long": ((HEADER + "P" * 500 + ",pre,RB-01,1,1\n").encode(), REFUSE),
    "label-script": ((HEADER + "<script>alert(1)</script>,pre,RB-01,1,1\n").encode(), TEXT),
    "label-formula": ((HEADER + '"=HYPERLINK(""http://evil.example"")",pre,RB-01,1,1\n').encode(), TEXT),
    "label-rtl-override": ((HEADER + "\u202eP-RTL,pre,RB-01,1,1\n").encode(), TEXT),
    "answer-column-script": (
        b"participant,phase,item,score,max_score,answer\nP-A,pre,TX-01,0,0,<script>alert(1)</script>\n",
        TEXT,
    ),
}


def imported_results_are_clean(world, client, response) -> None:
    paper_labels_are_clean(world, client, response)


CREATING = ("bom-and-good-rows", "unknown-item", "label-shaped-like-a-participant-code")
for name, (content, rule) in UPLOADS.items():
    for create in ("", "on") if name in CREATING else ("",):
        add(
            Case(
                f"import-{name}{'-creating-instruments' if create else ''}",
                "trainer",
                "POST",
                "/cohorts/alpha/import/",
                (
                    lambda world, content=content, create=create: {
                        "file": SimpleUploadedFile("results.csv", content, "text/csv"),
                        **({"create_instruments": create} if create else {}),
                    }
                ),
                rule,
                imported_results_are_clean,
            )
        )
add(Case("import-without-a-file", "trainer", "POST", "/cohorts/alpha/import/", {}, REFUSE))


# The cohort form, the voluntary profile, sign-in and the accounts trainers create
def cohorts_are_clean(world, client, response) -> None:
    from assessments.models import Cohort

    for title, slug in Cohort.objects.values_list("title", "slug"):
        assert not CONTROL.search(title) and not meaningless(title), repr(title)
        assert slug and re.fullmatch(r"[-a-z0-9_]+", slug), repr(slug)
    if response.status_code == 302:
        shown_escaped(client, "/cohorts/")


def learner_names_are_clean(world, client, response) -> None:
    from django.contrib.auth import get_user_model

    for first, last in get_user_model().objects.values_list("first_name", "last_name"):
        assert not CONTROL.search(first + last) and not meaningless(first) and not meaningless(last), repr(
            first
        )


def cohort(**overrides) -> Callable[[World], dict]:
    def data(world: World) -> dict:
        return {
            "curriculum": world.ids["curriculum"],
            "title": "Tirana, May",
            "institution": "",
            "country": "AL",
            "delivery_mode": "face_to_face",
            "starts_on": "2026-05-04",
            "ends_on": "2026-05-05",
            **overrides,
        }

    return data


def profile_is_clean(world, client, response) -> None:
    from assessments.models import Participant

    for institution in Participant.objects.values_list("institution", flat=True):
        assert not CONTROL.search(institution), repr(institution)


for name in ("nul-inside", "controls-only", "bidi-marks-only", "script", "long-100k", "huge-int"):
    value = HOSTILE[name]
    add(
        Case(
            f"cohort-title-{name}",
            "trainer",
            "POST",
            "/cohorts/new/",
            cohort(title=value),
            REFUSE if meaningless(value) or len(value) > 200 else TEXT,
            cohorts_are_clean,
        ),
        Case(
            f"cohort-institution-{name}",
            "trainer",
            "POST",
            "/cohorts/new/",
            cohort(institution=value),
            REFUSE if len(value) > 200 else TEXT,
            cohorts_are_clean,
        ),
        Case(f"cohort-dates-{name}", "trainer", "POST", "/cohorts/new/", cohort(starts_on=value), REFUSE),
        Case(
            f"cohort-curriculum-{name}", "trainer", "POST", "/cohorts/new/", cohort(curriculum=value), REFUSE
        ),
        Case(
            f"profile-institution-{name}",
            "participant",
            "POST",
            "/participate/profile/",
            {"institution": value, "consent": "on"},
            REFUSE if len(value) > 200 else TEXT,
            profile_is_clean,
        ),
        Case(
            f"profile-role-{name}",
            "participant",
            "POST",
            "/participate/profile/",
            {"role": value, "consent": "on"},
            REFUSE,
        ),
        Case(
            f"sign-in-{name}",
            "anonymous",
            "POST",
            "/accounts/login/",
            {"username": value, "password": value},
            REFUSE,
        ),
        Case(
            f"new-learner-names-{name}",
            "trainer",
            "POST",
            "/accounts/learners/new/",
            {"first_name": value, "last_name": value, "username": "new-learner", "email": ""},
            REFUSE if meaningless(value) or len(value) > 150 else TEXT,
            learner_names_are_clean,
        ),
        Case(
            f"new-learner-username-{name}",
            "trainer",
            "POST",
            "/accounts/learners/new/",
            {"first_name": "Ana", "last_name": "Kovač", "username": value, "email": value},
            REFUSE,
        ),
        Case(
            f"password-reset-{name}",
            "anonymous",
            "POST",
            "/accounts/password_reset/",
            {"email": value},
            REFUSE,
        ),
    )
for name in ("javascript-url", "path-traversal", "crlf-header", "nul-inside", "script"):
    add(
        Case(
            f"set-language-{name}",
            "anonymous",
            "POST",
            "/i18n/setlang/",
            {"language": HOSTILE[name], "next": HOSTILE[name]},
            PAGE,
        )
    )
add(
    Case(
        "set-language-next-elsewhere",
        "anonymous",
        "POST",
        "/i18n/setlang/",
        {"language": "sq", "next": "https://evil.example/"},
        PAGE,
    ),
    Case(
        "sign-in-next-elsewhere",
        "anonymous",
        "GET",
        "/accounts/login/?next=https://evil.example/",
        None,
        PAGE,
    ),
    Case(
        "sign-in-next-scheme-relative",
        "anonymous",
        "GET",
        "/accounts/login/?next=//evil.example/",
        None,
        PAGE,
    ),
)


# --- The test ---------------------------------------------------------------------------------
def client_for(role: str, world: World) -> Client:
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    return client


def traceback_of(response) -> str:
    if getattr(response, "exc_info", None):
        return "".join(traceback.format_exception(*response.exc_info)[-2:]).strip()
    return ""


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", errors="replace")


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_input(world, case: Case):
    client = client_for(case.role, world)
    url = case.url(world) if callable(case.url) else case.url
    data = case.data(world) if callable(case.data) else case.data
    headers = {
        f"HTTP_{name.upper().replace('-', '_')}": value for name, value in (case.headers or {}).items()
    }
    send = client.get if case.method == "GET" else functools.partial(client.post, data=data or {})
    response = send(url, **headers)
    assert response.status_code < 500, f"server error {response.status_code}:\n{traceback_of(response)}"
    body = body_of(response)
    if response.get("Content-Type", "").startswith("text/html"):
        assert not any(script in body for script in SCRIPTS), "hostile markup reflected unescaped"
    if response.status_code in (301, 302, 303, 307, 308):
        location = urlsplit(response["Location"])
        assert not location.netloc or location.netloc == "testserver", f"sent away to {response['Location']}"
        assert "\n" not in response["Location"] and "\r" not in response["Location"]
    if case.rule == REFUSE:
        refused = 400 <= response.status_code < 500 or (
            response.status_code == 200 and any(marker in body for marker in ERROR_MARKERS)
        )
        assert refused, f"accepted ({response.status_code}), expected a 4xx or the form with its error"
    if case.rule in (TEXT, REFUSE) and case.after is not None:
        case.after(world, client, response)


def test_enough_hostile_inputs_are_tried():
    assert len(CASES) >= 200
    assert len({case.id for case in CASES}) == len(CASES), "case ids are unique"
