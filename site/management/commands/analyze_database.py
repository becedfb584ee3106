from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = (
        "Refresh the database's query-planner statistics (ANALYZE). On SQLite, without them the "
        "planner joins the search index the slow way round (100 ms instead of 2 ms for a word in "
        "5,000 practices). Run after loading data and from time to time (e.g. daily)."
    )

    def handle(self, *args, **options):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"Statistics refreshed ({connection.vendor})."))
