"""What a participant sees: joining with a code, the voluntary profile, and answering.

The participant is remembered in the session only; no URL carries a participant or attempt id,
so nobody can reach another person's answers by editing an address."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assessments import services, throttle
from assessments.forms import AnswerForm, JoinForm, ProfileForm, ReturnForm, initial_from_answers
from assessments.models import FeedbackPolicy, Instrument, Participant, Phase
from assessments.selectors import plan_for, takes_assessments_online, tasks_for
from continuum.codes import format_code
from continuum.errors import FriendlyNotFound

SESSION_PARTICIPANT = "participant_id"
SESSION_NEW_CODE = "participant_new_code"


def current_participant(request) -> Participant | None:
    participant_id = request.session.get(SESSION_PARTICIPANT)
    if not participant_id:
        return None
    participant = Participant.objects.select_related("cohort", "curriculum").filter(pk=participant_id).first()
    if participant and participant.user_id and participant.user_id != request.user.pk:
        return None  # linked to an account: only that account may use it
    return participant


def forget_participant(request) -> None:
    """End the participant session of this browser: on signing in or out and before another code
    is entered, so that the next person at a shared computer never inherits someone's answers."""
    request.session.pop(SESSION_PARTICIPANT, None)
    request.session.pop(SESSION_NEW_CODE, None)


def remember(request, participant: Participant) -> None:
    forget_participant(request)
    request.session.cycle_key()  # a fresh session id for a newly identified person
    request.session[SESSION_PARTICIPANT] = participant.pk
    if not request.user.is_authenticated:
        # Training rooms share computers: a participant without an account is forgotten when
        # the browser closes, and comes back with their code.
        request.session.set_expiry(0)


def _require_participant(request) -> Participant:
    participant = current_participant(request)
    if participant is None:
        raise FriendlyNotFound(_("Enter your session code or your participant code first."))
    return participant


def join(request):
    """/join/: a session code makes a new participant; a participant code brings one back."""
    join_form = JoinForm(prefix="join", initial={"code": request.GET.get("code", "")[:40]})
    return_form = ReturnForm(prefix="return")
    status = 200
    if request.method == "POST":
        if throttle.is_blocked(request):
            messages.error(
                request, _("Too many wrong codes from this connection. Wait 15 minutes and try again.")
            )
            status = 429
        elif "return-code" in request.POST:
            return_form = ReturnForm(request.POST, prefix="return")
            if return_form.is_valid():
                participant = services.find_participant(return_form.cleaned_data["code"])
                if participant is not None and participant.user_id is None:
                    remember(request, participant)
                    messages.success(request, _("Welcome back. Your answers are as you left them."))
                    return redirect("assessments:participate")
                throttle.record_wrong_code(request)
                return_form.add_error(
                    "code", _("We do not know this participant code. Check it letter by letter.")
                )
            status = 400
        else:
            join_form = JoinForm(request.POST, prefix="join")
            if join_form.is_valid():
                cohort = services.find_cohort(join_form.cleaned_data["code"])
                if cohort is None:
                    throttle.record_wrong_code(request)
                    join_form.add_error(
                        "code", _("There is no session with this code. Check it with your trainer.")
                    )
                elif not cohort.accepts_newcomers:
                    join_form.add_error(
                        "code", _("This session is closed at the moment. Your trainer can open it again.")
                    )
                else:
                    joined = services.join_cohort(cohort=cohort, user=request.user)
                    remember(request, joined.participant)
                    if joined.code:
                        request.session[SESSION_NEW_CODE] = joined.code
                        return redirect("assessments:welcome")
                    messages.success(request, _("You have joined “%(title)s”.") % {"title": cohort.title})
                    return redirect("assessments:participate")
            status = 400
    context = {
        "join_form": join_form,
        "return_form": return_form,
        "participant": current_participant(request),
    }
    return TemplateResponse(request, "assessments/participate/join.html", context, status=status)


def welcome(request):
    """The new participant code, shown once."""
    participant = _require_participant(request)
    code = request.session.pop(SESSION_NEW_CODE, None)
    context = {"participant": participant, "code": format_code(code) if code else None}
    return TemplateResponse(request, "assessments/participate/welcome.html", context)


def profile(request):
    participant = _require_participant(request)
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=participant)
    if request.method == "POST" and form.is_valid():
        services.save_profile(participant=participant, data=form.cleaned_data)
        messages.success(request, _("Thank you. You can change these answers at any time."))
        return redirect("assessments:participate")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "assessments/participate/profile.html",
        {"form": form, "participant": participant},
        status=status,
    )


def participate(request):
    """The participant's home: what to answer now, what is done, what comes later."""
    participant = _require_participant(request)
    context = {"participant": participant, "tasks": tasks_for(participant)}
    return TemplateResponse(request, "assessments/participate/home.html", context)


@require_POST
def leave(request):
    forget_participant(request)
    messages.info(request, _("You have left. Come back at any time with your participant code."))
    return redirect("assessments:join")


def _answerable_online(specs):
    """The items a participant answers: not those a trainer marks by hand (scores typed later)."""
    return [spec for spec in specs if spec.kind_rules.answerable_online]


