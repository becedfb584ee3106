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

from assessments import audit, charts, exports, reports
from assessments.models import Cohort, EvaluationPlan, InstrumentVersion
from assessments.templatetags.evaluation_tags import group_label
from continuum.errors import FriendlyNotFound
from curricula.models import CurriculumPage

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
        label=gettext_lazy("Cohorts starting from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=gettext_lazy("until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    version = forms.TypedChoiceField(
        label=gettext_lazy("Instrument version"), coerce=int, required=False, empty_value=None
    )
    first = forms.ChoiceField(label=gettext_lazy("Group A"), required=False)
    second = forms.ChoiceField(label=gettext_lazy("Group B"), required=False)

    def __init__(
        self, *args, versions: list[int], groups: list[tuple[str, list[tuple[str, str]]]] = (), **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.fields["version"].choices = [
            ("", _("All versions")),
            *((v, _("Version %(n)s") % {"n": v}) for v in versions),
        ]
        for name in ("first", "second"):
            self.fields[name].choices = [("", "---------"), *groups]


def _plan_for_slug(slug: str) -> EvaluationPlan:
    plan = (
        EvaluationPlan.objects.with_instruments()
        .select_related("curriculum")
        .filter(curriculum__in=CurriculumPage.objects.with_slug(slug))
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
    dates = ReportFilters(request.GET or None, versions=versions)
    cleaned = dates.cleaned_data if dates.is_valid() else {}
    scope = reports.Scope(
        curriculum=plan.curriculum,
        plan=plan,
        cohort=cohort,
        date_from=cleaned.get("date_from"),
        date_to=cleaned.get("date_to"),
        version=cleaned.get("version"),
    )
    data = reports.matched(scope)
    document = reports.report(scope, data=data)
    context = {
        "plan": plan,
        "cohort": cohort,
        "filters": dates,
        "report": document,
        "verdict": reports.verdict(document),
        "cohorts": Cohort.objects.filter(curriculum=plan.curriculum).order_by("-starts_on")
        if cohort is None
        else [],
        "hidden_cohorts": set(
            Cohort.objects.filter(curriculum=plan.curriculum)
            .exclude(pk__in=data.groups)
            .values_list("slug", flat=True)
        ),
    }
    if document.suppressed:
        return context
    pre, post = data.scores()
    max_score = document.score["max_score"]
    outcomes = reports.outcome_gains(scope, data)
    outcome_text = dict(plan.curriculum.outcomes.values_list("code", "text"))
    for row in outcomes:
        row["outcome_text"] = outcome_text.get(row["outcome"], "")
    follow = reports.follow_up(scope, data)
    context |= {
        "outcomes": outcomes,
        "flagged": [item for item in document.items if item["flagged"]],
        "confidence": reports.scale_change(scope, data, plan.confidence_scale),
        "reaction": reports.likert_summary(scope, data, plan.reaction_survey, "post"),
        "follow_up": follow,
        "attrition": reports.attrition(document, follow),
        "slope_table": sorted(Counter(zip(pre, post, strict=True)).items()),
        "outcome_chart": charts.bars(
            [row["outcome"] for row in outcomes],
            {_("Mean gain"): [row["mean_gain"] for row in outcomes]},
            y_title=_("Points"),
        )
        if outcomes
        else None,
    }
    if max_score:
        context["distribution_chart"], context["distribution_table"] = charts.distribution(
            pre, post, max_score
        )
        context["slope_chart"] = charts.slopes(pre, post)
    whole_curriculum = cohort is None and not (scope.date_from or scope.date_to or scope.version)
    context["breakdowns_here"] = whole_curriculum
    if whole_curriculum:
        context |= _breakdowns(request, plan, data, versions)
    return context


def _breakdowns(request, plan: EvaluationPlan, data, versions) -> dict:
    """Breakdowns and group comparisons, on the whole curriculum's report only: a breakdown on a
    cohort's or a filtered page, set against this one, would give small groups away."""
    groups = reports.participant_groups(data.participants)
    titles = dict(Cohort.objects.filter(curriculum=plan.curriculum).values_list("slug", "title"))
    breakdowns = []
    for by in reports.BREAKDOWNS:
        cells = reports.breakdown(data, groups, by)
        for cell in cells:
            cell["label"] = (
                titles.get(cell["value"], cell["value"]) if by == "cohort" else group_label(cell["value"], by)
            )
        breakdowns.append({"by": by, "label": BREAKDOWN_LABELS[by], "cells": cells})
    choices = [
        (
            str(b["label"]),
            [(f"{b['by']}:{c['value']}", c["label"]) for c in b["cells"] if not c["suppressed"]],
        )
        for b in breakdowns
    ]
    choices = [(label, options) for label, options in choices if len(options) >= 2]
    form = ReportFilters(request.GET or None, versions=versions, groups=choices)
    context = {"breakdowns": breakdowns, "filters": form}
    cleaned = form.cleaned_data if form.is_valid() else {}
    first, second = cleaned.get("first"), cleaned.get("second")
    if first and second:
        by, first_value = first.split(":", 1)
        by_second, second_value = second.split(":", 1)
        labels = {f"{b['by']}:{c['value']}": c["label"] for b in breakdowns for c in b["cells"]}
        comparison = {"first": labels.get(first, first), "second": labels.get(second, second)}
        if by != by_second:
            comparison["result"] = {"suppressed": True}
            comparison["message"] = _("Choose two groups of the same kind, such as two countries.")
        else:
            comparison["result"] = reports.compare_groups(data, groups, by, first_value, second_value)
            comparison["message"] = _("One of these groups is hidden, so they cannot be compared.")
        context["comparison"] = comparison
    shown = next((b for b in breakdowns if sum(not c["suppressed"] for c in b["cells"]) >= 2), None)
    if shown:
        cells = [c for c in shown["cells"] if not c["suppressed"]]
        context["groups_chart"] = {
            "label": shown["label"],
            "uri": charts.bars(
                [c["label"] for c in cells],
                {_("Before"): [c["pre_mean"] for c in cells], _("After"): [c["post_mean"] for c in cells]},
                y_title=_("Mean total score"),
            ),
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
    response = JsonResponse(document.as_json(), json_dumps_params={"indent": 2, "allow_nan": False})
    _record_report(request, plan, cohort, document)
    return response


@login_required
@evaluators_only
def curriculum_report_json(request, slug: str):
    plan = _plan_for_slug(slug)
    document = reports.report(reports.Scope(curriculum=plan.curriculum, plan=plan))
    response = JsonResponse(document.as_json(), json_dumps_params={"indent": 2, "allow_nan": False})
    _record_report(request, plan, None, document)
    return response


def _record_report(request, plan: EvaluationPlan, cohort: Cohort | None, document: reports.Report) -> None:
    audit.evaluation_exported(
        user=request.user,
        curriculum=plan.curriculum,
        cohort=cohort,
        kind="report",
        format="json",
        rows=document.n_matched or 0,  # the participants it describes; none when suppressed
        file=f"{(cohort or plan.curriculum).slug}.json",
    )


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
    file_name = f"{plan.curriculum.slug}-evaluation.{what}"
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    audit.evaluation_exported(
        user=request.user,
        curriculum=plan.curriculum,
        kind="data",
        format=what,
        rows=sum(len(tables[name]) for name in ("attempts", "responses")),
        file=file_name,
        tables={name: len(rows) for name, rows in tables.items()},
    )
    return response
