"""Render check results: text, JSON, JUnit XML and GitHub workflow annotations.

Each format is a pure generator of text pieces (`STREAMERS`) over findings given in sorted
order, which it may read more than once (JUnit counts before it writes), and the files each
rule group looked at; the CLI writes the pieces as they come, so an archive's findings are
never all in memory (`translate.check.spill` keeps them on disk). `RENDERERS` join the same
pieces for a `CheckResult` held in memory.

The JSON shape is stable (``version`` 1)::

    {"version": 1,
     "findings": [{"path", "line", "rule", "severity", "term", "found", "expected", "message"}],
     "summary": {"error": n, "warning": n, "info": n}}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol
from xml.etree import ElementTree as ET

from translate.check.formats import Format
from translate.check.spill import rule_group
from translate.findings import Finding, Severity

if TYPE_CHECKING:
    from translate.check.rules import CheckResult

__all__ = [
    "RENDERERS",
    "STREAMERS",
    "Checked",
    "Format",
    "SortedFindings",
    "render_finding",
    "render_github",
    "render_json",
    "render_junit",
    "render_text",
    "summary",
]


#: The files each rule group looked at: ``(group, paths)`` pairs, as `CheckResult` holds them.
Checked = tuple[tuple[str, tuple[str, ...]], ...]


class SortedFindings(Protocol):
    """Findings in sorted order, as often as asked: all of them, or one rule group's."""

    def __iter__(self) -> Iterator[Finding]: ...

    def group(self, name: str) -> Iterator[Finding]: ...


class _InMemory:
    """`SortedFindings` over a sorted tuple."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self._findings = findings

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._findings)

    def group(self, name: str) -> Iterator[Finding]:
        return (f for f in self._findings if rule_group(f.rule) == name)


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """How many findings of each severity, every severity present."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_finding(f: Finding) -> str:
    """``path:line: severity: rule: message``, then ``[term: found → expected]`` if it has one.

    Always one line: control characters and line separators (a form with a newline, which
    ``glossary.hidden-character`` reports) are written as escapes, ``\\n`` as ``\\x0a``.
    """
    line = f"{f.location()}: {f.severity.value}: {f.rule}: {f.message}{_details(f)}"
    return line.translate(_ESCAPES)


#: C0 and C1 controls, and the Unicode line and paragraph separators, as escapes.
_ESCAPES = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
}


#: The controls XML 1.0 cannot hold (all of C0 but tab and the line breaks): in JUnit text.
_XML_ESCAPES = {code: _ESCAPES[code] for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}
#: For GitHub, whose lines a terminal shows: those, DEL and C1 too (ESC and CSI start escape
#: sequences); line breaks have GitHub's own escapes (`_escape_data`).
_GITHUB_ESCAPES = {**_XML_ESCAPES, **{code: _ESCAPES[code] for code in range(0x7F, 0xA0)}}


def _details(f: Finding) -> str:
    """`` [term: found → expected]``, or nothing when the finding names no forms."""
    if not (f.term and (f.found or f.expected)):
        return ""
    return f" [{f.term}: {f.found or '-'} → {f.expected or '-'}]"


def _summary_line(counts: dict[str, int], checked: Checked) -> str:
    files = len({path for _, paths in checked for path in paths})
    return (
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
        f"{_plural(counts['info'], 'info')} in {_plural(files, 'file')}"
    )


def stream_text(findings: SortedFindings, checked: Checked) -> Iterator[str]:
    """One line per finding, then a summary line."""
    counts = {severity.value: 0 for severity in Severity}
    for f in findings:
        counts[f.severity.value] += 1
        yield render_finding(f) + "\n"
    yield _summary_line(counts, checked) + "\n"


def _json_finding(f: Finding) -> dict[str, object]:
    return {
        "path": f.path,
        "line": f.line,
        "rule": f.rule,
        "severity": f.severity.value,
        "term": f.term,
        "found": f.found,
        "expected": f.expected,
        "message": f.message,
    }


def _indented(text: str, prefix: str) -> str:
    return text.replace("\n", "\n" + prefix)


def stream_json(findings: SortedFindings, checked: Checked) -> Iterator[str]:
    """The documented JSON object, keys in a fixed order, exactly as ``json.dumps(payload,
    ensure_ascii=False, indent=2)`` writes it, one finding at a time."""
    counts = {severity.value: 0 for severity in Severity}
    yield '{\n  "version": 1,\n  "findings": ['
    for f in findings:
        separator = ",\n    " if any(counts.values()) else "\n    "
        counts[f.severity.value] += 1
        item = json.dumps(_json_finding(f), ensure_ascii=False, indent=2)
        yield separator + _indented(item, "    ")
    yield "\n  ]" if any(counts.values()) else "]"
    totals = json.dumps(counts, ensure_ascii=False, indent=2)
    yield ',\n  "summary": ' + _indented(totals, "  ") + "\n}\n"


def _text_line(f: Finding) -> str:
    details = _details(f)
    return f"{f.location()}: {f.rule}: {f.message}{details}".translate(_XML_ESCAPES)


