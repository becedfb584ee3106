"""Who may open what: every role against every kind of address, as one matrix.

One small world is built once for the module: a curriculum with modules and facilitator notes
(and a second one nobody has started), a public, a members-only and a never-published practice
waiting in moderation, two trainers' cohorts with participants and submitted attempts, a
learner's certificate, a document. Each cell of `MATRIX` (address x role) is its own test: it
must never answer 5xx, it must give the outcome the table says, no GET may create a participant,
and the body must hold no secret planted in the world that the role may not see (`SEEN_BY`).

The addresses are found by walking Django's URL resolver and Wagtail's page types and routable
sub-pages: an address the table does not cover fails `test_the_matrix_covers_every_address`, so
the matrix stays complete as the site grows.
"""

import io
import traceback
import zipfile
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from continuum import roles
from continuum.factories import UserFactory
from tests.seeding import ensure_roles, ensure_vocabularies

ROLES = (
    "anonymous",
    "participant",  # no account: joined cohort A with its code at /join/; known by the session
    "learner",  # also joined cohort A (signed in) and completed the curriculum: has a certificate
    "trainer_a",  # runs cohort A
    "trainer_b",  # runs cohort B
    "lead",
    "moderator",
    "evaluator",
    "official",  # submitted the draft practice
    "superuser",
)
WITH_AN_ACCOUNT = frozenset(ROLES) - {"anonymous", "participant"}

# --- Outcomes ---------------------------------------------------------------------------------
# 200, 403, 404, and 405 (a GET where only POST is allowed); "login": a redirect to a sign-in
# page (the site's or the admin's); "redir": a redirect elsewhere (after an action, or Wagtail's
# bounce to the dashboard for want of permission).
OUTCOMES = {"200": 200, "403": 403, "404": 404, "405": 405, "login": "login", "redir": "redir"}
OK, DENY, GONE, LOGIN, REDIR = 200, 403, 404, "login", "redir"


def row(cells: str) -> dict[str, object]:
    """`"login 200 403 …"`: one outcome per role, in the order of ROLES."""
    outcomes = cells.split()
    assert len(outcomes) == len(ROLES), cells
    return {role: OUTCOMES[outcome] for role, outcome in zip(ROLES, outcomes, strict=True)}


def section(prefix: str, rows: dict[str, str]) -> dict[str, dict[str, object]]:
    """Rows keyed "METHOD rest": the address is the prefix followed by the rest."""
    table = {}
    for key, cells in rows.items():
        method, rest = key.split(" ", 1)
        table[f"{method} {prefix}{rest}"] = row(cells)
    return table


