from exchange_sides import exchanged_table, laptop, office  # noqa: F401
