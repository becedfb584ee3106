from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    """No models of its own: the devices are django-otp's (otp_totp and otp_static)."""

    name = "continuum.two_factor"
    label = "two_factor"
    verbose_name = _("Two-factor sign-in")
