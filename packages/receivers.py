"""Thin signal receivers: they call services and nothing else."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from packages import services
from packages.models import H5pActivity, ScormPackage


@receiver(post_delete, sender=ScormPackage, dispatch_uid="packages.scorm_deleted")
@receiver(post_delete, sender=H5pActivity, dispatch_uid="packages.h5p_deleted")
def package_deleted(sender, instance, **kwargs):
    services.package_delete_files(package=instance)
