"""Backup and restore: one archive with a consistent snapshot of the database and the media files.

The archive is a gzip-compressed tar file:

    manifest.json    format and version, when it was made, the database vendor, the migrations
                     applied per app, the rows per model and the media files it holds
    database.jsonl   every row of every managed model, one JSON object per line in Django's
                     serialisation format (primary keys kept, no natural keys), models in the
                     order of their foreign keys; many-to-many links are rows of their own
                     (the through tables), so a SQLite backup restores into PostgreSQL and back
    media/...        every file of the default storage (MEDIA_ROOT): original images, their
                     renditions and documents

Consistency. PostgreSQL: everything is read in one REPEATABLE READ, READ ONLY transaction, which
sees one snapshot and blocks no one. SQLite: the site's connections open their transactions
IMMEDIATE, so one long read transaction would hold the write lock and make every writer wait
(and give up after the busy timeout); instead SQLite's online backup API copies the live
database, a consistent snapshot, into a temporary file in one step (page copies, milliseconds
per megabyte), and the rows are read from that copy at leisure.

Left out on purpose: sessions (everyone signs in again after a restore; a session must never
carry over to another database, where its user id could be someone else) and the search index
(`wagtailsearch`: derived, and vendor-specific), which the restore rebuilds. Models without a
table of their own (`managed = False`, which only carry permissions) hold no rows.

Restore loads an archive into an empty, migrated database of the same schema in one
transaction: it empties every table, loads the rows, checks the foreign keys, resets
PostgreSQL's sequences and puts the media files back; then it rebuilds the search index and the
planner's statistics. Personal participant codes keep working: only their SHA-256 digests are
stored, and the digest does not depend on SECRET_KEY, so a restore needs no particular key.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import posixpath
import sqlite3
import tarfile
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Deserializer as JSONLinesDeserializer
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Model
from django.db.utils import load_backend
from django.utils import timezone

FORMAT = "continuum-backup"
VERSION = 1
MANIFEST = "manifest.json"
DATA = "database.jsonl"
MEDIA = "media"
# Apps whose rows are not worth keeping or must not be carried over (see the module docstring).
LEFT_OUT_APPS = frozenset({"sessions", "wagtailsearch"})
SNAPSHOT_ALIAS = "continuum_backup_snapshot"
CHUNK_SIZE = 2000


class BackupError(Exception):
    """Anything that stops a backup or a restore; the commands show it as a CommandError."""


Log = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


# --- What is backed up -----------------------------------------------------------------------


def _has_rows_of_its_own(model: type[Model]) -> bool:
    meta = model._meta
    return meta.managed and not meta.proxy and not meta.swapped


def backed_up_models(using: str = DEFAULT_DB_ALIAS) -> list[type[Model]]:
    """Every model with a table of its own, many-to-many through tables included, except the
    left-out apps; parents before the models that point to them (ties in label order)."""
    existing = set(connections[using].introspection.table_names())
    models = [
        model
        for model in apps.get_models(include_auto_created=True)
        if _has_rows_of_its_own(model)
        and model._meta.app_label not in LEFT_OUT_APPS
        and model._meta.db_table in existing
    ]
    return _in_dependency_order(models)


def _in_dependency_order(models: Iterable[type[Model]]) -> list[type[Model]]:
    by_label = {model._meta.label_lower: model for model in models}
    needs: dict[str, set[str]] = {}
    for label, model in by_label.items():
        targets = {
            field.related_model._meta.concrete_model._meta.label_lower
            for field in model._meta.local_concrete_fields
            if field.is_relation and field.related_model is not None
        }
        needs[label] = {target for target in targets if target in by_label and target != label}
    ordered: list[str] = []
    done: set[str] = set()
    while len(ordered) < len(by_label):
        ready = sorted(label for label in by_label if label not in done and needs[label] <= done)
        if not ready:  # a cycle of foreign keys: take the first in label order (keys are deferred)
            ready = [min(label for label in by_label if label not in done)]
        for label in ready:
            ordered.append(label)
            done.add(label)
    return [by_label[label] for label in ordered]


def _models_without_table(using: str) -> list[str]:
    existing = set(connections[using].introspection.table_names())
    return sorted(
        model._meta.label_lower
        for model in apps.get_models(include_auto_created=True)
        if _has_rows_of_its_own(model)
        and model._meta.app_label not in LEFT_OUT_APPS
        and model._meta.db_table not in existing
    )


def row_counts(using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Rows per backed-up model: what a restore must give back."""
    return {
        model._meta.label_lower: model._base_manager.using(using).count() for model in backed_up_models(using)
    }


