"""Form fields for what people type and what browsers send, shared by every app's forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from continuum.text import has_visible_text, strip_control_characters
from continuum.url_converters import IdConverter

ID_MAX = 10**IdConverter.max_digits - 1  # ids as long as addresses carry them (<id:…>)


def code_field(label, help_text, *, max_length: int = 40, **attrs) -> forms.CharField:
    """A box for a code read from paper or an app: no autocomplete (unless `autocomplete` says
    otherwise), no spelling correction, capitals on phones (or `autocapitalize`)."""
    widget_attrs = {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false", **attrs}
    return forms.CharField(
        label=label, max_length=max_length, help_text=help_text, widget=forms.TextInput(attrs=widget_attrs)
    )


def _has_integer_key(field: forms.ModelChoiceField) -> bool:
    model = field.queryset.model
    key = model._meta.get_field(field.to_field_name) if field.to_field_name else model._meta.pk
    while key.is_relation:  # a page's key is its link to wagtailcore.Page
        key = key.target_field
    return isinstance(key, models.IntegerField)


def _is_id(value) -> bool:
    text = str(value).strip()[: IdConverter.max_digits + 1]
    # isdigit() is true for "²" too, which int() refuses: ASCII digits only.
    return text.isascii() and text.isdigit() and int(text) <= ID_MAX


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A choice of one row by id. An id no row can have (too long for the database's integers,
    say 99999999999999999999999) is "not one of the choices" before it reaches a query, where
    SQLite would raise OverflowError (a 500)."""

    def to_python(self, value):
        is_row = isinstance(value, self.queryset.model)
        if value not in self.empty_values and not is_row and _has_integer_key(self) and not _is_id(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Several rows by id, with the same bound as BoundedModelChoiceField."""

    def _check_values(self, value):
        if _has_integer_key(self):
            for item in value:
                if not _is_id(item):
                    raise forms.ValidationError(
                        self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                    )
        return super()._check_values(value)


class TypedTextField(forms.CharField):
    """Text typed or pasted by a person: control characters are dropped before anything else is
    checked (see `continuum.text`), so that the required check and the length limit see what
    will be saved. Text that had characters but shows none (only control characters, spaces or
    zero-width spaces) is an error when the field is required, and empty when it is not."""

    default_error_messages = {
        "invisible": _(
            "This has no visible text: only spaces or invisible characters, such as control "
            "characters pasted from another program. Type it again."
        ),
    }

    def to_python(self, value):
        typed = value not in self.empty_values
        if typed:
            value = strip_control_characters(str(value))
        value = super().to_python(value)
        if typed and not has_visible_text(value):
            if self.required:
                raise ValidationError(self.error_messages["invisible"], code="invisible")
            return self.empty_value
        return value
