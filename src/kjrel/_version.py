"""The version of kjrel."""

__version__ = "0.1.0"
