"""The package's shape: stages import one way, and no import cycle hides behind a deferred import.

Every ``import`` is read from the source with `ast`, those inside functions included, so a cycle
that only holds because one side imports late is still a cycle here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from translate.config import ENGINE_NAMES
from translate.engines import EngineName

PACKAGE = Path(__file__).resolve().parent.parent / "translate"

#: The stages in the order data flows; a module may import its own stage and earlier ones.
STAGES = ("text", "glossary", "engines", "drafts", "po", "check", "report", "pipeline", "cli")
#: Shared by every stage: the error hierarchy, configuration, findings and the atomic writer.
BASE = ("errors", "config", "findings", "atomic", "workers", "layout")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The ``translate`` modules that *path* imports, wherever the import statement is."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("translate"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "translate":
                found.update(f"translate.{a.name}" for a in node.names)
            elif node.module.startswith("translate."):
                found.add(node.module)
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {
    name: {m for m in imports(path) if m in MODULES and m != name} for name, path in MODULES.items()
}


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_there_is_no_import_cycle() -> None:
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in trail:
            cycle = " -> ".join((*trail[trail.index(name) :], name))
            pytest.fail(f"import cycle: {cycle}")
        if name in done:
            return
        for target in sorted(GRAPH[name]):
            # A package's own __init__ is imported by its submodules' import machinery anyway.
            if not name.startswith(f"{target}."):
                visit(target, (*trail, name))
        done.add(name)

    for name in sorted(GRAPH):
        visit(name, ())


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_flow_one_way(module: str) -> None:
    """cli -> pipeline -> report -> check -> po -> ... -> text; base anywhere."""
    here = stage(module)
    if here in BASE or here == "":
        # The base modules stand on the error hierarchy and the configuration only.
        allowed: set[str] = {"errors", "config", ""} - {here}
        if here in ("errors", "config"):
            allowed = {"errors", ""} - {here}
    else:
        allowed = set(BASE) | {""} | set(STAGES[: STAGES.index(here) + 1])
    wrong = sorted(m for m in GRAPH[module] if stage(m) not in allowed)
    assert wrong == [], f"{module} imports a later stage: {wrong}"


def test_every_stage_is_a_module_of_the_package() -> None:
    assert {stage(m) for m in MODULES} == set(STAGES) | set(BASE) | {""}


def test_the_configuration_knows_every_engine_name() -> None:
    """`config` cannot import the engines stage, so it keeps the names; they must agree."""
    assert tuple(name.value for name in EngineName) == ENGINE_NAMES
