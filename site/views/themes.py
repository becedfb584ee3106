from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from continuum.models import Theme
from continuum.models.home import page_model
from continuum.visibility import visible_to

# Page types that carry themes, each through an ItemBase whose ParentalKey is named
# `theme_items` (the project's convention), with the heading of its section on the theme page.
THEMED_PAGE_TYPES = (("curricula", "CurriculumPage"), ("practices", "PracticePage"))


def theme_list(request):
    themes = Theme.objects.alphabetical()
    return TemplateResponse(request, "continuum/theme_list.html", {"themes": themes})


def theme_detail(request, slug: str):
    """A theme and everything filed under it that the visitor may see."""
    theme = get_object_or_404(Theme, slug=slug)
    tagged = {}
    for app_label, model_name in THEMED_PAGE_TYPES:
        model = page_model(app_label, model_name)
        if model is None:
            tagged[model_name] = []
            continue
        pages = visible_to(request, model.objects.filter(theme_items__tag=theme)).order_by("title")
        tagged[model_name] = list(pages)
    context = {"theme": theme, "curricula": tagged["CurriculumPage"], "practices": tagged["PracticePage"]}
    return TemplateResponse(request, "continuum/theme_detail.html", context)
