"""Verdicts (巡河核验): valid, suspect or invalid, with every reason and its numbers.

See :mod:`riverchief.verdicts.engine` for the checks and :mod:`riverchief.verdicts.reasons`
for the reason codes and their messages.
"""

from riverchief.verdicts.engine import (
    BatchResult,
    FirstUse,
    PatrolBatch,
    PatrolEvidence,
    Photo,
    judge,
    judge_batch,
    judge_many,
)
from riverchief.verdicts.reasons import (
    INVALID,
    NOTE,
    SUSPECT,
    VALID,
    Reason,
    Verdict,
    reason_message,
    status_name,
)

__all__ = [
    "BatchResult", "INVALID", "NOTE", "PatrolBatch", "PatrolEvidence", "Photo", "Reason",
    "SUSPECT", "FirstUse", "VALID", "Verdict", "judge", "judge_batch", "judge_many",
    "reason_message", "status_name",
]
