"""Business rules that write: a practice submitted from the site becomes a draft under review."""

import datetime
import logging
from collections.abc import Mapping

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Page

from continuum import roles
from continuum.slugs import unique_slug
from continuum.text import has_visible_text, strip_control_characters
from practices.models import ImplementingOrganisation, PracticeIndexPage, PracticePage, PracticeSource
from practices.models.pages import RESERVED_SLUGS

SUBMISSIONS_PER_HOUR = 5
logger = logging.getLogger(__name__)


class SubmissionRateLimited(Exception):
    """The user has submitted too many practices in the last hour."""


class InvalidSubmission(ValueError):
    """The data has no usable title or summary; the submission form never lets this through."""


def recent_submission_count(user) -> int:
    since = timezone.now() - datetime.timedelta(hours=1)
    return PracticePage.objects.filter(submitted_by=user, submitted_at__gte=since).count()


def _paragraphs(text: str) -> str:
    parts = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in parts)


@transaction.atomic
def submit_practice(*, user, index: PracticeIndexPage, data: Mapping) -> PracticePage:
    """Create a draft practice from `data` (a valid submission form's cleaned data), submit it to
    the library's review workflow and tell the moderators.

    Raises InvalidSubmission when the title or the summary shows no text once control characters
    are dropped (nothing is written, and the title never reaches slug generation), and
    SubmissionRateLimited when the user has reached SUBMISSIONS_PER_HOUR.
    """
    title = strip_control_characters(data["title"]).strip()
    summary = strip_control_characters(data["summary"]).strip()
    if not (has_visible_text(title) and has_visible_text(summary)):
        raise InvalidSubmission(_("A practice needs a title and a summary."))
    if recent_submission_count(user) >= SUBMISSIONS_PER_HOUR:
        raise SubmissionRateLimited
    practice = PracticePage(
        title=title,
        slug=unique_slug(Page.objects.child_of(index), title, fallback="practice", reserved=RESERVED_SLUGS),
        live=False,
        owner=user,
        submitted_by=user,
        submitted_at=timezone.now(),
        summary=summary,
        description=[("text", _paragraphs(data["description"]))],
        country=data["country"],
        locality=data.get("locality", ""),
        evidence_level=data["evidence_level"],
        evidence_text=data.get("evidence_text", ""),
        start_year=data.get("start_year"),
        status=data["status"],
        contact=data.get("contact", ""),
    )
    practice.organisations = [
        ImplementingOrganisation(name=data["organisation"], organisation_type=data["organisation_type"])
    ]
    if data.get("source_url") or data.get("source_title"):
        practice.sources = [PracticeSource(title=data["source_title"], url=data.get("source_url", ""))]
    practice.phases.set(data["phases"])
    practice.actor_types.set(data.get("actor_types", []))
    practice.target_groups.set(data.get("target_groups", []))
    practice.themes.set(list(data.get("themes", [])))
    index.add_child(instance=practice)
    practice.save_revision(user=user)
    workflow = practice.get_workflow()
    if workflow is not None:
        workflow.start(practice, user)
    # After the commit, and never fatal: a mail server that is down must not lose the submission.
    transaction.on_commit(lambda: _notify_moderators(practice))
    return practice


def _notify_moderators(practice: PracticePage) -> None:
    moderators = Group.objects.get(name=roles.PRACTICE_MODERATORS).user_set.filter(is_active=True)
    recipients = [address for address in moderators.values_list("email", flat=True) if address]
    if not recipients:
        return
    review_url = f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{practice.pk}/edit/"
    try:
        send_mail(
            subject=_("New practice to review: %(title)s") % {"title": practice.title},
            message=_(
                "%(user)s submitted the practice “%(title)s” for the library.\n\nReview it here: %(url)s"
            )
            % {"user": practice.submitted_by, "title": practice.title, "url": review_url},
            from_email=None,
            recipient_list=recipients,
        )
    except OSError:
        logger.exception("Could not tell the moderators about practice %s", practice.pk)
