from .pages import (
    ImplementingOrganisation,
    PracticeCurriculum,
    PracticeIndexPage,
    PracticePage,
    PracticeSource,
    TaggedPractice,
)
from .vocabulary import (
    EVIDENCE_EXPLANATIONS,
    EVIDENCE_RANK,
    ActorType,
    EvidenceLevel,
    OrganisationType,
    Phase,
    PracticeStatus,
    TargetGroup,
)

__all__ = [
    "EVIDENCE_EXPLANATIONS",
    "EVIDENCE_RANK",
    "ActorType",
    "EvidenceLevel",
    "ImplementingOrganisation",
    "OrganisationType",
    "Phase",
    "PracticeCurriculum",
    "PracticeIndexPage",
    "PracticePage",
    "PracticeSource",
    "PracticeStatus",
    "TaggedPractice",
    "TargetGroup",
]