# --- The matrix ------------------------------------------------------------------------------
# "METHOD address" -> the outcome for each role. Addresses are formatted with World.ids.
# fmt: off
#                  anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
EVERYONE_200    = "200   200   200   200   200   200   200   200   200   200"
EVERYONE_404    = "404   404   404   404   404   404   404   404   404   404"
SIGNED_IN       = "login login 200   200   200   200   200   200   200   200"
TRAINERS        = "login login 403   200   200   200   403   403   403   200"
COHORT_A        = "login login 403   200   404   404   403   403   403   200"
COHORT_B        = "login login 403   404   200   404   403   403   403   200"
EVALUATORS      = "login login 403   403   403   403   403   200   403   200"
PARTICIPANT     = "404   200   404   404   404   404   404   404   404   404"
ADMIN           = "login login login 200   200   200   200   login login 200"
_SITE = section("/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET healthz":                           EVERYONE_200,
    "GET readyz":                            EVERYONE_200,
    "GET search/?q=harbour":                 EVERYONE_200,
    "GET search/?q=lighthouse+quokka":       EVERYONE_200,
    "GET search/?q=moment":                  EVERYONE_200,
    "GET sitemap.xml":                       EVERYONE_200,
    "GET themes/":                           EVERYONE_200,
    "GET themes/{theme}/":                   EVERYONE_200,
    "GET i18n/setlang/":                     "redir redir redir redir redir redir redir redir redir redir",
    "GET media/{image_path}":                EVERYONE_200,
    "GET media/{document_path}":             EVERYONE_404,  # documents are served only through /documents/
    "GET media/images/../{document_path}":   EVERYONE_404,
})
_DOCUMENTS = section("/documents/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET {document}/{document_file}":        EVERYONE_200,
    "GET authenticate_with_password/{n}/":   EVERYONE_404,
})
_UTIL = section("/_util/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET authenticate_with_password/{n}/{d}/": EVERYONE_404,
    "GET login/":                            EVERYONE_200,
})
_ACCOUNTS = section("/accounts/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET login/":                            "200   200   redir redir redir redir redir redir redir redir",
    "GET register/":                         EVERYONE_404,  # self-registration is off
    "GET learners/new/":                     TRAINERS,
    "GET logout/":                           "405   405   405   405   405   405   405   405   405   405",
    "GET password_change/":                  SIGNED_IN,
    "GET password_change/done/":             SIGNED_IN,
    "GET password_reset/":                   EVERYONE_200,
    "GET password_reset/done/":              EVERYONE_200,
    "GET reset/{uid}/{token}/":              EVERYONE_200,  # "this link is not valid"
    "GET reset/done/":                       EVERYONE_200,
    # two-factor sign-in is off in tests
    "GET two-factor/":                       "login login redir redir redir redir redir redir redir redir",
    "GET two-factor/setup/":                 "login login redir redir redir redir redir redir redir redir",
    "GET two-factor/verify/":                "login login redir redir redir redir redir redir redir redir",
    "GET two-factor/recovery/":              "login login redir redir redir redir redir redir redir redir",
})
_LEARNING = section("/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET my/":                               SIGNED_IN,
    "GET my/certificates/{cert}/":           "login login 200   404   404   404   404   404   404   404",
    "GET my/certificates/{no_cert}/":        "login login 404   404   404   404   404   404   404   404",
    "GET my/submissions/":                   SIGNED_IN,
    "GET certificates/":                     EVERYONE_200,
    "GET certificates/?code={cert}":         "redir redir redir redir redir redir redir redir redir redir",
    "GET certificates/{cert}/":              EVERYONE_200,  # valid or not, which curriculum, when: no name
    "GET certificates/{no_cert}/":           EVERYONE_404,
    "GET join/":                             EVERYONE_200,
})
_CURRICULA_ACTIONS = section("/curricula-actions/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET enrol/{curriculum}/":               "login login 405   405   405   405   405   405   405   405",
    "GET complete/{module}/":                "login login 405   405   405   405   405   405   405   405",
})
_PARTICIPATE = section("/participate/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET ":                                  PARTICIPANT,
    "GET welcome/":                          PARTICIPANT,
    "GET profile/":                          PARTICIPANT,
    "GET pre/rb-knowledge/":                 PARTICIPANT,
    # closed: back to the list
    "GET post/rb-knowledge/":                "404   redir 404   404   404   404   404   404   404   404",
    "GET leave/":                            "405   405   405   405   405   405   405   405   405   405",
    "POST leave/":                           "redir redir redir redir redir redir redir redir redir redir",
    # GET never makes anyone a participant (the learner goes on as in cohort A, or is offered
    # a button); POST does, only for the people the curriculum is for.
    "GET online/{curriculum}/":              "login login redir 403   403   403   403   403   403   403",
    "GET online/{fresh}/":                   "login login 200   403   403   403   403   403   403   403",
    "POST online/{fresh}/":                  "login login redir 403   403   403   403   403   403   403",
    "GET mine/{mine}/":                      "login login redir 404   404   404   404   404   404   404",
    "GET mine/{in_b}/":                      "login login 404   404   404   404   404   404   404   404",
})
# Trainers see only their own
_COHORTS = section("/cohorts/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET ":                                  TRAINERS,
    "GET new/":                              TRAINERS,
    "GET alpha/":                            COHORT_A,
    "GET alpha/edit/":                       COHORT_A,
    "GET alpha/sheet/":                      COHORT_A,
    "GET alpha/paper/pre/rb-knowledge/":     COHORT_A,
    "GET alpha/enter/pre/rb-knowledge/":     COHORT_A,
    "GET alpha/import/":                     COHORT_A,
    "GET alpha/results.csv":                 COHORT_A,
    "GET alpha/phases/post/":                "login login 403   405   405   405   403   403   403   405",
    "GET alpha/participants/{in_a}/remove/": COHORT_A,  # asks first
    # not in alpha
    "GET alpha/participants/{in_b}/remove/": "login login 403   404   404   404   403   403   403   404",
    "POST bravo/participants/{in_b}/remove/": "login login 403   404   redir 404   403   403   403   redir",
    "GET bravo/":                            COHORT_B,
    "GET bravo/results.csv":                 COHORT_B,
})
# Evaluators (and superusers) only
_EVALUATION = section("/evaluation/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET ":                                  EVALUATORS,
    "GET curricula/{slug}/":                 EVALUATORS,
    "GET curricula/{slug}.json":             EVALUATORS,
    "GET curricula/{slug}/export.zip":       EVALUATORS,
    "GET curricula/{slug}/export.xlsx":      EVALUATORS,
    "GET curricula/{slug}/export.bogus":     "login login 403   403   403   403   403   404   403   404",
    "GET cohorts/alpha/":                    EVALUATORS,
    "GET cohorts/alpha.json":                EVALUATORS,
    "GET cohorts/bravo/":                    EVALUATORS,  # too small: no figures
})
# Pages
_PAGES = section("/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET ":                                  EVERYONE_200,
    "GET curricula/":                        EVERYONE_200,
    "GET no-such-page/":                     EVERYONE_404,
})
_CURRICULA = section("/curricula/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET {slug}/":                           EVERYONE_200,
    "GET {slug}/handout/?notes=1":           EVERYONE_200,  # the notes: for trainers only
    "GET {slug}/handout/{mod}/?notes=1":     EVERYONE_200,
    "GET {slug}/handout/nothing/":           EVERYONE_404,
    # the learner: the pre-test first
    "GET {slug}/{mod}/":                     "200   200   redir 200   200   200   200   200   200   200",
})
_PRACTICES = section("/practices/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET ":                                  EVERYONE_200,
    "GET ?q=harbour":                        EVERYONE_200,
    "GET ?country=ME&status=pilot":          EVERYONE_200,  # the draft's facets
    "GET submit/":                           SIGNED_IN,
    "GET feed/":                             EVERYONE_200,
    "GET export/csv/":                       EVERYONE_200,
    "GET export/json/?q=harbour":            EVERYONE_200,
    "GET export/xlsx/":                      EVERYONE_200,
    "GET export/bogus/":                     EVERYONE_404,
    "GET countries/":                        EVERYONE_200,
    "GET countries/chart/":                  EVERYONE_200,
    "GET evidence/":                         EVERYONE_200,
    "GET public-practice/":                  EVERYONE_200,
    "GET members-practice/":                 SIGNED_IN,
    "GET {draft_slug}/":                     EVERYONE_404,  # never published
})
# A handful of representative admin addresses
_ADMIN = section("/admin/", {
#                                            anon  part  lrnr  trnA  trnB  lead  modr  eval  offi  root
    "GET ":                                  ADMIN,
    "GET choose-page/search/?q=quokka":      ADMIN,
    "GET pages/search/?q=quokka":            ADMIN,
    "GET reports/workflow/":                 ADMIN,
    "GET reports/workflow_tasks/":           ADMIN,
    "GET reports/site-history/":             ADMIN,
    "GET reports/aging-pages/":              ADMIN,
    "GET reports/locked/":                   "login login login redir redir 200   200   login login 200",
    "GET pages/{d}/edit/":                   "login login login redir redir redir 200   login login 200",
    "GET pages/{d}/view_draft/":             "login login login redir redir redir 200   login login 200",
})
SECTIONS = (
    _SITE, _DOCUMENTS, _UTIL, _ACCOUNTS, _LEARNING, _CURRICULA_ACTIONS, _PARTICIPATE,
    _COHORTS, _EVALUATION, _PAGES, _CURRICULA, _PRACTICES, _ADMIN,
)
MATRIX: dict[str, dict[str, object]] = {key: cells for rows in SECTIONS for key, cells in rows.items()}
# fmt: on
ADMIN_REPRESENTATIVES = {
    "admin/",
    "admin/choose-page/search/",
    "admin/reports/workflow/",
    "admin/pages/<int:page_id>/edit/",
    "admin/pages/<int:page_id>/view_draft/",
}

