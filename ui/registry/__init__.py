"""Registry pages: waters and 一河一档, chiefs and their assignments, edit dialogs."""
