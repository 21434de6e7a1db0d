from exchange_sides import exchanged_table, laptop, office  # noqa: F401

from tests.unit.patrols.conftest import world  # noqa: F401
from tests.unit.patrols.test_patrol_exchange import two  # noqa: F401
