"""Parts that other apps add to the public certificate page.

Apps that depend on this one (credentials: the certificate as a verifiable
credential) cannot be imported from here, so they register a panel from their
AppConfig: a function ``(*, request, certificate) -> str`` returning HTML that
the page shows below the certificate's details: safe HTML, as
``render_to_string`` returns it.
"""

from collections.abc import Callable

_panels: list[Callable] = []


def register_certificate_panel(panel: Callable) -> None:
    if panel not in _panels:
        _panels.append(panel)


def certificate_panels(*, request, certificate) -> list[str]:
    return [panel(request=request, certificate=certificate) for panel in _panels]
