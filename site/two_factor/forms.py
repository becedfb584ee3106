import re

from django import forms
from django.utils.translation import gettext_lazy as _

from continuum.forms import code_field

from . import services


class TotpForm(forms.Form):
    code = code_field(
        _("6-digit code"),
        _("The code your authenticator app shows for this site now."),
        max_length=12,
        autocomplete="one-time-code",
        inputmode="numeric",
        autocapitalize="off",
        size=8,
    )

    def clean_code(self) -> str:
        code = services.normalise_totp(self.cleaned_data["code"])
        if not re.fullmatch(r"\d{6}", code):
            raise forms.ValidationError(_("Enter the 6 digits your app shows, without letters."))
        return code


class RecoveryCodeForm(forms.Form):
    code = code_field(
        _("Recovery code"),
        _("One of the recovery codes you kept when you set up two-factor sign-in."),
        max_length=32,
        autocomplete="one-time-code",
        autocapitalize="off",
        size=12,
    )

    def clean_code(self) -> str:
        code = services.normalise_recovery_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Enter one of your recovery codes."))
        return code
