"""The assessments part of the demo content: instruments and an evaluation plan for each demo
curriculum, four demo cohorts of synthetic participants with their answers, and the demo learner's
pre-tests.

What is made is read from the files in assessments/content/ (`assessments.content_loader`): the
instruments, the plans, the cohorts, how each item behaves (its difficulty before and after, how
much it depends on ability: respondents.toml) and what participants write (comments.md). Answers
are drawn from a seeded `random.Random`, so the content is the same on every machine, and scored
through `services.submit_attempt` like real ones; their dates are then set to plausible ones
around each cohort's training days. The shares below are the simulation's own settings.

Idempotent: instruments and cohorts are looked up by slug and a plan by its curriculum; whatever
exists is left as it is, and a cohort's participants are only made with the cohort. Everything
made here is marked as demo data.
"""

import datetime
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from assessments import services
from assessments.content_loader import DemoContent, load
from assessments.items import ItemSpec
from assessments.models import (
    Attempt,
    Cohort,
    EvaluationPlan,
    Instrument,
    InstrumentKind,
    InstrumentVersion,
    Participant,
    Phase,
)
from assessments.models.cohorts import PSEUDONYM_LENGTH
from continuum.codes import ALPHABET
from curricula.models import CurriculumPage, Enrolment

DEMO_TRAINER = "trainer"
DEMO_LEARNER = "learner"

CONSENT_SHARE = 0.88  # the others declined the voluntary profile
BLANK_FIELD_SHARE = 0.05  # of those who consented, left one question of the profile blank
WELFARE_SHARE = 0.6  # of the social workers, those who come from a social welfare centre
POST_ATTRITION = 0.10  # did the pre-test but not the post-test
REACTION_SKIP = 0.08  # did the post-test but not the reaction survey
COMMENT_SHARE = 0.5  # wrote something in an open question
RETENTION = 0.65  # share of the immediate knowledge gain still there at a retest
WRONG_TO_TRAP = 0.75  # of wrong answers to an item with a trap, how many go to the trap
LIKERT_NOISE = 0.6
ANSWER_NOISE = 0.6  # less luck than coin flips would give: items follow ability more closely
DEFAULT_ITEM = {"pre": 0.5, "change": 0.2, "discrimination": 1.0, "trap": None}  # if not in respondents.toml
DEFAULT_LIKERT = {"offset": 0.0, "gain": 1.0}


@dataclass(frozen=True)
class Person:
    """A synthetic participant: ability and Likert levels on the instruments' own scales."""

    ability: float  # in standard deviations, before the training
    learning: float  # how much more (or less) than the group this person learns
    confidence: float  # 1..5, before the training
    confidence_gain: float
    reaction: float  # 1..5
    practice: float  # 1..5, how often they apply the training three months later


def _person(rng: random.Random, *, ability: float, gain: float) -> Person:
    learning = rng.gauss(0, 0.5)
    confidence_gain = rng.gauss(0.95 * gain, 0.45)
    return Person(
        ability=rng.gauss(ability, 1),
        learning=learning,
        confidence=rng.gauss(3.0, 0.55),
        confidence_gain=confidence_gain,
        reaction=rng.gauss(3.9, 0.5) + 0.3 * learning,
        practice=rng.gauss(3.0, 0.6) + 0.5 * learning + 0.3 * confidence_gain,
    )


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


def _chance(item: dict, phase: str, person: Person, group_gain: float) -> float:
    """The chance that this person answers an item right in a phase (a retest at follow-up)."""
    if phase == Phase.PRE:
        base, ability = item["pre"], person.ability
    elif phase == Phase.POST:
        base, ability = item["pre"] + item["change"] * group_gain, person.ability + person.learning
    else:
        base = item["pre"] + item["change"] * group_gain * RETENTION
        ability = person.ability + RETENTION * person.learning
    return 1 / (1 + math.exp(-(_logit(base) + item["discrimination"] * ability)))


