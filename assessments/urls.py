from django.urls import path

from assessments import views

app_name = "assessments"

urlpatterns = [
    path("<int:assessment_id>/start/", views.start, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt_page, name="attempt"),
    path("attempts/<int:attempt_id>/save/", views.save, name="save"),
    path("attempts/<int:attempt_id>/submit/", views.submit, name="submit"),
    path("attempts/<int:attempt_id>/questions/<str:ref>/", views.save_one, name="save_one"),
    path(
        "attempts/<int:attempt_id>/questions/<str:ref>/check/",
        views.check,
        name="check",
    ),
    path("attempts/<int:attempt_id>/result/", views.result, name="result"),
]
