"""levelhead: customer care that keeps a level head."""

__version__ = "0.1.0"
