"""The site's part of the demo content: home page, site settings, themes and one account per role.

`seed_demo` calls `seed(stdout=...)` in every project app that has a `demo` module, in the
order of INSTALLED_APPS; each part is idempotent (it creates what is missing, changes nothing
that exists), so running the command twice leaves the same database.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from continuum import roles
from continuum.models import SiteSettings, Theme
from continuum.site_structure import ensure_home_page
from continuum.vocabulary import ensure_themes

DEMO_PASSWORD = "continuum-demo"  # noqa: S105 (documented in the README; never in production)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str | None  # a group name, or None for the administrator
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin", "Ada", "Administrator", None, superuser=True),
    DemoAccount("learner", "Lena", "Hoxha", roles.LEARNERS),
    DemoAccount("trainer", "Tarik", "Kovačević", roles.TRAINERS),
    DemoAccount("lead", "Leonora", "Berisha", roles.CURRICULUM_LEADS),
    DemoAccount("moderator", "Marko", "Petrović", roles.PRACTICE_MODERATORS),
    DemoAccount("evaluator", "Elena", "Stojanovska", roles.EVALUATORS),
    DemoAccount("official", "Omer", "Delić", roles.REGIONAL_OFFICIALS),
)

INTRODUCTION = (
    "<p>Continuum is where prison and probation staff, trainers, regional officials and "
    "evaluators in the Western Balkans and the EU share what works with violent extremist and "
    "terrorist offenders, from the first day in custody to life after release.</p>"
    "<p>Take a curriculum on rapport building, dynamic security or gender-sensitive work; "
    "find practices from across the region graded by the strength of their evidence; and see, "
    "with matched before-and-after assessments, whether a training changed anything.</p>"
)


def ensure_demo_accounts() -> list[tuple[DemoAccount, bool]]:
    """Create the demo accounts that are missing; return each with whether it was created."""
    user_model = get_user_model()
    results = []
    for account in DEMO_ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.username}@example.org",
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created:
            # Only on creation: a new salt on every run would change the database.
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        if account.role:
            user.groups.add(Group.objects.get(name=account.role))
        results.append((account, created))
    return results


def seed(*, stdout) -> None:
    home = ensure_home_page()
    if not home.introduction:
        home.introduction = INTRODUCTION
        home.save_revision().publish()
    site_settings = SiteSettings.load()
    if not site_settings.contact_email:
        site_settings.contact_email = "contact@example.org"
        site_settings.footer_text = (
            "Continuum is a demonstration platform. Its demo content is written from the "
            "conclusions of a regional expert workshop on the prison-exit continuum."
        )
        site_settings.save()
    added = ensure_themes(Theme)
    roles.sync_roles(global_apps)
    accounts = ensure_demo_accounts()
    stdout.write(f"Site: home page, settings, {added} new themes ({Theme.objects.count()} in all).")
    stdout.write(f"Demo logins (password for every account: {DEMO_PASSWORD}):")
    for account, _created in accounts:
        stdout.write(f"  {account.username:<10} {account.role or 'Administrator (superuser)'}")
