"""The few named errors the library raises; the CLI prints each as one line."""


class StatementQAError(Exception):
    """Base for every error a user can act on."""


class IngestError(StatementQAError):
    """A corpus file could not be read as a document."""


class IndexProblem(StatementQAError):
    """The index is missing, corrupted, or was built with another model or format."""


class ConfigError(StatementQAError):
    """A setting (model, folder, question file) is unusable."""
