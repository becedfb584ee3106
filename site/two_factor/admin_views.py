"""The Wagtail admin's "Reset two-factor sign-in" for a user who lost their phone."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.compat import AUTH_USER_APP_LABEL, AUTH_USER_MODEL_NAME

from . import services

CHANGE_USER_PERMISSION = f"{AUTH_USER_APP_LABEL}.change_{AUTH_USER_MODEL_NAME.lower()}"


def may_reset(request_user, user) -> bool:
    """Administrators and whoever may edit users; only a superuser resets a superuser's."""
    if not request_user.has_perm(CHANGE_USER_PERMISSION):
        return False
    return request_user.is_superuser or not user.is_superuser


class ResetTwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "two_factor/admin/reset.html"
    page_title = gettext_lazy("Reset two-factor sign-in")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(get_user_model(), pk=kwargs["user_id"])
        if not may_reset(request.user, self.object):
            # A real 403 rather than Wagtail's redirect to the dashboard.
            return TemplateResponse(request, "403.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return get_user_display_name(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {
                "url": reverse("wagtailusers_users:edit", args=[self.object.pk]),
                "label": self.get_page_subtitle(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "target": self.object,
            "display_name": get_user_display_name(self.object),
            "has_device": services.has_confirmed_device(self.object),
            "users_url": reverse("wagtailusers_users:index"),
        }

    def post(self, request, *args, **kwargs):
        services.reset_two_factor(self.object, by=request.user)
        messages.success(
            request,
            _("Two-factor sign-in of '%(user)s' is reset. They set it up again at their next sign-in.")
            % {"user": get_user_display_name(self.object)},
        )
        return redirect("wagtailusers_users:index")
