"""python manage.py backup PATH: one archive of the database and the media files."""

from django.core.management.base import BaseCommand, CommandError

from continuum.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with a consistent snapshot of the database (portable JSON, "
        "SQLite or PostgreSQL) and the media files. PATH is a new file, or a folder to write "
        "continuum-backup-<UTC time>.tar.gz in. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive to write (must not exist), or a folder.")

    def handle(self, *args, path: str, verbosity: int, **options):
        log = self.stdout.write if verbosity > 1 else (lambda message: None)
        try:
            summary = backup(path, log=log)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for label in summary.skipped:
            self.stderr.write(f"Skipped {label}: its table is missing (run `migrate`).")
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Backed up {summary.rows} rows of {summary.models} models and {summary.media_files} "
                    f"media files ({summary.media_bytes / 1e6:.1f} MB) to {summary.path} "
                    f"in {summary.seconds:.1f} s."
                )
            )
