"""Read-side questions: what a participant may answer now, and who has answered in a cohort."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from assessments.models import (
    Attempt,
    Cohort,
    EvaluationPlan,
    Instrument,
    InstrumentVersion,
    Participant,
    Phase,
)
from curricula.models import Enrolment

PHASE_ORDER = (Phase.PRE, Phase.POST, Phase.FOLLOW_UP)


@dataclass(frozen=True)
class Task:
    """One instrument to answer in one phase, and where the participant stands with it."""

    phase: str
    instrument: Instrument
    state: str  # "open", "draft", "submitted", "not_yet" or "closed"
    opens_on: datetime.date | None = None
    attempt: Attempt | None = None

    @property
    def can_answer(self) -> bool:
        return self.state in ("open", "draft")

    @property
    def phase_label(self) -> str:
        return Phase(self.phase).label


def plan_for(curriculum) -> EvaluationPlan | None:
    return (
        EvaluationPlan.objects.with_instruments()
        .filter(curriculum=curriculum)
        .first()
    )


def takes_assessments_online(user, curriculum) -> bool:
    """Whether a signed-in person is one the curriculum's online assessments are for: a learner,
    or someone enrolled in it. Evaluators and officials read the reports and trainers run
    cohorts; their answers would be counted as a trainee's, so they never become participants."""
    from continuum import roles

    if not user.is_authenticated:
        return False
    groups = set(user.groups.values_list("name", flat=True))
    if groups & {roles.EVALUATORS, roles.REGIONAL_OFFICIALS, roles.TRAINERS, roles.CURRICULUM_LEADS}:
        return False
    return roles.LEARNERS in groups or Enrolment.objects.filter(user=user, curriculum=curriculum).exists()


def follow_up_due_on(participant: Participant, plan: EvaluationPlan, attempts) -> datetime.date | None:
    """The follow-up is due `follow_up_delay_days` after the post-test (or the cohort's last day)."""
    post_dates = [a.submitted_at for a in attempts if a.phase == Phase.POST and a.submitted_at]
    if post_dates:
        start = timezone.localdate(min(post_dates))
    elif participant.cohort and participant.cohort.ends_on:
        start = participant.cohort.ends_on
    else:
        return None
    return start + datetime.timedelta(days=plan.follow_up_delay_days)


def _phase_state(
    participant: Participant, phase: str, due_on, today, finished: bool | None
) -> tuple[str, datetime.date | None]:
    if phase == Phase.FOLLOW_UP:
        if due_on is None:
            return "not_yet", None
        return ("open" if today >= due_on else "not_yet"), due_on
    if participant.cohort_id:
        return ("open" if participant.cohort.is_open(phase) else "closed"), None
    if phase == Phase.PRE:
        return "open", None
    if finished is None:
        finished = Enrolment.objects.filter(
            user_id=participant.user_id, curriculum_id=participant.curriculum_id, completed_at__isnull=False
        ).exists()
    return ("open" if finished else "not_yet"), None


def tasks_for(
    participant: Participant,
    plan: EvaluationPlan | None = None,
    *,
    attempts: list[Attempt] | None = None,
    finished: bool | None = None,
) -> list[Task]:
    """Every instrument of the participant's plan, in order, with its state. Callers that list
    many participants pass what they loaded in bulk (see `tasks_for_user`)."""
    plan = plan or plan_for(participant.curriculum_id)
    if plan is None:
        return []
    attempts = list(participant.attempts.all()) if attempts is None else attempts
    by_key = {(a.phase, a.instrument_id): a for a in attempts}
    due_on = follow_up_due_on(participant, plan, attempts)
    today = timezone.localdate()
    tasks = []
    for phase in PHASE_ORDER:
        state, opens_on = _phase_state(participant, phase, due_on, today, finished)
        for instrument in plan.instruments_for(phase):
            attempt = by_key.get((phase, instrument.pk))
            if attempt is None and not instrument.answerable_online:
                continue  # score-only items are typed in from paper or imported, not answered here
            if attempt and attempt.submitted_at:
                task_state = "submitted"
            elif state == "open" and attempt:
                task_state = "draft"
            else:
                task_state = state
            tasks.append(Task(phase, instrument, task_state, opens_on, attempt))
    return tasks


