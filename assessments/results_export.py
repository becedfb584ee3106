"""A cohort's results as CSV in the format `import_results` reads, so that a file round-trips
(`export_results` and the trainers' download)."""

import csv
import io

from assessments.importing import PHASE_FIELDS, REQUIRED_COLUMNS, format_number
from assessments.models import Cohort, Response
from continuum.text import neutralise


def export_results(cohort: Cohort) -> str:
    """A cohort's submitted, scored responses in the import format, so a file round-trips."""
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow([*REQUIRED_COLUMNS, "answer"])
    responses = (
        Response.objects.filter(attempt__participant__cohort=cohort, attempt__submitted_at__isnull=False)
        .exclude(score__isnull=True)
        .select_related("attempt__participant", "attempt__version")
        .order_by("attempt__participant__pseudonym", "attempt__phase", "attempt__instrument_id", "item_code")
    )
    phase_order = {phase: index for index, phase in enumerate(PHASE_FIELDS)}
    rows = []
    for response in responses:
        attempt = response.attempt
        spec = attempt.version.spec(response.item_code)
        answer = (
            response.answer
            if isinstance(response.answer, str) or response.answer is None
            else (spec.answer_text(response.answer) if spec else str(response.answer))
        )
        rows.append(
            (
                (attempt.participant.pseudonym, phase_order[attempt.phase], response.item_code),
                [
                    neutralise(attempt.participant.pseudonym),
                    attempt.phase,
                    response.item_code,
                    format_number(response.score),
                    format_number(response.max_score),
                    neutralise(answer or ""),
                ],
            )
        )
    for _key, row in sorted(rows, key=lambda pair: pair[0]):
        writer.writerow(row)
    return output.getvalue()
