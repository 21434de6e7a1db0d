"""What goes into the PyInstaller bundle, shared by the spec, ``build.py`` and the tests.

The version is read from ``pyproject.toml`` (the one place it is written) and stamped
into everything the build produces: a minimal ``riverchief-X.dist-info`` inside the
bundle (so ``importlib.metadata`` and hence ``riverchief.__version__`` work frozen), the
Windows version resource of the executables, and the Inno Setup installer.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST_NAME = "riverchief"  # the distribution name in pyproject
BUNDLE_NAME = "RiverChief"  # the folder dist/RiverChief/
GUI_NAME = "riverchief-gui"  # as the gui-script in pyproject; windowed on Windows
CLI_NAME = "riverchief"  # as the console script: riverchief.cmd / riverchief wrapper
# The app's icon (tools/make_icon.py draws it): in the .exe, the installer and the
# uninstall entry. It is bundled with resources/, so it is also at ICON_IN_BUNDLE.
ICON = ROOT / "resources" / "icons" / "riverchief.ico"
ICON_IN_BUNDLE = "_internal/resources/icons/riverchief.ico"
PRODUCT = "RiverChief 河长巡河"
PUBLISHER = "RiverChief"

# Qt modules the app does not use. PyInstaller collects only what is imported, so these
# guard against a library importing one in passing; QtPdf, QtPdfWidgets, QtPrintSupport
# (report preview and printing) and QtSvg (icons) are deliberately absent from the list.
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
        "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
        "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
        "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml",
        "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
        "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
        "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest",
        "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
        "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
    )
]

# Python packages that are installed for development but are not part of the app.
OTHER_EXCLUDES = [
    "tkinter", "_tkinter", "IPython", "jupyter_client", "ipykernel", "pytest", "_pytest",
    "pytestqt", "hypothesis", "mypy", "ruff", "pypdf", "PyInstaller", "setuptools",
    "pkg_resources", "pip", "sphinx", "docutils",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_nbagg",
    "PyQt5", "PyQt6", "PySide2",
    # optional imports of numpy, pyparsing and matplotlib the app never reaches
    "yaml", "jinja2", "numpy.f2py", "pyparsing.diagram", "pydoc_data", "readline",
]

# The declared run-time dependencies, bundled even before a room imports them, so that
# the size measured now is the size of the finished app, and so that a room importing
# one later finds it frozen too. (Everything actually imported is found by analysis.)
DEPENDENCY_IMPORTS = [
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "PySide6.QtSvg",
    "matplotlib.backends.backend_agg", "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_pdf", "matplotlib.backends.backend_svg",
    "reportlab.pdfgen.canvas", "reportlab.platypus", "reportlab.graphics.shapes",
    "gpxpy", "gpxpy.gpx", "openpyxl", "PIL.Image", "PIL.ExifTags", "pillow_heif",
    "cryptography.hazmat.primitives.ciphers.aead", "cryptography.hazmat.primitives.kdf.scrypt",
    "cryptography.hazmat.primitives.asymmetric.ed25519", "cryptography.fernet",
    "sqlite_utils", "platformdirs", "tzdata", "zoneinfo", "numpy", "shapefile",
]

EXCLUDES = QT_EXCLUDES + OTHER_EXCLUDES

# Files the app never needs, matched on their path inside the bundle.
DROP_PATTERNS = [
    # Linux platform plugins for kiosks and framebuffers, and the GTK theme plugin that
    # would pull GTK's stack (the xcb, wayland, offscreen and portal plugins stay)
    r"(^|/)plugins/platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so$",
    r"(^|/)plugins/egldeviceintegrations/",
    # Linux: Wayland (the bundle runs through X11, or XWayland in a Wayland session) and
    # the kiosk input plugins (evdev, TUIO); ibus input methods for Chinese stay
    r"(^|/)plugins/platforms/libqwayland[^/]*\.so$",
    r"(^|/)plugins/wayland-[^/]+/",
    r"(^|/)libQt6(WaylandClient|WlShellIntegration|WaylandEglClientHwIntegration)\.so",
    r"(^|/)plugins/generic/",
    r"(^|/)libQt6(EglFSDeviceIntegration|EglFsKmsSupport)\.so",
    r"(^|/)plugins/platformthemes/libqgtk3\.so$",
    r"(^|/)lib(gtk-3|gdk-3|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|atk-1\.0"
    r"|gdk_pixbuf-2\.0|pixman-1|epoxy|atk-bridge-2\.0|atspi|thai|datrie|fribidi)\.so",
    # matplotlib's Type 1 metrics for PostScript core fonts (used only with
    # pdf.use14corefonts), and its sample data; all its TrueType fonts stay
    r"(^|/)mpl-data/fonts/(afm|pdfcorefonts)/",
    r"(^|/)mpl-data/sample_data/",
    # Windows: Qt's software OpenGL (20 MB); the app draws its widgets without OpenGL
    r"(^|/)opengl32sw\.dll$",
    # image formats nobody sends a river chief (JPEG, PNG, GIF, ICO, SVG and PDF stay)
    r"(^|/)plugins/imageformats/(lib)?q(tiff|webp|icns|tga|wbmp)[^/]*$",
    r"(^|/)PySide6/(Qt/)?qml/",
    r"(^|/)PySide6/(Qt/)?libexec/",
    r"(^|/)PySide6/(assistant|designer|linguist|lupdate|lrelease|qmlls|qmllint|qmlformat)",
    r"(^|/)PySide6/(Qt/)?translations/(?!qtbase_zh_CN|qt_zh_CN|qtbase_en|qt_en)[^/]+\.qm$",
]


# Linux only: libraries of the desktop itself, which the README already requires (the
# run-time packages of Qt's xcb platform: GLib, X11/xcb, fontconfig, D-Bus and theirs).
# They are left to the system, where copies would only cost size and could clash with
# its graphics stack. Copies shipped inside wheels (pillow.libs/...) are kept.
LINUX_SYSTEM_LIB = re.compile(
    r"^lib(glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|pcre2-8|mount|blkid"
    r"|selinux|X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb(-[a-z0-9-]+)?|xkbcommon(-x11)?|bsd|md"
    r"|fontconfig|freetype|png16|brotli(common|dec|enc)|harfbuzz|graphite2|expat|dbus-1"
    r"|systemd|gcrypt|gpg-error|lz4|cap|zstd|wayland-(client|cursor|egl)"
    # CUPS, for Qt's CUPS print plugin: where it is absent the plugin does not load and
    # Qt still prints to PDF (the Windows bundle prints through Windows)
    r"|cups|avahi-(client|common)|gnutls|nettle|hogweed|gmp|p11-kit|tasn1|idn2|unistring"
    r")\.so(\.\d+)*$"
)


def is_linux_system_lib(dest_name: str, source: str) -> bool:
    """A desktop library from the system's lib folders (not one shipped inside a wheel)."""
    name = dest_name.replace("\\", "/")
    if "/" in name or not source.startswith(("/lib/", "/usr/lib/", "/lib64/", "/usr/lib64/")):
        return False
    return LINUX_SYSTEM_LIB.match(name) is not None