# Personal pages: never kept by a shared cache or the browser's, and varying with the session.
PERSONAL = [
    "GET /my/",
    "GET /my/certificates/{cert}/",
    "GET /my/submissions/",
    "GET /join/",  # after joining: only the participant's cell is checked
    "GET /participate/",
    "GET /participate/welcome/",
    "GET /participate/profile/",
    "GET /participate/pre/rb-knowledge/",
    "GET /participate/online/{fresh}/",
    *(address for address in MATRIX if address.startswith(("GET /cohorts/", "GET /evaluation/"))),
    "GET /accounts/two-factor/",
    "GET /accounts/two-factor/setup/",
]
# The cells that may change how many participants there are; no other may.
PARTICIPANTS_CHANGE = {
    ("POST /participate/online/{fresh}/", "learner"): +1,
    ("POST /cohorts/bravo/participants/{in_b}/remove/", "trainer_b"): -1,
    ("POST /cohorts/bravo/participants/{in_b}/remove/", "superuser"): -1,
}

# --- The world's secrets ---------------------------------------------------------------------
COHORT_A_TITLE = "Cohort Alpha in Tuzla"
COHORT_B_TITLE = "Cohort Bravo in Ohrid"
NOTE = "zebracrossing"  # curricula.factories.NOTES_MARKER: only in facilitator notes
RESTRICTED_TITLE = "Members-only harbour practice"
RESTRICTED_BODY = "The harbour protocol pairs a mentor with each family"
DRAFT_TITLE = "Draft lighthouse quokka mentoring"
DRAFT_SUMMARY = "Unpublished summary about the narwhal arrangement"
EVALUATOR_NAME = ("Evangelina", "Quillfeather")
LEARNER_NAME = ("Lorelei", "Brightwater")

