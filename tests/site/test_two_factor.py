"""Two-factor sign-in: who is asked, setting up, codes, recovery codes, throttling, resetting.

Real django-otp throughout: codes are computed from the device's key with django-otp's TOTP, as
an authenticator app would.
"""

import io
import time
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from continuum.factories import TEST_PASSWORD
from continuum.two_factor import services
from tests.subprocesses import PRODUCTION, python

SETUP = "/accounts/two-factor/setup/"
VERIFY = "/accounts/two-factor/verify/"
RECOVERY = "/accounts/two-factor/recovery/"
OVERVIEW = "/accounts/two-factor/"
COVERED = ["curriculum_lead", "practice_moderator", "evaluator", "superuser"]

pytestmark = pytest.mark.django_db


@pytest.fixture
def required(settings):
    settings.REQUIRE_TWO_FACTOR = True


def app_code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app holding the device's key shows now (or `steps_ahead` later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device: TOTPDevice) -> str:
    near = {app_code(device, offset) for offset in range(-2, 3)}
    return next(f"{n:06d}" for n in range(1_000_000) if f"{n:06d}" not in near)


def confirmed_device(user) -> tuple[TOTPDevice, list[str]]:
    device = services.pending_device(user)
    codes = services.confirm_device(device)
    return device, codes


def redirect_parts(response) -> tuple[str, str | None]:
    assert response.status_code == 302, response.status_code
    url = urlsplit(response["Location"])
    return url.path, parse_qs(url.query).get("next", [None])[0]


# --- Who is asked -----------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", COVERED)
def test_covered_roles_are_sent_to_set_up_for_site_pages_and_the_admin(
    client, home_page, request, required, fixture
):
    client.force_login(request.getfixturevalue(fixture))
    assert redirect_parts(client.get("/")) == (SETUP, "/")
    assert redirect_parts(client.get("/admin/")) == (SETUP, "/admin/")
    assert redirect_parts(client.get("/themes/?page=2")) == (SETUP, "/themes/?page=2")


@pytest.mark.parametrize("fixture", ["learner", "trainer", "regional_official"])
def test_learners_trainers_and_officials_are_never_asked(client, home_page, request, required, fixture):
    client.force_login(request.getfixturevalue(fixture))
    assert client.get("/").status_code == 200
    assert client.get(SETUP).status_code == 302  # nothing to set up: sent on
    assert not TOTPDevice.objects.exists()


def test_trainers_reach_the_admin_without_a_code(client, home_page, required, trainer):
    client.force_login(trainer)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("fixture", COVERED)
def test_with_the_setting_off_nobody_is_asked(client, home_page, request, fixture):
    user = request.getfixturevalue(fixture)
    confirmed_device(user)
    client.force_login(user)
    assert client.get("/").status_code == 200
    assert "/accounts/two-factor/" not in client.get("/admin/").get("Location", "")


def test_signing_in_with_the_password_leads_to_set_up(client, home_page, required, evaluator):
    response = client.post(
        "/accounts/login/?next=/evaluation/",
        {"username": evaluator.username, "password": TEST_PASSWORD, "next": "/evaluation/"},
    )
    assert response["Location"] == "/evaluation/"
    assert redirect_parts(client.get("/evaluation/")) == (SETUP, "/evaluation/")


def test_a_user_who_owes_a_code_may_still_sign_out_check_health_and_load_static_files(
    client, home_page, required, curriculum_lead
):
    client.force_login(curriculum_lead)
    assert client.get("/healthz").status_code == 200
    assert client.get("/static/css/main.css").status_code != 302
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


# --- Setting up ------------------------------------------------------------------------------


def test_setting_up_shows_the_key_and_a_qr_code_then_lets_them_through(
    client, home_page, required, curriculum_lead
):
    client.force_login(curriculum_lead)
    page = client.get(f"{SETUP}?next=/admin/")
    body = page.content.decode()
    device = TOTPDevice.objects.get(user=curriculum_lead)
    assert not device.confirmed
    assert services.secret_for_display(device) in body
    assert '<figure class="qr"><svg' in body
    assert 'autocomplete="one-time-code"' in body and 'inputmode="numeric"' in body
    assert page["Cache-Control"].count("no-store") == 1
    session_before = client.session.session_key

    response = client.post(SETUP, {"code": app_code(device), "next": "/admin/"})
    assert redirect_parts(response) == (OVERVIEW, "/admin/")
    device.refresh_from_db()
    assert device.confirmed
    assert client.session.session_key != session_before  # rotated on verification

    codes_page = client.get(response["Location"]).content.decode()
    codes = list(StaticToken.objects.filter(device__user=curriculum_lead).values_list("token", flat=True))
    assert len(codes) == 10
    assert all(code in codes_page for code in codes)
    again = client.get(response["Location"]).content.decode()
    assert not any(code in again for code in codes)  # shown once
    assert "You have 10 recovery codes left." in again

    assert client.get("/").status_code == 200
    assert client.get("/admin/").status_code == 200
    assert ModelLogEntry.objects.filter(
        action=services.SETUP_ACTION, object_id=str(curriculum_lead.pk)
    ).exists()


