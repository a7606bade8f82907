"""信访接待台 (desk): the reception desk of a village petition station."""

__version__ = "0.1.0"
