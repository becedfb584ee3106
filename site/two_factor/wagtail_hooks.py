from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from . import services
from .admin_views import ResetTwoFactorView, may_reset


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "two-factor/reset/<int:user_id>/",
            ResetTwoFactorView.as_view(),
            name="two_factor_reset",
        )
    ]


@hooks.register("register_user_listing_buttons")
def user_listing_buttons(user, request_user):
    """In each row's "More" menu of the admin's user list. No query per row: the confirmation
    page says whether the user has a device at all."""
    if not may_reset(request_user, user):
        return []
    return [
        Button(
            _("Reset two-factor sign-in"),
            url=reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=50,
        )
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        services.SETUP_ACTION, _("Set up two-factor sign-in"), _("Two-factor sign-in set up")
    )
    actions.register_action(
        services.RECOVERY_CODES_ACTION, _("Make new recovery codes"), _("New recovery codes made")
    )
    actions.register_action(
        services.RESET_ACTION, _("Reset two-factor sign-in"), _("Two-factor sign-in reset")
    )
