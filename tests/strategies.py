"""Shared hypothesis strategies for the tests: the ones kjrel offers its users."""

from kjrel.strategies import *  # noqa: F403
from kjrel.strategies import __all__ as strategies_all

__all__ = list(strategies_all)
