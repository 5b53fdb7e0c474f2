"""telerecouv: a desktop workbench for telephone debt recovery."""

__version__ = "0.1.0"
