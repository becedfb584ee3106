from .access import EvaluationAccess
from .attempts import Attempt, AttemptSource, Response
from .audit import PersonalDataLogEntry
from .cohorts import Cohort, DeliveryMode, Participant
from .instruments import EvaluationPlan, FeedbackPolicy, Instrument, InstrumentKind, InstrumentVersion, Phase

__all__ = [
    "Attempt",
    "AttemptSource",
    "Cohort",
    "DeliveryMode",
    "EvaluationAccess",
    "EvaluationPlan",
    "FeedbackPolicy",
    "Instrument",
    "InstrumentKind",
    "InstrumentVersion",
    "Participant",
    "PersonalDataLogEntry",
    "Phase",
    "Response",
]
