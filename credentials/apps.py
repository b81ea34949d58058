from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CredentialsConfig(AppConfig):
    name = "credentials"
    verbose_name = _("Verifiable credentials")

    def ready(self):
        # App loading: the keys are read, and the certificate page told about
        # credentials, once the models are ready.
        from courses.certificate_panels import register_certificate_panel
        from credentials import checks  # noqa: F401
        from credentials.keys import keys
        from credentials.panels import credential_panel

        keys()  # a malformed key stops the start here, with its reason
        register_certificate_panel(credential_panel)
