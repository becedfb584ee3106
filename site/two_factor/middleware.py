"""Sends whoever still owes a one-time code to give it, on the site and in the Wagtail admin.

Placed after AuthenticationMiddleware, django-otp's OTPMiddleware and MessageMiddleware. For a
signed-in user who needs two-factor sign-in and whose session has not given a code, only the
two-factor pages, signing out, changing the language, static files and the health checks get
through; every other address redirects to set-up (no confirmed device yet) or to the code (one
exists), with `next` kept. A session that had given a code with a device since removed (an
administrator reset it) is signed out.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django_otp import DEVICE_ID_SESSION_KEY

from . import services

# Addresses (by URL name) an unverified user may still reach.
OPEN_URL_NAMES = ("healthz", "readyz", "logout", "wagtailadmin_logout", "set_language")


def _open_paths() -> tuple[set[str], tuple[str, ...]]:
    exact = set()
    for name in OPEN_URL_NAMES:
        try:
            exact.add(reverse(name))
        except NoReverseMatch:
            continue
    prefixes = (reverse("two_factor:index"), settings.STATIC_URL)
    return exact, prefixes


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self._redirect(request) or self.get_response(request)

    def _redirect(self, request):
        if not settings.REQUIRE_TWO_FACTOR:
            return None
        exact, prefixes = _open_paths()
        if request.path in exact or request.path.startswith(prefixes):
            return None
        # Read before touching `request.user`: django-otp drops the key, as it loads the user, when
        # its device no longer exists.
        had_device = bool(request.session.get(DEVICE_ID_SESSION_KEY))
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if services.is_verified(user):
            return None
        if had_device:
            logout(request)
            messages.info(request, _("Your two-factor sign-in was reset. Please sign in again."))
            return redirect_to_login(request.get_full_path())
        if not services.needs_two_factor(user):
            return None
        target = "two_factor:verify" if services.has_confirmed_device(user) else "two_factor:setup"
        return redirect_to_login(request.get_full_path(), login_url=reverse(target))
