"""Signing in or out ends the browser's participant session (a shared training-room computer
must not hand one person's questionnaires to the next)."""

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver


@receiver(user_logged_in, dispatch_uid="assessments.forget_participant_on_sign_in")
@receiver(user_logged_out, dispatch_uid="assessments.forget_participant_on_sign_out")
def forget_participant_on_sign_in_or_out(sender, request, **kwargs) -> None:
    from assessments.views.participate import forget_participant

    if request is not None and hasattr(request, "session"):
        forget_participant(request)
