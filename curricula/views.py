import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from continuum.codes import ALPHABET
from continuum.errors import FriendlyNotFound
from continuum.visibility import visible_to
from curricula.extensions import render_hook
from curricula.models import Certificate, CurriculumPage, ModulePage
from curricula.selectors import learner_dashboard
from curricula.services import complete_module, enrol

CODE_PATTERN = re.compile(f"[{ALPHABET}-]{{4,20}}")


def _visible_or_404(request, queryset, pk: int):
    page = visible_to(request, queryset).filter(pk=pk).first()
    if page is None:
        raise FriendlyNotFound(_("There is no such page, or it is not open to you."))
    return page


@login_required
def my_learning(request):
    """A learner's own page: curricula in progress with where to resume, and certificates."""
    context = learner_dashboard(user=request.user)
    context["extension_sections"] = render_hook("my_learning_sections", request)
    return TemplateResponse(request, "curricula/my_learning.html", context)


@login_required
@require_POST
def enrol_view(request, page_id: int):
    curriculum = _visible_or_404(request, CurriculumPage.objects.all(), page_id)
    _enrolment, created = enrol(user=request.user, curriculum=curriculum)
    if created:
        messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": curriculum.title})
    first = curriculum.modules().first()
    return redirect(first.url if first else curriculum.url)


@login_required
@require_POST
def complete_view(request, page_id: int):
    """Mark a module complete; enrols the learner first if needed. Safe to submit twice."""
    module = _visible_or_404(request, ModulePage.objects.all(), page_id)
    result = complete_module(user=request.user, module=module)
    if result.newly_enrolled:
        messages.info(request, _("You were not enrolled in this curriculum yet, so we enrolled you."))
    if result.certificate:
        messages.success(request, _("You have completed the curriculum. Your certificate is ready."))
        return redirect(result.certificate.get_absolute_url())
    if result.newly_completed:
        messages.success(request, _("“%(title)s” is marked as complete.") % {"title": module.title})
    next_module = module.get_next_siblings().live().type(ModulePage).first()
    return redirect(next_module.url if next_module else module.url)


@login_required
def certificate_view(request, code: str):
    """The learner's own printable certificate; anyone else gets a 404."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrolment__curriculum", "enrolment__user"),
        code=code.upper(),
        enrolment__user=request.user,
    )
    return TemplateResponse(request, "curricula/certificate.html", {"certificate": certificate})


def certificate_code_from(raw: str) -> str | None:
    """A certificate code as typed or pasted (lower case, spaces, or the whole printed address),
    or None when it cannot be one."""
    code = raw.strip().rstrip("/").rsplit("/", 1)[-1].strip().upper()
    return code if CODE_PATTERN.fullmatch(code) else None


def verify_certificate(request, code: str):
    """Tells anyone whether a code is valid, for which curriculum and date; nothing more."""
    normalised = certificate_code_from(code)
    certificate = (
        Certificate.objects.select_related("enrolment__curriculum").filter(code=normalised).first()
        if normalised
        else None
    )
    if certificate is None:
        raise FriendlyNotFound(
            _("No certificate has the code “%(code)s”. Check it against the printed certificate.")
            % {"code": code[:40].replace("\x00", "")}
        )
    return TemplateResponse(request, "curricula/verify_certificate.html", {"certificate": certificate})


def verify_form(request):
    """/certificates/?code=…: the form on the verification page sends codes here."""
    raw = request.GET.get("code", "")
    if raw.strip():
        code = certificate_code_from(raw)
        if code is None:
            raise FriendlyNotFound(_("That is not a certificate code. Codes look like ABCD-EFGH-JKMN."))
        return redirect("verify_certificate", code=code)
    return TemplateResponse(request, "curricula/verify_certificate.html", {"certificate": None})
