"""Questions and assessments for tests."""

from assessments.models import Assessment, AssessmentQuestion, Question, QuestionOption
from skills.models import Skill


def question(kind="single_choice", *, skills=("empathy",), options=None, **fields) -> Question:
    """A question; ``options`` are (text, correct, credit, feedback) tuples."""
    q = Question(kind=kind, prompt=fields.pop("prompt", f"A {kind} question?"), **fields)
    if kind == "scenario" and not q.scenario_mode:
        q.scenario_mode = "pick"
    if options is None:
        options = {
            "single_choice": [
                ("Right", True, 0, "FEEDBACK-RIGHT"),
                ("Wrong", False, 0, "FEEDBACK-WRONG"),
            ],
            "true_false": [("True", True, 0, ""), ("False", False, 0, "")],
            "multiple_select": [
                ("A", True, 0, ""),
                ("B", True, 0, ""),
                ("C", False, 0, ""),
                ("D", False, 0, ""),
            ],
            "short_answer": [("Knowledge cut-off", True, 0, ""), ("cutoff", True, 0, "")],
            "ordering": [
                ("First", False, 0, ""),
                ("Second", False, 0, ""),
                ("Third", False, 0, ""),
            ],
            "scenario": [
                ("Best reply", False, 1, "CREDIT-BEST"),
                ("Fair reply", False, 0.5, ""),
                ("Poor reply", False, 0, ""),
            ],
            "likert": [],
        }[kind]
    q.options = [
        QuestionOption(text=text, is_correct=correct, credit=credit, feedback=feedback)
        for text, correct, credit, feedback in options
    ]
    q.skills = list(Skill.objects.originals().filter(code__in=skills))
    q.save()
    return q


def assessment(course, *, questions, module=None, kind="knowledge_check", **fields) -> Assessment:
    fields.setdefault("title", f"{kind} of {course.title}")
    fields.setdefault("pass_mark", 50)
    fields.setdefault("shuffle_options", False)
    a = Assessment(course=course, module=module, kind=kind, **fields)
    a.fixed_questions = [AssessmentQuestion(question=q) for q in questions]
    a.save()
    return a


def option_id(q: Question, text: str) -> int:
    return q.options.get(text=text).pk


def paper_item_of(attempt, q: Question) -> dict:
    """The item of ``attempt``'s paper that holds ``q`` (read afresh)."""
    attempt.refresh_from_db(fields=["paper"])
    return next(item for item in attempt.paper["questions"] if item["id"] == q.pk)


def ref(attempt, q: Question) -> str:
    """What the attempt's page calls question ``q``: its random ref, never its id."""
    return paper_item_of(attempt, q)["ref"]


def token(attempt, q: Question, text: str) -> str:
    """The random token the attempt's page gives the option of ``q`` reading ``text``."""
    item = paper_item_of(attempt, q)
    return next(option["token"] for option in item["options"] if option["text"] == text)


def field(attempt, q: Question, text: str | None = None) -> str:
    """The form field name of ``q`` in ``attempt`` (of one of its steps, given ``text``)."""
    name = f"q-{ref(attempt, q)}"
    return f"{name}-{token(attempt, q, text)}" if text is not None else name


#: A submit post that has confirmed submitting with questions unanswered (without
#: it the server asks first: assessments/views.py).
CONFIRMED = {"confirm": "1"}
