"""What goes wrong with a content package, in words its author understands."""


class PackageInvalid(Exception):
    """An uploaded package that cannot be played; ``message`` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
