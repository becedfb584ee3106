from .pages import (
    Audience,
    CurriculumIndexPage,
    CurriculumPage,
    CurriculumRelatedPractice,
    LearningOutcome,
    Level,
    ModulePage,
    TaggedCurriculum,
)
from .progress import Certificate, Enrolment, ModuleCompletion

__all__ = [
    "Audience",
    "Certificate",
    "CurriculumIndexPage",
    "CurriculumPage",
    "CurriculumRelatedPractice",
    "Enrolment",
    "LearningOutcome",
    "Level",
    "ModuleCompletion",
    "ModulePage",
    "TaggedCurriculum",
]