def _start_tag(element: ET.Element) -> str:
    """``<tag attributes...>`` as ElementTree writes it (an element without children)."""
    empty = ET.tostring(element, "unicode")
    assert empty.endswith(" />")
    return empty[: -len(" />")] + ">"


def _by_path(findings: Iterator[Finding]) -> Iterator[tuple[str, list[Finding]]]:
    """Sorted findings in runs of one path (a file's findings are few)."""
    run: list[Finding] = []
    for f in findings:
        if run and run[0].path != f.path:
            yield run[0].path, run
            run = []
        run.append(f)
    if run:
        yield run[0].path, run


def _junit_case(group: str, path: str, here: list[Finding]) -> tuple[ET.Element, bool]:
    """The test case of one file, and whether it fails."""
    case = ET.Element("testcase", classname=group, name=path)
    bad = [f for f in here if f.severity is not Severity.INFO]
    if bad:
        first = bad[0]
        failure = ET.SubElement(
            case, "failure", message=f"{_plural(len(bad), 'problem')}: {first.rule}",
            type=first.severity.value,
        )  # fmt: skip
        failure.text = "\n".join(_text_line(f) for f in bad)
    infos = [f for f in here if f.severity is Severity.INFO]
    if infos:
        ET.SubElement(case, "system-out").text = "\n".join(_text_line(f) for f in infos)
    return case, bool(bad)


def _junit_cases(group: str, files: list[str], findings: SortedFindings) -> Iterator[ET.Element]:
    """The test cases of *group*, one per file of *files* (sorted), in order."""
    runs = _by_path(findings.group(group))
    pending = next(runs, None)
    for path in files:
        here: list[Finding] = []
        if pending is not None and pending[0] == path:
            here = pending[1]
            pending = next(runs, None)
        yield _junit_case(group, path, here)[0]


def stream_junit(findings: SortedFindings, checked: Checked) -> Iterator[str]:
    """JUnit XML: a test suite per rule group, a test case per file, failures for problems.

    Written as ``ET.indent`` and ``ET.tostring`` write the whole tree, one test case at a time:
    a first pass over each group counts its files and failures, which the opening tags carry.
    """
    suites: list[tuple[str, list[str], int]] = []
    for group, paths in checked:
        failing = {f.path for f in findings.group(group) if f.severity is not Severity.INFO}
        files = sorted({*paths, *(f.path for f in findings.group(group))})
        suites.append((group, files, len(failing)))
    root = ET.Element("testsuites", name="news-translate check")
    root.set("tests", str(sum(len(files) for _, files, _ in suites)))
    root.set("failures", str(sum(failures for _, _, failures in suites)))
    root.set("errors", "0")
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    if not suites:
        yield ET.tostring(root, "unicode") + "\n"
        return
    yield _start_tag(root)
    for group, files, failures in suites:
        suite = ET.Element("testsuite", name=group, tests=str(len(files)),
                           failures=str(failures), errors="0")  # fmt: skip
        yield "\n  "
        if not files:
            yield ET.tostring(suite, "unicode")
            continue
        yield _start_tag(suite)
        for case in _junit_cases(group, files, findings):
            ET.indent(case, level=2)
            yield "\n    " + ET.tostring(case, "unicode")
        yield "\n  </testsuite>"
    yield "\n</testsuites>\n"


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return escaped.translate(_GITHUB_ESCAPES)


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def stream_github(findings: SortedFindings, checked: Checked) -> Iterator[str]:
    """GitHub Actions workflow commands: ``::error file=...,line=...,title=rule::message``."""
    for f in findings:
        properties = [f"file={_escape_property(f.path)}"]
        if f.line:
            properties.append(f"line={f.line}")
        properties.append(f"title={_escape_property(f.rule)}")
        details = _details(f)
        message = _escape_data(f.message + details)
        yield f"::{_GITHUB_LEVEL[f.severity]} {','.join(properties)}::{message}\n"


STREAMERS: dict[Format, Callable[[SortedFindings, Checked], Iterator[str]]] = {
    Format.TEXT: stream_text,
    Format.JSON: stream_json,
    Format.JUNIT: stream_junit,
    Format.GITHUB: stream_github,
}


def render_text(result: CheckResult) -> str:
    """The text report of *result*, as one string."""
    return "".join(stream_text(_InMemory(result.findings), result.checked))


def render_json(result: CheckResult) -> str:
    """The JSON report of *result*, as one string."""
    return "".join(stream_json(_InMemory(result.findings), result.checked))


def render_junit(result: CheckResult) -> str:
    """The JUnit XML report of *result*, as one string."""
    return "".join(stream_junit(_InMemory(result.findings), result.checked))


def render_github(result: CheckResult) -> str:
    """The GitHub annotations of *result*, as one string."""
    return "".join(stream_github(_InMemory(result.findings), result.checked))


RENDERERS: dict[Format, Callable[[CheckResult], str]] = {
    Format.TEXT: render_text,
    Format.JSON: render_json,
    Format.JUNIT: render_junit,
    Format.GITHUB: render_github,
}
