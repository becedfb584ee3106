"""Registration only: admin screens, and what assessments add to curricula's pages."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from assessments import audit
from assessments.learner_panels import curriculum_panel, hold_modules_until_pre_test, my_learning_section
from assessments.viewsets import assessment_viewsets

register_snippet(assessment_viewsets)
hooks.register("curriculum_page_panels", curriculum_panel)
hooks.register("my_learning_sections", my_learning_section)
hooks.register("before_serve_page", hold_modules_until_pre_test)
hooks.register("register_log_actions", audit.register_log_actions)
