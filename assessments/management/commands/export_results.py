"""python manage.py export_results --cohort SLUG  (CSV on stdout, in the format import_results reads)"""

from django.core.management.base import BaseCommand, CommandError

from assessments import audit
from assessments.models import Cohort
from assessments.results_export import export_results


class Command(BaseCommand):
    help = "Print a cohort's submitted results as CSV, in the format import_results reads."

    def add_arguments(self, parser):
        parser.add_argument("--cohort", required=True, help="The cohort's slug.")

    def handle(self, *args, cohort: str, **options):
        found = Cohort.objects.select_related("curriculum").filter(slug=cohort).first()
        if found is None:
            raise CommandError(f"There is no cohort {cohort!r}.")
        text = export_results(found)
        audit.results_exported(user=None, cohort=found, rows=audit.csv_rows(text))
        self.stdout.write(text, ending="")
