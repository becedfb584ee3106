"""Backup and restore (issue 10): the demo survives a round trip into an empty database, and a
restore refuses, with a clear message, what it must not load."""

import gc
import hashlib
import io
import json
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import CommandError, call_command
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from assessments import services
from assessments.models import Cohort
from continuum import backup as backups
from curricula.models import CurriculumPage

CURRICULA = (
    "rapport-building-and-trust",
    "dynamic-security-in-daily-practice",
    "gender-sensitive-approaches",
)


def run(command: str, *args, **options) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def media_files(root) -> dict[str, str]:
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def archived(archive: Path, name: str) -> bytes:
    with tarfile.open(archive, "r:gz") as tar:
        return tar.extractfile(name).read()


def rewrite(source: Path, target: Path, *, manifest=None, drop=(), add=None) -> Path:
    """A copy of an archive with its manifest changed, members left out or added."""
    add = add or {}
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old.getmembers():
            if member.name in drop:
                continue
            content = old.extractfile(member).read()
            if member.name == backups.MANIFEST and manifest is not None:
                content = json.dumps(manifest(json.loads(content))).encode()
            info = tarfile.TarInfo(member.name)
            info.size = len(content)
            new.addfile(info, io.BytesIO(content))
        for name, content in add.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            new.addfile(info, io.BytesIO(content))
    return target


def png(colour=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return buffer.getvalue()


def empty_migrated_database() -> None:
    """A new database as `make serve` leaves it: flush empties every table and, as `migrate`
    does, recreates the content types and permissions; `setup_site` adds the root, the home
    page, the index pages, the roles and the workflows. No accounts, no content: a restore
    goes ahead without --force."""
    call_command("flush", interactive=False, verbosity=0)
    call_command("setup_site", stdout=io.StringIO())


def searched(words: str) -> list[str]:
    return sorted(page.title for page in Page.objects.live().search(words))


# Wagtail leaves the temporary file a rendition was made in to the garbage collector (as in
# test_media): collected here, under this filter.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.django_db(transaction=True)
def test_the_demo_survives_a_backup_and_a_restore_into_an_empty_database(client, settings, tmp_path):
    call_command("seed_demo", stdout=io.StringIO())
    # An earlier transactional test may have flushed the root collection that migrate makes.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    image = get_image_model().objects.create(
        title="Unit corridor", file=ImageFile(io.BytesIO(png()), name="corridor.png")
    )
    rendition = image.get_rendition("fill-32x32")
    gc.collect()
    document = get_document_model().objects.create(
        title="Session plan", file=ContentFile(b"Session plan, day one.\n", name="session-plan.txt")
    )
    joined = services.join_cohort(cohort=Cohort.objects.get(slug="demo-tirana-2025-10"))
    evaluator = get_user_model().objects.get(username="evaluator")
    client.force_login(evaluator)
    report_urls = [f"/evaluation/curricula/{slug}.json" for slug in CURRICULA]
    reports = {url: client.get(url).content for url in report_urls}
    client.logout()
    command_reports = {slug: run("evaluation_report", curriculum=slug) for slug in CURRICULA}
    counts = backups.row_counts()
    media = media_files(settings.MEDIA_ROOT)
    found_by_search = searched("trust")
    assert len(media) == 3 and found_by_search

    archive = tmp_path / "continuum.tar.gz"
    assert "Backed up" in run("backup", str(archive))
    manifest = json.loads(archived(archive, backups.MANIFEST))
    assert manifest["database"]["vendor"] and manifest["migrations"]["assessments"]
    assert manifest["models"] == counts
    assert "continuum.accountadministration" not in counts  # no table: only carries a permission
    assert "assessments.evaluationaccess" not in counts

    with pytest.raises(CommandError, match=r"not empty: it holds user accounts: \d+, .* or pass --force"):
        run("restore", str(archive))

    empty_migrated_database()
    shutil.rmtree(settings.MEDIA_ROOT)
    # Participant codes are stored as plain SHA-256 digests: a restore needs no particular key.
    settings.SECRET_KEY = "another-key-than-the-one-the-backup-was-made-with-0123456789abcdef"
    assert "Restored" in run("restore", str(archive))

    assert backups.row_counts() == counts
    again = tmp_path / "again.tar.gz"
    run("backup", str(again))
    assert archived(again, backups.DATA) == archived(archive, backups.DATA)  # every row, every value
    assert {slug: run("evaluation_report", curriculum=slug) for slug in CURRICULA} == command_reports
    found = services.find_participant(joined.code)
    assert found is not None and found.pk == joined.participant.pk
    assert media_files(settings.MEDIA_ROOT) == media
    assert searched("trust") == found_by_search

    assert b"".join(client.get(rendition.url).streaming_content) == archived(
        archive, f"media/{rendition.file.name}"
    )
    document = get_document_model().objects.get(pk=document.pk)
    assert b"".join(client.get(document.url).streaming_content) == b"Session plan, day one.\n"
    pages = list(Page.objects.live().filter(depth__gt=1))
    members_only = [page.url for page in pages if page.get_view_restrictions().exists()]
    urls = [page.url for page in pages if page.url not in members_only]
    urls += [f"{page.url}handout/" for page in Page.objects.live().type(CurriculumPage)]
    urls += ["/search/?q=trust", "/practices/?country=XK", "/themes/"]
    for url in urls:
        assert client.get(url).status_code == 200, url
    client.force_login(evaluator)
    for url in members_only:
        assert client.get(url).status_code == 200, url
    assert {url: client.get(url).content for url in report_urls} == reports
    client.logout()
    assert (
        client.post("/accounts/login/", {"username": "learner", "password": "continuum-demo"}).status_code
        == 302
    )


