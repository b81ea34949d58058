from django.urls import path

from packages import views

app_name = "packages"

urlpatterns = [
    path("packages/play/<str:token>/", views.play_root, name="play_root"),
    path("packages/play/<str:token>/<path:path>", views.play, name="play"),
]
