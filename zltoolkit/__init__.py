"""zltoolkit: plan and create Zenlayer Bare Metal Cloud capacity from a notebook."""

__version__ = "0.1.0"
