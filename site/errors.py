"""Errors whose message is written for the person who sees the 404 page."""

from django.http import Http404


class FriendlyNotFound(Http404):
    """A 404 whose first argument is shown on the 404 page (other 404s show a generic text)."""
