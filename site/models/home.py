from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

NEWEST_LIMIT = 3


def page_model(app_label: str, model_name: str) -> type[Page] | None:
    """A page model of an app built on top of the site, looked up by name.

    The site app lists curricula and practices (home page, theme pages) without importing the
    apps that define them, so that imports go one way; before an app defines its model, the
    sections it would fill show their empty states.
    """
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def newest_live_pages(app_label: str, model_name: str, *, limit: int = NEWEST_LIMIT) -> list[Page]:
    """The newest public pages of a type that may not exist yet."""
    model = page_model(app_label, model_name)
    if model is None:
        return []
    return list(model.objects.live().public().order_by("-first_published_at")[:limit])


class HomePage(Page):
    """The site's front page: an editable introduction and the newest curricula and practices."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
    )

    content_panels = [*Page.content_panels, "introduction"]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["newest_curricula"] = newest_live_pages("curricula", "CurriculumPage")
        context["newest_practices"] = newest_live_pages("practices", "PracticePage")
        return context
