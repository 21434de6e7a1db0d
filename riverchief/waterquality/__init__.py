"""Water quality (水质): GB 3838-2002 classes, main pollutants, CWQI, CCME WQI, TLI, samples.

The rules are those of ``water_quality.md``; the limits come from the shipped table in
``resources/standards`` (see :mod:`riverchief.waterquality.standards`).
"""

from riverchief.waterquality.classes import (
    Classification,
    Pollutant,
    Status,
    WaterClass,
    attains,
    classify,
    classify_many,
    classify_value,
    main_pollutants,
    status_of,
)
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules
from riverchief.waterquality.standards import standard
from riverchief.waterquality.values import MeanValue, Measurement

__all__ = [
    "DEFAULT_RULES", "Classification", "MeanValue", "Measurement", "Pollutant", "Status",
    "WaterClass", "WaterQualityRules", "attains", "classify", "classify_many",
    "classify_value", "main_pollutants", "standard", "status_of",
]
