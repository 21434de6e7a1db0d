"""Patrols (巡河): the record a river chief submits, its revisions, drafts and verdict.

- :mod:`riverchief.patrols.model`: what a chief fills in (:class:`PatrolInput`) and what
  is stored (:class:`Patrol`);
- :mod:`riverchief.patrols.service`: submit, correct, drafts, recompute verdicts;
- :mod:`riverchief.patrols.queries`: one patrol, and the list with filters and search;
- :mod:`riverchief.patrols.historical`: historical spreadsheets (XLSX/CSV) imported;
- :mod:`riverchief.patrols.due`: when each chief's next patrol is due;
- :mod:`riverchief.patrols.taxonomy`: the checklist items and problem categories.
"""

from riverchief.patrols.model import (
    METHODS,
    Patrol,
    PatrolInput,
    PhotoFile,
    ProblemInput,
    ProblemRecord,
    Revision,
    TrackFile,
)
from riverchief.patrols.queries import PatrolFilter, count, get_patrol, list_patrols
from riverchief.patrols.service import (
    Checked,
    Draft,
    Recomputed,
    Selection,
    check_input,
    correct,
    discard_draft,
    drafts,
    evaluate,
    history,
    judge_again,
    recompute_verdicts,
    save_draft,
    stale_verdicts,
    submit,
)

__all__ = [
    "METHODS", "Checked", "Draft", "Patrol", "PatrolFilter", "PatrolInput", "PhotoFile",
    "ProblemInput", "ProblemRecord", "Revision", "TrackFile", "check_input", "correct",
    "count", "discard_draft", "drafts", "evaluate", "get_patrol", "history", "list_patrols",
    "Recomputed", "Selection", "judge_again", "recompute_verdicts", "save_draft",
    "stale_verdicts", "submit",
]