def _right_answers(
    codes: list[str], phase: str, people: list[Person], group_gain: float, rng: random.Random, items: dict
) -> dict[str, set[int]]:
    """Who (by index in `people`) answers each item right in a phase.

    Everyone answers right when their log-odds plus logistic noise is above a threshold, the
    threshold being set so that as many people as the chances add up to are right: each person
    is right with about their own chance, as with independent draws, but the item's facility is
    what respondents.toml describes, give or take rounding, rather than whatever 25 coin flips give."""
    right = {}
    for code in codes:
        item = items.get(code, DEFAULT_ITEM)
        chances = [_chance(item, phase, person, group_gain) for person in people]
        keys = []
        for chance in chances:
            chance, u = (min(max(x, 1e-9), 1 - 1e-9) for x in (chance, rng.random()))
            keys.append(math.log(chance / (1 - chance)) + ANSWER_NOISE * math.log(u / (1 - u)))
        ranked = sorted(range(len(people)), key=keys.__getitem__, reverse=True)
        right[code] = set(ranked[: round(sum(chances))])
    return right


def _knowledge_answer(
    spec: ItemSpec, right: bool, ability: float, rng: random.Random, trap: int | None
) -> Any:
    """An answer in the item's shape: right or wrong as decided; a wrong one to a single-choice
    item often the trap that respondents.toml names; among wrong answers to a
    partial-credit item, the more able more often tick a right option too (half the credit)."""
    if spec.kind == "true_false":
        return spec.correct_answer if right else not spec.correct_answer
    if spec.kind == "single_choice":
        correct = next(i for i, option in enumerate(spec.options) if option.credit > 0)
        wrong = [i for i in range(len(spec.options)) if i != correct]
        if right or not wrong:
            return correct
        if trap in wrong and rng.random() < WRONG_TO_TRAP:
            return trap
        return rng.choice(wrong)
    if spec.kind == "multiple_choice":
        good = [i for i, option in enumerate(spec.options) if option.credit > 0]
        bad = [i for i, option in enumerate(spec.options) if option.credit < 0]
        neutral = [i for i, option in enumerate(spec.options) if option.credit == 0]
        if right:
            chosen = good + ([rng.choice(neutral)] if neutral and rng.random() < 0.25 else [])
        else:
            half = rng.random() < 1 / (1 + math.exp(-ability))
            pattern = rng.choice(["one", "all_and_bad"] if half else ["one_and_bad", "bad"])
            if not bad:
                pattern = "one"
            chosen = {
                "one": [rng.choice(good)],
                "one_and_bad": [rng.choice(good), rng.choice(bad)],
                "all_and_bad": [*good, rng.choice(bad)],
                "bad": [rng.choice(bad)],
            }[pattern]
        return sorted(set(chosen))
    if spec.kind == "direct_score":
        return spec.points if right else 0.0
    return None


def _likert_answer(spec: ItemSpec, level: float, gain: float, rng: random.Random, item: dict) -> int:
    """The point chosen: the person's level plus the item's offset and share of the gain, with noise;
    turned round for reverse-coded items, where agreeing means less of what the scale measures."""
    value = level + item["offset"] + gain * item["gain"] + rng.gauss(0, LIKERT_NOISE)
    point = min(max(round(value), 1), spec.scale_points)
    return spec.scale_points + 1 - point if spec.reverse_coded else point


