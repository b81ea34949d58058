from courses.models.assignments import Assignment, AssignmentEvent
from courses.models.certificates import Certificate
from courses.models.pages import (
    CatalogPage,
    CoursePage,
    LearnerOnlyMixin,
    LessonPage,
    Level,
    ModulePage,
    ModuleSkill,
)
from courses.models.progress import (
    Enrollment,
    EnrollmentEvent,
    LessonCompletion,
    ModuleProgress,
    Reflection,
)
from courses.models.workflow import SecondAuthorApprovalTask

__all__ = [
    "Assignment",
    "AssignmentEvent",
    "CatalogPage",
    "Certificate",
    "CoursePage",
    "Enrollment",
    "EnrollmentEvent",
    "LearnerOnlyMixin",
    "LessonCompletion",
    "LessonPage",
    "Level",
    "ModulePage",
    "ModuleProgress",
    "ModuleSkill",
    "Reflection",
    "SecondAuthorApprovalTask",
]
