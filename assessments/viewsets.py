"""The Wagtail admin's screens for instruments and evaluation plans."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments.models import EvaluationPlan, Instrument


class InstrumentViewSet(SnippetViewSet):
    model = Instrument
    icon = "form"
    menu_label = _("Instruments")
    list_display = ["title", "kind", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["title"]


class EvaluationPlanViewSet(SnippetViewSet):
    model = EvaluationPlan
    icon = "tasks"
    menu_label = _("Evaluation plans")
    list_display = ["curriculum", "pre_test", "post_test", "follow_up_delay_days"]


class AssessmentViewSetGroup(SnippetViewSetGroup):
    items = (InstrumentViewSet, EvaluationPlanViewSet)
    menu_icon = "form"
    menu_label = _("Assessments")
    menu_name = "assessments"


assessment_viewsets = AssessmentViewSetGroup
