"""restore package."""
