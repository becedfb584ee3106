from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase


class ThemeQuerySet(models.QuerySet):
    def alphabetical(self) -> "ThemeQuerySet":
        return self.order_by("name")


class Theme(TagBase):
    """One term of the shared vocabulary of themes.

    Curricula, practices and assessment items are tagged with themes through their own
    `ItemBase` models; editors may not invent new themes while tagging (`free_tagging`).
    """

    free_tagging = False

    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Two or three sentences that say what the theme covers and why it matters."),
    )

    objects = ThemeQuerySet.as_manager()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def get_absolute_url(self) -> str:
        return reverse("theme_detail", kwargs={"slug": self.slug})
