"""The rules of two-factor sign-in: who needs it, setting it up, checking a code, resetting.

Devices are django-otp's: one TOTP device (an authenticator app) and one static device holding
the recovery codes, each code deleted as it is used. Checking a code goes through django-otp's
own `verify_token`, so its throttling applies: after a wrong code the device refuses every code
for 1, 2, 4, 8… seconds.
"""

import math
import re
from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime

import django_otp
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

RECOVERY_CODE_COUNT = 10
TOTP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"

SETUP_ACTION = "continuum.two_factor.setup"
RECOVERY_CODES_ACTION = "continuum.two_factor.recovery_codes"
RESET_ACTION = "continuum.two_factor.reset"


def needs_two_factor(user) -> bool:
    """Whether this user must give a one-time code: the setting is on and they are a superuser or
    hold one of `TWO_FACTOR_ROLES`. Learners, trainers and officials never do."""
    if not settings.REQUIRE_TWO_FACTOR or not user.is_authenticated:
        return False
    cached = getattr(user, "_continuum_needs_two_factor", None)
    if cached is None:
        cached = user.is_superuser or user.groups.filter(name__in=settings.TWO_FACTOR_ROLES).exists()
        user._continuum_needs_two_factor = cached
    return cached


def is_verified(user) -> bool:
    """Whether this session gave a code (django-otp's OTPMiddleware sets `is_verified`)."""
    check = getattr(user, "is_verified", None)
    return bool(check and check())


def has_confirmed_device(user) -> bool:
    return django_otp.user_has_device(user, confirmed=True)


# --- Setting up --------------------------------------------------------------------------------


def pending_device(user) -> TOTPDevice:
    """The authenticator being set up: unconfirmed until its first code is given. The same key is
    kept across visits, so a QR code scanned before a reload still works."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def secret_for_display(device: TOTPDevice) -> str:
    """The key as authenticator apps ask for it when typed: base 32, in groups of four."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice, title: str) -> str:
    """The device's otpauth:// address as an inline SVG QR code (segno, as the join sheets)."""
    import segno

    return segno.make(device.config_url, error="m").svg_inline(scale=5, title=title)


@transaction.atomic
def confirm_device(device: TOTPDevice) -> list[str]:
    """The first code was right: the device counts from now on, and the user gets new recovery
    codes. Returns the codes, to be shown once."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    log(device.user, SETUP_ACTION, user=device.user)
    return replace_recovery_codes(device.user, log_it=False)


@transaction.atomic
def replace_recovery_codes(user, log_it: bool = True) -> list[str]:
    """Ten new single-use recovery codes; the old ones stop working. The device itself is kept,
    so that a session that gave a recovery code stays verified."""
    device = StaticDevice.objects.filter(user=user).order_by("pk").first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    else:
        StaticDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.token_set.all().delete()
        device.confirmed = True
        device.throttle_reset(commit=False)
        device.save()
    codes: set[str] = set()
    while len(codes) < RECOVERY_CODE_COUNT:
        codes.add(StaticToken.random_token())
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    if log_it:
        log(user, RECOVERY_CODES_ACTION, user=user)
    return sorted(codes)


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


# --- Checking a code ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeCheck:
    """What came of a code: the device that accepted it, or why none did."""

    device: Device | None = None
    locked_until: datetime | None = None

    @property
    def accepted(self) -> bool:
        return self.device is not None

    @property
    def wait_seconds(self) -> int:
        """How long to wait before another try, when throttled; 0 otherwise."""
        if self.locked_until is None:
            return 0
        return max(1, math.ceil((self.locked_until - timezone.now()).total_seconds()))


def normalise_totp(code: str) -> str:
    return re.sub(r"\s+", "", code)


def normalise_recovery_code(code: str) -> str:
    """Recovery codes are lower-case base 32; people type them with spaces, hyphens or capitals."""
    return re.sub(r"[\s-]+", "", code).lower()


def check_code(device: Device | None, code: str) -> CodeCheck:
    """Ask django-otp whether `device` accepts `code`, inside a transaction with the device row
    locked, as `django_otp.verify_token` does, but saying when a throttled device opens again."""
    if device is None:
        return CodeCheck()
    with transaction.atomic():
        locked = type(device).objects.select_for_update().filter(pk=device.pk).first()
        if locked is None:  # reset meanwhile
            return CodeCheck()
        allowed, details = locked.verify_is_allowed()
        if not allowed:
            return CodeCheck(locked_until=(details or {}).get("locked_until"))
        if locked.verify_token(code):
            return CodeCheck(device=locked)
    return CodeCheck()


def check_totp(user, code: str) -> CodeCheck:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    return check_code(device, normalise_totp(code))


def check_recovery_code(user, code: str) -> CodeCheck:
    """A recovery code is accepted once: django-otp deletes it as it matches."""
    device = StaticDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    return check_code(device, normalise_recovery_code(code))


# --- Resetting a lost device -------------------------------------------------------------------


@transaction.atomic
def reset_two_factor(user, by=None) -> int:
    """Remove every two-factor device of `user` (authenticator and recovery codes), recorded in
    Wagtail's audit log. Their sessions that had given a code are signed out at their next
    request (see the middleware); they set up again at their next sign-in. Returns how many
    devices were removed."""
    removed = 0
    for model in django_otp.device_classes():
        _total, by_model = model.objects.filter(user=user).delete()  # the total counts tokens too
        removed += by_model.get(model._meta.label, 0)
    log(user, RESET_ACTION, user=by)
    return removed
