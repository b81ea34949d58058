from celery import shared_task

from reports import services


@shared_task(bind=True, acks_late=True, time_limit=2 * 60 * 60, soft_time_limit=2 * 60 * 60 - 60)
def export_report_task(self, export_id: int) -> int:
    """Write a large export's file. Runs on the "exports" queue."""
    return services.export_run(export_id=export_id, runner=self.request.id).rows_written


@shared_task(bind=True, acks_late=True, time_limit=2 * 60 * 60, soft_time_limit=2 * 60 * 60 - 60)
def run_scheduled_report_task(self, schedule_id: int) -> int:
    export = services.scheduled_run(schedule_id=schedule_id, runner=self.request.id)
    return export.rows_written if export else 0


@shared_task(time_limit=5 * 60)
def requeue_exports_task() -> int:
    """Queue again the background exports that never started (the broker was down)."""
    return services.exports_requeue()


@shared_task(time_limit=10 * 60)
def expire_report_files_task() -> int:
    return services.exports_expire()
