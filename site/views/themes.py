from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from continuum.models import Theme


def theme_list(request):
    themes = Theme.objects.alphabetical()
    return TemplateResponse(request, "continuum/theme_list.html", {"themes": themes})


def theme_detail(request, slug: str):
    theme = get_object_or_404(Theme, slug=slug)
    return TemplateResponse(request, "continuum/theme_detail.html", {"theme": theme})
