"""Advocacy Desktop: an offline catalogue of customer feedback with honest NPS."""

__version__ = "0.1.0"
APP_NAME = "Advocacy Desktop"
ORGANISATION = "Advocacy Desktop"