# Who may see each secret, anywhere; no other role may ever receive it.
SEEN_BY: dict[str, set[str] | frozenset[str]] = {
    "cohort A's title": {"participant", "learner", "trainer_a", "evaluator", "superuser"},
    "cohort B's title": {"trainer_b", "evaluator", "superuser"},
    "a facilitator note": {"trainer_a", "trainer_b", "lead", "superuser"},
    "the restricted practice's title": WITH_AN_ACCOUNT,
    "the restricted practice's body": WITH_AN_ACCOUNT,
    "the draft practice's title": {"moderator", "official", "superuser"},  # official submitted it
    "the draft practice's summary": {"moderator", "official", "superuser"},
    "a pseudonym in cohort A": {"trainer_a", "superuser"},
    "a pseudonym in cohort B": {"trainer_b", "superuser"},
    "the participant's personal code": {"participant"},  # shown once, to them
    "the evaluator's name": {"evaluator", "superuser"},
    "the learner's name": {"learner", "superuser"},
}


@dataclass
class World:
    ids: dict = field(default_factory=dict)  # what the address templates are formatted with
    users: dict = field(default_factory=dict)
    sessions: dict = field(default_factory=dict)  # role -> session key
    secrets: dict = field(default_factory=dict)  # name -> the forms it may take

    def url(self, address: str) -> tuple[str, str]:
        method, template = address.split(" ", 1)
        return method, template.format(**self.ids)


def _submit(participant, instrument, phase: str, answers: dict) -> None:
    from assessments import services

    attempt = services.attempt_for(participant=participant, phase=phase, instrument=instrument)
    services.submit_attempt(attempt=attempt, answers=answers)


