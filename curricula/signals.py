"""A module leaving the curriculum (unpublished or deleted) may complete learners' enrolments."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_unpublished

from curricula.models import CurriculumPage, ModulePage
from curricula.services import finish_enrolments_of


def _finish_after(module: ModulePage) -> None:
    curriculum = CurriculumPage.objects.filter(path=module.path[: -ModulePage.steplen]).first()
    if curriculum is not None:  # the module is already out of the live tree when these signals come
        finish_enrolments_of(curriculum)


@receiver(page_unpublished, sender=ModulePage, dispatch_uid="curricula.finish_on_unpublish")
def finish_enrolments_when_a_module_is_unpublished(sender, instance, **kwargs) -> None:
    _finish_after(instance)


@receiver(post_delete, sender=ModulePage, dispatch_uid="curricula.finish_on_delete")
def finish_enrolments_when_a_module_is_deleted(sender, instance, **kwargs) -> None:
    _finish_after(instance)
