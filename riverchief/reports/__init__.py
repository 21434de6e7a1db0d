"""Reports (报告): the quarterly accountability report, a chief's 履职报告, a water's 一河一档.

Built with reportlab in the bundled CJK font (embedded as a subset), laid out like an
official document (GB/T 9704 conventions where they apply: title, issuing body, date,
page numbers), reproducible byte for byte (``invariant=1``). Charts come from
:mod:`riverchief.charts`, the same figures the screens show.
"""
