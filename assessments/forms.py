"""Forms: answering an instrument, joining, the voluntary profile, cohorts, paper entry, import."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries.fields import LazyTypedChoiceField

from assessments.items import ItemSpec
from assessments.models import Cohort, Participant
from assessments.models.cohorts import Gender, ServiceYears, StaffRole
from continuum.forms import (
    BoundedModelChoiceField,
    BoundedModelMultipleChoiceField,
    TypedTextField,
    code_field,
)


def field_name(code: str) -> str:
    return f"item-{code}"


class AnswerForm(forms.Form):
    """One field per item, named `item-<code>`. Nothing is required while saving a draft; on
    submission every closed item must be answered. Whatever was typed is shown back."""

    def __init__(self, *args, specs: list[ItemSpec], submitting: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.specs = specs
        self.submitting = submitting
        for spec in specs:
            self.fields[field_name(spec.code)] = self._field_for(spec)

    @staticmethod
    def _field_for(spec: ItemSpec) -> forms.Field:
        return spec.kind_rules.form_field(spec)

    def clean(self):
        cleaned = super().clean()
        self._refuse_repeated_values()
        if self.submitting:
            for spec in self.specs:
                name = field_name(spec.code)
                if (
                    spec.is_scored
                    and name not in self.errors
                    and cleaned.get(name) in (None, "", [])
                ):
                    self.add_error(name, _("Answer this question before you submit."))
        return cleaned

    def _refuse_repeated_values(self) -> None:
        """A browser sends each option once and one value for a single answer; anything else was
        crafted (an option sent three times would be credited three times), and is refused."""
        if not hasattr(self.data, "getlist"):
            return
        for spec in self.specs:
            name = field_name(spec.code)
            values = self.data.getlist(name)
            if spec.kind_rules.many_values:
                if len(set(values)) != len(values):
                    self.add_error(name, _("Each option can be chosen only once."))
            elif len(values) > 1:
                self.add_error(name, _("Give one answer to this question."))

    def answers(self) -> dict[str, Any]:
        """The cleaned answers in the JSON shapes `assessments.items` documents."""
        answers: dict[str, Any] = {}
        for spec in self.specs:
            value = self.cleaned_data.get(field_name(spec.code))
            if value in (None, "", []):
                continue
            answer = spec.kind_rules.from_form(spec, value)
            if answer is not None:
                answers[spec.code] = answer
        return answers


def initial_from_answers(specs: list[ItemSpec], answers: dict[str, Any]) -> dict[str, Any]:
    """Form initial data for saved answers (a resumed draft)."""
    initial = {}
    for spec in specs:
        if spec.code not in answers or answers[spec.code] is None:
            continue
        initial[field_name(spec.code)] = spec.kind_rules.to_form(spec, answers[spec.code])
    return initial


class JoinForm(forms.Form):
    code = code_field(_("Session code"), _("Your trainer gives it to you, e.g. K7Q-M2W."))


class ReturnForm(forms.Form):
    code = code_field(
        _("Your participant code"), _("The code you were given when you joined, e.g. K7QM2-WXH9D.")
    )


class ProfileForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I agree that these answers are kept with my pseudonym and used, never with my name, "
            "to evaluate the training."
        ),
        required=False,
    )

    class Meta:
        model = Participant
        fields = ["role", "gender", "service_years", "institution"]
        field_classes = {"institution": TypedTextField}
        widgets = {
            "role": forms.RadioSelect,
            "gender": forms.RadioSelect,
            "service_years": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in (("role", StaffRole), ("gender", Gender), ("service_years", ServiceYears)):
            self.fields[name].choices = [("", _("I prefer not to say")), *choices.choices]
            self.fields[name].required = False
        self.fields["consent"].initial = bool(self.instance.consented_at)

    def clean(self):
        cleaned = super().clean()
        given = any(cleaned.get(name) for name in ("role", "gender", "service_years", "institution"))
        if given and not cleaned.get("consent"):
            raise forms.ValidationError(
                _("Tick the consent box to keep these answers, or leave every question empty.")
            )
        return cleaned


class CohortForm(forms.ModelForm):
    country = LazyTypedChoiceField(choices=[], required=False, label=_("Country"))
    trainers = BoundedModelMultipleChoiceField(
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Other trainers"),
        help_text=_("They can run this cohort with you. You are always one of its trainers."),
    )

    class Meta:
        model = Cohort
        fields = [
            "curriculum",
            "title",
            "institution",
            "country",
            "delivery_mode",
            "starts_on",
            "ends_on",
            "trainers",
        ]
        field_classes = {
            "curriculum": BoundedModelChoiceField,
            "title": TypedTextField,
            "institution": TypedTextField,
        }
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, curricula, trainers, **kwargs):
        super().__init__(*args, **kwargs)
        from django_countries import countries

        self.fields["curriculum"].queryset = curricula
        self.fields["country"].choices = [("", "---------"), *countries]
        self.fields["trainers"].queryset = trainers
        self.fields["trainers"].label_from_instance = lambda user: user.get_full_name() or user.get_username()
        if self.instance.pk and self.instance.participants.exists():
            # Participants answer the plan of the curriculum they joined: it cannot change under them.
            self.fields["curriculum"].disabled = True
            self.fields["curriculum"].help_text = _("People have joined, so the curriculum is fixed.")

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The last day cannot come before the first."))
        return cleaned


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Results file (CSV)"),
        help_text=_("UTF-8, comma-separated, with the header participant,phase,item,score,max_score."),
    )
    create_instruments = forms.BooleanField(
        label=_("Create instruments from the file's item codes where the plan has none"), required=False
    )
