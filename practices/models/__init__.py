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
    ContinuumStage,
    EvidenceLevel,
    OrganisationType,
    PracticeStatus,
    TargetGroup,
)

__all__ = [
    "EVIDENCE_EXPLANATIONS",
    "EVIDENCE_RANK",
    "ActorType",
    "ContinuumStage",
    "EvidenceLevel",
    "ImplementingOrganisation",
    "OrganisationType",
    "PracticeCurriculum",
    "PracticeIndexPage",
    "PracticePage",
    "PracticeSource",
    "PracticeStatus",
    "TaggedPractice",
    "TargetGroup",
]
