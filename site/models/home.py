from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

NEWEST_LIMIT = 3


def newest_live_pages(app_label: str, model_name: str, *, limit: int = NEWEST_LIMIT) -> list[Page]:
    """The newest public pages of a type that may not exist yet.

    The home page lists curricula and practices; it looks their page models up by name so that
    the site app does not import the apps built on top of it.
    """
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return []
    queryset = model.objects.live().public().order_by("-first_published_at")
    return list(queryset[:limit])


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
