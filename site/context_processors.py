from django.http import HttpRequest
from wagtail.models import Site


def navigation(request: HttpRequest) -> dict:
    """The main navigation: the home page's children shown in menus, and the user's links.

    Lazy, so that pages that never render the header (such as /healthz) query nothing.
    """

    def menu_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return list(site.root_page.get_children().live().in_menu().public().only("title", "url_path"))

    def is_evaluator() -> bool:
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated and user.has_perm("assessments.view_evaluation"))

    def runs_cohorts() -> bool:
        user = getattr(request, "user", None)
        return bool(user and user.is_authenticated and user.has_perm("assessments.add_cohort"))

    return {"menu_pages": menu_pages, "is_evaluator": is_evaluator, "runs_cohorts": runs_cohorts}
