"""Exchange between installations (数据交换): keys, hash chains, signed packages, merge.

What this proves, and what not (DESIGN.md, Trust): a valid signature and chain prove which
installation exported a record and that nothing was changed, dropped or reordered after it
was chained; the office's receipt time bounds when it existed. They do not prove that a
record typed on a chief's laptop before its first export tells the truth — the patrol's
evidence (track, photos, entry time) is judged by the verdict engine for that.
"""
