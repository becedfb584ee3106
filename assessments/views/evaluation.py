"""Evaluators' pages: does the training work? Overview → curriculum → cohort, JSON, exports.

Everything shown goes through `assessments.reports`, which suppresses small groups; these views
only choose the scope and lay the figures out."""

from collections import Counter

from django import forms
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assessments import charts, exports, reports
from assessments.models import Cohort, EvaluationPlan, InstrumentVersion
from continuum.errors import FriendlyNotFound

evaluators_only = permission_required("assessments.view_evaluation", raise_exception=True)
BREAKDOWN_LABELS = {
    "country": gettext_lazy("Country"),
    "institution": gettext_lazy("Institution"),
    "role": gettext_lazy("Role"),
    "gender": gettext_lazy("Gender"),
    "delivery_mode": gettext_lazy("Delivery mode"),
    "cohort": gettext_lazy("Cohort"),
}


class ReportFilters(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    version = forms.TypedChoiceField(
        label=gettext_lazy("Instrument version"), coerce=int, required=False, empty_value=None
    )
    compare_by = forms.ChoiceField(label=gettext_lazy("Compare groups by"), required=False)
    first = forms.CharField(label=gettext_lazy("Group A"), required=False, max_length=200)
    second = forms.CharField(label=gettext_lazy("Group B"), required=False, max_length=200)

    def __init__(self, *args, versions: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].choices = [
            ("", _("All versions")),
            *((v, _("Version %(n)s") % {"n": v}) for v in versions),
        ]
        self.fields["compare_by"].choices = [("", "---------"), *BREAKDOWN_LABELS.items()]


def _plan_for_slug(slug: str) -> EvaluationPlan:
    plan = (
        EvaluationPlan.objects.select_related(
            "curriculum", "pre_test", "post_test", "confidence_scale", "reaction_survey", "follow_up"
        )
        .filter(curriculum__slug=slug)
        .first()
    )
    if plan is None:
        raise FriendlyNotFound(_("There is no evaluated curriculum at this address."))
    return plan


def _cohort(slug: str) -> Cohort:
    cohort = Cohort.objects.select_related("curriculum").filter(slug=slug).first()
    if cohort is None:
        raise FriendlyNotFound(_("There is no cohort at this address."))
    return cohort


@login_required
@evaluators_only
def evaluation_overview(request):
    """Every evaluated curriculum at a glance: matched n, gain, d_z with CI, ⟨g⟩ and a verdict."""
    rows = []
    for plan in EvaluationPlan.objects.select_related("curriculum", "pre_test", "post_test").order_by(
        "curriculum__title"
    ):
        if plan.pre_test is None or plan.post_test is None:
            continue
        document = reports.report(reports.Scope(curriculum=plan.curriculum, plan=plan), with_items=False)
        rows.append({"plan": plan, "report": document, "verdict": reports.verdict(document)})
    context = {"rows": rows, "small_cell_min": reports.small_cell_min()}
    return TemplateResponse(request, "assessments/evaluation/overview.html", context)


def _report_context(request, plan: EvaluationPlan, cohort: Cohort | None) -> dict:
    versions = sorted(
        set(
            InstrumentVersion.objects.filter(
                instrument__in=[plan.pre_test_id, plan.post_test_id]
            ).values_list("number", flat=True)
        )
    )
    filters = ReportFilters(request.GET or None, versions=versions)
    cleaned = filters.cleaned_data if filters.is_valid() else {}
    scope = reports.Scope(
        curriculum=plan.curriculum,
        plan=plan,
        cohort=cohort,
        date_from=cleaned.get("date_from"),
        date_to=cleaned.get("date_to"),
        version=cleaned.get("version"),
    )
    data = reports.matched(scope)
    document = reports.report(scope)
    context = {
        "plan": plan,
        "cohort": cohort,
        "filters": filters,
        "report": document,
        "verdict": reports.verdict(document),
    }
    if document["suppressed"]:
        return context
    groups = reports.participant_groups(data.participants)
    breakdowns = [
        {"by": by, "label": BREAKDOWN_LABELS[by], "cells": reports.breakdown(data, groups, by)}
        for by in reports.BREAKDOWNS
        if not (cohort and by in ("cohort", "country", "institution", "delivery_mode"))
    ]
    pre, post = data.scores()
    max_score = document["score"]["max_score"]
    distribution_uri, distribution_table = charts.distribution(pre, post, max_score)
    outcomes = reports.outcome_gains(scope, data)
    follow = reports.follow_up(scope, data)
    context |= {
        "breakdowns": breakdowns,
        "outcomes": outcomes,
        "flagged": [item for item in document["items"] if item["flagged"]],
        "confidence": reports.scale_change(scope, plan.confidence_scale),
        "reaction": reports.likert_summary(scope, plan.reaction_survey, "post"),
        "follow_up": follow,
        "attrition": reports.attrition(data, follow),
        "distribution_chart": distribution_uri,
        "distribution_table": distribution_table,
        "slope_chart": charts.slopes(pre, post),
        "slope_table": sorted(Counter(zip(pre, post, strict=True)).items()),
        "outcome_chart": charts.bars(
            [row["outcome"] for row in outcomes],
            {_("Mean gain"): [row["mean_gain"] for row in outcomes]},
            y_title=_("Points"),
        )
        if outcomes
        else None,
        "cohorts": Cohort.objects.filter(curriculum=plan.curriculum).order_by("-starts_on")
        if cohort is None
        else [],
    }
    if cleaned.get("compare_by") and cleaned.get("first") and cleaned.get("second"):
        context["comparison"] = {
            "by": BREAKDOWN_LABELS[cleaned["compare_by"]],
            "first": cleaned["first"],
            "second": cleaned["second"],
            "result": reports.compare_groups(
                data, groups, cleaned["compare_by"], cleaned["first"], cleaned["second"]
            ),
        }
    shown = [cell for b in breakdowns for cell in b["cells"] if not cell["suppressed"]]
    if shown:
        first = next((b for b in breakdowns if any(not c["suppressed"] for c in b["cells"])), None)
        if first:
            cells = [c for c in first["cells"] if not c["suppressed"]]
            context["groups_chart"] = {
                "label": first["label"],
                "uri": charts.bars(
                    [c["value"] or _("not stated") for c in cells],
                    {
                        _("Before"): [c["pre_mean"] for c in cells],
                        _("After"): [c["post_mean"] for c in cells],
                    },
                    y_title=_("Mean total score"),
                ),
                "cells": cells,
            }
    return context


@login_required
@evaluators_only
def curriculum_report(request, slug: str):
    plan = _plan_for_slug(slug)
    return TemplateResponse(
        request, "assessments/evaluation/report.html", _report_context(request, plan, None)
    )


@login_required
@evaluators_only
def cohort_report(request, slug: str):
    cohort = _cohort(slug)
    plan = _plan_for_slug(cohort.curriculum.slug)
    return TemplateResponse(
        request, "assessments/evaluation/report.html", _report_context(request, plan, cohort)
    )


@login_required
@evaluators_only
def cohort_report_json(request, slug: str):
    cohort = _cohort(slug)
    plan = _plan_for_slug(cohort.curriculum.slug)
    document = reports.report(reports.Scope(curriculum=plan.curriculum, plan=plan, cohort=cohort))
    return JsonResponse(document, json_dumps_params={"indent": 2, "allow_nan": False})


@login_required
@evaluators_only
def curriculum_report_json(request, slug: str):
    plan = _plan_for_slug(slug)
    document = reports.report(reports.Scope(curriculum=plan.curriculum, plan=plan))
    return JsonResponse(document, json_dumps_params={"indent": 2, "allow_nan": False})


@login_required
@evaluators_only
def export(request, slug: str, what: str):
    """Tidy data under report pseudonyms, with its codebook: a ZIP of CSV files or one workbook.

    One download holds every table, so that one pseudonym key links them (see exports.py)."""
    plan = _plan_for_slug(slug)
    tables = exports.build(plan)
    if what == "zip":
        response = HttpResponse(exports.as_zip(tables), content_type="application/zip")
    elif what == "xlsx":
        response = HttpResponse(
            exports.as_xlsx(tables),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise FriendlyNotFound(_("There is no such export."))
    response["Content-Disposition"] = f'attachment; filename="{plan.curriculum.slug}-evaluation.{what}"'
    return response
