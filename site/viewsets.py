from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from continuum.models import Theme


class ThemeViewSet(SnippetViewSet):
    """The shared vocabulary of themes, edited by curriculum leads and practice moderators."""

    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    panels = ["name", "slug", "description"]