def _task_or_404(participant: Participant, phase: str, slug: str):
    if phase not in Phase.values:
        raise Http404
    task = next((t for t in tasks_for(participant) if t.phase == phase and t.instrument.slug == slug), None)
    if task is None:
        raise FriendlyNotFound(_("This questionnaire is not part of your training."))
    return task


def answer(request, phase: str, slug: str):
    """Answer one instrument: save a draft at any time, submit once."""
    participant = _require_participant(request)
    task = _task_or_404(participant, phase, slug)
    if task.state == "submitted":
        if request.method == "POST" and request.headers.get("X-Autosave"):
            return HttpResponse(status=409)
        return _submitted(request, participant, task.attempt)
    if not task.can_answer:
        if request.method == "POST" and task.attempt is not None:
            # Closed while the person was answering: keep what they typed for when it reopens.
            form = AnswerForm(request.POST, specs=_answerable_online(task.attempt.version.specs))
            form.is_valid()
            services.save_draft(attempt=task.attempt, answers=form.answers())
            messages.info(
                request,
                _("This questionnaire has been closed. Your answers are kept for when it opens again."),
            )
        else:
            messages.info(request, _("This questionnaire is not open yet."))
        return redirect("assessments:participate")
    instrument: Instrument = task.instrument
    attempt = task.attempt or services.attempt_for(
        participant=participant, phase=phase, instrument=instrument
    )
    specs = _answerable_online(attempt.version.specs)
    status = 200
    if request.method == "POST":
        submitting = "submit" in request.POST
        form = AnswerForm(request.POST, specs=specs, submitting=submitting)
        form.is_valid()
        # Keep every valid answer, even when something else needs correcting.
        answers = form.answers()
        if submitting and form.is_valid():
            submission = services.submit_attempt(attempt=attempt, answers=answers)
            return _submitted(request, participant, submission.attempt)
        saved = services.save_draft(attempt=attempt, answers=answers)
        if request.headers.get("X-Autosave") and not submitting:
            # The page's script saves as the person goes; 409 tells it another device submitted.
            return HttpResponse(status=204 if saved else 409)
        if not saved:
            return _submitted(request, participant, attempt)  # submitted meanwhile, on another device
        if not submitting and form.is_valid():
            messages.success(request, _("Your answers are saved. You can come back and finish later."))
            return HttpResponseRedirect(reverse("assessments:participate"))
        status = 400
    else:
        saved = {r.item_code: r.answer for r in attempt.responses.all()}
        form = AnswerForm(initial=initial_from_answers(specs, saved), specs=specs)
    context = {
        "participant": participant,
        "task": task,
        "instrument": instrument,
        "form": form,
        "attempt": attempt,
    }
    return TemplateResponse(request, "assessments/participate/answer.html", context, status=status)


def _submitted(request, participant, attempt):
    """The page after submission (also for a double click or a second device): 200 each time."""
    attempt = type(attempt).objects.select_related("version", "instrument").get(pk=attempt.pk)
    responses = {r.item_code: r for r in attempt.responses.all()}
    policy = attempt.instrument.feedback_policy

    rows = [
        {
            "spec": spec,
            "response": responses.get(spec.code),
            "answer": spec.answer_label(getattr(responses.get(spec.code), "answer", None)),
        }
        for spec in attempt.version.specs
    ]
    context = {
        "participant": participant,
        "attempt": attempt,
        "show_score": policy != FeedbackPolicy.NONE and attempt.max_score,
        # Right answers after a pre-test would teach the post-test: they wait for later phases.
        "show_feedback": policy == FeedbackPolicy.SCORE_AND_FEEDBACK and attempt.phase != "pre",
        "feedback_later": policy == FeedbackPolicy.SCORE_AND_FEEDBACK and attempt.phase == "pre",
        "rows": rows,
    }
    return TemplateResponse(request, "assessments/participate/submitted.html", context)


def online(request, curriculum_id: int):
    """A signed-in learner's way into their curriculum's assessments (no cohort, no code).

    GET only looks: it goes on as the learner's existing participant, or offers a button.
    Becoming a participant is a POST, and only for the people the curriculum is for."""
    from continuum.visibility import visible_to
    from curricula.models import CurriculumPage

    if not request.user.is_authenticated:
        return redirect(f"{reverse('login')}?next={request.path}")
    curriculum = get_object_or_404(visible_to(request, CurriculumPage.objects.all()), pk=curriculum_id)
    if plan_for(curriculum) is None:
        raise FriendlyNotFound(_("This curriculum has no assessments."))
    if not takes_assessments_online(request.user, curriculum):
        raise PermissionDenied
    participant = services.existing_online_participant(user=request.user, curriculum=curriculum)
    if participant is None and request.method == "POST":
        participant = services.online_participant(user=request.user, curriculum=curriculum)
    if participant is None:
        context = {"curriculum": curriculum}
        return TemplateResponse(request, "assessments/participate/start_online.html", context)
    remember(request, participant)
    return redirect("assessments:participate")


def resume_mine(request, participant_id: int):
    """A signed-in learner picks up one of their own participations (listed on /my/)."""
    if not request.user.is_authenticated:
        return redirect(f"{reverse('login')}?next={request.path}")
    participant = get_object_or_404(Participant, pk=participant_id, user=request.user)
    remember(request, participant)
    return redirect("assessments:participate")
