"""Assessment (考核): scorecards per chief, rankings, frozen runs and their consequences.

- :mod:`~riverchief.assessment.calendar`: weeks, 旬, months of a period; what a chief owes.
- :mod:`~riverchief.assessment.facts` and :mod:`~riverchief.assessment.score`: the pure
  calculus, facts in, points with reasons and records out.
- :mod:`~riverchief.assessment.inputs`: the facts read from the other rooms' records.
- :mod:`~riverchief.assessment.scorecards`: every chief of an area for a period, ranked.
- :mod:`~riverchief.assessment.runs`: frozen runs, adjustments, comparison, consequences.
"""
