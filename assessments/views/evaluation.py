from django.contrib.auth.decorators import login_required, permission_required
from django.template.response import TemplateResponse


@login_required
@permission_required("assessments.view_evaluation", raise_exception=True)
def evaluation_overview(request):
    """Evaluators' overview of whether training works."""
    return TemplateResponse(request, "assessments/evaluation_overview.html", {})
