from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views
from people import views as people_views
from people.django_admin import account_admins_install
from skills.api import api as signals_api

# Staff sign in through allauth, where MFA is enforced; the admins' own log-in
# forms would go around it.
admin.site.login = secure_admin_login(admin.site.login)
# Roles are groups, changed in the editing area only (Settings → Groups and
# Users), where a stale sign-in is asked to confirm itself first; the Django
# admin is for Celery beat schedules.
if admin.site.is_registered(Group):
    admin.site.unregister(Group)
# A person's e-mail addresses and second factors: changes ask for a recent
# sign-in and are audited; second factors are read-only (people/django_admin.py).
account_admins_install(admin.site)

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("csp-report/", views.csp_report, name="csp_report"),
    path("", include("courses.urls")),
    path("", include("credentials.urls")),
    path("", include("skills.urls")),
    path("", include("people.urls")),
    path("", include("privacy.urls")),
    path("api/v1/", signals_api.urls),
    # SCIM 2.0 for the company directory (docs/scim.md): bearer token only.
    path("scim/v2/", include("directory.scim.urls")),
    path("assessments/", include("assessments.urls")),
    # SCORM and H5P content, played in sandboxed frames (packages/launch.py).
    path("", include("packages.urls")),
    path("reports/", include("reports.urls")),
    path("accounts/", include("allauth.urls")),
    path(
        "cms/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="cms_login_redirect",
    ),
    path("cms/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/language/", people_views.language, name="set_language"),
]

if settings.BENCH_REFERENCE_VIEW:
    # Only for `make bench`: the stack's ceiling, measured beside the pages.
    urlpatterns.insert(0, path("bench/no-database/", views.bench_reference, name="bench_reference"))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
