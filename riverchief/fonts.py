"""The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0), registered for matplotlib and reportlab.

The app must show Chinese on a machine that has no Chinese font, so charts and PDFs use
the file in ``resources/fonts/`` and never whatever the system happens to have. Qt
registers the same file in ``ui.shell.fonts``.
"""

from __future__ import annotations

import threading
from pathlib import Path

from riverchief.paths import resource_path

FONT_FILE = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
REPORTLAB_FONT = "WQYMicroHei"

_lock = threading.Lock()
_matplotlib_done = False
_reportlab_done = False


def font_path() -> Path:
    return resource_path("fonts", FONT_FILE)


def register_matplotlib() -> str:
    """Add the bundled font to matplotlib and make it the default sans-serif; returns the family."""
    global _matplotlib_done
    with _lock:
        if not _matplotlib_done:
            from matplotlib import font_manager, rcParams

            font_manager.fontManager.addfont(str(font_path()))
            rcParams["font.family"] = "sans-serif"
            rcParams["font.sans-serif"] = [FONT_FAMILY, *rcParams["font.sans-serif"]]
            rcParams["axes.unicode_minus"] = False
            rcParams["svg.fonttype"] = "path"
            _matplotlib_done = True
    return FONT_FAMILY


def matplotlib_font_file(text: str = "河长") -> Path:
    """The font file matplotlib resolves for Chinese text (tests check it is the bundled one)."""
    register_matplotlib()
    from matplotlib import font_manager

    prop = font_manager.FontProperties(family=["sans-serif"])
    return Path(font_manager.findfont(prop, fallback_to_default=False))


def register_reportlab() -> str:
    """Register the bundled font with reportlab (embedded as a subset); returns its name."""
    global _reportlab_done
    with _lock:
        if not _reportlab_done:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(REPORTLAB_FONT, str(font_path()), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(REPORTLAB_FONT, bold, italic, REPORTLAB_FONT)
            _reportlab_done = True
    return REPORTLAB_FONT
