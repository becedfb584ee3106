"""What assessments add to curricula's pages (registered in wagtail_hooks.py)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from assessments.selectors import plan_for, pre_test_done, takes_assessments_online, tasks_for_user


def curriculum_panel(request, curriculum) -> str:
    """On a curriculum's page: how its learning is measured, and the way in."""
    plan = plan_for(curriculum)
    if plan is None or not (plan.pre_test or plan.post_test):
        return ""
    context = {
        "curriculum": curriculum,
        "plan": plan,
        "pre_done": request.user.is_authenticated and pre_test_done(user=request.user, curriculum=curriculum),
        "takes_assessments": takes_assessments_online(request.user, curriculum),
        "runs_cohorts": request.user.is_authenticated and request.user.has_perm("assessments.add_cohort"),
    }
    return render_to_string("assessments/includes/curriculum_panel.html", context, request=request)


def my_learning_section(request) -> str:
    """On /my/: the questionnaires open or due now, for each of the learner's participations."""
    participations = []
    for participant, tasks in tasks_for_user(request.user):
        due = [task for task in tasks if task.can_answer]
        if due:
            participations.append((participant, due))
    return render_to_string(
        "assessments/includes/my_learning_section.html", {"participations": participations}, request=request
    )


def hold_modules_until_pre_test(page, request, serve_args, serve_kwargs):
    """Online learners take the pre-test before the modules open, when the plan says so.

    Visitors who are not signed in can still read (nothing can be matched for them), and
    trainers, who see facilitator notes, are never held back."""
    from curricula.models import ModulePage
    from curricula.models.pages import can_see_facilitator_notes

    if not isinstance(page, ModulePage) or not request.user.is_authenticated:
        return None
    if can_see_facilitator_notes(request.user):
        return None
    curriculum = page.get_parent()
    plan = plan_for(curriculum)
    if plan is None or plan.pre_test is None or not plan.pre_test_before_modules:
        return None
    if not plan.pre_test.answerable_online or pre_test_done(
        user=request.user, curriculum=curriculum, plan=plan
    ):
        return None
    if not takes_assessments_online(request.user, curriculum):
        return None  # an evaluator or official reading the modules is not a trainee
    messages.info(
        request, _("Before the first module, take the short pre-test: it shows what the training changes.")
    )
    return redirect(reverse("assessments:online", args=[curriculum.pk]))