@pytest.fixture
def small_archive(db, tmp_path, settings) -> Path:
    """A backup of the database as the migrations leave it, with one media file."""
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    (Path(settings.MEDIA_ROOT) / "note.txt").write_text("kept\n")
    archive = tmp_path / "small.tar.gz"
    run("backup", str(archive))
    return archive


@pytest.mark.django_db
def test_a_small_backup_restores_with_its_media_file(small_archive, settings):
    counts = backups.row_counts()
    (Path(settings.MEDIA_ROOT) / "note.txt").unlink()
    run("restore", str(small_archive))
    assert backups.row_counts() == counts
    assert (Path(settings.MEDIA_ROOT) / "note.txt").read_text() == "kept\n"


def not_a_tar(path: Path) -> Path:
    path.write_bytes(b"\x1f\x8b but not really gzip at all")
    return path


def a_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", "{}")
    return path


def truncated(small_archive: Path, path: Path) -> Path:
    path.write_bytes(small_archive.read_bytes()[: small_archive.stat().st_size // 2])
    return path


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda archive, tmp: tmp / "missing.tar.gz", "There is no file"),
        (lambda archive, tmp: not_a_tar(tmp / "junk.tar.gz"), "is not a Continuum backup"),
        (lambda archive, tmp: a_zip(tmp / "other.zip"), "is not a Continuum backup"),
        (lambda archive, tmp: truncated(archive, tmp / "cut.tar.gz"), "unreadable or incomplete"),
        (
            lambda archive, tmp: rewrite(archive, tmp / "no-manifest.tar.gz", drop=[backups.MANIFEST]),
            "no manifest.json",
        ),
        (
            lambda archive, tmp: rewrite(archive, tmp / "no-rows.tar.gz", drop=[backups.DATA]),
            "no database.jsonl",
        ),
        (
            lambda archive, tmp: rewrite(
                archive, tmp / "foreign.tar.gz", manifest=lambda m: {"format": "other"}
            ),
            "is not a continuum-backup manifest",
        ),
        (
            lambda archive, tmp: rewrite(
                archive, tmp / "future.tar.gz", manifest=lambda m: {**m, "version": 99}
            ),
            "format version 99",
        ),
        (
            lambda archive, tmp: rewrite(
                archive, tmp / "escape.tar.gz", add={"media/../../escaped.txt": b"out of MEDIA_ROOT"}
            ),
            "which a restore does not write",
        ),
        (
            lambda archive, tmp: rewrite(archive, tmp / "stray.tar.gz", add={"settings.py": b"DEBUG = True"}),
            "which a restore does not write",
        ),
    ],
)
def test_what_is_not_a_sound_backup_is_refused_with_a_message(small_archive, tmp_path, make, message):
    users_before = get_user_model().objects.create(username="still-here")
    with pytest.raises(CommandError, match=message):
        run("restore", str(make(small_archive, tmp_path)), force=True)
    assert get_user_model().objects.filter(pk=users_before.pk).exists()
    assert not (tmp_path / "escaped.txt").exists()


@pytest.mark.django_db
def test_an_archive_whose_rows_do_not_match_its_manifest_changes_nothing(small_archive, tmp_path):
    damaged = rewrite(
        small_archive,
        tmp_path / "damaged.tar.gz",
        manifest=lambda m: {
            **m,
            "models": {**m["models"], "auth.permission": m["models"]["auth.permission"] + 1},
        },
    )
    kept = get_user_model().objects.create(username="kept")
    content_types = ContentType.objects.count()
    with pytest.raises(CommandError, match=r"do not match its manifest \(auth\.permission\)"):
        run("restore", str(damaged), force=True)
    assert get_user_model().objects.filter(pk=kept.pk).exists()
    assert ContentType.objects.count() == content_types


@pytest.mark.django_db
def test_a_backup_from_a_newer_schema_is_refused(small_archive, tmp_path):
    newer = rewrite(
        small_archive,
        tmp_path / "newer.tar.gz",
        manifest=lambda m: {
            **m,
            "migrations": {
                **m["migrations"],
                "assessments": [*m["migrations"]["assessments"], "9999_future"],
            },
        },
    )
    with pytest.raises(CommandError, match=r"newer version of Continuum: .*assessments\.9999_future"):
        run("restore", str(newer))


@pytest.mark.django_db
def test_a_backup_from_an_older_schema_says_how_to_restore_it(small_archive, tmp_path):
    manifest = json.loads(archived(small_archive, backups.MANIFEST))
    *earlier, last = manifest["migrations"]["assessments"]
    older = rewrite(
        small_archive,
        tmp_path / "older.tar.gz",
        manifest=lambda m: {**m, "migrations": {**m["migrations"], "assessments": earlier}},
    )
    with pytest.raises(
        CommandError, match=rf"older version .*assessments\.{last}.*migrate assessments {earlier[-1]}"
    ):
        run("restore", str(older))


@pytest.mark.django_db
def test_backup_neither_overwrites_nor_writes_into_media_root(small_archive, settings, tmp_path):
    with pytest.raises(CommandError, match="exists already"):
        run("backup", str(small_archive))
    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        run("backup", str(Path(settings.MEDIA_ROOT) / "backup.tar.gz"))
    folder = tmp_path / "nightly"
    folder.mkdir()
    run("backup", str(folder))
    (written,) = folder.iterdir()
    assert written.name.startswith("continuum-backup-") and written.name.endswith(".tar.gz")
    assert written.stat().st_mode & 0o077 == 0  # password hashes and personal data: owner only
