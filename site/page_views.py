"""The views and context builders of page types, kept in modules that import models.

A page model names what serves a route or builds its context (`page_view("practices.listing")`)
instead of importing it: views and selectors import models, so models importing them would be a
cycle, solved until now by imports hidden inside methods. Each app's views and selectors register
under those names (`@serves("practices.listing")`); the app's `ready()` imports them."""

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured

_registered: dict[str, Callable] = {}


def serves(name: str) -> Callable[[Callable], Callable]:
    def register(function: Callable) -> Callable:
        if _registered.get(name, function) is not function:
            raise ImproperlyConfigured(f"Two functions serve the page view {name!r}.")
        _registered[name] = function
        return function

    return register


def page_view(name: str) -> Callable:
    try:
        return _registered[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"Nothing serves the page view {name!r}: is its module imported in its app's ready()?"
        ) from None
