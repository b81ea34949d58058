from django.urls import path

from skills import views

app_name = "skills"

urlpatterns = [
    path("learning/assignments/<int:assignment_id>/", views.why, name="why"),
    path("learning/assignments/<int:assignment_id>/snooze/", views.snooze, name="snooze"),
    path("learning/assignments/<int:assignment_id>/contest/", views.contest, name="contest"),
    path("learning/skills/", views.my_skills, name="my_skills"),
    path("learning/team/", views.team, name="team"),
    path("learning/preferences/", views.preferences, name="preferences"),
    path("privacy/data/", views.data_access, name="data_access"),
]
