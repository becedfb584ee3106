from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import ActorType, ContinuumStage, TargetGroup


class PhaseViewSet(SnippetViewSet):
    model = ContinuumStage
    icon = "resubmit"
    list_display = ["name", "slug", "sort_order"]
    panels = ["name", "slug", "description", "sort_order"]


class ActorTypeViewSet(SnippetViewSet):
    model = ActorType
    icon = "user"
    list_display = ["name", "slug", "sort_order"]
    panels = ["name", "slug", "description", "sort_order"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "sort_order"]
    panels = ["name", "slug", "description", "sort_order"]


class PracticeVocabularies(SnippetViewSetGroup):
    """The practice library's extendable vocabularies, under one menu item."""

    menu_label = _("Practice vocabularies")
    menu_icon = "list-ul"
    menu_order = 310
    items = (PhaseViewSet, ActorTypeViewSet, TargetGroupViewSet)