def _answers(
    instrument: Instrument,
    version: InstrumentVersion,
    phase: str,
    person: Person,
    rng: random.Random,
    *,
    is_right: Callable[[str], bool],
    comments: list[str],
    content: DemoContent,
) -> dict[str, Any]:
    """One person's answers to an instrument; `is_right(code)` says whether a test item is right."""
    if instrument.kind == InstrumentKind.CONFIDENCE:
        level, gain = person.confidence, (person.confidence_gain if phase != Phase.PRE else 0.0)
    elif instrument.kind == InstrumentKind.BEHAVIOUR:
        level, gain = person.practice, 0.0
    else:
        level, gain = person.reaction, 0.0
    answers: dict[str, Any] = {}
    for spec in version.specs:
        if spec.kind == "likert":
            item = content.likert_items.get(spec.code, DEFAULT_LIKERT)
            answers[spec.code] = _likert_answer(spec, level, gain, rng, item)
        elif spec.kind == "short_text":
            pool = content.behaviour_stories if instrument.kind == InstrumentKind.BEHAVIOUR else comments
            if pool and rng.random() < COMMENT_SHARE:
                answers[spec.code] = rng.choice(pool)
        else:
            trap = content.knowledge_items.get(spec.code, DEFAULT_ITEM)["trap"]
            answers[spec.code] = _knowledge_answer(spec, is_right(spec.code), person.ability, rng, trap)
    return answers


# --- instruments and plans ------------------------------------------------------------------------


def _ensure_instrument(data: dict) -> Instrument:
    instrument = Instrument.objects.filter(slug=data["slug"]).first()
    if instrument is None:
        instrument = Instrument.objects.create(
            slug=data["slug"],
            title=data["title"],
            kind=data["kind"],
            instructions=data["instructions"],
            feedback_policy=data["feedback_policy"],
            items=data["items"],
            is_demo=True,
        )
    return instrument


def _ensure_plan(curriculum: CurriculumPage, evaluation: dict) -> EvaluationPlan:
    plan = EvaluationPlan.objects.filter(curriculum=curriculum).first()
    if plan is not None:
        return plan
    knowledge = _ensure_instrument(evaluation["knowledge"])
    follow_up = {
        "retest": knowledge,
        "behaviour": _ensure_instrument(evaluation["behaviour"]) if "behaviour" in evaluation else None,
        None: None,
    }[evaluation["follow_up"]]
    return EvaluationPlan.objects.create(
        curriculum=curriculum,
        pre_test=knowledge,
        post_test=knowledge,
        confidence_scale=_ensure_instrument(evaluation["confidence"]),
        reaction_survey=_ensure_instrument(evaluation["reaction"]),
        follow_up=follow_up,
        follow_up_delay_days=evaluation["follow_up_delay_days"],
    )


# --- cohorts and their answers --------------------------------------------------------------------


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=timezone.get_default_timezone())


def _profile(rng: random.Random, data: dict, content: DemoContent) -> dict[str, str] | None:
    """The voluntary profile, or None for someone who declined it."""
    if rng.random() >= CONSENT_SHARE:
        return None
    role = _weighted(rng, data["roles"])
    profile = {
        "role": role,
        "gender": _weighted(rng, content.gender_by_role.get(role, {"woman": 1, "man": 1})),
        "service_years": _weighted(rng, content.service_years),
        "institution": _weighted(rng, data["institutions"]),
    }
    if role == "social_worker" and data.get("welfare_institutions") and rng.random() < WELFARE_SHARE:
        profile["institution"] = _weighted(rng, data["welfare_institutions"])
    for field in ("gender", "service_years", "institution"):
        if rng.random() < BLANK_FIELD_SHARE:
            profile[field] = ""
    return profile


def _pseudonym(rng: random.Random, taken: set[str]) -> str:
    while True:
        pseudonym = "P-" + "".join(rng.choice(ALPHABET) for _ in range(PSEUDONYM_LENGTH))
        if pseudonym not in taken:
            taken.add(pseudonym)
            return pseudonym