def _png() -> bytes:
    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def build_world() -> World:
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    from assessments import services
    from assessments.factories import make_cohort, make_instrument, make_plan
    from assessments.models.cohorts import format_code
    from continuum.models import Theme
    from continuum.site_structure import ensure_home_page
    from curricula.factories import make_curriculum
    from curricula.services import complete_module
    from curricula.structure import ensure_curriculum_index
    from practices.factories import make_practice
    from practices.models import ContinuumStage
    from practices.services import submit_practice
    from practices.structure import ensure_practice_index

    ensure_vocabularies()
    ensure_roles()
    world = World()
    users = world.users
    users["learner"] = UserFactory(
        username="learner", first_name=LEARNER_NAME[0], last_name=LEARNER_NAME[1], roles=[roles.LEARNERS]
    )
    users["trainer_a"] = UserFactory(username="trainer-a", roles=[roles.TRAINERS])
    users["trainer_b"] = UserFactory(username="trainer-b", roles=[roles.TRAINERS])
    users["lead"] = UserFactory(username="lead", roles=[roles.CURRICULUM_LEADS])
    users["moderator"] = UserFactory(username="moderator", roles=[roles.PRACTICE_MODERATORS])
    users["evaluator"] = UserFactory(
        username="evaluator",
        first_name=EVALUATOR_NAME[0],
        last_name=EVALUATOR_NAME[1],
        roles=[roles.EVALUATORS],
    )
    users["official"] = UserFactory(username="official", roles=[roles.REGIONAL_OFFICIALS])
    users["superuser"] = UserFactory(username="root", is_superuser=True, is_staff=True)

    home = ensure_home_page()
    curricula = ensure_curriculum_index(home)
    curriculum = make_curriculum(curricula, modules=2)
    plan = make_plan(curriculum)
    test = plan.pre_test
    modules = list(curriculum.modules())
    fresh = make_curriculum(curricula, slug="dynamic", title="Dynamic security", modules=1)
    fresh_test = make_instrument(slug="ds-knowledge", title="Dynamic security test")
    make_plan(fresh, pre_test=fresh_test, post_test=fresh_test)

    practices = ensure_practice_index(home)
    theme = Theme.objects.get(slug="release-preparation")
    make_practice(practices, slug="public-practice", title="Welfare centres after release", themes=(theme,))
    restricted = make_practice(practices, slug="members-practice", title=RESTRICTED_TITLE, themes=(theme,))
    restricted.description = [("text", f"<p>{RESTRICTED_BODY}.</p>")]
    restricted.save_revision().publish()
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    draft = submit_practice(
        user=users["official"],
        index=practices,
        data={
            "title": DRAFT_TITLE,
            "summary": DRAFT_SUMMARY,
            "description": "How it works.",
            "country": "ME",
            "organisation": "Lighthouse",
            "organisation_type": "civil_society",
            "phases": list(ContinuumStage.objects.filter(slug="post_release")),
            "evidence_level": "anecdotal",
            "status": "pilot",
            "themes": [theme],
        },
    )
    document = Document(title="Handbook")
    document.file.save("handbook.txt", ContentFile(b"A public handbook."), save=False)
    document.save()
    image = Image(title="Cover", file=ImageFile(io.BytesIO(_png()), name="cover.png"))
    image.save()

    cohort_a = make_cohort(curriculum, slug="alpha", title=COHORT_A_TITLE, trainers=[users["trainer_a"]])
    cohort_b = make_cohort(curriculum, slug="bravo", title=COHORT_B_TITLE, trainers=[users["trainer_b"]])
    right = {"RB-01": 0, "RB-02": True, "RB-03": [0, 1], "RB-04": 0}
    wrong = {"RB-01": 1, "RB-02": False, "RB-03": [2], "RB-04": 1}
    in_a = []
    for number in range(6):  # enough matched people for the reports to show their figures
        person = services.join_cohort(cohort=cohort_a).participant
        _submit(person, test, "pre", wrong if number % 2 else right)
        _submit(person, test, "post", right)
        in_a.append(person)
    in_b = []
    for _number in range(2):
        person = services.join_cohort(cohort=cohort_b).participant
        _submit(person, test, "pre", wrong)
        in_b.append(person)

    # The anonymous participant joins cohort A through /join/, as people do; its session is kept
    # (with the personal code waiting to be shown once on /participate/welcome/).
    client = Client()
    response = client.post("/join/", {"join-code": cohort_a.join_code})
    assert response.status_code == 302, response.content[:300]
    world.sessions["participant"] = client.cookies[settings.SESSION_COOKIE_NAME].value
    code = client.session["participant_new_code"]
    world.secrets["the participant's personal code"] = (code, format_code(code))

    # The learner joined cohort A while signed in, and completed the curriculum online.
    learner_in_a = services.join_cohort(cohort=cohort_a, user=users["learner"]).participant
    for module in modules:
        result = complete_module(user=users["learner"], module=module)
    assert result.certificate is not None

    for role, user in users.items():
        client = Client()
        client.force_login(user)
        world.sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value

    world.secrets |= {
        "cohort A's title": (COHORT_A_TITLE,),
        "cohort B's title": (COHORT_B_TITLE,),
        "a facilitator note": (NOTE,),
        "the restricted practice's title": (RESTRICTED_TITLE,),
        "the restricted practice's body": (RESTRICTED_BODY,),
        "the draft practice's title": (DRAFT_TITLE,),
        "the draft practice's summary": (DRAFT_SUMMARY,),
        "a pseudonym in cohort A": (in_a[0].pseudonym,),
        "a pseudonym in cohort B": (in_b[0].pseudonym,),
        "the evaluator's name": (" ".join(EVALUATOR_NAME), EVALUATOR_NAME[1]),
        "the learner's name": (" ".join(LEARNER_NAME), LEARNER_NAME[1]),
    }
    assert set(world.secrets) == set(SEEN_BY)
    world.ids |= {
        "curriculum": curriculum.pk,
        "slug": curriculum.slug,
        "fresh": fresh.pk,
        "module": modules[0].pk,
        "mod": modules[0].slug,
        "cert": result.certificate.code,
        "no_cert": "ABCD-EFGH-JKMN",
        "mine": learner_in_a.pk,
        "in_a": in_a[0].pk,
        "in_b": in_b[0].pk,
        "d": draft.pk,
        "draft_slug": draft.slug,
        "document": document.pk,
        "document_file": document.filename,
        "document_path": document.file.name,
        "image_path": image.file.name,
        "n": 999999,
        "uid": "MQ",
        "token": "set-password",
        "theme": theme.slug,
    }
    assert not draft.live
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once, inside a transaction rolled back after the module; each test runs in a
    savepoint within it (pytest-django's `db`), so nothing one cell does reaches another."""
    previous = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            settings.MEDIA_ROOT = previous


@pytest.fixture(autouse=True)
def media_root():
    """Replaces tests/conftest.py's per-test folder: the world's document lives in the module's."""


# --- Asking --------------------------------------------------------------------------------
def client_for(role: str, world: World) -> Client:
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[role]
    return client


def outcome_of(response) -> object:
    if response.status_code in (301, 302, 303, 307, 308):
        path = urlsplit(response["Location"]).path
        return LOGIN if path in (settings.LOGIN_URL, "/admin/login/") else REDIR
    return response.status_code


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content[:4] == b"PK\x03\x04":  # ZIP and XLSX: look inside
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            content = b"\n".join(archive.read(name) for name in archive.namelist())
    return content.decode("utf-8", errors="replace")


def error_summary(response) -> str:
    """The last lines of the traceback of a server error, for the failure message."""
    if getattr(response, "exc_info", None):
        return "".join(traceback.format_exception(*response.exc_info)[-2:]).strip()
    return ""


def ask(world: World, role: str, address: str):
    method, url = world.url(address)
    client = client_for(role, world)
    return getattr(client, method.lower())(url)


def cells(addresses, *, only=None):
    return [
        pytest.param(address, role, id=f"{role}-{address}")
        for address in addresses
        for role in ROLES
        if only is None or only(address, role)
    ]


def describe(expected) -> str:
    return {LOGIN: "a redirect to sign in", REDIR: "a redirect"}.get(expected, str(expected))


@pytest.mark.django_db
@pytest.mark.parametrize(("address", "role"), cells(MATRIX))
def test_cell(world, address, role):
    from assessments.models import Participant

    participants = Participant.objects.count()
    response = ask(world, role, address)
    assert response.status_code < 500, f"server error {response.status_code}:\n{error_summary(response)}"
    expected, seen = MATRIX[address][role], outcome_of(response)
    location = f" to {response['Location']}" if seen in (LOGIN, REDIR) else ""
    assert seen == expected, f"expected {describe(expected)}, got {response.status_code}{location}"
    body = body_of(response)
    leaked = [
        name
        for name, forms in world.secrets.items()
        if role not in SEEN_BY[name] and any(text in body for text in forms)
    ]
    assert not leaked, f"{role} received {', '.join(leaked)}"
    change = Participant.objects.count() - participants
    assert change == PARTICIPANTS_CHANGE.get((address, role), 0), f"participants: {change:+d}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "role"),
    cells(
        PERSONAL,
        only=lambda address, role: (
            MATRIX[address][role] == OK and (address != "GET /join/" or role == "participant")
        ),
    ),
)
def test_personal_pages_are_kept_by_no_cache(world, address, role):
    response = ask(world, role, address)
    assert response.status_code == OK, error_summary(response)
    cache_control = {part.strip() for part in response.get("Cache-Control", "").lower().split(",")}
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
    assert {"private", "no-store"} <= cache_control, f"Cache-Control: {response.get('Cache-Control')!r}"
    assert "cookie" in vary, f"Vary: {response.get('Vary')!r}"


