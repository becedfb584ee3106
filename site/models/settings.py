from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

KOSOVO_DESIGNATION = (
    "This designation is without prejudice to positions on status, and is in line with "
    "UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence."
)


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """What editors may change about the site as a whole."""

    organisation_name = models.CharField(_("organisation name"), max_length=120, default="Continuum")
    tagline = models.CharField(
        _("tagline"),
        max_length=200,
        blank=True,
        default="Training and shared practice for work along the prison-exit continuum",
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    kosovo_designation = models.TextField(
        _("Kosovo designation footnote"),
        default=KOSOVO_DESIGNATION,
        help_text=_("Shown as a footnote wherever Kosovo is named."),
    )

    class Meta:
        verbose_name = _("site settings")
