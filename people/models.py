from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


class UserManager(DjangoUserManager):
    """Users are identified by e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=normalise_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=normalise_email(username))


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)

    erased_at = models.DateTimeField(
        _("personal data erased at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Set when the person's data was erased; the account stays, anonymised."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="people_user_email_ci_unique"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = normalise_email(self.email)


class Department(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Team(models.Model):
    department = models.ForeignKey(
        Department, verbose_name=_("department"), on_delete=models.PROTECT, related_name="teams"
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["department__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["department", "name"], name="people_team_unique_name"),
        ]

    def __str__(self):
        return f"{self.department.name} / {self.name}"


class Profile(models.Model):
    """What the organisation knows about an employee, beside their account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    employee_id = models.CharField(
        _("employee id"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The identifier the HR system uses for this person."),
    )
    job_role = models.CharField(_("job role"), max_length=120, blank=True)
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
    )
    team = models.ForeignKey(
        Team,
        verbose_name=_("team"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
    )
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("manager"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="direct_report_profiles",
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    learning_emails = models.BooleanField(
        _("e-mail me about my learning"),
        default=True,
        help_text=_("A short daily digest when something is assigned to you or due soon."),
    )
    last_digest_at = models.DateTimeField(_("last digest sent"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        permissions = [
            ("view_own_team", _("Can see the progress of their own team")),
        ]

    def __str__(self):
        return str(self.user)


class UserSession(models.Model):
    """A signed-in session of a person, so that all of them can be ended at
    once (when the account is deactivated or erased). The session data itself
    stays in Django's session store; this is only its key."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="signed_in_sessions",
    )
    session_key = models.CharField(_("session key"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("signed in at"), auto_now_add=True)

    class Meta:
        verbose_name = _("signed-in session")
        verbose_name_plural = _("signed-in sessions")

    def __str__(self):
        return f"{self.user_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class AccessLog(models.Model):
    """Who saw or handled a person's individual data, when, and where.

    One row per person concerned and page view: individual skill signals shown
    (on the learner's own pages or in the editing area), personal-data
    downloads, erasures, and changes to a person's account made in the Django
    admin or the editing area's Users screens (which fields, never their
    values). Rows point at people by id only and keep that id even if the
    account row is ever deleted, so an erasure entry never holds the erased
    person's e-mail address or name.
    """

    class Action(models.TextChoices):
        VIEWED_SIGNALS = "viewed_signals", _("Viewed individual signals")
        UPLOADED_SIGNALS = "uploaded_signals", _("Uploaded individual signals")
        DOWNLOADED_DATA = "downloaded_data", _("Downloaded their personal data")
        ERASED = "erased", _("Erased a person's data")
        CHANGED_ACCOUNT = "changed_account", _("Changed a person's account")

    class Place(models.TextChoices):
        MY_SKILLS = "my_skills", _("My skills page")
        WHY_ASSIGNED = "why_assigned", _("“Why was this assigned to me?” page")
        RULE_DETAIL = "rule_detail", _("Assignment rule page, editing area")
        CONTESTS = "contests", _("Contest review, editing area")
        SIGNAL_UPLOAD = "signal_upload", _("Signal upload, editing area")
        MY_DATA = "my_data", _("Personal data download page")
        ERASURE_SCREEN = "erasure_screen", _("Erasure screen, editing area")
        COMMAND_LINE = "command_line", _("Command line")
        DJANGO_ADMIN = "django_admin", _("Django admin")
        USERS_SCREEN = "users_screen", _("Users, editing area")
        DIRECTORY = "directory", _("Company directory (SCIM)")
        SINGLE_SIGN_ON = "single_sign_on", _("Single sign-on")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        help_text=_("Empty when the command line did it."),
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("whose data"),
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    action = models.CharField(_("what"), max_length=20, choices=Action.choices)
    place = models.CharField(_("where"), max_length=20, choices=Place.choices)
    path = models.CharField(_("address"), max_length=300, blank=True)
    count = models.PositiveIntegerField(_("items"), null=True, blank=True)
    changed_fields = models.JSONField(
        _("what changed"),
        default=list,
        blank=True,
        help_text=_("The names of the fields an account change touched, never their values."),
    )

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["subject", "at"], name="people_accesslog_subject_at")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} · {self.get_action_display()}"
