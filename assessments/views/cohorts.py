"""Trainers' screens for their cohorts: create, open and close phases, print, enter, import, export.

Every view looks the cohort up among `Cohort.objects.run_by(user)`, so another trainer's cohort
is a 404, whatever its slug."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from assessments import audit, paper, services
from assessments.forms import CohortForm, ImportForm
from assessments.importing import import_results
from assessments.models import Cohort, Phase
from assessments.results_export import export_results
from assessments.selectors import cohort_answers, plan_for
from continuum.errors import FriendlyNotFound
from continuum.slugs import unique_slug
from continuum.visibility import visible_to
from curricula.models import CurriculumPage

run_cohorts = permission_required("assessments.add_cohort", raise_exception=True)
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def _my_cohort(request, slug: str) -> Cohort:
    cohort = Cohort.objects.run_by(request.user).select_related("curriculum").filter(slug=slug).first()
    if cohort is None:
        raise FriendlyNotFound(_("There is no such cohort among yours."))
    return cohort


@login_required
@run_cohorts
def cohort_list(request):
    cohorts = Cohort.objects.run_by(request.user).select_related("curriculum").order_by("-starts_on")
    return TemplateResponse(request, "assessments/cohorts/list.html", {"cohorts": cohorts})


@login_required
@run_cohorts
def cohort_form(request, slug: str | None = None):
    cohort = _my_cohort(request, slug) if slug else None
    curricula = visible_to(request, CurriculumPage.objects.live()).order_by("title")
    trainers = (
        get_user_model()
        .objects.filter(groups__permissions__codename="add_cohort", is_active=True)
        .exclude(pk=request.user.pk)
        .distinct()
        .order_by("username")
    )
    form = CohortForm(
        request.POST if request.method == "POST" else None,
        instance=cohort,
        curricula=curricula,
        trainers=trainers,
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save(commit=False)
            if cohort is None:
                saved.slug = unique_slug(Cohort.objects.all(), saved.title, fallback="cohort")
            saved.save()
            form.save_m2m()
            saved.trainers.add(request.user)
            if cohort is None:
                audit.cohort_created(user=request.user, cohort=saved)
        messages.success(request, _("“%(title)s” is saved.") % {"title": saved.title})
        return redirect(saved.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "assessments/cohorts/form.html", {"form": form, "cohort": cohort}, status=status
    )


@login_required
@run_cohorts
def cohort_detail(request, slug: str):
    cohort = _my_cohort(request, slug)
    plan = plan_for(cohort.curriculum)
    columns, rows = cohort_answers(cohort, plan)
    context = {
        "cohort": cohort,
        "plan": plan,
        "columns": columns,
        "rows": rows,
        "instruments_by_phase": [(p, plan.instruments_for(p)) for p in Phase.values] if plan else [],
        "submitted_counts": [
            sum(1 for row in rows if row.states[i] == "submitted") for i in range(len(columns))
        ],
        "due": [row for row in rows if row.follow_up_due_on],
        "trainers": cohort.trainers.order_by("username"),
    }
    return TemplateResponse(request, "assessments/cohorts/detail.html", context)


@login_required
@run_cohorts
def remove_participant(request, slug: str, participant_id: int):
    """Take a participant out of a cohort with every answer they gave: someone who joined by
    mistake, or who withdraws their consent. Asked first, done on POST, recorded in the audit log."""
    cohort = _my_cohort(request, slug)
    participant = cohort.participants.filter(pk=participant_id).first()
    if participant is None:
        raise FriendlyNotFound(_("There is no such participant in this cohort."))
    if request.method == "POST":
        pseudonym = participant.pseudonym
        with transaction.atomic():
            services.remove_participant(participant)
            audit.participants_removed(user=request.user, cohort=cohort, count=1)
        message = _("%(pseudonym)s and their answers are removed from this cohort.")
        messages.success(request, message % {"pseudonym": pseudonym})
        return redirect(cohort.get_absolute_url())
    context = {"cohort": cohort, "participant": participant, "attempts": participant.attempts.count()}
    return TemplateResponse(request, "assessments/cohorts/remove_participant.html", context)


@login_required
@run_cohorts
@require_POST
def set_phase(request, slug: str, phase: str):
    cohort = _my_cohort(request, slug)
    if phase not in ("pre", "post"):
        raise FriendlyNotFound(_("Only the pre-test and the post-test are opened by hand."))
    is_open = request.POST.get("open") == "1"
    services.set_phase_open(cohort=cohort, phase=phase, is_open=is_open)
    label = Phase(phase).label
    messages.success(
        request, (_("%(phase)s: open.") if is_open else _("%(phase)s: closed.")) % {"phase": label}
    )
    return redirect(cohort.get_absolute_url())


@login_required
@run_cohorts
def cohort_sheet(request, slug: str):
    """A printable page to hand out: the code as text and as a QR code, and how to join."""
    import segno

    cohort = _my_cohort(request, slug)
    join_url = request.build_absolute_uri(reverse("assessments:join"))
    qr = segno.make(f"{join_url}?code={cohort.join_code}", error="m")
    context = {
        "cohort": cohort,
        "join_url": join_url,
        "qr_svg": qr.svg_inline(
            scale=6, title=_("QR code that opens the join page with this session's code")
        ),
    }
    return TemplateResponse(request, "assessments/cohorts/sheet.html", context)


def _instrument_in_phase(cohort, phase: str, instrument_slug: str):
    plan = plan_for(cohort.curriculum)
    if plan is None or phase not in Phase.values:
        raise FriendlyNotFound(_("This cohort's curriculum has no such questionnaire."))
    instrument = next((i for i in plan.instruments_for(phase) if i.slug == instrument_slug), None)
    if instrument is None:
        raise FriendlyNotFound(_("This cohort's curriculum has no such questionnaire."))
    return instrument


@login_required
@run_cohorts
def paper_form(request, slug: str, phase: str, instrument_slug: str):
    cohort = _my_cohort(request, slug)
    instrument = _instrument_in_phase(cohort, phase, instrument_slug)
    context = {
        "cohort": cohort,
        "phase": Phase(phase),
        "instrument": instrument,
        "version": instrument.current_version,
    }
    return TemplateResponse(request, "assessments/cohorts/paper_form.html", context)


@login_required
@run_cohorts
def bulk_entry(request, slug: str, phase: str, instrument_slug: str):
    """Type a cohort's paper answers: one row per form, one column per item."""
    cohort = _my_cohort(request, slug)
    instrument = _instrument_in_phase(cohort, phase, instrument_slug)
    version = instrument.current_version
    grid = paper.EntryGrid(
        version.specs,
        cohort=cohort,
        phase=phase,
        instrument=instrument,
        data=request.POST if request.method == "POST" else None,
        rows=request.GET.get("rows"),
    )
    status = 200
    if request.method == "POST":
        if grid.is_valid():
            saved = grid.save()
            audit.paper_entered(
                user=request.user,
                cohort=cohort,
                phase=phase,
                instrument=instrument,
                version=version.number,
                created=saved.created,
                unchanged=saved.unchanged,
            )
            messages.success(
                request,
                ngettext("%(new)s answer sheet saved", "%(new)s answer sheets saved", saved.created)
                % {"new": saved.created}
                + (
                    ngettext("; %(same)s was already in.", "; %(same)s were already in.", saved.unchanged)
                    % {"same": saved.unchanged}
                    if saved.unchanged
                    else "."
                ),
            )
            return redirect(cohort.get_absolute_url())
        status = 400
    context = {"cohort": cohort, "phase": Phase(phase), "instrument": instrument, "grid": grid}
    return TemplateResponse(request, "assessments/cohorts/bulk_entry.html", context, status=status)


