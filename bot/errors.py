"""One exception type for problems a person must fix: the CLI prints them as one line."""


class NeedleGuideError(Exception):
    """A problem with set-up or data, reported to the user without a traceback."""