def applied_migrations(using: str = DEFAULT_DB_ALIAS) -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app_label, name in MigrationRecorder(connections[using]).applied_migrations():
        applied.setdefault(app_label, []).append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


# --- Serialisation ---------------------------------------------------------------------------


class _Encoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (it rounds them to milliseconds,
    which would reorder rows saved within the same millisecond and change what reports show)."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class _RowSerializer(JSONLinesSerializer):
    """One line per row of the model's own table. Many-to-many fields are left to their
    through tables, which are backed up as models of their own: their rows keep their primary
    keys, and modelcluster's ParentalManyToManyField, whose manager only saves with its
    parent, loads like any other table."""

    def handle_m2m_field(self, obj, field):
        pass


@contextmanager
def _snapshot(using: str, workdir: Path) -> Iterator[str]:
    """A database alias that reads one consistent snapshot of `using`."""
    connection = connections[using]
    if connection.in_atomic_block:
        # Inside a transaction already (a caller's atomic block, a test): it is the snapshot.
        # (SQLite's backup API cannot copy from a connection in the middle of a write.)
        yield using
    elif connection.vendor == "sqlite":
        copy = workdir / "snapshot.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(copy)
        try:
            connection.connection.backup(target)  # one step: a consistent copy, writers go on
        finally:
            target.close()
        # A connection to the copy, known to `connections` (querysets find it by its alias) but
        # not added to the configured databases.
        settings_dict = {**connection.settings_dict, "NAME": str(copy), "OPTIONS": {}, "CONN_MAX_AGE": 0}
        snapshot = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, SNAPSHOT_ALIAS)
        connections[SNAPSHOT_ALIAS] = snapshot
        try:
            yield SNAPSHOT_ALIAS
        finally:
            snapshot.close()
            del connections[SNAPSHOT_ALIAS]
    else:
        with transaction.atomic(using=using), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield using


def _counting(rows: Iterable, counter: list[int]) -> Iterator:
    for row in rows:
        counter[0] += 1
        yield row


def _write_rows(stream, alias: str, models: list[type[Model]]) -> dict[str, int]:
    serializer = _RowSerializer()
    counts: dict[str, int] = {}
    for model in models:
        counter = [0]
        queryset = model._base_manager.using(alias).order_by("pk").iterator(chunk_size=CHUNK_SIZE)
        serializer.serialize(_counting(queryset, counter), stream=stream, cls=_Encoder)
        counts[model._meta.label_lower] = counter[0]
    return counts


# --- Media -----------------------------------------------------------------------------------


def _media_names(storage, directory: str = "") -> Iterator[str]:
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield posixpath.join(directory, name)
    for name in sorted(directories):
        yield from _media_names(storage, posixpath.join(directory, name))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


# --- Backup ----------------------------------------------------------------------------------


@dataclass
class BackupSummary:
    path: Path
    rows: int
    models: int
    media_files: int
    media_bytes: int
    seconds: float
    skipped: list[str] = field(default_factory=list)


def default_file_name(now: datetime.datetime | None = None) -> str:
    now = now or timezone.now()
    return f"continuum-backup-{now.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}.tar.gz"