def pre_test_done(*, user, curriculum, plan: EvaluationPlan | None = None) -> bool:
    """Has the learner submitted the plan's pre-test (not just another pre-training instrument)?"""
    plan = plan or plan_for(curriculum)
    if plan is None or plan.pre_test_id is None:
        return True
    return Attempt.objects.filter(
        participant__user=user,
        participant__curriculum=curriculum,
        phase=Phase.PRE,
        instrument_id=plan.pre_test_id,
        submitted_at__isnull=False,
    ).exists()


@dataclass(frozen=True)
class ParticipantRow:
    participant: Participant
    states: list[str]  # one per column: "submitted", "draft" or ""
    follow_up_due_on: datetime.date | None


def cohort_answers(cohort: Cohort, plan: EvaluationPlan | None) -> tuple[list[tuple[str, Instrument]], list]:
    """Who has answered what, by pseudonym: columns (phase, instrument) and one row per participant.

    Three queries however many participants the cohort has."""
    columns = [(phase, i) for phase in PHASE_ORDER for i in (plan.instruments_for(phase) if plan else [])]
    participants = list(cohort.participants.order_by("pseudonym"))
    attempts_by_participant: dict[int, list[Attempt]] = {p.pk: [] for p in participants}
    for attempt in Attempt.objects.filter(participant__cohort=cohort).only(
        "participant_id", "phase", "instrument_id", "submitted_at"
    ):
        attempts_by_participant[attempt.participant_id].append(attempt)
    rows = []
    for participant in participants:
        attempts = attempts_by_participant[participant.pk]
        by_key = {(a.phase, a.instrument_id): a for a in attempts}
        states = []
        for phase, instrument in columns:
            attempt = by_key.get((phase, instrument.pk))
            states.append("" if attempt is None else ("submitted" if attempt.submitted_at else "draft"))
        due = follow_up_due_on(participant, plan, attempts) if plan and plan.follow_up_id else None
        participant.cohort = cohort  # already known: no query per row
        rows.append(ParticipantRow(participant, states, due))
    return columns, rows


def tasks_for_user(user) -> list[tuple[Participant, list[Task]]]:
    """A signed-in person's participations and their tasks, in a fixed number of queries."""
    participants = list(Participant.objects.filter(user=user).select_related("curriculum", "cohort"))
    if not participants:
        return []
    curricula = {p.curriculum_id for p in participants}
    plans = {
        plan.curriculum_id: plan
        for plan in EvaluationPlan.objects.filter(curriculum_id__in=curricula).with_instruments()
    }
    instruments = {i.pk: i for plan in plans.values() for i in plan.instruments_for_all_phases()}
    latest: dict[int, InstrumentVersion] = {}
    for version in InstrumentVersion.objects.filter(instrument_id__in=instruments).order_by("number"):
        latest[version.instrument_id] = version
    for pk, instrument in instruments.items():
        instrument.__dict__["current_version"] = latest.get(pk)  # fills the cached property
    attempts: dict[int, list[Attempt]] = {p.pk: [] for p in participants}
    for attempt in Attempt.objects.filter(participant__in=participants):
        attempts[attempt.participant_id].append(attempt)
    finished = set(
        Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list(
            "curriculum_id", flat=True
        )
    )
    return [
        (
            participant,
            tasks_for(
                participant,
                plans.get(participant.curriculum_id),
                attempts=attempts[participant.pk],
                finished=participant.curriculum_id in finished,
            )
            if participant.curriculum_id in plans
            else [],
        )
        for participant in participants
    ]
