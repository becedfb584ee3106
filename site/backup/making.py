"""Writing a backup: a consistent snapshot of every managed table and the media, in one archive."""

from __future__ import annotations

import datetime
import io
import json
import os
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from continuum.backup.archive import (
    DATA,
    FORMAT,
    LEFT_OUT_APPS,
    MANIFEST,
    MEDIA,
    VERSION,
    BackupError,
    Log,
    _inside,
    _media_names,
    _models_without_table,
    _quiet,
    _snapshot,
    _write_rows,
    applied_migrations,
    backed_up_models,
)

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
