from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("", views.report, name="report"),
    path("export/", views.export, name="export_start"),
    path("exports/<uuid:key>/", views.export_page, name="export"),
    path("exports/<uuid:key>/status/", views.export_status, name="export_status"),
    path("exports/<uuid:key>/download/", views.download, name="download"),
    path("schedules/", views.schedules, name="schedules"),
    path("schedules/<int:schedule_id>/delete/", views.schedule_delete, name="schedule_delete"),
]
