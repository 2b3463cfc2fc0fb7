"""mirror package."""
