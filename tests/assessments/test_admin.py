"""Trainers build instruments and evaluation plans in the Wagtail admin."""

from wagtail.test.utils.form_data import nested_form_data, streamfield

from assessments.models import EvaluationPlan, Instrument


def instrument_form(**overrides):
    item = {
        "code": "RB-01",
        "prompt": "Rapport is built by consistency.",
        "outcome": "RB-1",
        "theme": "",
        "feedback": "Predictable, fair behaviour builds trust.",
        "points": "1",
        "correct_answer": "true",
    }
    data = {
        "title": "Rapport knowledge test",
        "slug": "rapport-knowledge",
        "kind": "knowledge",
        "feedback_policy": "score_and_feedback",
        "instructions": "",
        "items": streamfield([("true_false", item)]),
        **overrides,
    }
    return nested_form_data(data)


def test_a_trainer_creates_an_instrument_and_it_gets_its_first_version(client, trainer):
    client.force_login(trainer)
    assert client.get("/admin/snippets/assessments/instrument/add/").status_code == 200
    response = client.post("/admin/snippets/assessments/instrument/add/", instrument_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    instrument = Instrument.objects.get()
    assert instrument.current_version.number == 1
    assert instrument.current_version.specs[0].code == "RB-01"


def test_a_bad_item_code_is_refused_with_a_message(client, trainer):
    client.force_login(trainer)
    data = instrument_form()
    data["items-0-value-code"] = "rb 01"
    response = client.post("/admin/snippets/assessments/instrument/add/", data)
    assert response.status_code == 200
    assert "Use capitals, digits and hyphens" in response.content.decode()
    assert not Instrument.objects.exists()


def test_a_curriculum_lead_sets_up_an_evaluation_plan(client, curriculum_lead, curriculum):
    from assessments.factories import make_instrument

    test = make_instrument()
    client.force_login(curriculum_lead)
    response = client.post(
        "/admin/snippets/assessments/evaluationplan/add/",
        {
            "curriculum": curriculum.pk,
            "pre_test": test.pk,
            "post_test": test.pk,
            "follow_up_delay_days": "90",
            "pre_test_before_modules": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    plan = EvaluationPlan.objects.get()
    assert plan.instruments_for("pre") == [test]


def test_learners_and_evaluators_cannot_edit_instruments(client, learner, evaluator):
    for user in (learner, evaluator):
        client.force_login(user)
        assert client.get("/admin/snippets/assessments/instrument/add/").status_code in (302, 403)
