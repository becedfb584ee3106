from django.apps import apps as global_apps
from django.core.management.base import BaseCommand
from django.db import transaction

from continuum import roles
from continuum.apps import create_cache_tables
from continuum.project_apps import app_modules
from continuum.site_structure import ensure_home_page


class Command(BaseCommand):
    help = (
        "Create what the site needs to work, in production too: the home page, /curricula/ and "
        "/practices/ with their page permissions and review workflows, and the roles. Idempotent; "
        "run after every `migrate`."
    )

    def handle(self, *args, **options):
        create_cache_tables()
        with transaction.atomic():
            roles.ensure_permissions_exist(global_apps)
            roles.sync_roles(global_apps)
            home = ensure_home_page()
            for module in app_modules("structure"):
                if hasattr(module, "ensure_structure"):
                    module.ensure_structure(home)
        self.stdout.write(self.style.SUCCESS("Site structure, permissions and workflows are in place."))
