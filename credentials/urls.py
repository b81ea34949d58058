from django.urls import path

from credentials import views

app_name = "credentials"

urlpatterns = [
    path("certificates/<str:code>/credential.json", views.credential_json, name="json"),
    path("certificates/<str:code>/badge.png", views.credential_badge, name="badge"),
    path("credentials/issuer/", views.issuer, name="issuer"),
    path("credentials/status/<int:list_id>/", views.status_list, name="status_list"),
    path("credentials/check/", views.check, name="check"),
]
