"""Health and readiness, limits that hold across processes, and who a request comes from."""

import json

import pytest
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.test import Client, RequestFactory

from assessments import throttle
from continuum.client_address import client_address
from continuum.factories import TEST_PASSWORD
from tests.subprocesses import PRODUCTION, python

# --- Health ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_readyz_answers_ready_when_the_database_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ready\n"
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_503_and_healthz_200_when_the_database_is_not_there():
    result = python(
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "c = Client()\n"
        "print(c.get('/readyz').status_code, c.get('/healthz').status_code)\n",
        **PRODUCTION,
        DATABASE_URL="postgres://postgres@127.0.0.1:1/nowhere",
        SECURE_SSL_REDIRECT="false",
    )
    assert result.stdout.split() == ["503", "200"], result.stderr[-2000:]


def test_health_checks_are_not_redirected_to_https_but_pages_are():
    result = python(
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "c = Client()\n"
        "print(c.get('/healthz').status_code, c.get('/no-such-page/').status_code)\n",
        **PRODUCTION,
        DATABASE_URL="postgres://postgres@127.0.0.1:1/nowhere",
    )
    assert result.stdout.split() == ["200", "301"], result.stderr[-2000:]


# --- Limits shared by every process -------------------------------------------------------------


def test_production_without_redis_keeps_limits_in_the_database_every_worker_shares():
    result = python(
        "import django, json; django.setup()\n"
        "from django.conf import settings\n"
        "print(json.dumps(settings.CACHES['default']))\n",
        **PRODUCTION,
    )
    assert json.loads(result.stdout)["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_production_with_redis_keeps_limits_in_redis():
    result = python(
        "import django, json; django.setup()\n"
        "from django.conf import settings\n"
        "print(json.dumps(settings.CACHES['default']))\n",
        **PRODUCTION,
        REDIS_URL="redis://127.0.0.1:6379/9",
    )
    assert json.loads(result.stdout)["BACKEND"] == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.django_db(transaction=True)
def test_the_join_throttle_counts_wrong_codes_of_every_worker_together(settings, monkeypatch):
    """Two workers are two processes with nothing in common but the database: two cache
    objects over one table stand for them. Twenty wrong codes in all block both."""
    settings.CACHES = {"default": settings.DATABASE_CACHE}
    call_command("createcachetable", verbosity=0)
    workers = [DatabaseCache("continuum_cache", {}), DatabaseCache("continuum_cache", {})]
    request = RequestFactory().post("/join/", REMOTE_ADDR="203.0.113.5")
    for number in range(throttle.WRONG_CODES_ALLOWED):
        monkeypatch.setattr(throttle, "cache", workers[number % 2])
        assert not throttle.is_blocked(request)
        throttle.record_wrong_code(request)
    for worker in workers:
        monkeypatch.setattr(throttle, "cache", worker)
        assert throttle.is_blocked(request)


# --- Who a request comes from --------------------------------------------------------------------


def _request(remote: str, forwarded: str | None = None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_without_a_proxy_a_forwarded_header_changes_nothing(settings):
    settings.PROXY_COUNT = 0
    assert client_address(_request("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_behind_one_proxy_the_client_is_the_address_the_proxy_appended(settings):
    settings.PROXY_COUNT = 1
    assert client_address(_request("10.0.0.2", "203.0.113.9")) == "203.0.113.9"
    # Whatever the client wrote itself stays to the left and is never believed.
    assert client_address(_request("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    assert client_address(_request("10.0.0.2")) == "10.0.0.2"
    assert client_address(_request("10.0.0.2", "not-an-address")) == "10.0.0.2"
    # Some load balancers add the client's port.
    assert client_address(_request("10.0.0.2", "203.0.113.9:51234")) == "203.0.113.9"
    assert client_address(_request("10.0.0.2", "[2001:db8::1]:443")) == "2001:db8::1"
    assert client_address(_request("10.0.0.2", "2001:db8::1")) == "2001:db8::1"


def _sign_in(remote: str, password: str, forwarded: str | None = None) -> int:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    response = Client(REMOTE_ADDR=remote, **extra).post(
        "/accounts/login/", {"username": "learner", "password": password}
    )
    return response.status_code


@pytest.mark.django_db
def test_behind_the_proxy_wrong_passwords_from_elsewhere_do_not_lock_the_owner_out(settings, learner):
    settings.PROXY_COUNT = 1
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        _sign_in("10.0.0.2", "wrong", forwarded="203.0.113.9")
    assert _sign_in("10.0.0.2", TEST_PASSWORD, forwarded="203.0.113.9") == 429  # the attacker is locked
    assert _sign_in("10.0.0.2", TEST_PASSWORD, forwarded="198.51.100.7") == 302  # the owner is not


@pytest.mark.django_db
def test_without_a_proxy_forged_headers_do_not_escape_the_lockout(settings, learner):
    settings.PROXY_COUNT = 0
    for attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        _sign_in("203.0.113.9", "wrong", forwarded=f"192.0.2.{attempt}")
    assert _sign_in("203.0.113.9", TEST_PASSWORD, forwarded="192.0.2.200") == 429
    assert _sign_in("198.51.100.7", TEST_PASSWORD) == 302  # the owner, from their own address
