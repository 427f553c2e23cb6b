"""statement-qa: answer questions with patient organisations' own published words."""

__version__ = "0.1.0"
