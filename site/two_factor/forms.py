import re

from django import forms
from django.utils.translation import gettext_lazy as _

from . import services


class TotpForm(forms.Form):
    code = forms.CharField(
        label=_("6-digit code"),
        max_length=12,
        help_text=_("The code your authenticator app shows for this site now."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "off",
                "spellcheck": "false",
                "size": 8,
            }
        ),
    )

    def clean_code(self) -> str:
        code = services.normalise_totp(self.cleaned_data["code"])
        if not re.fullmatch(r"\d{6}", code):
            raise forms.ValidationError(_("Enter the 6 digits your app shows, without letters."))
        return code


class RecoveryCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Recovery code"),
        max_length=32,
        help_text=_("One of the recovery codes you kept when you set up two-factor sign-in."),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "size": 12,
            }
        ),
    )

    def clean_code(self) -> str:
        code = services.normalise_recovery_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("Enter one of your recovery codes."))
        return code
