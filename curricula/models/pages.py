"""The curriculum page tree: /curricula/ → a curriculum → its modules."""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from continuum.errors import FriendlyNotFound
from continuum.fields import StreamField
from continuum.models import Theme
from continuum.page_views import page_view
from continuum.visibility import visible_to
from curricula.blocks import ModuleBodyBlock
from curricula.extensions import render_hook

WORDS_PER_MINUTE = 200


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Audience(models.Model):
    """Who a curriculum is written for: custodial officers, probation officers, and so on."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TaggedCurriculum(ItemBase):
    tag = models.ForeignKey(Theme, related_name="curriculum_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "curricula.CurriculumPage", related_name="theme_items", on_delete=models.CASCADE
    )


class CurriculumIndexPage(Page):
    """/curricula/: every published curriculum the visitor may see."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, "introduction"]
    parent_page_types = ["continuum.HomePage"]
    subpage_types = ["curricula.CurriculumPage"]
    max_count = 1

    class Meta:
        verbose_name = _("curriculum index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["curricula"] = (
            visible_to(request, CurriculumPage.objects.child_of(self))
            .order_by("path")
            .prefetch_related("theme_items__tag")
        )
        return context


class CurriculumPageQuerySet(PageQuerySet):
    def with_slug(self, slug: str) -> "CurriculumPageQuerySet":
        """The curriculum with this slug in the default language (translations share slugs)."""
        return self.filter(slug=slug, locale=Locale.get_default())


class CurriculumPage(RoutablePageMixin, Page):
    """A course: its outcomes, audiences and themes; its modules are child pages."""

    objects = PageManager.from_queryset(CurriculumPageQuerySet)()

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings and search."))
    themes = ClusterTaggableManager(through=TaggedCurriculum, blank=True, verbose_name=_("themes"))
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("audiences"))
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY)
    duration_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), default=60, help_text=_("For the whole curriculum.")
    )
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        "summary",
        MultiFieldPanel(
            [
                "themes",
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                "level",
                "duration_minutes",
                "prerequisites",
            ],
            heading=_("Who and what"),
        ),
        InlinePanel("outcomes", label=_("Learning outcomes"), min_num=1),
        "cover_image",
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.RelatedFields("outcomes", [index.SearchField("text")]),
        index.FilterField("level"),
    ]

    parent_page_types = ["curricula.CurriculumIndexPage"]
    subpage_types = ["curricula.ModulePage"]

    class Meta:
        verbose_name = _("curriculum")
        verbose_name_plural = _("curricula")

    def modules(self):
        return ModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["progress"] = page_view("curricula.progress")(request=request, curriculum=self)
        context["extension_panels"] = render_hook("curriculum_page_panels", request, self) if self.pk else []
        # The practices that name this curriculum as teaching them: the one link between the two
        # (`practices.PracticeCurriculum`, a page reference whose related name is used here).
        practice_ids = self.practices_linking_here.values_list("practice_id", flat=True) if self.pk else []
        context["practices"] = visible_to(request, Page.objects.filter(pk__in=practice_ids)).order_by("title")
        return context

    @path("")
    def overview(self, request):
        return self.render(request)

    @path("handout/")
    @path("handout/<slug:module_slug>/")
    def handout(self, request, module_slug: str | None = None):
        """A printable handout of the whole curriculum or one module.

        Trainers and curriculum leads may ask for facilitator notes with `?notes=1`; for anyone
        else the parameter is ignored.
        """
        modules = list(visible_to(request, self.modules()))
        if module_slug is not None:
            modules = [module for module in modules if module.slug == module_slug]
            if not modules:
                raise FriendlyNotFound(_("This curriculum has no module at that address."))
        with_notes = request.GET.get("notes") == "1" and can_see_facilitator_notes(request.user)
        context = {
            **self.get_context(request),
            "modules": modules,
            "single_module": module_slug is not None,
            "show_facilitator_notes": with_notes,
            "can_print_notes": can_see_facilitator_notes(request.user),
        }
        return TemplateResponse(request, "curricula/handout.html", context)


class LearningOutcome(Orderable):
    """One learning outcome, with a short stable code (`RB-2`) that assessment items refer to."""

    curriculum = ParentalKey(CurriculumPage, related_name="outcomes", on_delete=models.CASCADE)
    code = models.CharField(
        _("code"),
        max_length=12,
        validators=[
            RegexValidator(r"^[A-Z]{1,5}-\d{1,3}$", _("Use capitals, a hyphen and a number, e.g. RB-2."))
        ],
        help_text=_("Short and stable, e.g. RB-2: assessment items refer to it."),
    )
    text = models.CharField(_("outcome"), max_length=300)

    panels = ["code", "text"]

    class Meta(Orderable.Meta):
        verbose_name = _("learning outcome")
        constraints = [
            models.UniqueConstraint(fields=["curriculum", "code"], name="unique_outcome_code_per_curriculum")
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.text}"


def check_outcome_codes(codes: list[str], *, curriculum_id: int) -> None:
    """Raise ValidationError on `outcome_codes` for codes that are not the curriculum's outcomes."""
    if not codes:
        return
    known = set(LearningOutcome.objects.filter(curriculum_id=curriculum_id).values_list("code", flat=True))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValidationError(
            {
                "outcome_codes": _("These codes are not outcomes of the curriculum: %(codes)s")
                % {"codes": ", ".join(unknown)}
            }
        )


class ModulePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        if self.parent_page is not None:
            codes = [code.strip() for code in cleaned.get("outcome_codes", "").split(",") if code.strip()]
            try:
                check_outcome_codes(codes, curriculum_id=self.parent_page.pk)
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


class ModulePage(Page):
    """One module of a curriculum: a body of training blocks, read and marked complete."""

    summary = models.TextField(_("summary"), blank=True)
    outcome_codes = models.CharField(
        _("learning outcomes served"),
        max_length=200,
        blank=True,
        help_text=_("Codes of the curriculum's outcomes, separated by commas, e.g. RB-1, RB-2."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, "summary", "outcome_codes", "body"]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    base_form_class = ModulePageForm
    parent_page_types = ["curricula.CurriculumPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("module")
        permissions = [("view_facilitator_notes", _("Can see facilitator notes"))]

    @cached_property
    def word_count(self) -> int:
        """Words a learner reads: the searchable text, which leaves out facilitator notes."""
        text = " ".join(self.body.stream_block.get_searchable_content(self.body))
        return len(strip_tags(text).split())

    def outcome_code_list(self) -> list[str]:
        return [code.strip() for code in self.outcome_codes.split(",") if code.strip()]

    def clean(self):
        super().clean()
        # A page being created has no place in the tree yet; ModulePageForm checks it instead.
        parent = self.get_parent() if self.path else None
        if parent is not None:
            check_outcome_codes(self.outcome_code_list(), curriculum_id=parent.pk)

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_view("curricula.module_context")(request=request, module=self))
        return context


def can_see_facilitator_notes(user) -> bool:
    """Trainers and curriculum leads (and superusers) see facilitator notes; nobody else does."""
    return bool(user and user.is_authenticated and user.has_perm("curricula.view_facilitator_notes"))
