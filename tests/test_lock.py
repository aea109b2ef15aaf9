"""The dependency locks that `scripts/setup` installs agree with ``pyproject.toml``."""

from __future__ import annotations

import re
import tomllib

import pytest
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==(\S+)")


def pins(name: str) -> dict[str, Version]:
    """``{distribution: version}`` of a lock file."""
    found = {}
    for line in (ROOT / name).read_text("utf-8").splitlines():
        if match := PIN.match(line):
            found[str(canonicalize_name(match[1]))] = Version(match[2])
    return found


def wanted(*extras: str) -> list[Requirement]:
    declared = list(PROJECT["dependencies"])
    for extra in extras:
        declared += PROJECT["optional-dependencies"][extra]
    return [Requirement(text) for text in declared]


@pytest.mark.parametrize(
    ("lock", "extras"),
    [("requirements.lock", ("argos",)), ("requirements-dev.lock", ("argos", "dev"))],
)
def test_every_declared_dependency_is_pinned_within_its_range(
    lock: str, extras: tuple[str, ...]
) -> None:
    locked = pins(lock)
    for requirement in wanted(*extras):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is not in {lock}: run scripts/lock"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"{lock} pins {name}=={locked[name]}, outside {requirement}: run scripts/lock"
        )


def test_the_dev_lock_installs_the_runtime_lock_unchanged() -> None:
    runtime, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {name: dev.get(name) for name in runtime} == runtime


def test_torch_is_the_cpu_build() -> None:
    """A lock that names another torch pulls a CUDA build of several GB."""
    assert str(pins("requirements.lock")["torch"]).endswith("+cpu")
