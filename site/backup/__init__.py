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

from continuum.backup.archive import DATA, MANIFEST, BackupError, open_archive, row_counts
from continuum.backup.making import BackupSummary, backup, default_file_name
from continuum.backup.restoring import RestoreSummary, content_in_database, restore

__all__ = [
    "DATA",
    "MANIFEST",
    "BackupError",
    "BackupSummary",
    "RestoreSummary",
    "backup",
    "content_in_database",
    "default_file_name",
    "open_archive",
    "restore",
    "row_counts",
]
