"""Whatever arrives in an answer form, the answer is a clear 4xx or a saved draft: never a 500,
never an answer outside what the item allows."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import Response

FIELDS = [
    "item-RB-01",
    "item-RB-02",
    "item-RB-03",
    "item-RB-04",
    "item-XX-99",
    "save",
    "submit",
    "csrfmiddlewaretoken",
]
values = st.one_of(
    st.sampled_from(["0", "1", "2", "-1", "true", "false", "", "999999999999999999999", "NaN", "1e308"]),
    st.text(max_size=50),
)
forms = st.dictionaries(st.sampled_from(FIELDS), st.one_of(values, st.lists(values, max_size=4)), max_size=8)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=forms)
def test_any_posted_answers_get_a_clear_answer_and_only_valid_answers_are_kept(client, cohort, join, data):
    if not client.session.get("participant_id"):
        join(cohort)
    response = client.post("/participate/pre/rb-knowledge/", data)
    assert response.status_code in (200, 302, 400)
    for saved in Response.objects.all():
        if saved.item_code == "RB-01":
            assert saved.answer in (0, 1, None)
        elif saved.item_code == "RB-02":
            assert saved.answer in (True, False, None)
        elif saved.item_code == "RB-03":
            assert saved.answer is None or set(saved.answer) <= {0, 1, 2}
            assert saved.answer is None or len(set(saved.answer)) == len(saved.answer)  # no repeats
        else:
            assert saved.item_code == "RB-04"
