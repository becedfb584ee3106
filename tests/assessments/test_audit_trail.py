"""The audit trail of personal data: each export, download, import, paper entry and cohort creation
is one entry in Wagtail's audit log, holding the scope and counts but never the data itself."""

import csv
import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.models import ModelLogEntry, PageLogEntry

from assessments import audit
from assessments.factories import make_cohort
from assessments.importing import import_results
from assessments.models import Cohort, Participant, PersonalDataLogEntry
from continuum import roles
from tests.assessments.test_evaluation_report import results_file
from tests.assessments.test_importing import GOOD

SITE_HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def curriculum(home_page, role_groups):
    """A curriculum without modules: nothing here looks at them, and they are slow to build."""
    from curricula.factories import make_curriculum
    from curricula.structure import ensure_curriculum_index

    return make_curriculum(ensure_curriculum_index(home_page), modules=0)


@pytest.fixture
def evaluated(curriculum):
    """A cohort of 8 whose pre- and post-tests were imported, so its reports are not suppressed."""
    data, _ = results_file(8)
    assert import_results(data, cohort_slug="zenica", curriculum_slug=curriculum.slug, create=True).ok
    Cohort.objects.filter(slug="zenica").update(title="Zenica 2025")
    return curriculum


def the_entry(action: str) -> PersonalDataLogEntry:
    """The only entry there is, which must be of this action; and nothing went to Wagtail's own
    log models, where anyone with a permission on cohorts or the page would see it."""
    entries = list(PersonalDataLogEntry.objects.all())
    assert [entry.action for entry in entries] == [action]
    assert not ModelLogEntry.objects.filter(action__in=audit.FORMATTERS).exists()
    assert not PageLogEntry.objects.filter(action__in=audit.FORMATTERS).exists()
    return entries[0]


def assert_holds_no_personal_data(entry: PersonalDataLogEntry, *secrets: str) -> None:
    text = json.dumps(entry.data) + entry.label
    pseudonyms = list(Participant.objects.values_list("pseudonym", flat=True))
    assert pseudonyms or secrets, "nothing to look for"
    for secret in [*pseudonyms, *secrets]:
        assert secret not in text, secret
    assert set(entry.data) == {"scope", "rows", "counts", "file", "format", "via"}


def csv_data_rows(text: str) -> int:
    return len(list(csv.reader(io.StringIO(text)))) - 1


def upload(client, slug: str, content: bytes, name: str = "results.csv"):
    return client.post(
        f"/cohorts/{slug}/import/", {"file": SimpleUploadedFile(name, content, content_type="text/csv")}
    )


# --- Trainers' screens --------------------------------------------------------------------------


def test_creating_a_cohort_is_recorded_once_and_editing_it_is_not(client, trainer, plan, curriculum):
    client.force_login(trainer)
    fields = {
        "curriculum": curriculum.pk,
        "title": "Sarajevo, March",
        "delivery_mode": "face_to_face",
        "starts_on": "2026-03-02",
    }
    assert client.post("/cohorts/new/", fields).status_code == 302
    cohort = Cohort.objects.get()

    entry = the_entry(audit.COHORT_CREATE)
    assert entry.user == trainer
    assert entry.content_type.model_class() is Cohort and entry.object_id == str(cohort.pk)
    assert entry.data["scope"] == {"curriculum": curriculum.slug, "cohort": cohort.slug}
    assert entry.data["via"] == "web"
    assert entry.message == f"Created cohort “Sarajevo, March” of curriculum {curriculum.slug}"
    assert cohort.join_code not in json.dumps(entry.data)

    assert client.post(f"/cohorts/{cohort.slug}/edit/", fields | {"title": "Renamed"}).status_code == 302
    assert PersonalDataLogEntry.objects.count() == 1


def test_a_cohort_form_with_an_error_records_nothing(client, trainer, plan, curriculum):
    client.force_login(trainer)
    response = client.post(
        "/cohorts/new/",
        {"curriculum": curriculum.pk, "title": "Tirana", "delivery_mode": "online", "starts_on": ""},
    )
    assert response.status_code == 400
    assert not PersonalDataLogEntry.objects.exists()


