from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("privacy/", views.privacy_notice, name="privacy"),
    path("privacy/my-data/", views.my_data, name="my_data"),
    path("profile/name/", views.profile_name, name="profile_name"),
]
