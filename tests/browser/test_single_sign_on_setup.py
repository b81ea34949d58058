"""A superuser sets up single sign-on in the editing area, in Chromium under
the strict policy: a bad save first (each field named), then an identity
provider, its domain and a group role; the sign-in page then offers the
company account. The page fixture fails a test on any console error, refused
content or 5xx (tests/browser/conftest.py)."""

import pytest
from allauth.socialaccount.models import SocialApp

from directory.models import GroupRoleMapping, ScimToken, SsoDomain
from tests.browser.test_authoring_journeys import save, staff
from tests.browser.test_learning_journey import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_superuser_sets_up_single_sign_on(page):
    admin = staff(superuser=True)
    sign_in(page, admin.email)

    page.goto("/cms/single-sign-on/identity-providers/add/")
    page.locator("#id_name").fill("Contoso account")
    page.locator("#id_protocol").select_option("openid_connect")
    page.locator("#id_slug").fill("contoso")
    page.locator("#id_issuer").fill("not a url")
    save(page)
    page.get_by_text("Enter a valid URL.").wait_for()
    assert page.get_by_text("This field is required for this protocol.").count() == 2
    assert not SocialApp.objects.exists()

    page.locator("#id_issuer").fill("https://login.example.com/tenant/v2.0")
    page.locator("#id_oidc_client_id").fill("lms")
    page.locator("#id_oidc_secret").fill("very-secret")
    page.locator("#id_trust_idp_mfa").check()
    save(page)
    page.get_by_role("link", name="Contoso account").wait_for()
    app = SocialApp.objects.get()
    assert app.settings["trust_idp_mfa"] is True

    page.goto("/cms/single-sign-on/domains/add/")
    page.locator("#id_domain").fill("Contoso.com")
    page.locator("#id_app-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal")
    # Few providers: the chooser lists them all, without a search box.
    modal.locator("a[data-chooser-modal-choice]", has_text="Contoso account").first.click()
    page.locator("#id_app-chooser:not(.blank)").wait_for()
    save(page)
    page.get_by_role("link", name="contoso.com").wait_for()
    assert SsoDomain.objects.get().app == app

    page.goto("/cms/single-sign-on/group-roles/add/")
    page.locator("#id_group").fill("LMS Authors")
    page.locator("#id_role").select_option(label="L&D Author")
    save(page)
    page.get_by_role("link", name="LMS Authors").wait_for()
    assert GroupRoleMapping.objects.get().role == "L&D Author"

    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_role("heading", name="With your company account").wait_for()
    assert page.get_by_role("button", name="Sign in with Contoso account").is_visible()


def test_a_superuser_makes_a_scim_token_from_the_settings_menu_and_revokes_it(page):
    admin = staff(superuser=True)
    sign_in(page, admin.email)

    page.goto("/cms/")
    page.get_by_role("button", name="Settings").click()
    page.get_by_role("link", name="SCIM tokens").click()
    page.get_by_role("heading", name="SCIM tokens").wait_for()
    # No name and no scope: refused, nothing made.
    page.locator("#id_name").fill("")
    for box in page.locator("input[name=scopes]").all():
        box.uncheck()
    page.get_by_role("button", name="Create the token").click()
    page.wait_for_load_state()
    assert not ScimToken.objects.exists()
    assert page.locator(".error-message, .help-critical, .w-field__errors").count() > 0

    page.locator("#id_name").fill("Entra ID")
    page.locator("input[name=scopes][value='users:read']").check()
    page.get_by_role("button", name="Create the token").click()
    page.get_by_text("hes_").first.wait_for()
    token = ScimToken.objects.get()
    assert token.scopes == ["users:read"]
    # Shown once: reading the page again shows only its prefix.
    page.goto(page.url)
    assert page.get_by_text(token.key_prefix).is_visible()
    assert page.locator("code", has_text=token.key_prefix + "_").count() == 0

    page.get_by_role("button", name="Revoke").click()
    page.wait_for_load_state()
    token.refresh_from_db()
    assert token.revoked_at is not None
