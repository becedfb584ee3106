from wagtail.snippets.models import register_snippet

from continuum.viewsets import ThemeViewSet

register_snippet(ThemeViewSet)