def test_paper_entry_is_recorded_with_its_scope_and_counts_but_no_answers(client, trainer, cohort, join):
    code = join(cohort, Client())
    client.force_login(trainer)
    sheets = {
        "rows": "3",
        "r0-participant": "S-01",
        "r0-RB-01": "A",
        "r0-RB-02": "T",
        "r0-RB-03": "AB",
        "r0-RB-04": "A",
        "r1-participant": code.lower(),
        "r1-RB-01": "B",
        "r1-RB-02": "F",
        "r1-RB-03": "C",
    }
    assert client.post(f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/", sheets).status_code == 302

    entry = the_entry(audit.PAPER_ENTRY)
    assert entry.user == trainer
    assert entry.data["scope"] == {
        "curriculum": cohort.curriculum.slug,
        "cohort": cohort.slug,
        "phase": "pre",
        "instrument": "rb-knowledge",
        "version": 1,
    }
    assert entry.data["rows"] == 2
    assert entry.data["counts"] == {"attempts_created": 2, "attempts_unchanged": 0}
    assert_holds_no_personal_data(entry, code, code.replace("-", ""), code.lower(), '"AB"')
    assert "Typed in paper answers for cohort “Sarajevo, spring 2026”" in entry.message
    assert "(2 new sheets, 0 already in)" in entry.message


def test_a_paper_grid_with_a_mistake_records_nothing(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(
        f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/",
        {"rows": "1", "r0-participant": "S-01", "r0-RB-01": "Q"},
    )
    assert response.status_code == 400
    assert not PersonalDataLogEntry.objects.exists()


def test_an_uploaded_import_is_recorded_once(client, trainer, cohort):
    client.force_login(trainer)
    assert upload(client, cohort.slug, GOOD.encode(), name="march-results.csv").status_code == 302

    entry = the_entry(audit.RESULTS_IMPORT)
    assert entry.user == trainer
    assert entry.object_id == str(cohort.pk)
    assert entry.data["scope"] == {"curriculum": cohort.curriculum.slug, "cohort": cohort.slug}
    assert entry.data["rows"] == csv_data_rows(GOOD) == 12
    assert entry.data["counts"] == {
        "attempts_created": 4,
        "attempts_unchanged": 0,
        "participants_created": 2,
        "instruments_created": 0,
    }
    assert (entry.data["file"], entry.data["format"]) == ("march-results.csv", "csv")
    assert_holds_no_personal_data(entry, "P017", "P018")
    assert entry.message == (
        "Imported results into cohort “Sarajevo, spring 2026” "
        "(12 rows; 4 new attempts, 0 already in, march-results.csv)"
    )


@pytest.mark.parametrize(
    "content",
    [
        GOOD + "P019,pre,RB-01,5,1\n",  # a score above the maximum: nothing is imported
        b"\xff\xfe not a CSV file",
        b"",
    ],
)
def test_a_failed_import_records_nothing(client, trainer, cohort, content):
    client.force_login(trainer)
    assert (
        upload(client, cohort.slug, content if isinstance(content, bytes) else content.encode()).status_code
        == 400
    )
    assert not PersonalDataLogEntry.objects.exists()


def test_an_upload_without_a_file_records_nothing(client, trainer, cohort):
    client.force_login(trainer)
    assert client.post(f"/cohorts/{cohort.slug}/import/", {}).status_code == 400
    assert not PersonalDataLogEntry.objects.exists()


def test_downloading_a_cohorts_results_is_recorded_with_the_row_count(client, trainer, cohort):
    assert import_results(GOOD, cohort_slug=cohort.slug).ok
    client.force_login(trainer)
    response = client.get(f"/cohorts/{cohort.slug}/results.csv")
    assert response.status_code == 200

    entry = the_entry(audit.RESULTS_EXPORT)
    assert entry.user == trainer
    assert entry.data["rows"] == csv_data_rows(response.content.decode().removeprefix("\ufeff")) == 12
    assert entry.data["file"] == f"{cohort.slug}-results.csv"
    assert_holds_no_personal_data(entry, "P017", "P018")
    assert entry.message == (
        f"Exported the results of cohort “Sarajevo, spring 2026” (12 rows, {cohort.slug}-results.csv)"
    )


def test_another_trainers_cohort_is_a_404_and_nothing_is_recorded(client, make_user, cohort):
    client.force_login(make_user("other-trainer", roles.TRAINERS))
    assert client.get(f"/cohorts/{cohort.slug}/results.csv").status_code == 404
    assert upload(client, cohort.slug, GOOD.encode()).status_code == 404
    assert not PersonalDataLogEntry.objects.exists()


# --- Evaluators' exports and downloads ----------------------------------------------------------


@pytest.mark.parametrize("what", ["zip", "xlsx"])
def test_an_evaluation_export_is_recorded_with_its_row_counts(client, evaluated, evaluator, what):
    client.force_login(evaluator)
    response = client.get(f"/evaluation/curricula/{evaluated.slug}/export.{what}")
    assert response.status_code == 200

    entry = the_entry(audit.EVALUATION_EXPORT)
    assert entry.user == evaluator
    assert entry.content_type.model_class()._meta.label == "curricula.CurriculumPage"
    assert entry.object_id == str(evaluated.pk)
    assert entry.data["scope"] == {"curriculum": evaluated.slug, "kind": "data"}
    assert (entry.data["format"], entry.data["file"]) == (what, f"{evaluated.slug}-evaluation.{what}")
    assert entry.data["counts"]["attempts"] == 16  # 8 people, before and after
    assert entry.data["counts"]["responses"] == 16 * 6
    assert entry.data["rows"] == 16 + 16 * 6
    if what == "zip":
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            exported = {
                name: csv_data_rows(archive.read(name).decode("utf-8-sig")) for name in archive.namelist()
            }
            report_pseudonyms = [
                row["participant"]
                for row in csv.DictReader(io.StringIO(archive.read("attempts.csv").decode("utf-8-sig")))
            ]
        assert exported["attempts.csv"] + exported["responses.csv"] == entry.data["rows"]
        assert_holds_no_personal_data(entry, *report_pseudonyms)
    else:
        assert_holds_no_personal_data(entry)
    assert entry.message == (
        f"Exported the evaluation data of curriculum “{evaluated.title}” "
        f"(112 rows, {evaluated.slug}-evaluation.{what})"
    )


def test_json_reports_are_recorded_per_download(client, evaluated, evaluator):
    client.force_login(evaluator)
    assert client.get("/evaluation/cohorts/zenica.json").status_code == 200
    cohort_entry = the_entry(audit.EVALUATION_EXPORT)
    assert cohort_entry.data["scope"] == {"curriculum": evaluated.slug, "cohort": "zenica", "kind": "report"}
    assert cohort_entry.data["rows"] == 8 and cohort_entry.data["format"] == "json"
    assert cohort_entry.content_type.model_class() is Cohort
    assert (
        cohort_entry.message
        == "Downloaded the evaluation report of cohort “Zenica 2025” (8 participants, zenica.json)"
    )
    assert_holds_no_personal_data(cohort_entry)

    assert client.get(f"/evaluation/curricula/{evaluated.slug}.json").status_code == 200
    latest = PersonalDataLogEntry.objects.order_by("-pk").first()
    assert PersonalDataLogEntry.objects.count() == 2
    assert latest.data["scope"] == {"curriculum": evaluated.slug, "kind": "report"}
    assert latest.object_id == str(evaluated.pk)


def test_viewing_the_report_pages_is_not_an_export(client, evaluated, evaluator):
    client.force_login(evaluator)
    for url in ["/evaluation/", f"/evaluation/curricula/{evaluated.slug}/", "/evaluation/cohorts/zenica/"]:
        assert client.get(url).status_code == 200
    assert not PersonalDataLogEntry.objects.exists()


def test_a_trainer_cannot_export_evaluation_data_and_nothing_is_recorded(client, evaluated, trainer):
    client.force_login(trainer)
    assert client.get(f"/evaluation/curricula/{evaluated.slug}/export.zip").status_code == 403
    assert not PersonalDataLogEntry.objects.exists()


# --- The command line ---------------------------------------------------------------------------


def test_a_command_line_import_records_the_cohort_it_created_and_the_import(tmp_path, curriculum):
    path = tmp_path / "last-year.csv"
    path.write_text(GOOD.replace("RB-", "Q-"), encoding="utf-8")
    call_command(
        "import_results",
        str(path),
        "--cohort",
        "tirana-2025",
        "--curriculum",
        curriculum.slug,
        "--create",
        stdout=io.StringIO(),
    )
    entries = list(PersonalDataLogEntry.objects.order_by("pk"))
    assert [e.action for e in entries] == [audit.COHORT_CREATE, audit.RESULTS_IMPORT]
    created, imported = entries
    assert created.object_id == imported.object_id == str(Cohort.objects.get(slug="tirana-2025").pk)
    for entry in entries:
        assert entry.user is None
        assert entry.data["via"] == "command_line"
        assert entry.user_display_name == "command line"
        assert entry.data["scope"] == {"curriculum": curriculum.slug, "cohort": "tirana-2025"}
        assert_holds_no_personal_data(entry, "P017", "P018")
    assert imported.data["rows"] == 12 and imported.data["file"] == "last-year.csv"
    assert imported.data["counts"]["instruments_created"] == 1


def test_a_command_line_import_of_a_bad_file_records_nothing(tmp_path, cohort):
    path = tmp_path / "bad.csv"
    path.write_text(GOOD + "P019,during,RB-01,1,1\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command(
            "import_results", str(path), "--cohort", cohort.slug, stdout=io.StringIO(), stderr=io.StringIO()
        )
    assert not PersonalDataLogEntry.objects.exists()


def test_the_export_command_is_recorded(cohort):
    assert import_results(GOOD, cohort_slug=cohort.slug).ok
    out = io.StringIO()
    call_command("export_results", "--cohort", cohort.slug, stdout=out)
    entry = the_entry(audit.RESULTS_EXPORT)
    assert entry.user is None and entry.data["via"] == "command_line"
    assert entry.data["rows"] == csv_data_rows(out.getvalue()) == 12
    assert_holds_no_personal_data(entry, "P017", "P018")


def test_the_evaluation_report_command_is_recorded(evaluated):
    call_command("evaluation_report", cohort="zenica", format="json", stdout=io.StringIO())
    entry = the_entry(audit.EVALUATION_EXPORT)
    assert entry.user is None and entry.user_display_name == "command line"
    assert entry.data["scope"] == {"curriculum": evaluated.slug, "cohort": "zenica", "kind": "report"}
    assert entry.data["rows"] == 8
    assert_holds_no_personal_data(entry)


def test_an_unknown_cohort_on_the_command_line_records_nothing(db):
    with pytest.raises(CommandError):
        call_command("export_results", "--cohort", "nowhere", stdout=io.StringIO())
    assert not PersonalDataLogEntry.objects.exists()


# --- What an entry may hold ---------------------------------------------------------------------


def test_removing_participants_would_be_recorded_by_number_only(trainer, cohort):
    audit.participants_removed(user=trainer, cohort=cohort, count=3)
    entry = the_entry(audit.PARTICIPANT_REMOVE)
    assert entry.data["rows"] == 3
    assert entry.message == "Removed 3 participants from cohort “Sarajevo, spring 2026”"


def test_an_entry_never_concerns_a_participant_nor_takes_other_keys(trainer, cohort):
    participant = Participant.objects.create(curriculum=cohort.curriculum, cohort=cohort, pseudonym="P-ANNA")
    with pytest.raises(TypeError):
        audit.record(audit.RESULTS_EXPORT, user=trainer, instance=participant, scope={}, rows=1)
    with pytest.raises(ValueError, match="pseudonym"):
        audit.record(
            audit.RESULTS_EXPORT, user=trainer, instance=cohort, scope={"pseudonym": "P-ANNA"}, rows=1
        )
    with pytest.raises(TypeError):
        audit.record(audit.RESULTS_EXPORT, user=trainer, instance=cohort, scope={}, rows="P-ANNA")
    assert not PersonalDataLogEntry.objects.exists()


# --- Who sees the entries in the admin's site history ---------------------------------------------


@pytest.fixture
def recorded(client, evaluated, evaluator, trainer):
    """An evaluator's export, and an import and an export by the trainer of a cohort."""
    cohort = make_cohort(evaluated, trainers=[trainer])
    client.force_login(evaluator)
    assert client.get(f"/evaluation/curricula/{evaluated.slug}/export.zip").status_code == 200
    client.force_login(trainer)
    assert upload(client, cohort.slug, results_file(5, seed=7)[0].encode()).status_code == 302
    assert client.get(f"/cohorts/{cohort.slug}/results.csv").status_code == 200
    client.logout()
    assert PersonalDataLogEntry.objects.count() == 3
    return evaluated


def test_administrators_see_every_entry_in_the_site_history(client, recorded, superuser):
    client.force_login(superuser)
    page = client.get(SITE_HISTORY).content.decode()
    assert f"Exported the evaluation data of curriculum “{recorded.title}”" in page
    assert "Imported results into cohort “Sarajevo, spring 2026”" in page
    assert "Exported the results of cohort “Sarajevo, spring 2026”" in page

    only_exports = client.get(SITE_HISTORY, {"action": audit.RESULTS_EXPORT}).content.decode()
    assert "Exported the results of cohort" in only_exports
    assert "Imported results into cohort" not in only_exports
    assert not any(p in page for p in Participant.objects.values_list("pseudonym", flat=True))


def test_a_trainer_sees_only_their_own_entries(client, recorded, trainer, make_user, curriculum):
    other = make_user("other-trainer", roles.TRAINERS)
    client.force_login(other)
    response = client.get(SITE_HISTORY)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Imported results into cohort" not in page
    assert "Exported the results of cohort" not in page
    assert "Exported the evaluation data" not in page

    client.force_login(trainer)
    page = client.get(SITE_HISTORY).content.decode()
    assert "Imported results into cohort “Sarajevo, spring 2026”" in page
    assert "Exported the evaluation data" not in page  # the evaluator's


def test_a_curriculum_lead_who_edits_the_curriculum_does_not_see_its_exports(
    client, recorded, curriculum_lead
):
    client.force_login(curriculum_lead)
    page = client.get(SITE_HISTORY).content.decode()
    assert "Exported the evaluation data" not in page
    assert "Imported results into cohort" not in page