class _Recorder:
    """Submits attempts through the services and remembers the dates to give them afterwards."""

    def __init__(self) -> None:
        self.dates: list[Attempt] = []
        self.versions: dict[int, InstrumentVersion] = {}

    def version(self, instrument: Instrument) -> InstrumentVersion:
        if instrument.pk not in self.versions:
            self.versions[instrument.pk] = instrument.current_version
        return self.versions[instrument.pk]

    def submit(self, participant, phase, instrument, answers, started, minutes) -> datetime.datetime:
        attempt = services.attempt_for(participant=participant, phase=phase, instrument=instrument)
        if attempt.is_submitted:
            return attempt.submitted_at
        services.submit_attempt(attempt=attempt, answers=answers)
        submitted = started + datetime.timedelta(minutes=minutes)
        self.dates.append(
            Attempt(pk=attempt.pk, started_at=started, updated_at=submitted, submitted_at=submitted)
        )
        return submitted

    def save_dates(self) -> None:
        Attempt.objects.bulk_update(self.dates, ["started_at", "updated_at", "submitted_at"], batch_size=200)
        self.dates = []


def _post_day(rng: random.Random, data: dict, ends_on: datetime.date) -> datetime.datetime:
    if data["delivery_mode"] == "blended":  # the post-test is answered online in the following days
        return _at(
            ends_on + datetime.timedelta(days=rng.randint(0, 5)), rng.randint(9, 19), rng.randint(0, 59)
        )
    return _at(ends_on, 14, 30) + datetime.timedelta(minutes=rng.randint(0, 40))


def _seed_cohort(
    data: dict, curriculum: CurriculumPage, plan: EvaluationPlan, trainer, recorder, content: DemoContent
) -> Cohort:
    starts_on, ends_on = data["starts_on"], data["ends_on"]
    cohort = Cohort.objects.create(
        curriculum=curriculum,
        title=data["title"],
        slug=data["slug"],
        institution=data["institution"],
        country=data["country"],
        delivery_mode=data["delivery_mode"],
        starts_on=starts_on,
        ends_on=ends_on,
        pre_open=False,
        post_open=False,
        is_demo=True,
    )
    if trainer is not None:
        cohort.trainers.set([trainer])
    Cohort.objects.filter(pk=cohort.pk).update(created_at=_at(starts_on - datetime.timedelta(days=21), 10))

    rng = random.Random(f"continuum-demo:{data['slug']}")  # noqa: S311 (synthetic answers, not secrets)
    size, group_gain = data["size"], data["gain"]
    taken: set[str] = set()
    participants, people, arrivals = [], [], []
    for _number in range(size):
        profile = _profile(rng, data, content)
        arrives = _at(starts_on, 9) + datetime.timedelta(minutes=rng.randint(0, 30))
        participant = Participant.objects.create(
            cohort=cohort,
            curriculum=curriculum,
            pseudonym=_pseudonym(rng, taken),
            consented_at=arrives - datetime.timedelta(minutes=2) if profile else None,
            **(profile or {}),
        )
        participant.created_at = arrives - datetime.timedelta(minutes=3)
        participants.append(participant)
        people.append(_person(rng, ability=data["ability"], gain=group_gain))
        arrivals.append(arrives)
    Participant.objects.bulk_update(participants, ["created_at"])

    # Who answers what: everyone the pre-test, most the post-test, some the follow-up.
    everyone = list(range(size))
    posting = sorted(set(everyone) - set(rng.sample(everyone, round(size * POST_ATTRITION))))
    skip_reaction = set(rng.sample(posting, round(len(posting) * REACTION_SKIP)))
    following = set()
    if plan.follow_up is not None:
        following = set(rng.sample(posting, round(len(posting) * data["follow_up_share"])))
    groups = {Phase.PRE: everyone, Phase.POST: posting, Phase.FOLLOW_UP: sorted(following)}
    right: dict[tuple[str, int], dict[str, set[int]]] = {}
    for phase, group in groups.items():
        for instrument in plan.instruments_for(phase):
            specs = recorder.version(instrument).specs
            codes = [spec.code for spec in specs if spec.kind not in ("likert", "short_text")]
            by_code = _right_answers(
                codes, phase, [people[i] for i in group], group_gain, rng, content.knowledge_items
            )
            right[phase, instrument.pk] = {code: {group[i] for i in who} for code, who in by_code.items()}

    comments = content.comments.get(curriculum.slug, [])
    now = timezone.now()
    for index, participant in enumerate(participants):

        def answer(phase, instrument, started, minutes, index=index, participant=participant):
            answers = _answers(
                instrument,
                recorder.version(instrument),
                phase,
                people[index],
                rng,
                is_right=lambda code: index in right[phase, instrument.pk][code],
                comments=comments,
                content=content,
            )
            return recorder.submit(participant, phase, instrument, answers, started, minutes)

        done = arrivals[index]
        for instrument in plan.instruments_for(Phase.PRE):
            done = answer(Phase.PRE, instrument, done, rng.randint(4, 14))
        if index not in posting:
            continue
        done = _post_day(rng, data, ends_on)
        for instrument in plan.instruments_for(Phase.POST):
            if instrument != plan.reaction_survey or index not in skip_reaction:
                done = answer(Phase.POST, instrument, done, rng.randint(3, 12))
        if index in following:
            delay = datetime.timedelta(days=plan.follow_up_delay_days + rng.randint(0, 30))
            done = _at(timezone.localdate(done) + delay, rng.randint(8, 20), rng.randint(0, 59))
            if done < now:
                answer(Phase.FOLLOW_UP, plan.follow_up, done, rng.randint(4, 14))
    return cohort


