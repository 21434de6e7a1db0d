"""The problem ledger (问题台账): from finding to verified closing (销号) and 回头看.

- :mod:`~riverchief.problems.workflow` — the state machine, free of storage;
- :mod:`~riverchief.problems.ledger` — register problems, take actions, read the ledger;
- :mod:`~riverchief.problems.complaints` — public complaints and supervision batches;
- :mod:`~riverchief.problems.export` — the ledger as XLSX or CSV with Chinese headers;
- :mod:`~riverchief.problems.categories` — the problem taxonomy.

The patrol-logging work registers problems found on patrol with
``ledger.create_problem(store, actor, source="patrol", patrol_id=..., ...)``.
"""

from riverchief.problems.ledger import create_problem

__all__ = ["create_problem"]
