"""python manage.py import_results PATH --cohort SLUG [--curriculum SLUG] [--create]"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from assessments import audit
from assessments.importing import import_results
from assessments.models import Cohort


class Command(BaseCommand):
    help = (
        "Import results from a CSV file (participant,phase,item,score,max_score[,answer]). The whole file "
        "is checked first and imported entirely or not at all; importing it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--cohort", required=True, help="The cohort's slug.")
        parser.add_argument("--curriculum", help="The curriculum's slug (needed to create the cohort).")
        parser.add_argument(
            "--create",
            action="store_true",
            help="Create a missing cohort, and instruments from the item codes where the plan has none.",
        )
        parser.add_argument(
            "--trainer",
            action="append",
            default=[],
            metavar="USERNAME",
            help="A trainer of the cohort (repeat for several); they see it under My cohorts.",
        )

    def handle(
        self,
        *args,
        path: Path,
        cohort: str,
        curriculum: str | None,
        create: bool,
        trainer: list[str],
        **options,
    ):
        trainers = list(get_user_model().objects.filter(username__in=trainer))
        if len(trainers) != len(set(trainer)):
            unknown = sorted(set(trainer) - {user.get_username() for user in trainers})
            raise CommandError(f"Unknown trainer(s): {', '.join(unknown)}. Nothing imported.")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        report = import_results(data, cohort_slug=cohort, curriculum_slug=curriculum, create=create)
        if not report.ok:
            for error in report.errors:
                self.stderr.write(f"{path}: {error}")
            raise CommandError(f"Nothing imported: {len(report.errors)} error(s).")
        found = Cohort.objects.select_related("curriculum").get(slug=cohort)
        if trainers:
            found.trainers.add(*trainers)
        if report.cohort_created:
            audit.cohort_created(user=None, cohort=found)
        audit.results_imported(user=None, cohort=found, file=path.name, report=report)
        if report.cohort_created:
            self.stdout.write(f"Created cohort {cohort}.")
        for slug in report.instruments_created:
            self.stdout.write(f"Created instrument {slug}.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {report.attempts_created} attempt(s) from {report.rows} row(s); "
                f"{report.attempts_unchanged} already imported; "
                f"{report.participants_created} new participant(s)."
            )
        )