def test_the_qr_code_holds_the_otpauth_address_and_the_key_survives_a_reload(
    client, home_page, required, evaluator
):
    client.force_login(evaluator)
    client.get(SETUP)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=evaluator)
    assert device.config_url.startswith("otpauth://totp/Continuum%3Aevaluator?secret=")
    assert "issuer=Continuum" in device.config_url


def test_a_wrong_code_at_set_up_is_refused_and_changes_nothing(client, home_page, required, evaluator):
    client.force_login(evaluator)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=evaluator)
    response = client.post(SETUP, {"code": wrong_code(device), "next": "/"})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticDevice.objects.filter(user=evaluator).exists()
    assert redirect_parts(client.get("/")) == (SETUP, "/")


def test_a_code_that_is_not_six_digits_is_explained(client, home_page, required, evaluator):
    client.force_login(evaluator)
    response = client.post(SETUP, {"code": "12ab56"})
    assert response.status_code == 200
    assert "Enter the 6 digits your app shows" in response.content.decode()


def test_wrong_codes_are_throttled(client, home_page, required, practice_moderator):
    client.force_login(practice_moderator)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=practice_moderator)
    client.post(SETUP, {"code": wrong_code(device)})
    # At once, even the right code is refused: django-otp makes them wait.
    response = client.post(SETUP, {"code": app_code(device)})
    assert "Too many wrong codes. Wait 1 second and try again." in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    # Once the wait is over, the right code works.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(seconds=5)
    )
    assert client.post(SETUP, {"code": app_code(device)}).status_code == 302


def test_someone_with_a_device_cannot_set_up_another_without_a_code(client, home_page, required, evaluator):
    confirmed_device(evaluator)
    client.force_login(evaluator)
    assert redirect_parts(client.get(SETUP)) == (VERIFY, "/")
    assert TOTPDevice.objects.filter(user=evaluator).count() == 1


# --- Giving a code at sign-in -----------------------------------------------------------------


