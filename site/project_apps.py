"""The project's own apps, in dependency order, and a way to reach an optional module in each."""

from collections.abc import Iterator
from importlib import import_module
from types import ModuleType

from django.apps import apps

PROJECT_APPS = ("continuum", "curricula", "practices", "assessments")


def app_modules(name: str) -> Iterator[ModuleType]:
    """`<app>.<name>` for every project app that has such a module, in dependency order."""
    for label in PROJECT_APPS:
        module_name = f"{apps.get_app_config(label).name}.{name}"
        try:
            yield import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
