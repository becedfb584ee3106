"""Read-side queries for curriculum and module pages and for /my/. They only read: certificates
are issued by `curricula.services` when a module is completed, unpublished or deleted."""

from dataclasses import dataclass, field

from continuum.page_views import serves
from continuum.visibility import visible_to
from curricula.models import CurriculumPage, Enrolment, ModulePage
from curricula.models.pages import can_see_facilitator_notes


@dataclass
class OutlineEntry:
    module: ModulePage
    done: bool
    current: bool = False


@dataclass
class CurriculumProgress:
    curriculum: CurriculumPage
    enrolment: Enrolment | None
    outline: list[OutlineEntry] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.outline)

    @property
    def completed(self) -> int:
        return sum(1 for entry in self.outline if entry.done)

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.total) if self.total else 0

    @property
    def next_module(self) -> ModulePage | None:
        """Where to resume: the first module in order not yet completed."""
        return next((entry.module for entry in self.outline if not entry.done), None)

    @property
    def is_complete(self) -> bool:
        return bool(self.enrolment and self.enrolment.completed_at)

    @property
    def certificate(self):
        if not self.is_complete:
            return None
        return getattr(self.enrolment, "certificate", None)


@serves("curricula.progress")
def curriculum_progress_for(*, request, curriculum: CurriculumPage, current: ModulePage | None = None):
    """The curriculum's modules the request may see, in order, each ticked if its user completed
    it (3 queries)."""
    user = request.user
    if curriculum.pk is None:  # an unsaved page, previewed in the admin
        return CurriculumProgress(curriculum=curriculum, enrolment=None)
    enrolment = (
        Enrolment.objects.for_user(user).filter(curriculum=curriculum).select_related("certificate").first()
        if user.is_authenticated
        else None
    )
    done = set(enrolment.completions.values_list("module_id", flat=True)) if enrolment else set()
    modules = visible_to(request, curriculum.modules()).only(
        "id", "title", "slug", "url_path", "path", "depth"
    )
    outline = [
        OutlineEntry(
            module=module, done=module.pk in done, current=current is not None and module.pk == current.pk
        )
        for module in modules
    ]
    return CurriculumProgress(curriculum=curriculum, enrolment=enrolment, outline=outline)


@serves("curricula.module_context")
def module_context_for(*, request, module: ModulePage) -> dict:
    curriculum = CurriculumPage.objects.get(pk=module.get_parent().pk)
    progress = curriculum_progress_for(request=request, curriculum=curriculum, current=module)
    position = next((i for i, entry in enumerate(progress.outline) if entry.current), None)
    previous_module = next_module = None
    if position is not None:
        if position > 0:
            previous_module = progress.outline[position - 1].module
        if position + 1 < len(progress.outline):
            next_module = progress.outline[position + 1].module
    return {
        "curriculum": curriculum,
        "progress": progress,
        "is_done": position is not None and progress.outline[position].done,
        "previous_module": previous_module,
        "next_module": next_module,
        "show_facilitator_notes": can_see_facilitator_notes(request.user),
    }


def learner_dashboard(*, user) -> dict:
    """Everything /my/ shows, in a fixed number of queries however many enrolments there are."""
    enrolments = list(
        Enrolment.objects.for_user(user).select_related("curriculum", "certificate").order_by("-enrolled_at")
    )
    curricula = [enrolment.curriculum for enrolment in enrolments]
    modules_by_curriculum: dict[int, list[ModulePage]] = {c.pk: [] for c in curricula}
    if curricula:
        parent_paths = {c.path: c.pk for c in curricula}
        depth = curricula[0].depth + 1
        candidates = (
            ModulePage.objects.live().filter(depth=depth).only("id", "title", "url_path", "path", "depth")
        )
        for module in candidates.order_by("path"):
            parent_pk = parent_paths.get(module.path[: -ModulePage.steplen])
            if parent_pk is not None:
                modules_by_curriculum[parent_pk].append(module)
    done_by_enrolment: dict[int, set[int]] = {e.pk: set() for e in enrolments}
    for enrolment_id, module_id in (
        Enrolment.completions.rel.related_model.objects.filter(enrolment__in=enrolments).values_list(
            "enrolment_id", "module_id"
        )
        if enrolments
        else []
    ):
        done_by_enrolment[enrolment_id].add(module_id)
    progress = [
        CurriculumProgress(
            curriculum=enrolment.curriculum,
            enrolment=enrolment,
            outline=[
                OutlineEntry(module=m, done=m.pk in done_by_enrolment[enrolment.pk])
                for m in modules_by_curriculum[enrolment.curriculum.pk]
            ],
        )
        for enrolment in enrolments
    ]
    return {
        "in_progress": [p for p in progress if not p.is_complete],
        "completed": [p for p in progress if p.is_complete],
    }
