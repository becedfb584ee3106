"""The site's two-factor pages: set up an authenticator, give a code, see and renew recovery codes.

They sit under /accounts/two-factor/, which the middleware leaves open to users who still owe a
code, so each view checks for itself who may see it.
"""

from functools import wraps

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.middleware.csrf import rotate_token
from django.shortcuts import redirect, resolve_url
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import services
from .forms import RecoveryCodeForm, TotpForm

SESSION_NEW_CODES = "two_factor_new_recovery_codes"


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _with_next(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _verified_with(request, device) -> None:
    """The session gave a code: a new session key (and CSRF token), then django-otp's login."""
    request.session.cycle_key()
    rotate_token(request)
    django_otp.login(request, device)


def _for_those_who_need_it(view):
    """Someone signed out is sent to sign in; someone who needs no code goes on to `next`.
    The view gets the user and where to go afterwards."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        next_url = _next_url(request)
        if not services.needs_two_factor(user):
            return redirect(next_url)
        return view(request, user, next_url, *args, **kwargs)

    return wrapped


def _refusal(check: services.CodeCheck, wrong: str) -> str:
    if check.locked_until is not None:
        seconds = check.wait_seconds
        return ngettext(
            "Too many wrong codes. Wait %(seconds)d second and try again.",
            "Too many wrong codes. Wait %(seconds)d seconds and try again.",
            seconds,
        ) % {"seconds": seconds}
    return wrong


@never_cache
@require_http_methods(["GET", "POST"])
@_for_those_who_need_it
def setup(request, user, next_url: str):
    """Set up an authenticator app: its key as text and as a QR code, confirmed by a first code.
    Open to someone who needs two-factor sign-in and has no device yet, or who has given a code
    in this session (to move to a new phone)."""
    replacing = services.is_verified(user)
    if not replacing and services.has_confirmed_device(user):
        return redirect(_with_next("two_factor:verify", next_url))

    device = services.pending_device(user)
    form = TotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        check = services.check_code(device, form.cleaned_data["code"])
        if check.accepted:
            codes = services.confirm_device(check.device)
            _verified_with(request, check.device)
            request.session[SESSION_NEW_CODES] = codes
            messages.success(request, _("Two-factor sign-in is on for your account."))
            return redirect(_with_next("two_factor:index", next_url))
        form.add_error(
            "code",
            _refusal(
                check,
                _(
                    "That code is not right. Check that your phone sets its clock automatically, "
                    "wait for the next code and try again."
                ),
            ),
        )
    context = {
        "form": form,
        "next": next_url,
        "replacing": replacing,
        "secret": services.secret_for_display(device),
        "qr_svg": services.qr_code_svg(device, title=_("QR code to scan with your authenticator app")),
    }
    return TemplateResponse(request, "two_factor/setup.html", context)


@_for_those_who_need_it
def _verify(request, user, next_url: str, recovery: bool):
    if services.is_verified(user):
        return redirect(next_url)
    if not services.has_confirmed_device(user):
        return redirect(_with_next("two_factor:setup", next_url))

    form = (RecoveryCodeForm if recovery else TotpForm)(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        check = services.check_recovery_code(user, code) if recovery else services.check_totp(user, code)
        if check.accepted:
            _verified_with(request, check.device)
            if not recovery:
                return redirect(next_url)
            left = services.recovery_codes_left(user)
            messages.warning(
                request,
                ngettext(
                    "You signed in with a recovery code; %(count)d is left.",
                    "You signed in with a recovery code; %(count)d are left.",
                    left,
                )
                % {"count": left},
            )
            return redirect(_with_next("two_factor:index", next_url))
        wrong = (
            _("That recovery code is not right, or it has been used already.")
            if recovery
            else _("That code is not right. Wait for the next code from your app and try again.")
        )
        form.add_error("code", _refusal(check, wrong))
    context = {"form": form, "next": next_url, "recovery": recovery}
    return TemplateResponse(request, "two_factor/verify.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """Give the code from the authenticator app."""
    return _verify(request, recovery=False)


@never_cache
@require_http_methods(["GET", "POST"])
def verify_recovery(request):
    """Give a recovery code instead; each works once."""
    return _verify(request, recovery=True)


@never_cache
@require_http_methods(["GET", "POST"])
@_for_those_who_need_it
def overview(request, user, next_url: str):
    """Your two-factor sign-in, once this session has given a code: new recovery codes, shown
    once right after they are made; how many are left; making new ones; moving to a new phone."""
    if not services.is_verified(user):
        target = "two_factor:verify" if services.has_confirmed_device(user) else "two_factor:setup"
        return redirect(_with_next(target, next_url))
    if request.method == "POST":
        request.session[SESSION_NEW_CODES] = services.replace_recovery_codes(user)
        messages.success(request, _("New recovery codes are made; the old ones no longer work."))
        return redirect(_with_next("two_factor:index", next_url))
    context = {
        "next": next_url,
        "new_codes": request.session.pop(SESSION_NEW_CODES, None),
        "codes_left": services.recovery_codes_left(user),
    }
    return TemplateResponse(request, "two_factor/overview.html", context)
