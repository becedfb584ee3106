"""Business rules that write: joining a cohort, saving and submitting attempts, paper entry."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.lookups import IsNull
from django.utils import timezone

from assessments import statistics
from assessments.models import Attempt, AttemptSource, Cohort, Instrument, Participant, Response
from assessments.models.cohorts import PARTICIPANT_CODE_LENGTH, PSEUDONYM_LENGTH, code_digest
from continuum.codes import normalise_code, random_code


@dataclass(frozen=True)
class Joined:
    participant: Participant
    code: str | None  # the new personal code, shown once; None for signed-in learners


@dataclass(frozen=True)
class Submission:
    attempt: Attempt
    newly_submitted: bool  # False for a double click, a replay or a second device


def find_cohort(typed_code: str) -> Cohort | None:
    code = normalise_code(typed_code)
    return Cohort.objects.select_related("curriculum").filter(join_code=code).first() if code else None


def find_participant(typed_code: str) -> Participant | None:
    code = normalise_code(typed_code)
    if len(code) != PARTICIPANT_CODE_LENGTH:
        return None
    return (
        Participant.objects.select_related("cohort", "curriculum")
        .filter(code_digest=code_digest(code))
        .first()
    )


def _new_pseudonym(**scope) -> str:
    while True:
        pseudonym = f"P-{random_code(PSEUDONYM_LENGTH)}"
        if not Participant.objects.filter(pseudonym=pseudonym, **scope).exists():
            return pseudonym


def join_cohort(*, cohort: Cohort, user=None) -> Joined:
    """Make someone a participant of a cohort.

    Without an account they get a personal code (returned once, stored only as a digest); a
    signed-in learner is linked to the participant instead, and joining twice finds it again."""
    if user is not None and user.is_authenticated:
        participant, _created = Participant.objects.get_or_create(
            user=user,
            cohort=cohort,
            defaults={"curriculum": cohort.curriculum, "pseudonym": _new_pseudonym(cohort=cohort)},
        )
        return Joined(participant=participant, code=None)
    while True:
        code = random_code(PARTICIPANT_CODE_LENGTH)
        if not Participant.objects.filter(code_digest=code_digest(code)).exists():
            break
    participant = Participant.objects.create(
        curriculum=cohort.curriculum,
        cohort=cohort,
        pseudonym=_new_pseudonym(cohort=cohort),
        code_digest=code_digest(code),
    )
    return Joined(participant=participant, code=code)


def existing_online_participant(*, user, curriculum) -> Participant | None:
    """The participant a signed-in learner already is for a curriculum, if any.

    A learner who joined a cohort of this curriculum goes on as that participant: one person
    must not count twice in the curriculum's report."""
    return (
        Participant.objects.filter(user=user, curriculum=curriculum)
        .order_by(IsNull(F("cohort"), True), "-created_at")  # a cohort's participant first, the newest
        .first()
    )


def online_participant(*, user, curriculum) -> Participant:
    """The participant that stands for a signed-in learner taking a curriculum online."""
    existing = existing_online_participant(user=user, curriculum=curriculum)
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            participant, _created = Participant.objects.get_or_create(
                user=user,
                curriculum=curriculum,
                cohort=None,
                defaults={"pseudonym": _new_pseudonym(curriculum=curriculum, cohort=None)},
            )
    except IntegrityError:  # two first requests at once: the other one created it
        participant = Participant.objects.get(user=user, curriculum=curriculum, cohort=None)
    return participant


def save_profile(*, participant: Participant, data: Mapping[str, Any]) -> None:
    """Store the voluntary profile. Without consent nothing is kept, and earlier answers go."""
    fields = ("role", "gender", "service_years", "institution")
    if data.get("consent"):
        for name in fields:
            setattr(participant, name, data.get(name) or "")
        participant.consented_at = participant.consented_at or timezone.now()
    else:
        for name in fields:
            setattr(participant, name, "")
        participant.consented_at = None
    participant.save(update_fields=[*fields, "consented_at"])


