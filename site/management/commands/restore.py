"""python manage.py restore PATH: load a backup into an empty, migrated database."""

from django.core.management.base import BaseCommand, CommandError

from continuum.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Load an archive made by `backup` into this database, which must be migrated to the same "
        "schema and empty (as `migrate` and `setup_site` leave it): every table is emptied and "
        "refilled in one transaction, the media files are put back and the search index is "
        "rebuilt. Stop the site first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The archive made by `python manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore even if the database holds accounts or content: all of it is replaced.",
        )

    def handle(self, *args, path: str, force: bool, verbosity: int, **options):
        log = self.stdout.write if verbosity > 1 else (lambda message: None)
        try:
            summary = restore(path, force=force, log=log)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for warning in summary.warnings:
            self.stderr.write(self.style.WARNING(warning))
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Restored {summary.rows} rows of {summary.models} models and {summary.media_files} "
                    f"media files from {path} (made {summary.created} on {summary.vendor}) "
                    f"in {summary.seconds:.1f} s. Everyone signs in again."
                )
            )