def backup(destination: Path | str, *, using: str = DEFAULT_DB_ALIAS, log: Log = _quiet) -> BackupSummary:
    """Write one archive of the database and the media files to `destination` (a file name, or
    a folder to put `continuum-backup-<UTC time>.tar.gz` in). The file appears only when it is
    complete, readable by its owner only: it holds password hashes and personal data."""
    started = time.monotonic()
    destination = Path(destination)
    if destination.is_dir():
        destination = destination / default_file_name()
    if destination.exists():
        raise BackupError(f"{destination} exists already: give another name (or a folder).")
    if not destination.parent.is_dir():
        raise BackupError(f"There is no folder {destination.parent}.")
    if settings.MEDIA_ROOT and _inside(destination, Path(settings.MEDIA_ROOT)):
        raise BackupError(
            f"{destination} is inside MEDIA_ROOT, which the site serves to anyone: put backups elsewhere."
        )
    storage = default_storage
    connection = connections[using]
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".continuum-backup-") as tmp:
        workdir = Path(tmp)
        data_path = workdir / DATA
        models = backed_up_models(using)
        skipped = _models_without_table(using)
        with _snapshot(using, workdir) as alias:
            created = timezone.now()
            migrations = applied_migrations(alias)
            with open(data_path, "w", encoding="utf-8", newline="\n") as stream:
                counts = _write_rows(stream, alias, models)
        log(f"Database: {sum(counts.values())} rows of {len(counts)} models ({connection.vendor}).")

        partial = workdir / "archive.partial"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        media_files = media_bytes = 0
        with (
            os.fdopen(descriptor, "wb") as raw,
            tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar,
        ):
            # The manifest comes first: `tar -tzf` and streaming readers see it before the rest.
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created": created.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z"),
                "database": {"vendor": connection.vendor, "engine": connection.settings_dict["ENGINE"]},
                "software": _versions(),
                "migrations": migrations,
                "models": counts,
                "left_out_apps": sorted(LEFT_OUT_APPS),
                "models_without_table": skipped,
            }
            _add_bytes(tar, MANIFEST, _json_bytes(manifest), created)
            tar.add(data_path, arcname=DATA, recursive=False, filter=_owner_only)
            for name in _media_names(storage):
                try:
                    size = storage.size(name)
                    with storage.open(name, "rb") as handle:
                        info = tarfile.TarInfo(f"{MEDIA}/{name}")
                        info.size = size
                        info.mtime = _modified(storage, name)
                        info.mode = 0o644
                        tar.addfile(info, handle)
                except FileNotFoundError:  # deleted since it was listed
                    log(f"Skipped media file {name}: it disappeared while the backup ran.")
                    continue
                media_files += 1
                media_bytes += size
        os.replace(partial, destination)
    log(f"Media: {media_files} files ({media_bytes} bytes).")
    return BackupSummary(
        path=destination,
        rows=sum(counts.values()),
        models=sum(1 for count in counts.values() if count),
        media_files=media_files,
        media_bytes=media_bytes,
        seconds=time.monotonic() - started,
        skipped=skipped,
    )


def _versions() -> dict[str, str]:
    import platform

    import django
    import wagtail

    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
    }


def _json_bytes(document: dict) -> bytes:
    return json.dumps(document, indent=2, ensure_ascii=False).encode() + b"\n"


def _add_bytes(tar: tarfile.TarFile, name: str, content: bytes, when: datetime.datetime) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(when.timestamp())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(content))


