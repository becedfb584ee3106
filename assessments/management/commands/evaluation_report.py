"""python manage.py evaluation_report (--cohort SLUG | --curriculum SLUG) --format json"""

import json

from django.core.management.base import BaseCommand, CommandError

from assessments import audit
from assessments.models import Cohort
from assessments.reports import Scope, report
from assessments.selectors import plan_for
from curricula.models import CurriculumPage


class Command(BaseCommand):
    help = "Print the evaluation report of a cohort or a curriculum (matched pre/post statistics) as JSON."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--cohort", help="The cohort's slug.")
        which.add_argument("--curriculum", help="The curriculum's slug.")
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args, cohort: str | None, curriculum: str | None, **options):
        found_cohort = None
        if cohort:
            found_cohort = Cohort.objects.select_related("curriculum").filter(slug=cohort).first()
            if found_cohort is None:
                raise CommandError(f"There is no cohort {cohort!r}.")
            found_curriculum = found_cohort.curriculum
        else:
            found_curriculum = CurriculumPage.objects.with_slug(curriculum).first()
            if found_curriculum is None:
                raise CommandError(f"There is no curriculum {curriculum!r}.")
        plan = plan_for(found_curriculum)
        if plan is None:
            raise CommandError(f"The curriculum {found_curriculum.slug!r} has no evaluation plan.")
        document = report(Scope(curriculum=found_curriculum, plan=plan, cohort=found_cohort))
        text = json.dumps(document.as_json(), indent=2, allow_nan=False, ensure_ascii=False)
        audit.evaluation_exported(
            user=None,
            curriculum=found_curriculum,
            cohort=found_cohort,
            kind="report",
            format="json",
            rows=document.n_matched or 0,
        )
        self.stdout.write(text)
