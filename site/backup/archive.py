"""The archive: its format, what it holds, how rows are written and read back, and the media."""

from __future__ import annotations

import datetime
import json
import posixpath
import sqlite3
import tarfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Model
from django.db.utils import load_backend

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
