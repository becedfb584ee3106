"""Production settings refuse to start without their secrets and pass Django's deploy check."""

import pytest
from django.conf import settings
from django.db import connection

from tests.subprocesses import ROOT, STRONG_KEY, manage


def test_production_refuses_to_start_without_secret_key():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="continuum.settings.production", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="continuum.settings.production", SECRET_KEY=STRONG_KEY
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in production" in result.stderr


def test_production_deploy_check_reports_nothing():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="continuum.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="continuum.example.org",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_wsgi_defaults_to_production_settings():
    source = (ROOT / "site" / "wsgi.py").read_text()
    assert '"continuum.settings.production"' in source


def test_invalid_boolean_in_environment_is_refused_with_its_name():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="continuum.settings.dev",
        SECURE_SSL_REDIRECT="maybe",
    )
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT must be true or false" in result.stderr


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's pragmas")
def test_sqlite_takes_the_write_lock_up_front_and_waits_when_busy():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


def test_internationalisation_is_on_with_english_first():
    assert settings.WAGTAIL_I18N_ENABLED
    codes = [code for code, _name in settings.LANGUAGES]
    assert codes[0] == "en"
    assert {"sq", "bs", "mk", "sr-latn"} <= set(codes)