# Where each secret does appear, for one who may see it: the leak checks above look for texts
# that the pages really print.
WHERE_SECRETS_SHOW = [
    ("GET /cohorts/alpha/", "trainer_a", "cohort A's title"),
    ("GET /cohorts/alpha/", "trainer_a", "a pseudonym in cohort A"),
    ("GET /cohorts/bravo/results.csv", "trainer_b", "a pseudonym in cohort B"),
    ("GET /evaluation/curricula/{slug}/", "evaluator", "cohort B's title"),
    ("GET /curricula/{slug}/{mod}/", "trainer_a", "a facilitator note"),
    ("GET /practices/", "learner", "the restricted practice's title"),
    ("GET /practices/members-practice/", "official", "the restricted practice's body"),
    ("GET /my/submissions/", "official", "the draft practice's title"),
    ("GET /admin/pages/{d}/edit/", "moderator", "the draft practice's summary"),
    ("GET /participate/welcome/", "participant", "the participant's personal code"),
    ("GET /my/certificates/{cert}/", "learner", "the learner's name"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("address", "role", "secret"), WHERE_SECRETS_SHOW)
def test_the_secrets_are_planted_where_they_may_be_seen(world, address, role, secret):
    assert role in SEEN_BY[secret]
    body = body_of(ask(world, role, address))
    assert any(text in body for text in world.secrets[secret])


# --- Completeness ----------------------------------------------------------------------------
def site_routes() -> set[str]:
    """Every URL pattern outside the admin, as its route; Wagtail's page serving is replaced by
    the page types and their routable sub-pages (see `page_kinds`)."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + part(pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + part(pattern), pattern.name

    def part(pattern) -> str:  # as ResolverMatch.route joins them: a regex's "^" goes
        return str(pattern.pattern).removeprefix("^")

    return {
        route
        for route, name in walk(get_resolver().url_patterns)
        if not route.startswith("admin/") and name != "wagtail_serve"
    }


def page_kinds() -> set[str]:
    kinds = set()
    for model in get_page_models():
        if model is Page:
            continue
        if issubclass(model, RoutablePageMixin):
            kinds |= {f"{model._meta.label} {pattern.pattern}" for pattern in model.get_subpage_urls()}
        else:
            kinds.add(model._meta.label)
    return kinds


def kind_of(path: str) -> str:
    """The route, page type or routable sub-page that serves `path`."""
    match = resolve(path)
    if match.url_name != "wagtail_serve":
        return match.route
    request = RequestFactory().get(path)
    site = Site.find_for_request(request)
    components = [component for component in path.split("/") if component]
    try:
        page = site.root_page.specific.route(request, components).page.specific
    except Http404:
        return "wagtail_serve (no page)"
    if not isinstance(page, RoutablePageMixin):
        return page._meta.label
    depth = len([c for c in page.url_path[len(site.root_page.url_path) :].split("/") if c])
    remaining = "".join(f"{component}/" for component in components[depth:])
    pattern = next(p for p in page.get_subpage_urls() if p.resolve(remaining))
    return f"{page._meta.label} {pattern.pattern}"


@pytest.mark.django_db
def test_the_matrix_covers_every_address(world):
    covered = {kind_of(urlsplit(world.url(address)[1]).path) for address in MATRIX}
    missing = (site_routes() | page_kinds() | ADMIN_REPRESENTATIVES) - covered
    assert not missing, f"addresses no row of MATRIX covers: {sorted(missing)}"


def test_every_cell_of_the_matrix_is_filled():
    allowed = set(OUTCOMES.values())
    for address, expected in MATRIX.items():
        assert address.split(" ", 1)[0] in ("GET", "POST"), address
        assert set(expected) == set(ROLES), address
        assert set(expected.values()) <= allowed, address
    assert len(MATRIX) == sum(len(rows) for rows in SECTIONS), "an address comes twice"
    assert set(PERSONAL) <= set(MATRIX)