def _owner_only(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o600
    return info


def _modified(storage, name: str) -> int:
    try:
        return int(storage.get_modified_time(name).timestamp())
    except (NotImplementedError, OSError):
        return int(time.time())


# --- Reading an archive ----------------------------------------------------------------------


@dataclass
class Archive:
    path: Path
    tar: tarfile.TarFile
    manifest: dict
    data: tarfile.TarInfo
    media: list[tarfile.TarInfo]


_READ_ERRORS = (tarfile.TarError, EOFError, zlib.error, OSError, UnicodeDecodeError, ValueError)


def _not_a_backup(path: Path, why: str) -> BackupError:
    return BackupError(f"{path} is not a Continuum backup ({why}).")


def open_archive(path: Path | str) -> Archive:
    """Open and check an archive: readable to the end, a manifest of this format, the rows, and
    media files with plain relative names. Raises BackupError, never anything else."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no file {path}.")
    try:
        tar = tarfile.open(path, mode="r:gz")  # noqa: SIM115 (closed by restore, or below on errors)
    except _READ_ERRORS as error:
        raise _not_a_backup(path, f"not a .tar.gz file: {error}") from error
    try:
        members = tar.getmembers()  # reads to the end: a truncated archive fails here
        by_name = {member.name: member for member in members}
        if MANIFEST not in by_name or not by_name[MANIFEST].isfile():
            raise _not_a_backup(path, f"no {MANIFEST}")
        manifest = _read_manifest(path, tar, by_name[MANIFEST])
        if DATA not in by_name or not by_name[DATA].isfile():
            raise _not_a_backup(path, f"no {DATA}")
        media = []
        for member in members:
            if member.name in (MANIFEST, DATA) or member.isdir():
                continue
            relative = _media_name(member.name)
            if relative is None or not member.isfile():
                raise BackupError(f"{path} holds {member.name!r}, which a restore does not write.")
            media.append(member)
    except BackupError:
        tar.close()
        raise
    except _READ_ERRORS as error:
        tar.close()
        raise _not_a_backup(path, f"unreadable or incomplete: {error}") from error
    return Archive(path=path, tar=tar, manifest=manifest, data=by_name[DATA], media=media)


def _read_manifest(path: Path, tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict:
    try:
        manifest = json.loads(tar.extractfile(member).read())
    except json.JSONDecodeError as error:
        raise _not_a_backup(path, f"{MANIFEST} is not JSON") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _not_a_backup(path, f"{MANIFEST} is not a {FORMAT} manifest")
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise _not_a_backup(path, f"{MANIFEST} has no valid version")
    if version > VERSION:
        raise BackupError(
            f"{path} is a backup of format version {version}; this version of Continuum reads up to "
            f"{VERSION}. Restore it with the version that made it."
        )
    migrations, models = manifest.get("migrations"), manifest.get("models")
    if not (
        isinstance(migrations, dict)
        and all(isinstance(names, list) for names in migrations.values())
        and all(isinstance(name, str) for names in migrations.values() for name in names)
        and isinstance(models, dict)
        and all(isinstance(count, int) for count in models.values())
    ):
        raise _not_a_backup(path, f"{MANIFEST} lacks its migrations or row counts")
    return manifest


def _media_name(member_name: str) -> str | None:
    """The storage name of an archive member under media/, or None if it is anything else
    (absolute, with `..`, backslashes or empty parts: nothing may land outside MEDIA_ROOT)."""
    if "\\" in member_name or "\x00" in member_name:
        return None
    parts = PurePosixPath(member_name).parts
    if len(parts) < 2 or parts[0] != MEDIA or member_name.startswith("/"):
        return None
    if any(part in ("", ".", "..") for part in parts[1:]):
        return None
    return "/".join(parts[1:])


# --- Restore ---------------------------------------------------------------------------------


@dataclass
class RestoreSummary:
    rows: int
    models: int
    media_files: int
    created: str
    vendor: str
    seconds: float
    warnings: list[str] = field(default_factory=list)


def content_in_database(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """What the database holds beyond what `migrate` and `setup_site` make (the root, the home
    page, the index pages, groups, vocabularies, workflows): people's accounts and work."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    checks = [
        ("user accounts", get_user_model()._base_manager.using(using)),
        ("pages below the index pages", Page._base_manager.using(using).filter(depth__gt=3)),
        ("page or snippet revisions", Revision._base_manager.using(using)),
        ("images", get_image_model()._base_manager.using(using)),
        ("documents", get_document_model()._base_manager.using(using)),
    ]
    found = []
    for what, queryset in checks:
        count = queryset.count()
        if count:
            found.append(f"{what}: {count}")
    return found


def _check_migrations(manifest: dict, using: str) -> None:
    theirs = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    ours = {(app, name) for app, names in applied_migrations(using).items() for name in names}
    if not ours:
        raise BackupError("The database has no tables yet: run `python manage.py migrate` first.")
    ahead = sorted(theirs - ours)
    if ahead:
        listed = ", ".join(f"{app}.{name}" for app, name in ahead[:10])
        more = f" and {len(ahead) - 10} more" if len(ahead) > 10 else ""
        raise BackupError(
            f"The backup was made by a newer version of Continuum: the database lacks the migrations "
            f"{listed}{more}. Install that version (or a later one), run `python manage.py migrate`, "
            "then restore."
        )
    behind = sorted(ours - theirs)
    if behind:
        listed = ", ".join(f"{app}.{name}" for app, name in behind[:10])
        more = f" and {len(behind) - 10} more" if len(behind) > 10 else ""
        steps = "; ".join(_migrate_back_commands(theirs, {app for app, _ in behind}, using))
        raise BackupError(
            f"The backup was made by an older version of Continuum: the database has migrations it "
            f"lacks ({listed}{more}), and its rows would miss what they change. Bring the empty "
            f"database back to the backup's schema ({steps}), restore, then run "
            "`python manage.py migrate`; or restore with the version that made the backup."
        )


def _migrate_back_commands(theirs: set[tuple[str, str]], apps_ahead: set[str], using: str) -> list[str]:
    """`migrate APP NAME` for each app, NAME being the app's last migration in the backup."""
    from django.db.migrations.loader import MigrationLoader

    graph = MigrationLoader(connections[using], ignore_no_migrations=True).graph
    commands = []
    for app in sorted(apps_ahead):
        applied = {node for node in theirs if node[0] == app}
        leaves = sorted(
            name
            for app_label, name in applied
            if (app_label, name) in graph.node_map
            and not any(child.key in applied for child in graph.node_map[app_label, name].children)
        )
        for target in leaves or ["zero"]:
            commands.append(f"`python manage.py migrate {app} {target}`")
    return commands


