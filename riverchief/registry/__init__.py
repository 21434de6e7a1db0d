"""The registry (名录): administrative areas, waters, segments, sections, chiefs, assignments."""
