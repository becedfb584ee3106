"""Views of the practice library. The index page's routes (`PracticeIndexPage`) call these."""

from csp.decorators import csp_update
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Page, WorkflowState

from continuum.errors import FriendlyNotFound
from continuum.models import SiteSettings
from continuum.page_views import serves
from continuum.text import strip_control_characters
from practices import charts, exports
from practices.filters import FACETS, SORTS, known_values, parse_filters
from practices.forms import PracticeSubmissionForm
from practices.models import EVIDENCE_EXPLANATIONS, EvidenceLevel, PracticeIndexPage, PracticePage
from practices.selectors import facet_counts, filtered_practices, visible_practices
from practices.services import (
    SUBMISSIONS_PER_HOUR,
    InvalidSubmission,
    SubmissionRateLimited,
    submit_practice,
)

PRACTICES_PER_PAGE = 12
FEED_LENGTH = 30
EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", exports.as_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exports.as_xlsx),
    "json": ("application/json", exports.as_json),
}


def _vocabularies() -> dict[str, dict[str, str]]:
    return {facet.param: known_values(facet.param) for facet in FACETS}


@serves("practices.listing")
def listing(request, index: PracticeIndexPage):
    vocabularies = _vocabularies()
    filters = parse_filters(request.GET, vocabularies)
    practices, matches = filtered_practices(request, filters)
    practices = practices.prefetch_related("phases", "theme_items__tag")
    page_obj = Paginator(practices, PRACTICES_PER_PAGE).get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {
        **index.get_context(request),
        "filters": filters,
        "facets": facet_counts(request, filters, vocabularies, matches),
        "page_obj": page_obj,
        "sorts": SORTS,
        "vocabularies": vocabularies,
        "query_string": query_without_page.urlencode(),
    }
    return TemplateResponse(request, "practices/practice_index_page.html", context)


@serves("practices.export")
@require_safe
def export(request, index: PracticeIndexPage, file_format: str):
    if file_format not in EXPORT_TYPES:
        raise FriendlyNotFound(_("Exports come as CSV, XLSX or JSON."))
    filters = parse_filters(request.GET, _vocabularies())
    practices, _matches = filtered_practices(request, filters)
    content_type, render = EXPORT_TYPES[file_format]
    rows = exports.practice_rows(practices, request=request)
    notes = exports.designation_notes(rows, SiteSettings.load(request_or_site=request).kosovo_designation)
    response = HttpResponse(render(rows, notes), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="continuum-practices.{file_format}"'
    return response


class PracticeFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index: PracticeIndexPage):
        super().__init__()
        self.index = index

    def title(self):
        return _("Continuum: new practices")

    def link(self):
        return self.index.url

    def subtitle(self):
        return _("Practices newly published in the library.")

    def items(self):
        # Public practices only: feed readers fetch without signing in, and feeds get shared.
        return PracticePage.objects.live().public().order_by("-first_published_at")[:FEED_LENGTH]

    def item_title(self, item):
        return strip_control_characters(item.title)

    def item_description(self, item):
        return strip_control_characters(item.summary)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


@serves("practices.feed")
def feed(request, index: PracticeIndexPage):
    return PracticeFeed(index)(request)


@serves("practices.submit")
def submit(request, index: PracticeIndexPage):
    if not request.user.is_authenticated:
        return redirect(f"/accounts/login/?next={request.path}")
    form = PracticeSubmissionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_spam:
            # Tell robots it worked; save nothing.
            return redirect("my_submissions")
        if not form.is_valid():
            status = 400  # the form again, with what to fix and everything typed kept
        else:
            try:
                practice = submit_practice(user=request.user, index=index, data=form.cleaned_data)
            except InvalidSubmission as error:  # the form checks this first; never a server error
                form.add_error(None, str(error))
                status = 400
            except SubmissionRateLimited:
                messages.error(
                    request,
                    _("You can submit %(count)s practices an hour. Try again later; your text is kept below.")
                    % {"count": SUBMISSIONS_PER_HOUR},
                )
            else:
                messages.success(
                    request,
                    _("Thank you. “%(title)s” is with the moderators; you will see its status here.")
                    % {"title": practice.title},
                )
                return redirect("my_submissions")
    return TemplateResponse(
        request, "practices/submit.html", {**index.get_context(request), "form": form}, status=status
    )


@login_required
def my_submissions(request):
    practices = list(PracticePage.objects.filter(submitted_by=request.user).order_by("-submitted_at"))
    latest_state = {}  # the newest workflow state of each practice, in one query
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(p.pk) for p in practices],
    ).select_related("current_task_state")
    for state in states.order_by("created_at"):
        latest_state[state.object_id] = state
    rows = [
        {"practice": practice, "status": submission_status(practice, latest_state.get(str(practice.pk)))}
        for practice in practices
    ]
    return TemplateResponse(request, "practices/my_submissions.html", {"rows": rows})


def submission_status(practice: PracticePage, state) -> dict:
    """What a submitter is told: published, waiting, or changes asked for (with the comment)."""
    if practice.live:
        return {"code": "published", "label": _("Published")}
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return {
            "code": "needs_changes",
            "label": _("Not accepted yet: changes requested"),
            "comment": task_state.get_comment() if task_state else "",
        }
    if state is not None and state.status == state.STATUS_CANCELLED:
        return {"code": "withdrawn", "label": _("Withdrawn")}
    return {"code": "in_review", "label": _("Waiting for a moderator")}


@serves("practices.country_overview")
def country_overview(request, index: PracticeIndexPage):
    phase_names, rows = charts.country_phase_table(visible_practices(request))
    context = {
        **index.get_context(request),
        "phase_names": phase_names,
        "rows": rows,
    }
    return TemplateResponse(request, "practices/country_overview.html", context)


# pygal writes its styles inside the SVG; this response alone may use them.
@serves("practices.country_chart")
@csp_update({"style-src": ["'unsafe-inline'"]})
def country_chart(request, index: PracticeIndexPage):
    phase_names, rows = charts.country_phase_table(visible_practices(request))
    svg = charts.country_phase_svg(phase_names, rows, title=_("Practices by country and phase"))
    return HttpResponse(svg, content_type="image/svg+xml")


@serves("practices.evidence_guide")
def evidence_guide(request, index: PracticeIndexPage):
    levels = [(level, EVIDENCE_EXPLANATIONS[level]) for level in EvidenceLevel]
    return TemplateResponse(
        request, "practices/evidence_guide.html", {**index.get_context(request), "levels": levels}
    )