def _empty_every_table(connection) -> None:
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=False)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _load_rows(archive: Archive, using: str, allowed: dict[str, type[Model]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    stream = archive.tar.extractfile(archive.data)
    for row in JSONLinesDeserializer(stream, using=using, ignorenonexistent=False):
        label = row.object._meta.label_lower
        if label not in allowed:
            raise BackupError(f"The backup holds rows of {label}, which a restore does not load.")
        row.save(using=using, force_insert=True)
        counts[label] = counts.get(label, 0) + 1
    return counts


def _put_media_back(archive: Archive, storage, log: Log) -> int:
    written = 0
    for member in archive.media:
        name = _media_name(member.name)
        handle = archive.tar.extractfile(member)
        content = File(handle, name=posixpath.basename(name))
        content.size = member.size
        if storage.exists(name):
            storage.delete(name)
        saved = storage.save(name, content)
        if saved != name:
            raise BackupError(f"The media file {name} was stored as {saved}: restore stopped.")
        written += 1
    log(f"Media: {written} files put back.")
    return written


def restore(
    source: Path | str, *, using: str = DEFAULT_DB_ALIAS, force: bool = False, log: Log = _quiet
) -> RestoreSummary:
    """Load an archive into this database (empty and migrated to the same schema), all or
    nothing. With `force`, whatever the database holds is replaced."""
    started = time.monotonic()
    archive = open_archive(source)
    try:
        manifest = archive.manifest
        _check_migrations(manifest, using)
        if not force:
            found = content_in_database(using)
            if found:
                raise BackupError(
                    "The database is not empty: it holds " + ", ".join(found) + ". Restore into an "
                    "empty database made with `python manage.py migrate`, or pass --force to replace "
                    "everything in it."
                )
        allowed = {model._meta.label_lower: model for model in backed_up_models(using)}
        connection = connections[using]
        try:
            with transaction.atomic(using=using):
                # Checks what this transaction has already written (PostgreSQL cannot truncate a
                # table with pending deferred checks), then defers them again for the load.
                connection.check_constraints()
                _empty_every_table(connection)
                ContentType.objects.clear_cache()
                counts = _load_rows(archive, using, allowed)
                expected = {label: count for label, count in manifest["models"].items() if count}
                if counts != expected:
                    differ = sorted(
                        label
                        for label in set(counts) | set(expected)
                        if counts.get(label) != expected.get(label)
                    )
                    raise BackupError(
                        "The rows in the backup do not match its manifest (" + ", ".join(differ[:5]) + "): "
                        "the archive is damaged. Nothing was changed."
                    )
                connection.check_constraints()
                with connection.cursor() as cursor:
                    for statement in connection.ops.sequence_reset_sql(no_style(), list(allowed.values())):
                        cursor.execute(statement)
                log(f"Database: {sum(counts.values())} rows of {len(counts)} models loaded.")
                media_files = _put_media_back(archive, default_storage, log)
        except BackupError:
            raise
        except (DeserializationError, DatabaseError, *_READ_ERRORS, LookupError, TypeError) as error:
            raise BackupError(f"The backup could not be loaded, nothing was changed: {error}") from error
    finally:
        archive.tar.close()

    # The rows are in. What follows is derived from them: a failure is a warning, not a failed
    # restore.
    ContentType.objects.clear_cache()
    warnings = []
    try:
        cache.clear()  # cached site root paths, pages and settings belong to the old content
    except Exception as error:
        warnings.append(f"The cache could not be cleared ({error}): restart the site and clear it.")
    try:
        call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
        log("Search index rebuilt.")
    except Exception as error:
        warnings.append(
            f"The search index could not be rebuilt ({error}): run `python manage.py update_index`."
        )
    try:
        call_command("analyze_database", stdout=io.StringIO())
    except Exception as error:
        warnings.append(f"ANALYZE failed ({error}): run `python manage.py analyze_database`.")
    return RestoreSummary(
        rows=sum(counts.values()),
        models=len(counts),
        media_files=media_files,
        created=str(manifest.get("created", "?")),
        vendor=str(manifest.get("database", {}).get("vendor", "?")),
        seconds=time.monotonic() - started,
        warnings=warnings,
    )
