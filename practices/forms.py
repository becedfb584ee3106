from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from continuum.countries import country_label
from continuum.forms import BoundedModelMultipleChoiceField, TypedTextField
from continuum.models import Theme
from continuum.text import strip_control_characters
from practices.models import vocabulary as terms

THIS_YEAR_MAX = 2100
WESTERN_BALKANS = ("AL", "BA", "XK", "ME", "MK", "RS")


def country_choices() -> list:
    """The Western Balkans first, then every other country; Kosovo marked for its footnote."""
    region = [(code, country_label(code, countries.name(code))) for code in WESTERN_BALKANS]
    others = [(code, country_label(code, name)) for code, name in countries if code not in WESTERN_BALKANS]
    return [("", "---------"), (_("Western Balkans"), region), (_("Other countries"), others)]


class PracticeSubmissionForm(forms.Form):
    """The main fields of a practice, as anyone signed in may propose one."""

    title = TypedTextField(label=_("Name of the practice"), max_length=255)
    summary = TypedTextField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1500,
        help_text=_("Two or three sentences: what is done, by whom, for whom."),
    )
    description = TypedTextField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=20000,
        help_text=_("How it works in practice. Separate paragraphs with an empty line."),
    )
    country = forms.ChoiceField(label=_("Country"))
    locality = TypedTextField(label=_("City or region"), max_length=120, required=False)
    organisation = TypedTextField(label=_("Implementing organisation"), max_length=200)
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"), choices=terms.OrganisationType.choices
    )
    phases = BoundedModelMultipleChoiceField(
        label=_("Phases of the continuum"),
        queryset=terms.ContinuumStage.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    actor_types = BoundedModelMultipleChoiceField(
        label=_("Who carries it out"),
        queryset=terms.ActorType.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    target_groups = BoundedModelMultipleChoiceField(
        label=_("Whom it is for"),
        queryset=terms.TargetGroup.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    themes = BoundedModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.alphabetical(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    evidence_level = forms.ChoiceField(
        label=_("Strength of evidence"),
        choices=terms.EvidenceLevel.choices,
        help_text=_("Be honest: most practices have anecdotal evidence or none yet. Moderators check this."),
    )
    evidence_text = TypedTextField(
        label=_("What the evidence is"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=3000,
        required=False,
    )
    start_year = forms.IntegerField(
        label=_("Start year"), min_value=1990, max_value=THIS_YEAR_MAX, required=False
    )
    status = forms.ChoiceField(label=_("Status"), choices=terms.PracticeStatus.choices)
    contact = TypedTextField(
        label=_("Contact"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
        help_text=_("An organisation and how to reach it. Do not give anyone's private details."),
    )
    source_title = TypedTextField(label=_("Source (title)"), max_length=300, required=False)
    source_url = forms.URLField(
        label=_("Source (address)"), max_length=500, required=False, assume_scheme="https"
    )
    # A field people do not see and robots fill in.
    website = forms.CharField(label=_("Leave this empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices()

    def clean(self):
        cleaned = super().clean()
        # The text fields have done this themselves (TypedTextField); the others (an address,
        # the choices) are cleaned here.
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = strip_control_characters(value)
        if cleaned.get("source_url") and not cleaned.get("source_title"):
            self.add_error("source_title", _("Give the source a title."))
        return cleaned

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))
