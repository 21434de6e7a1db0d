"""Exchange pages: signing keys, export for the office, import with its summary, conflicts."""