def test_with_a_device_they_give_a_code_and_go_where_they_were_going(client, home_page, required, superuser):
    device, _codes = confirmed_device(superuser)
    client.force_login(superuser)
    assert redirect_parts(client.get("/admin/pages/")) == (VERIFY, "/admin/pages/")
    form = client.get(f"{VERIFY}?next=/admin/pages/").content.decode()
    assert 'autocomplete="one-time-code"' in form and 'inputmode="numeric"' in form
    session_before = client.session.session_key

    response = client.post(VERIFY, {"code": app_code(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.session.session_key != session_before
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_at_sign_in_is_refused(client, home_page, required, evaluator):
    device, _codes = confirmed_device(evaluator)
    client.force_login(evaluator)
    response = client.post(VERIFY, {"code": wrong_code(device), "next": "/"})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert redirect_parts(client.get("/")) == (VERIFY, "/")


def test_a_code_is_not_accepted_twice(client, home_page, required, evaluator, django_user_model):
    device, _codes = confirmed_device(evaluator)
    code = app_code(device)
    client.force_login(evaluator)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    client.logout()
    client.force_login(evaluator)
    response = client.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()


def test_next_must_stay_on_this_site(client, home_page, required, evaluator):
    device, _codes = confirmed_device(evaluator)
    client.force_login(evaluator)
    response = client.post(VERIFY, {"code": app_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_a_recovery_code_works_once_only(client, home_page, required, practice_moderator):
    _device, codes = confirmed_device(practice_moderator)
    client.force_login(practice_moderator)
    recovery_form = client.get(f"{RECOVERY}?next=/admin/").content.decode()
    assert 'autocomplete="one-time-code"' in recovery_form

    response = client.post(RECOVERY, {"code": codes[0].upper(), "next": "/admin/"})
    assert redirect_parts(response) == (OVERVIEW, "/admin/")
    assert (
        "You signed in with a recovery code; 9 are left." in client.get(response["Location"]).content.decode()
    )
    assert client.get("/admin/").status_code == 200

    client.logout()
    client.force_login(practice_moderator)
    response = client.post(RECOVERY, {"code": codes[0], "next": "/admin/"})
    assert response.status_code == 200
    assert "That recovery code is not right, or it has been used already." in response.content.decode()
    assert redirect_parts(client.get("/admin/")) == (VERIFY, "/admin/")
    # Another one still works (after django-otp's one-second wait for the wrong one).
    StaticDevice.objects.filter(user=practice_moderator).update(throttling_failure_timestamp=None)
    assert client.post(RECOVERY, {"code": codes[1]}).status_code == 302
    assert services.recovery_codes_left(practice_moderator) == 8


def test_new_recovery_codes_replace_the_old_ones(client, home_page, required, curriculum_lead):
    device, old_codes = confirmed_device(curriculum_lead)
    client.force_login(curriculum_lead)
    client.post(VERIFY, {"code": app_code(device)})
    response = client.post(OVERVIEW, {"next": "/"})
    page = client.get(response["Location"]).content.decode()
    new_codes = list(StaticToken.objects.filter(device__user=curriculum_lead).values_list("token", flat=True))
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    assert all(code in page for code in new_codes)


def test_after_a_recovery_code_new_codes_keep_the_session_verified(client, home_page, required, evaluator):
    _device, codes = confirmed_device(evaluator)
    client.force_login(evaluator)
    client.post(RECOVERY, {"code": codes[0]})
    client.post(OVERVIEW, {"next": "/"})
    assert services.recovery_codes_left(evaluator) == 10
    assert client.get("/").status_code == 200
    assert "_auth_user_id" in client.session


def test_moving_to_a_new_phone_needs_a_code_first_and_replaces_the_old_device(
    client, home_page, required, evaluator
):
    old, _codes = confirmed_device(evaluator)
    client.force_login(evaluator)
    client.post(VERIFY, {"code": app_code(old)})
    client.get(SETUP)
    new = TOTPDevice.objects.get(user=evaluator, confirmed=False)
    assert client.post(SETUP, {"code": app_code(new)}).status_code == 302
    assert list(TOTPDevice.objects.filter(user=evaluator)) == [new]
    assert client.get("/").status_code == 200  # still verified, with the new device


# --- Resetting a lost device ------------------------------------------------------------------


def test_the_reset_command_removes_the_devices_and_they_set_up_again(client, home_page, required, evaluator):
    device, _codes = confirmed_device(evaluator)
    client.force_login(evaluator)
    client.post(VERIFY, {"code": app_code(device)})
    assert client.get("/").status_code == 200

    out = io.StringIO()
    call_command("reset_two_factor", evaluator.username, stdout=out)
    assert "Removed 2 two-factor device(s) of evaluator" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=evaluator).exists()
    assert not StaticDevice.objects.filter(user=evaluator).exists()
    assert ModelLogEntry.objects.filter(action=services.RESET_ACTION, object_id=str(evaluator.pk)).exists()

    # The session that had given a code is signed out; signing in again leads to set-up.
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
    client.force_login(evaluator)
    assert redirect_parts(client.get("/")) == (SETUP, "/")


def test_the_reset_command_refuses_an_unknown_username():
    with pytest.raises(CommandError, match="No user is called"):
        call_command("reset_two_factor", "nobody")


def test_an_administrator_resets_a_device_in_the_admin(
    client, home_page, required, superuser, curriculum_lead
):
    admin_device, _codes = confirmed_device(superuser)
    confirmed_device(curriculum_lead)
    client.force_login(superuser)
    client.post(VERIFY, {"code": app_code(admin_device)})

    listing = client.get("/admin/users/").content.decode()
    reset_url = f"/admin/two-factor/reset/{curriculum_lead.pk}/"
    assert reset_url in listing and "Reset two-factor sign-in" in listing
    confirm = client.get(reset_url)
    assert confirm.status_code == 200
    assert "lead" in confirm.content.decode()

    response = client.post(reset_url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=curriculum_lead).exists()
    assert not StaticDevice.objects.filter(user=curriculum_lead).exists()
    entry = ModelLogEntry.objects.get(action=services.RESET_ACTION, object_id=str(curriculum_lead.pk))
    assert entry.user_id == superuser.pk
    assert TOTPDevice.objects.filter(user=superuser).exists()  # the administrator's own is untouched


def test_only_administrators_may_reset_in_the_admin(client, home_page, required, trainer, curriculum_lead):
    lead_device, _codes = confirmed_device(curriculum_lead)
    reset_url = f"/admin/two-factor/reset/{trainer.pk}/"

    client.force_login(trainer)  # admin access, not covered by two-factor, no user permissions
    assert client.get(reset_url).status_code == 403
    assert client.post(f"/admin/two-factor/reset/{curriculum_lead.pk}/").status_code == 403
    assert "Reset two-factor sign-in" not in client.get("/admin/users/").content.decode()

    client.force_login(curriculum_lead)
    client.post(VERIFY, {"code": app_code(lead_device)})
    assert client.post(f"/admin/two-factor/reset/{curriculum_lead.pk}/").status_code == 403
    assert TOTPDevice.objects.filter(user=curriculum_lead).exists()


def test_a_user_manager_may_not_reset_a_superuser(client, home_page, make_user, superuser):
    from django.contrib.auth.models import Permission

    manager = make_user("manager")
    manager.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="change_user")
    )
    confirmed_device(superuser)
    client.force_login(manager)
    assert client.get(f"/admin/two-factor/reset/{superuser.pk}/").status_code == 403
    assert client.get(f"/admin/two-factor/reset/{manager.pk}/").status_code == 200


# --- Settings ---------------------------------------------------------------------------------


def _production_setting(**env: str) -> str:
    result = python(
        "from django.conf import settings; print(settings.REQUIRE_TWO_FACTOR)", **PRODUCTION, **env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_production_requires_two_factor_unless_the_environment_says_false():
    assert _production_setting() == "True"
    assert _production_setting(REQUIRE_TWO_FACTOR="false") == "False"
