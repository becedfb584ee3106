"""python manage.py export_results --cohort SLUG  (CSV on stdout, in the format import_results reads)"""

from django.core.management.base import BaseCommand, CommandError

from assessments.importing import export_results
from assessments.models import Cohort


class Command(BaseCommand):
    help = "Print a cohort's submitted results as CSV, in the format import_results reads."

    def add_arguments(self, parser):
        parser.add_argument("--cohort", required=True, help="The cohort's slug.")

    def handle(self, *args, cohort: str, **options):
        found = Cohort.objects.filter(slug=cohort).first()
        if found is None:
            raise CommandError(f"There is no cohort {cohort!r}.")
        self.stdout.write(export_results(found), ending="")
