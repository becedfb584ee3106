"""Instruments: items of every kind, scoring rules, and versions that keep what was answered."""

import pytest
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from assessments.blocks import InstrumentItemsBlock
from assessments.factories import knowledge_items, likert_items, make_instrument
from assessments.items import ItemSpec
from assessments.services import attempt_for, submit_attempt


def spec(kind, **fields):
    return ItemSpec.from_snapshot({"code": "X-1", "kind": kind, "prompt": "?", **fields})


def test_multiple_choice_earns_partial_credit_never_below_zero_or_above_the_points():
    item = spec(
        "multiple_choice",
        points=2,
        options=[
            {"label": "a", "credit": 0.5},
            {"label": "b", "credit": 0.5},
            {"label": "c", "credit": -0.5},
        ],
    )
    assert item.score([0, 1]) == 2
    assert item.score([0]) == 1
    assert item.score([0, 2]) == 0
    assert item.score([2]) == 0  # not negative
    assert item.max_score == 2


def test_likert_items_score_their_point_and_reverse_coded_ones_are_turned_round():
    plain = spec("likert", scale="Confidence", scale_points=5)
    reverse = spec("likert", scale="Confidence", scale_points=5, reverse_coded=True)
    assert plain.score(4) == 4
    assert reverse.score(4) == 2  # min + max - x = 1 + 5 - 4
    assert reverse.score(1) == 5
    assert plain.max_score == 5


def test_short_text_is_not_scored_and_true_false_needs_the_right_answer():
    assert spec("short_text").score("anything") is None
    assert spec("true_false", points=1, correct_answer=False).score(False) == 1
    assert spec("true_false", points=1, correct_answer=False).score(True) == 0


@pytest.mark.django_db  # the theme choices come from the database
def test_item_codes_must_be_unique_within_an_instrument():
    block = InstrumentItemsBlock()
    value = block.to_python(
        [{"type": t, "value": v} for t, v in knowledge_items(2)]
        + [{"type": t, "value": {**v, "code": "RB-01"}} for t, v in knowledge_items(1)]
    )
    with pytest.raises(StreamBlockValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_a_single_choice_item_needs_exactly_one_correct_option():
    block = InstrumentItemsBlock()
    kind, value = knowledge_items(1)[0]
    value["options"] = [{"label": "a", "correct": True}, {"label": "b", "correct": True}]
    with pytest.raises(StreamBlockValidationError) as raised:
        block.clean(block.to_python([{"type": kind, "value": value}]))
    assert isinstance(raised.value.block_errors[0], StructBlockValidationError)


@pytest.mark.django_db
def test_editing_an_unanswered_instrument_updates_its_version_in_place():
    instrument = make_instrument()
    instrument.items = knowledge_items(5)
    instrument.save()
    assert instrument.versions.count() == 1
    assert len(instrument.current_version.specs) == 5


@pytest.mark.django_db
def test_editing_an_answered_instrument_makes_a_new_version_and_attempts_keep_theirs(cohort):
    from assessments.models import Participant

    instrument = cohort.curriculum.evaluation_plan.pre_test
    participant = Participant.objects.create(cohort=cohort, curriculum=cohort.curriculum, pseudonym="P-1")
    attempt = attempt_for(participant=participant, phase="pre", instrument=instrument)
    submit_attempt(attempt=attempt, answers={"RB-01": 0})
    instrument.items = knowledge_items(4) + likert_items(1)
    instrument.save()
    assert [v.number for v in instrument.versions.all()] == [1, 2]
    attempt.refresh_from_db()
    assert attempt.version.number == 1 and len(attempt.version.specs) == 4
    assert len(instrument.current_version.specs) == 5
    # Saving again without changes makes no third version.
    instrument.save()
    assert instrument.versions.count() == 2


@pytest.mark.django_db
def test_a_submitted_scale_keeps_its_scale_score_with_reverse_coding(cohort):
    from assessments.models import Participant

    scale = make_instrument(slug="confidence", title="Confidence", kind="confidence", items=likert_items(3))
    participant = Participant.objects.create(cohort=cohort, curriculum=cohort.curriculum, pseudonym="P-1")
    attempt = attempt_for(participant=participant, phase="pre", instrument=scale)
    # CF-03 is reverse-coded: a 5 there counts as 1.
    submitted = submit_attempt(attempt=attempt, answers={"CF-01": 4, "CF-02": 5, "CF-03": 5}).attempt
    assert submitted.scale_scores == {"Confidence": pytest.approx((4 + 5 + 1) / 3)}
    half_empty = submit_attempt(
        attempt=attempt_for(participant=participant, phase="post", instrument=scale), answers={"CF-01": 4}
    ).attempt
    assert half_empty.scale_scores == {}  # fewer than half the items answered