@login_required
@run_cohorts
def import_view(request, slug: str):
    cohort = _my_cohort(request, slug)
    form = ImportForm(*((request.POST, request.FILES) if request.method == "POST" else ()))
    report = None
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_UPLOAD_BYTES:
                form.add_error("file", _("The file is larger than 10 MB."))
            else:
                report = import_results(
                    upload.read(), cohort_slug=cohort.slug, create=form.cleaned_data["create_instruments"]
                )
                if report.ok:
                    audit.results_imported(user=request.user, cohort=cohort, file=upload.name, report=report)
                    messages.success(
                        request,
                        ngettext(
                            "Imported %(new)s attempt; %(same)s already in.",
                            "Imported %(new)s attempts; %(same)s already in.",
                            report.attempts_created,
                        )
                        % {"new": report.attempts_created, "same": report.attempts_unchanged},
                    )
                    return redirect(cohort.get_absolute_url())
    context = {"cohort": cohort, "form": form, "report": report}
    return TemplateResponse(request, "assessments/cohorts/import.html", context, status=status)


@login_required
@run_cohorts
def export_view(request, slug: str):
    cohort = _my_cohort(request, slug)
    # The byte-order mark tells Excel the file is UTF-8; the importer reads it back.
    text = export_results(cohort)
    file_name = f"{cohort.slug}-results.csv"
    response = HttpResponse("\ufeff" + text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    audit.results_exported(user=request.user, cohort=cohort, rows=audit.csv_rows(text), file=file_name)
    return response
