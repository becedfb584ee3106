"""Submit once: a double click, a replay or two devices at the same moment never make a second
attempt, and every request gets an answer (never a 500)."""

import threading

import pytest
from django.db import connection
from django.test import Client

from assessments.models import Attempt, Response
from tests.assessments.conftest import ALL_RIGHT

SIMULTANEOUS = 20


@pytest.mark.django_db(transaction=True)
def test_twenty_simultaneous_submissions_leave_exactly_one_submitted_attempt(cohort, join):
    first = Client()
    join(cohort, first)
    url = "/participate/pre/rb-knowledge/"
    assert first.get(url).status_code == 200  # the draft attempt exists
    session_cookie = first.cookies["sessionid"].value
    barrier = threading.Barrier(SIMULTANEOUS, timeout=60)
    statuses: list[int] = []
    errors: list[BaseException] = []

    def submit():
        device = Client()
        device.cookies["sessionid"] = session_cookie
        try:
            barrier.wait()
            statuses.append(device.post(url, {**ALL_RIGHT, "submit": "1"}).status_code)
        except BaseException as error:  # reported below, with the statuses
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(SIMULTANEOUS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors, errors
    assert sorted(statuses) == [200] * SIMULTANEOUS
    attempt = Attempt.objects.get()
    assert attempt.submitted_at is not None and attempt.score == 4
    assert Response.objects.filter(attempt=attempt).count() == 4


@pytest.mark.django_db(transaction=True)
def test_a_second_device_submitting_later_sees_the_first_result(cohort, join):
    phone, laptop = Client(), Client()
    code = join(cohort, phone)
    laptop.post("/join/", {"return-code": code})
    url = "/participate/pre/rb-knowledge/"
    assert phone.post(url, {**ALL_RIGHT, "submit": "1"}).status_code == 200
    late = laptop.post(
        url, {"item-RB-01": "1", "item-RB-02": "false", "item-RB-03": ["2"], "item-RB-04": "1", "submit": "1"}
    )
    assert late.status_code == 200
    assert "Your score: 4 out of 4" in late.content.decode()
    assert Attempt.objects.get().score == 4
