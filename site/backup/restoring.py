"""Restoring a backup into an empty, migrated database."""

from __future__ import annotations

import io
import posixpath
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.jsonl import Deserializer as JSONLinesDeserializer
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models import Model

from continuum.backup.archive import (
    _READ_ERRORS,
    Archive,
    BackupError,
    Log,
    _media_name,
    _quiet,
    applied_migrations,
    backed_up_models,
    open_archive,
)

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
