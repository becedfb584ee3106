"""Business rules that write: enrolling, completing modules, issuing certificates."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from curricula.models import Certificate, CurriculumPage, Enrolment, ModuleCompletion, ModulePage


@dataclass(frozen=True)
class CompletionResult:
    completion: ModuleCompletion
    newly_completed: bool  # False when the module had already been completed (a double click)
    newly_enrolled: bool
    certificate: Certificate | None  # set when this completion finished the curriculum


def enrol(*, user, curriculum: CurriculumPage) -> tuple[Enrolment, bool]:
    """Enrol a learner; enrolling twice returns the first enrolment."""
    return Enrolment.objects.get_or_create(user=user, curriculum=curriculum)


@transaction.atomic
def complete_module(*, user, module: ModulePage) -> CompletionResult:
    """Record that `user` read `module` (its live revision); enrol them if they were not.

    Idempotent: a second call, such as a double click, records nothing new. Completing the last
    module completes the curriculum and issues its certificate.
    """
    curriculum = CurriculumPage.objects.get(pk=module.get_parent().pk)
    enrolment, newly_enrolled = enrol(user=user, curriculum=curriculum)
    completion, created = ModuleCompletion.objects.get_or_create(
        enrolment=enrolment, module=module, defaults={"revision_id": module.live_revision_id}
    )
    certificate = finish_if_complete(enrolment=enrolment) if created else None
    return CompletionResult(
        completion=completion, newly_completed=created, newly_enrolled=newly_enrolled, certificate=certificate
    )


def finish_if_complete(*, enrolment: Enrolment) -> Certificate | None:
    """Complete the enrolment and issue its certificate if every live module is done. Idempotent."""
    curriculum = enrolment.curriculum
    live_modules = set(curriculum.modules().values_list("pk", flat=True))
    done = set(enrolment.completions.values_list("module_id", flat=True))
    if not live_modules or not live_modules <= done or enrolment.completed_at:
        return None
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    certificate, _created = Certificate.objects.get_or_create(enrolment=enrolment)
    return certificate


def finish_enrolments_of(curriculum: CurriculumPage) -> int:
    """After a module is unpublished or deleted, the learners who had done every other one have
    nothing left to complete: finish their enrolments now. Returns how many certificates came."""
    live_modules = list(curriculum.modules().values_list("pk", flat=True))
    if not live_modules:
        return 0
    # Only the enrolments that now have every live module done, found in one query: a curriculum
    # with thousands of learners must not be read one enrolment at a time while a page unpublishes.
    finished = (
        Enrolment.objects.filter(curriculum=curriculum, completed_at__isnull=True)
        .annotate(done=Count("completions", filter=Q(completions__module_id__in=live_modules), distinct=True))
        .filter(done=len(live_modules))
    )
    return sum(finish_if_complete(enrolment=enrolment) is not None for enrolment in finished)
