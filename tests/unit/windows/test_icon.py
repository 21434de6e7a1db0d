"""The app's icon: the files tools/make_icon.py draws, and where the executable, the
installer and its uninstall entry take it from (checked without building them)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[3]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "tools"))

import bundle  # noqa: E402
import make_icon  # noqa: E402


@pytest.mark.parametrize("size", SIZES)
def test_each_size_is_committed_as_the_script_draws_it(size: int) -> None:
    path = ICONS / f"riverchief-{size}.png"
    with Image.open(path) as committed:
        assert committed.size == (size, size) and committed.mode == "RGBA"
        assert committed.tobytes() == make_icon.draw_icon(size).tobytes(), (
            "run python tools/make_icon.py and commit the result")


def test_the_ico_holds_every_size_drawn_for_itself() -> None:
    with Image.open(ICONS / "riverchief.ico") as ico:
        assert ico.info["sizes"] == {(s, s) for s in SIZES}
        ico.size = (16, 16)
        small = ico.convert("RGBA")
        ico.size = (256, 256)
        large = ico.convert("RGBA")
    with Image.open(ICONS / "riverchief-16.png") as png:
        assert small.tobytes() == png.convert("RGBA").tobytes()  # not the 256 px shrunk
    assert large.size == (256, 256)


def test_the_16_px_icon_is_readable() -> None:
    """A white wave on blue, its corners see-through: at 16 px a wave of white pixels
    crosses the square from side to side, and the blue around it is dark enough."""
    image = make_icon.draw_icon(16)
    assert image.getpixel((0, 0))[3] < 32  # a rounded corner
    white_columns = {x for x in range(16) for y in range(16)
                     if min(image.getpixel((x, y))[:3]) > 200}
    assert set(range(4, 12)) <= white_columns
    r, g, b, a = image.getpixel((8, 14))
    assert a == 255 and b > 120 and r < 80


def test_the_executable_and_the_installer_use_the_ico() -> None:
    assert bundle.ICON == ICONS / "riverchief.ico" and bundle.ICON.is_file()
    spec = (ROOT / "packaging" / "riverchief.spec").read_text(encoding="utf-8")
    assert re.search(r"icon=str\(bundle\.ICON\) if WINDOWS", spec)
    iss = (ROOT / "packaging" / "riverchief.iss").read_text(encoding="utf-8-sig")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"\r?$', iss, re.M))
    settings = dict(re.findall(r"^(\w+)=(.*?)\r?$", iss, re.M))
    # the setup program's own icon: a path from the script's folder, packaging/
    assert settings["SetupIconFile"] == "{#SourceIcon}"
    source = (ROOT / "packaging" / defines["SourceIcon"].replace("\\", "/")).resolve()
    assert source == bundle.ICON
    # Apps & features: the copy bundled with resources/, where PyInstaller puts it
    assert settings["UninstallDisplayIcon"] == "{app}\\{#BundledIcon}"
    bundled = Path(defines["BundledIcon"].replace("\\", "/"))
    assert bundled == Path(bundle.ICON_IN_BUNDLE)
    in_bundle = bundle.internal_dir(Path("dist/RiverChief")) / "resources" / "icons"
    assert Path("dist/RiverChief") / bundled == in_bundle / "riverchief.ico"
    assert bundle.keep(str(bundle.ICON)) and bundle.keep(str(ICONS / "riverchief-16.png"))
