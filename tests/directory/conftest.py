# The identity providers (tests/idp/fixtures.py), and the browser and its page
# as tests/browser/ starts them, for the single sign-on tests in this folder.
from tests.browser.conftest import browser, page  # noqa: F401
from tests.idp.fixtures import (  # noqa: F401
    idp_node,
    idp_people,
    oidc_idp,
    oidc_idp_server,
    saml_idp,
    saml_idp_server,
)
