"""The practice library's pages: /practices/ and one page per practice."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from continuum.fields import StreamField
from continuum.models import Theme
from continuum.page_views import page_view
from practices.blocks import PracticeBodyBlock
from practices.models.vocabulary import (
    EVIDENCE_EXPLANATIONS,
    EVIDENCE_RANK,
    ActorType,
    ContinuumStage,
    EvidenceLevel,
    OrganisationType,
    PracticeStatus,
    TargetGroup,
)

# Addresses under /practices/ that belong to the index page's own views, not to practices.
RESERVED_SLUGS = {"submit", "feed", "export", "countries", "evidence"}  # the routes below
YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class TaggedPractice(ItemBase):
    tag = models.ForeignKey(Theme, related_name="practice_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "practices.PracticePage", related_name="theme_items", on_delete=models.CASCADE
    )


class PracticeQuerySet(PageQuerySet):
    def by_evidence_strength(self) -> "PracticeQuerySet":
        rank = Case(
            *(When(evidence_level=level, then=Value(value)) for level, value in EVIDENCE_RANK.items()),
            output_field=IntegerField(),
        )
        return self.annotate(evidence_rank=rank).order_by("-evidence_rank", "title")


PracticeManager = PageManager.from_queryset(PracticeQuerySet)


class PracticeIndexPage(RoutablePageMixin, Page):
    """/practices/: the searchable, filterable library, and its submit, feed and export views.

    The views themselves live in `practices.views`; the routes here only dispatch to them.
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, "introduction"]
    parent_page_types = ["continuum.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count = 1

    class Meta:
        verbose_name = _("practice library")

    # Each route hands over to its view in practices.views (continuum.page_views).
    @path("")
    def listing(self, request):
        return page_view("practices.listing")(request, self)

    @path("submit/")
    def submit(self, request):
        return page_view("practices.submit")(request, self)

    @path("feed/")
    def feed(self, request):
        return page_view("practices.feed")(request, self)

    @path("export/<str:file_format>/")
    def export(self, request, file_format: str):
        return page_view("practices.export")(request, self, file_format)

    @path("countries/")
    def countries(self, request):
        return page_view("practices.country_overview")(request, self)

    @path("countries/chart/")
    def countries_chart(self, request):
        return page_view("practices.country_chart")(request, self)

    @path("evidence/")
    def evidence(self, request):
        return page_view("practices.evidence_guide")(request, self)


class PracticePage(Page):
    """One practice, described along the RAN template with an evidence grade."""

    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for listings and search."))
    description = StreamField(PracticeBodyBlock(), verbose_name=_("description"), blank=True)
    country = CountryField(_("country"))
    locality = models.CharField(
        _("locality"), max_length=120, blank=True, help_text=_("A city, region or 'Nationwide'.")
    )
    actor_types = ParentalManyToManyField(ActorType, blank=True, verbose_name=_("actor types"))
    phases = ParentalManyToManyField(ContinuumStage, blank=True, verbose_name=_("phases of the continuum"))
    target_groups = ParentalManyToManyField(TargetGroup, blank=True, verbose_name=_("target groups"))
    themes = ClusterTaggableManager(through=TaggedPractice, blank=True, verbose_name=_("themes"))
    gender_considerations = models.TextField(_("gender considerations"), blank=True)
    deliverables = models.TextField(_("deliverables and materials"), blank=True)
    evidence_level = models.CharField(
        _("strength of evidence"), max_length=30, choices=EvidenceLevel.choices, default=EvidenceLevel.NONE
    )
    evidence_text = models.TextField(_("what the evidence is"), blank=True)
    sustainability = models.TextField(_("sustainability"), blank=True)
    transferability = models.TextField(_("transferability"), blank=True)
    implementation_requirements = models.TextField(_("implementation requirements"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    status = models.CharField(
        _("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.ACTIVE
    )
    languages = models.CharField(
        _("languages"), max_length=200, blank=True, help_text=_("Separated by commas.")
    )
    contact = models.TextField(_("contact"), blank=True)
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submitted_practices",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)

    objects = PracticeManager()

    content_panels = [
        *Page.content_panels,
        "summary",
        "description",
        MultiFieldPanel(
            [
                FieldRowPanel(["country", "locality"]),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("actor_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                "themes",
            ],
            heading=_("Where, who and when in the continuum"),
        ),
        InlinePanel("organisations", label=_("Implementing organisations")),
        MultiFieldPanel(["evidence_level", "evidence_text"], heading=_("Evidence")),
        MultiFieldPanel(
            [
                "gender_considerations",
                "deliverables",
                "sustainability",
                "transferability",
                "implementation_requirements",
            ],
            heading=_("Practice details"),
        ),
        MultiFieldPanel(
            [FieldRowPanel(["start_year", "end_year", "status"]), "languages", "contact", "last_verified"],
            heading=_("Status and contact"),
        ),
        InlinePanel("sources", label=_("Sources")),
        InlinePanel("linked_curricula", label=_("Curricula that teach this")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("locality"),
        index.SearchField("evidence_text"),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.FilterField("country"),
        index.FilterField("evidence_level"),
        index.FilterField("status"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is reserved for the library; choose another.")})
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})

    @property
    def evidence_explanation(self) -> str:
        return EVIDENCE_EXPLANATIONS[EvidenceLevel(self.evidence_level)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_view("practices.practice_page_context")(request=request, practice=self))
        return context


class ImplementingOrganisation(Orderable):
    practice = ParentalKey(PracticePage, related_name="organisations", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    organisation_type = models.CharField(_("type"), max_length=30, choices=OrganisationType.choices)

    panels = ["name", "organisation_type"]

    class Meta(Orderable.Meta):
        verbose_name = _("implementing organisation")

    def __str__(self) -> str:
        return self.name


class PracticeSource(Orderable):
    practice = ParentalKey(PracticePage, related_name="sources", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("address"), max_length=500, blank=True)

    panels = ["title", "url"]

    class Meta(Orderable.Meta):
        verbose_name = _("source")

    def __str__(self) -> str:
        return self.title


class PracticeCurriculum(Orderable):
    """A curriculum that teaches this practice: the one link between practices and curricula,
    edited on the practice and shown on both pages (a page reference, so practices never import
    curricula)."""

    practice = ParentalKey(PracticePage, related_name="linked_curricula", on_delete=models.CASCADE)
    curriculum = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("curriculum"),
        on_delete=models.CASCADE,
        related_name="practices_linking_here",
    )

    panels = [PageChooserPanel("curriculum", page_type="curricula.CurriculumPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("linked curriculum")
