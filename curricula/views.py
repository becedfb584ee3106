from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse


@login_required
def my_learning(request):
    """A learner's own page: enrolled curricula, progress and certificates."""
    return TemplateResponse(request, "curricula/my_learning.html", {})
