"""The audiences curricula are written for, as first seeded (leads may add more in the admin)."""

from django.utils.translation import gettext_noop as _

AUDIENCES: tuple[tuple[str, str], ...] = (
    ("custodial_officers", _("Custodial officers")),
    ("treatment_staff", _("Treatment staff")),
    ("probation_officers", _("Probation officers")),
    ("social_workers", _("Social workers")),
    ("psychologists", _("Psychologists")),
    ("managers", _("Managers")),
    ("chaplains", _("Chaplains and faith-based workers")),
    ("civil_society", _("Civil-society practitioners")),
)


def ensure_audiences(audience_model) -> None:
    for slug, name in AUDIENCES:
        audience_model.objects.get_or_create(slug=slug, defaults={"name": name})
