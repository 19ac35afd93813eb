"""Dev tooling of the repository (not shipped: outside the runtime packages)."""
