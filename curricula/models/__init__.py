from .pages import (
    Audience,
    CurriculumIndexPage,
    CurriculumPage,
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
    "Enrolment",
    "LearningOutcome",
    "Level",
    "ModuleCompletion",
    "ModulePage",
    "TaggedCurriculum",
]
