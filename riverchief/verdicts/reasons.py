"""Reasons of a verdict: a code, how serious it is, the numbers behind it, a plain message.

Messages are made from the code and the numbers when shown, so a stored reason reads
in whatever language the user has chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from riverchief.i18n import language, translate

VALID = "valid"
SUSPECT = "suspect"
INVALID = "invalid"
NOTE = "note"  # worth knowing, does not change the verdict
STATUSES = (VALID, SUSPECT, INVALID)

Numbers = dict[str, Any]


def status_name(status: str) -> str:
    return {
        VALID: translate("Verdicts", "valid"),
        SUSPECT: translate("Verdicts", "suspect"),
        INVALID: translate("Verdicts", "invalid"),
    }[status]


def _templates() -> dict[str, str]:
    return {
        "too_short_time": translate(
            "Verdicts", "The patrol lasted {duration_min} min; at least {minimum_min} min are "
            "required."),
        "too_short_distance": translate(
            "Verdicts", "The patrol covered {distance_m} m; at least {minimum_m} m are "
            "required."),
        "jump": translate(
            "Verdicts", "The track jumps {count} time(s): the largest jump is {max_distance_m} m "
            "at an implied {max_speed_kmh} km/h (more than {limit_kmh} km/h is impossible)."),
        "repeated_times": translate(
            "Verdicts", "{count} of {timed_points} track points repeat or go back in time "
            "({share}%); the track was edited or stitched together."),
        "outside_window": translate(
            "Verdicts", "The track was recorded {gap_min} min away from the claimed patrol "
            "times; it does not overlap them at all."),
        "partly_outside_window": translate(
            "Verdicts", "The track runs {outside_min} min outside the claimed patrol times."),
        "coverage_low": translate(
            "Verdicts", "The track covers {coverage_pct}% of the assigned segment (within "
            "{buffer_m} m); under {minimum_pct}% is not a patrol of it."),
        "coverage_partial": translate(
            "Verdicts", "The track covers only {coverage_pct}% of the assigned segment (within "
            "{buffer_m} m); {threshold_pct}% or more is expected."),
        "coverage_unknown": translate(
            "Verdicts", "The assigned segment has no line drawn yet, so coverage was not "
            "checked."),
        "speed_method": translate(
            "Verdicts", "An average speed of {speed_kmh} km/h is implausible {method_name} (at "
            "most {limit_kmh} km/h)."),
        "track_reused": translate(
            "Verdicts", "The track is the same as that of the patrol of {chief} ({chief_code}) "
            "on {date}, entered earlier: one walk cannot stand for two patrols."),
        "photo_reused": translate(
            "Verdicts", "Photo {photo} is the same file as a photo of the patrol of {chief} "
            "({chief_code}) on {date}, entered earlier."),
        # reasons stored before the earlier patrol was named (no chief, code or date)
        "photo_reused/unnamed": translate(
            "Verdicts", "Photo {photo} is the same file as a photo of another patrol."),
        "photo_no_exif": translate(
            "Verdicts", "Photo {photo} records no time or place (sent through WeChat or "
            "edited?)."),
        "photo_time_outside": translate(
            "Verdicts", "Photo {photo} was taken {minutes_outside} min outside the patrol "
            "times."),
        "photo_far": translate(
            "Verdicts", "Photo {photo} was taken {distance_m} m from the track (more than "
            "{limit_m} m)."),
        "no_track": translate(
            "Verdicts", "No track was recorded, so the patrol cannot be checked against the "
            "segment."),
        "track_untimed": translate(
            "Verdicts", "The track has no times, so when it was walked cannot be checked."),
        "entered_late": translate(
            "Verdicts", "The record was entered {days} days after the patrol (filled in "
            "afterwards; more than {limit_days} days)."),
    }


_cache: dict[str, dict[str, str]] = {}
# code -> (a number its template needs, the template of a reason stored without it)
_WITHOUT = {"photo_reused": ("chief", "photo_reused/unnamed")}
_ONE_DECIMAL = {"duration_min", "speed_kmh", "days", "share"}


def _show(key: str, value: Any) -> str:
    if value is None:
        return "∞"
    if key == "share" and isinstance(value, int | float):
        value = value * 100
    if isinstance(value, float):
        return f"{value:.1f}" if key in _ONE_DECIMAL else f"{value:.0f}"
    return str(value)


def reason_message(code: str, numbers: Numbers) -> str:
    """The plain-language message of a reason, in the current language."""
    lang = language()
    templates = _cache.get(lang)
    if templates is None:
        templates = _cache[lang] = _templates()
    older = _WITHOUT.get(code)
    if older is not None and older[0] not in numbers:
        code = older[1]
    template = templates.get(code)
    if template is None:
        return code
    values = {k: _show(k, v) for k, v in numbers.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


@dataclass(frozen=True)
class Reason:
    """One finding about a patrol: ``code``, ``severity`` and the ``numbers`` behind it."""

    code: str
    severity: str
    numbers: Numbers = field(default_factory=dict)

    @property
    def message(self) -> str:
        return reason_message(self.code, self.numbers)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "numbers": self.numbers}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reason:
        return cls(str(data["code"]), str(data["severity"]), dict(data.get("numbers") or {}))


@dataclass(frozen=True)
class Verdict:
    """Valid, suspect or invalid, with every reason and the track's figures."""

    status: str
    reasons: tuple[Reason, ...] = ()
    figures: Numbers = field(default_factory=dict)

    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.status, "reasons": [r.to_dict() for r in self.reasons],
                "figures": self.figures}
