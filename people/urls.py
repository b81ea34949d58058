from django.urls import path

from people import views

app_name = "people"

urlpatterns = [
    path("profile/name/", views.profile_name, name="profile_name"),
]
