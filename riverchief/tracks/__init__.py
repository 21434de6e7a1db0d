"""Tracks (轨迹): reading GPS files, coordinate systems, and the checks on a track.

- :mod:`riverchief.tracks.readers` reads GPX, KML, KMZ and CSV into a :class:`Track`;
- :mod:`riverchief.tracks.crs` converts GCJ-02 and BD-09 to WGS84;
- :mod:`riverchief.tracks.geo` measures distances;
- :mod:`riverchief.tracks.summary` describes a track for ``riverchief tracks info``.
"""

from riverchief.tracks.model import Track, TrackWarning
from riverchief.tracks.readers import read_track, read_track_bytes

__all__ = ["Track", "TrackWarning", "read_track", "read_track_bytes"]
