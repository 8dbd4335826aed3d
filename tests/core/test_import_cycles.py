"""No import circles between the modules of ``facilitator``.

The imports are read from the source (``ast``), not by importing. Every import is an edge: at
module level, under ``if TYPE_CHECKING:`` (type checkers follow it) and inside functions (a lazy
import runs later, but a circle through one is still a circle a reader has to untangle). See
docs/architecture.md for the layers and docs/decisions.md for this rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator

ROOT = Path(facilitator.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement of a module, wherever it stands."""
    return [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]


def import_graph() -> dict[str, set[str]]:
    """Module name -> the ``facilitator`` modules it imports (anywhere in it)."""
    paths = {_module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        package = path.name == "__init__.py"
        for node in _imports(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _resolve(name, package, node)
                # ``from . import x`` may name a submodule; else it names something in ``base``.
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names
                ]
            for target in targets:
                while target and target not in paths:  # facilitator.a.b.Name -> facilitator.a.b
                    target = target.rpartition(".")[0]
                if target.startswith("facilitator") and target != name:
                    graph[name].add(target)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_import_graph_is_read_from_the_source():
    graph = import_graph()
    assert "facilitator.core.presentation" in graph["facilitator.core.agenda"]  # module level
    assert "facilitator.ui.present.controller" in graph["facilitator.ui.present"]  # lazy
    assert "facilitator.ui.present.host" in graph["facilitator.ui.present.console"]  # typing


def test_a_circle_is_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]


def test_no_import_circles_not_even_through_lazy_imports():
    cycles = find_cycles(import_graph())
    assert cycles == [], "import circles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_core_never_imports_the_ui_or_render_layers():
    graph = import_graph()
    upward = sorted(
        f"{name} -> {target}"
        for name, targets in graph.items()
        if name.startswith("facilitator.core")
        for target in targets
        if target.startswith(("facilitator.ui", "facilitator.render"))
    )
    assert upward == []