# --- the demo learner -----------------------------------------------------------------------------


def _seed_learner(content: DemoContent) -> None:
    """The demo learner took the pre-test of each curriculum they enrolled in (modules wait for it),
    so /my/ shows the post-test as due for the curriculum they have finished."""
    learner = get_user_model().objects.filter(username=DEMO_LEARNER).first()
    if learner is None:
        return
    for enrolment in Enrolment.objects.filter(user=learner).select_related("curriculum").order_by("pk"):
        curriculum = enrolment.curriculum
        plan = EvaluationPlan.objects.filter(curriculum=curriculum).first()
        if plan is None or plan.pre_test is None:
            continue
        participant = services.online_participant(user=learner, curriculum=curriculum)
        rng = random.Random(f"continuum-demo:learner:{curriculum.slug}")  # noqa: S311 (synthetic answers)
        person = _person(rng, ability=0.3, gain=1.0)
        for instrument in plan.instruments_for(Phase.PRE):
            attempt = services.attempt_for(participant=participant, phase=Phase.PRE, instrument=instrument)
            if not attempt.is_submitted:
                answers = _answers(
                    instrument,
                    attempt.version,
                    Phase.PRE,
                    person,
                    rng,
                    is_right=lambda code, person=person, rng=rng: (
                        rng.random()
                        < _chance(content.knowledge_items.get(code, DEFAULT_ITEM), Phase.PRE, person, 1.0)
                    ),
                    comments=[],
                    content=content,
                )
                services.submit_attempt(attempt=attempt, answers=answers)


def seed(*, stdout) -> None:
    content = load()
    for evaluation in content.plans:
        curriculum = CurriculumPage.objects.filter(slug=evaluation["curriculum"]).first()
        if curriculum is not None:
            _ensure_plan(curriculum, evaluation)
    trainer = get_user_model().objects.filter(username=DEMO_TRAINER).first()
    recorder = _Recorder()
    for data in content.cohorts:
        if Cohort.objects.filter(slug=data["slug"]).exists():
            continue
        curriculum = CurriculumPage.objects.filter(slug=data["curriculum"]).first()
        plan = EvaluationPlan.objects.filter(curriculum=curriculum).first() if curriculum else None
        if plan is not None:
            _seed_cohort(data, curriculum, plan, trainer, recorder, content)
    recorder.save_dates()
    _seed_learner(content)
    instruments = Instrument.objects.filter(is_demo=True).count()
    cohorts = Cohort.objects.filter(is_demo=True).count()
    participants = Participant.objects.filter(cohort__is_demo=True).count()
    stdout.write(
        f"Assessments: {instruments} instruments, {cohorts} cohorts, {participants} participants (demo data)."
    )