def elf_loadable(path: Path, page: int = 4096) -> bool:
    """Whether every PT_LOAD segment of a 64-bit ELF file has offset and address congruent
    modulo the page size, as the dynamic loader requires ("ELF load command
    address/offset not page-aligned" otherwise)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:  # not a 64-bit ELF file: not ours to judge
        return data[:4] != b"\x7fELF"
    endian = "<" if data[5] == 1 else ">"
    (phoff,) = struct.unpack_from(endian + "Q", data, 0x20)
    phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
    for i in range(phnum):
        at = phoff + i * phentsize
        p_type, _, p_offset, p_vaddr = struct.unpack_from(endian + "IIQQ", data, at)
        if p_type == 1 and (p_vaddr - p_offset) % page:
            return False
    return True


def stripped_copy(source: str, cache: Path) -> str:
    """A copy of a Linux shared library without its symbol tables, or ``source`` itself.

    Libraries wheels vendor (``<package>.libs/``) were rewritten by auditwheel's patchelf,
    and GNU strip can misalign their segments (numpy's OpenBLAS): a stripped copy the
    loader would refuse is discarded and the original kept.
    """
    src = Path(source)
    if shutil.which("strip") is None:
        return source
    key = hashlib.sha256(f"{src}:{src.stat().st_mtime_ns}:{src.stat().st_size}".encode())
    out = cache / key.hexdigest()[:16] / src.name
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["strip", "-o", str(out), str(src)], capture_output=True)
        if result.returncode != 0 or not elf_loadable(out):
            out.unlink(missing_ok=True)
            return source
    return str(out)


def project_version() -> str:
    """The version in ``pyproject.toml`` (``[project] version``)."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows resources and Inno Setup: ``0.2.0rc1`` -> ``(0, 2, 0, 0)``."""
    numbers = [int(m.group()) for m in (re.match(r"\d+", p) for p in version.split(".")) if m]
    numbers = (numbers + [0, 0, 0, 0])[:4]
    return numbers[0], numbers[1], numbers[2], numbers[3]


def write_dist_info(dest: Path, version: str) -> Path:
    """A minimal ``riverchief-VERSION.dist-info`` so ``importlib.metadata`` finds the app."""
    folder = dest / f"{DIST_NAME}-{version}.dist-info"
    if dest.exists():
        for old in dest.glob(f"{DIST_NAME}-*.dist-info"):
            for f in old.iterdir():
                f.unlink()
            old.rmdir()
    folder.mkdir(parents=True)
    (folder / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {DIST_NAME}\nVersion: {version}\n", encoding="utf-8"
    )
    (folder / "INSTALLER").write_text("pyinstaller\n", encoding="utf-8")
    return folder


def windows_version_info(version: str, filename: str, description: str) -> str:
    """The text of a PyInstaller version-resource file for one executable."""
    nums = numeric_version(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": filename,
        "OriginalFilename": f"{filename}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('080404b0', [\n"  # Chinese (PRC), Unicode
        f"{table}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def keep(dest_name: str) -> bool:
    """False for bundle entries matched by :data:`DROP_PATTERNS`."""
    path = dest_name.replace("\\", "/")
    return not any(re.search(p, path) for p in DROP_PATTERNS)


def exe_suffix() -> str:
    return ".exe" if sys.platform == "win32" else ""


def bundle_dir(dist: Path) -> Path:
    return dist / BUNDLE_NAME


def internal_dir(bundle: Path) -> Path:
    """Where PyInstaller (6+) puts everything but the executables."""
    return bundle / "_internal"
