"""The planner screen: build a session plan from the library, with clock times and undo.

``screen.PlannerScreen`` is the widget; ``controller.PlanController`` holds the open plan and
saves every change at once; ``entries`` has the plan's model and view; ``printing`` exports PDFs
in the background.
"""

from .controller import PlanController
from .screen import PlannerScreen

__all__ = ["PlanController", "PlannerScreen"]
