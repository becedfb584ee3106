from wagtail import hooks
from wagtail.snippets.models import register_snippet

from continuum.admin_visibility import chooser_pages
from continuum.viewsets import ThemeViewSet

register_snippet(ThemeViewSet)

# Drafts in the page chooser: see continuum.admin_visibility (which also replaces the page types
# report and the chooser's "chosen" answer, that have no hook).
hooks.register("construct_page_chooser_queryset", chooser_pages)
