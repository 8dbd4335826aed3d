"""National help lines: one YAML file that the help slides and handouts draw from.

``content/helplines.yaml`` lists, per service, its name, country (``dk`` or ``no``), who it is
for, the number, the opening hours when they are stable, the service's own page the number was
checked against (``source``) and when (``checked_on``). ``check-content`` reports an entry whose
check is older than :data:`MAX_AGE_DAYS`: numbers change, and a wrong number on a help slide
is worse than none. No Qt here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import safe_yaml  # the project's safe YAML loading
from .model import Problem
from .plans import _line_map  # the line of every node

FILE_NAME = "helplines.yaml"
FORMAT = 1
COUNTRIES = ("dk", "no")
MAX_AGE_DAYS = 365  # "older than 12 months"
_REQUIRED = ("name", "country", "for", "number", "source", "checked_on")


@dataclass(frozen=True)
class Helpline:
    name: str
    country: str
    audience: str  # who it is for ("for" in the file)
    number: str
    source: str
    checked_on: datetime.date
    hours: str = ""
    line: int = 0


def bundled_file() -> Path:
    from .paths import bundled_content_dir

    return bundled_content_dir() / FILE_NAME


def parse_helplines(
    text: str, name: str = FILE_NAME, today: datetime.date | None = None
) -> tuple[list[Helpline], list[Problem]]:
    """The services in ``text`` and every problem, as ``file:line``. An entry with a problem in
    a required field is left out; one whose check has expired is kept (and reported)."""
    problems: list[Problem] = []

    def error(line: int, message: str) -> None:
        problems.append(Problem(name, line, message))

    try:
        data, root = safe_yaml.load(text.lstrip("\ufeff"))
    except safe_yaml.YamlProblem as exc:
        error(exc.line, exc.message)
        return [], problems
    lines = _line_map(root)
    if not isinstance(data, dict) or not isinstance(data.get("services"), list):
        error(1, "a help-line file needs 'format: 1' and a list 'services:'")
        return [], problems
    fmt = data.get("format", FORMAT)
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt > FORMAT:
        error(lines.get(("format",), 1), f"'format' must be a whole number up to {FORMAT}")
        return [], problems
    today = today or datetime.date.today()
    services: list[Helpline] = []
    for index, entry in enumerate(data["services"]):
        at = lines.get(("services", index), 1)
        if not isinstance(entry, dict):
            error(at, "each service is a set of 'key: value' lines (name, country, number, …)")
            continue
        service = _service(entry, at, lambda key, a=at, i=index: lines.get(("services", i, key), a))
        if isinstance(service, str):
            error(at, service)
            continue
        age = (today - service.checked_on).days
        if age > MAX_AGE_DAYS:
            error(
                lines.get(("services", index, "checked_on"), at),
                f"{service.name}: the number was last checked on {service.checked_on} "
                f"(over 12 months ago): check it on {service.source} and update 'checked_on'",
            )
        services.append(service)
    return services, problems


def _service(entry: dict[str, Any], at: int, line_of: Any) -> Helpline | str:
    """The service, or the message saying what is wrong with it."""
    missing = [key for key in _REQUIRED if entry.get(key) in (None, "")]
    if missing:
        return f"service '{entry.get('name', '?')}' lacks {', '.join(missing)}"
    country = entry["country"]
    if country is False:  # YAML 1.1 reads an unquoted no as false
        return 'country: write "no" in quotes (unquoted, YAML reads it as false)'
    if country not in COUNTRIES:
        return f"country must be one of {', '.join(COUNTRIES)}, not '{country}'"
    checked = entry["checked_on"]
    if isinstance(checked, str):
        try:
            checked = datetime.date.fromisoformat(checked)
        except ValueError:
            return f"checked_on must be a date like 2026-12-06, not '{checked}'"
    if not isinstance(checked, datetime.date):
        return f"checked_on must be a date like 2026-12-06, not '{checked}'"
    source = str(entry["source"])
    if not source.startswith("https://") and not source.startswith("http://"):
        return f"source must be the address of the service's own page, not '{source}'"
    return Helpline(
        name=str(entry["name"]).strip(),
        country=country,
        audience=str(entry["for"]).strip(),
        number=str(entry["number"]).strip(),
        source=source,
        checked_on=checked,
        hours=str(entry.get("hours") or "").strip(),
        line=line_of("name"),
    )


def load_helplines(
    path: Path | None = None, today: datetime.date | None = None, display: str = ""
) -> tuple[list[Helpline], list[Problem]]:
    """Read the help-line file (the bundled one by default); a missing or unreadable file is a
    problem, never an exception."""
    path = path or bundled_file()
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return [], [Problem(name, 1, f"cannot read the help-line file: {exc.strerror or exc}")]
    except UnicodeDecodeError:
        return [], [Problem(name, 1, "the help-line file is not UTF-8 text")]
    return parse_helplines(text, name, today)