def attempt_for(
    *, participant: Participant, phase: str, instrument: Instrument, source: str = AttemptSource.ONLINE
) -> Attempt:
    """The participant's attempt at an instrument in a phase, started on its current version."""
    version = instrument.current_version
    try:
        with transaction.atomic():
            attempt, _created = Attempt.objects.get_or_create(
                participant=participant,
                phase=phase,
                instrument=instrument,
                defaults={"version": version, "source": source},
            )
    except IntegrityError:
        attempt = Attempt.objects.get(participant=participant, phase=phase, instrument=instrument)
    return attempt


def _write_responses(attempt: Attempt, answers: Mapping[str, Any], *, scored: bool) -> list[Response]:
    specs = attempt.version.specs
    Response.objects.filter(attempt=attempt).delete()
    rows = []
    for spec in specs:
        answer = answers.get(spec.code)
        if answer is None and not scored:
            continue
        score = spec.score(answer) if scored else None
        if scored and answer is None and spec.is_scored and spec.kind_rules.unanswered_earns_nothing:
            score = 0.0  # an unanswered test item earns nothing
        rows.append(
            Response(
                attempt=attempt,
                item_code=spec.code,
                answer=answer,
                score=score,
                max_score=spec.max_score if scored else None,
            )
        )
    return Response.objects.bulk_create(rows)


def save_draft(*, attempt: Attempt, answers: Mapping[str, Any]) -> bool:
    """Keep a draft's answers. Returns False (and changes nothing) once it is submitted."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("version").get(pk=attempt.pk)
        if locked.submitted_at is not None:
            return False
        _write_responses(locked, answers, scored=False)
        locked.save(update_fields=["updated_at"])
    return True


def submit_attempt(*, attempt: Attempt, answers: Mapping[str, Any]) -> Submission:
    """Score and submit an attempt, exactly once.

    The attempt row is locked (PostgreSQL) or the database is (SQLite, IMMEDIATE transactions),
    so of several simultaneous submissions the first scores it and the others find it
    submitted and get the same result."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("version").get(pk=attempt.pk)
        if locked.submitted_at is not None:
            return Submission(attempt=locked, newly_submitted=False)
        responses = _write_responses(locked, answers, scored=True)
        totals = attempt_totals(locked.version.specs, responses)
        locked.score, locked.max_score, locked.scale_scores = totals.score, totals.max_score, totals.scales
        locked.submitted_at = timezone.now()
        locked.save(update_fields=["score", "max_score", "scale_scores", "submitted_at", "updated_at"])
    return Submission(attempt=locked, newly_submitted=True)


@dataclass(frozen=True)
class Totals:
    score: float | None
    max_score: float | None
    scales: dict[str, float]  # each Likert scale's score


def attempt_totals(specs, responses: list[Response]) -> Totals:
    """What a submitted attempt stores besides its responses, from their scores: the total, its
    maximum, and each scale's score (the mean of its reverse-coded items, when half are
    answered). Online, paper and imported attempts all get theirs here."""
    scored = [response for response in responses if response.max_score is not None]
    by_code = {response.item_code: response for response in responses}
    by_scale: dict[str, list[float | None]] = {}
    for spec in specs:
        if spec.kind_rules.is_scale:
            response = by_code.get(spec.code)
            by_scale.setdefault(spec.scale, []).append(response.score if response else None)
    found = {name: statistics.scale_score(values) for name, values in by_scale.items()}
    return Totals(
        score=sum(response.score or 0.0 for response in scored) if scored else None,
        max_score=sum(response.max_score for response in scored) if scored else None,
        scales={name: value for name, value in found.items() if value is not None},
    )


def participant_for_label(*, cohort: Cohort, label: str) -> Participant:
    """Who a paper form or a file row belongs to: a participant code, else a cohort pseudonym.

    An unknown label makes a new participant of the cohort under that pseudonym."""
    by_code = find_participant(label)
    if by_code is not None and by_code.cohort_id == cohort.pk:
        return by_code
    participant, _created = Participant.objects.get_or_create(
        cohort=cohort, pseudonym=label.strip(), defaults={"curriculum_id": cohort.curriculum_id}
    )
    return participant


def remove_participant(participant: Participant) -> None:
    """Delete a participant with their attempts and answers (the database cascades)."""
    participant.delete()


def set_phase_open(*, cohort: Cohort, phase: str, is_open: bool) -> None:
    field = {"pre": "pre_open", "post": "post_open"}[phase]
    setattr(cohort, field, is_open)
    cohort.save(update_fields=[field])
