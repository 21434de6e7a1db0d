"""Draw the app's icon: a white river wave in a blue rounded square.

    python tools/make_icon.py            # writes resources/icons/riverchief-<N>.png and .ico

Every size is drawn on its own (at 8 x and scaled down), not shrunk from the largest:
below 32 px one thick wave, which stays a wave at 16 px, where two thin ones would blur
into a grey band. The window icon (ui/app.py), the executable (packaging/riverchief.spec)
and the installer (packaging/riverchief.iss) use the files this writes; run it again after
changing the drawing and commit the results.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SUPERSAMPLE = 8

TOP = (52, 144, 222)      # sky blue at the top of the square
BOTTOM = (12, 74, 150)    # deep water at the bottom
WAVE = (255, 255, 255)
SECOND_WAVE = (168, 214, 250)


def _gradient(size: int) -> Image.Image:
    column = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / max(size - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True))
        column.putpixel((0, y), colour)
    return column.resize((size, size))


def _wave(draw: ImageDraw.ImageDraw, size: int, y: float, amplitude: float, width: float,
          colour: tuple[int, int, int], margin: float) -> None:
    """One period and a half of a sine from margin to margin, drawn as a round pen moved
    along it (a wide polyline has notches at its joints)."""
    x0, x1 = margin, size - margin
    r = width / 2
    steps = max(64, int((x1 - x0) / max(r / 6, 1)))
    for i in range(steps + 1):
        px = x0 + (x1 - x0) * i / steps
        py = y - amplitude * math.sin(3 * math.pi * i / steps)
        draw.ellipse((px - r, py - r, px + r, py + r), fill=colour)


def draw_icon(size: int) -> Image.Image:
    """The icon at ``size`` x ``size`` pixels (RGBA)."""
    big = size * SUPERSAMPLE
    mask = Image.new("L", (big, big), 0)
    radius = big * (0.22 if size >= 32 else 0.18)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, big - 1, big - 1), radius=radius, fill=255)
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    image.paste(_gradient(big), (0, 0), mask)
    draw = ImageDraw.Draw(image)
    if size < 32:
        # one wave, two pixels thick or more: readable at 16 px
        _wave(draw, big, big * 0.5, big * 0.12, big * 0.17, WAVE, big * 0.19)
    else:
        _wave(draw, big, big * 0.41, big * 0.085, big * 0.1, WAVE, big * 0.19)
        _wave(draw, big, big * 0.64, big * 0.085, big * 0.08, SECOND_WAVE, big * 0.23)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(folder: Path = ICONS) -> list[Path]:
    """The PNGs of every size and the multi-size ``riverchief.ico``; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    images = {size: draw_icon(size) for size in SIZES}
    written = []
    for size, image in images.items():
        path = folder / f"riverchief-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    ico = folder / "riverchief.ico"
    largest = images[SIZES[-1]]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[images[s] for s in SIZES[:-1]])
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="folder (default: resources/icons)")
    args = parser.parse_args(argv)
    for path in write_icons(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
