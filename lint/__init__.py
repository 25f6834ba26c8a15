"""cablelint: a linter for classification markings in US diplomatic cables."""

__version__ = "0.1.0"
