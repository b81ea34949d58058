"""What the courses app tells apps that build on it."""

from django.dispatch import Signal

#: Sent inside the transaction that closed an open assignment (``assignment``):
#: the learner has room for one more. The skills engine lets a waiting one in.
assignment_closed = Signal()
