"""The check reports as they were rendered before streaming: all at once, from a tuple.

Kept verbatim (from `translate/check/report.py` before the renderers became generators) as
the reference the streaming renderers must equal byte for byte (`tests/test_check_stream.py`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from xml.etree import ElementTree as ET

from translate.check.formats import Format
from translate.check.rules import CheckResult
from translate.findings import Finding, Severity


def summary(findings: tuple[Finding, ...]) -> dict[str, int]:
    """How many findings of each severity, every severity present."""
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_finding(f: Finding) -> str:
    """``path:line: severity: rule: message``, then ``[term: found → expected]`` if it has one;
    one line, its control characters escaped (``\\x0a``) since the hostile trial."""
    line = f"{f.location()}: {f.severity.value}: {f.rule}: {f.message}{_details(f)}"
    return "".join(
        f"\\x{ord(c):02x}" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0
        else f"\\u{ord(c):04x}" if c in "\u2028\u2029" else c
        for c in line
    )  # fmt: skip


def _details(f: Finding) -> str:
    """`` [term: found → expected]``, or nothing when the finding names no forms."""
    if not (f.term and (f.found or f.expected)):
        return ""
    return f" [{f.term}: {f.found or '-'} → {f.expected or '-'}]"


def render_text(result: CheckResult) -> str:
    """One line per finding, then a summary line."""
    lines = [render_finding(f) for f in result.findings]
    counts = summary(result.findings)
    files = len({path for _, paths in result.checked for path in paths})
    lines.append(
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
        f"{_plural(counts['info'], 'info')} in {_plural(files, 'file')}"
    )
    return "\n".join(lines) + "\n"


def render_json(result: CheckResult) -> str:
    """The documented JSON object, keys in a fixed order."""
    payload = {
        "version": 1,
        "findings": [
            {
                "path": f.path,
                "line": f.line,
                "rule": f.rule,
                "severity": f.severity.value,
                "term": f.term,
                "found": f.found,
                "expected": f.expected,
                "message": f.message,
            }
            for f in result.findings
        ],
        "summary": summary(result.findings),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _text_line(f: Finding) -> str:
    details = _details(f)
    return f"{f.location()}: {f.rule}: {f.message}{details}"


def render_junit(result: CheckResult) -> str:
    """JUnit XML: a test suite per rule group, a test case per file, failures for problems."""
    suites = ET.Element("testsuites", name="news-translate check")
    total_tests = total_failures = 0
    for group, paths in result.checked:
        mine = [f for f in result.findings if f.rule.split(".", 1)[0] == group]
        files = sorted({*paths, *(f.path for f in mine)})
        suite = ET.SubElement(suites, "testsuite", name=group)
        failures = 0
        for path in files:
            case = ET.SubElement(suite, "testcase", classname=group, name=path)
            here = [f for f in mine if f.path == path]
            bad = [f for f in here if f.severity is not Severity.INFO]
            if bad:
                failures += 1
                first = bad[0]
                failure = ET.SubElement(
                    case, "failure", message=f"{_plural(len(bad), 'problem')}: {first.rule}",
                    type=first.severity.value,
                )  # fmt: skip
                failure.text = "\n".join(_text_line(f) for f in bad)
            infos = [f for f in here if f.severity is Severity.INFO]
            if infos:
                ET.SubElement(case, "system-out").text = "\n".join(_text_line(f) for f in infos)
        suite.set("tests", str(len(files)))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total_tests += len(files)
        total_failures += failures
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: CheckResult) -> str:
    """GitHub Actions workflow commands: ``::error file=...,line=...,title=rule::message``."""
    lines = []
    for f in result.findings:
        properties = [f"file={_escape_property(f.path)}"]
        if f.line:
            properties.append(f"line={f.line}")
        properties.append(f"title={_escape_property(f.rule)}")
        details = _details(f)
        message = _escape_data(f.message + details)
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {','.join(properties)}::{message}")
    return "".join(line + "\n" for line in lines)


REFERENCE: dict[Format, Callable[[CheckResult], str]] = {
    Format.TEXT: render_text,
    Format.JSON: render_json,
    Format.JUNIT: render_junit,
    Format.GITHUB: render_github,
}
