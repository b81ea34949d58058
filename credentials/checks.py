"""A warning at start-up when the JSON-LD contexts are not installed: then
credentials cannot be signed or checked (their pages answer 503)."""

from django.core import checks

from credentials import contexts


@checks.register(checks.Tags.compatibility)
def contexts_installed(app_configs, **kwargs):
    problem = contexts.missing()
    if problem is None:
        return []
    return [
        checks.Warning(
            problem,
            hint="Verifiable credentials need the npm packages: `npm ci --omit=dev`.",
            id="credentials.W001",
        )
    ]
