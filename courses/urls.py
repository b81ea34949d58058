from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("learning/", views.dashboard, name="dashboard"),
    path("learning/courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("learning/courses/<int:course_id>/withdraw/", views.withdraw, name="withdraw"),
    path("learning/courses/<int:course_id>/continue/", views.resume, name="resume"),
    path(
        "learning/courses/<int:course_id>/lessons/<int:lesson_id>/done/",
        views.lesson_done,
        name="lesson_done",
    ),
    path(
        "learning/courses/<int:course_id>/lessons/<int:lesson_id>/reflections/<uuid:block_id>/",
        views.reflection_save,
        name="reflection_save",
    ),
    path("certificates/<str:code>/", views.certificate_verify, name="certificate_verify"),
    path("certificates/<str:code>/pdf/", views.certificate_download, name="certificate_download"),
]
