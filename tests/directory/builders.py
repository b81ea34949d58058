"""Identity providers and domains for the directory's tests."""

from allauth.socialaccount.models import SocialApp

from directory.models import GroupRoleMapping, SsoDomain


def oidc_app(*, slug="company", name="Company account", server_url="http://127.0.0.1:1", **options):
    return SocialApp.objects.create(
        provider="openid_connect",
        provider_id=slug,
        name=name,
        client_id=f"{slug}-client",
        secret="s3cret",
        settings={"server_url": server_url, **options},
    )


def sso_domain(app, domain="example.com", *, sso_only=True):
    return SsoDomain.objects.create(domain=domain, app=app, sso_only=sso_only)


def group_roles(**pairs):
    """group_roles(**{"LMS Authors": "L&D Author"})"""
    return [
        GroupRoleMapping.objects.create(group=group, role=role) for group, role in pairs.items()
    ]
