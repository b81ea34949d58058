"""Encrypt the second-factor secrets stored before they were encrypted at rest
(people/mfa_secrets.py). Safe to run again; going back decrypts them."""

from django.db import migrations

from people.mfa_secrets import authenticators_decrypt, authenticators_encrypt


def encrypt(apps, schema_editor):
    authenticators_encrypt(apps.get_model("mfa", "Authenticator"))


def decrypt(apps, schema_editor):
    authenticators_decrypt(apps.get_model("mfa", "Authenticator"))


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_remove_wagtail_stock_groups"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt, decrypt)]
