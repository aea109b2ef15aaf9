"""One rule for an entry's state, polib's, for active and obsolete entries alike."""

from __future__ import annotations

import polib
import pytest

from translate.po.entries import State, has_text, state


def entry(**fields: object) -> polib.POEntry:
    return polib.POEntry(msgid="Hi.", **fields)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        pytest.param({"msgstr": "Hola."}, State.REVIEWED, id="reviewed"),
        pytest.param({"msgstr": "Hola.", "flags": ["fuzzy"]}, State.FUZZY, id="fuzzy"),
        pytest.param({"msgstr": ""}, State.UNTRANSLATED, id="empty"),
        pytest.param({"msgstr": "", "flags": ["fuzzy"]}, State.UNTRANSLATED, id="fuzzy-empty"),
        pytest.param({"msgstr": "Hola.", "obsolete": True}, State.REVIEWED, id="reviewed-#~"),
        pytest.param(
            {"msgstr": "Hola.", "obsolete": True, "flags": ["fuzzy"]}, State.FUZZY, id="fuzzy-#~"
        ),
        pytest.param(
            {"msgid_plural": "Hi all.", "msgstr_plural": {0: "Hola.", 1: "Hola a todos."}},
            State.REVIEWED,
            id="plural-complete",
        ),
        pytest.param(
            {"msgid_plural": "Hi all.", "msgstr_plural": {0: "Hola.", 1: ""}},
            State.FUZZY,
            id="plural-form-missing",
        ),
        pytest.param(
            {"msgid_plural": "Hi all.", "msgstr_plural": {0: "", 1: ""}},
            State.UNTRANSLATED,
            id="plural-empty",
        ),
    ],
)
def test_state(fields: dict[str, object], expected: State) -> None:
    assert state(entry(**fields)) is expected


@pytest.mark.parametrize("obsolete", [False, True])
@pytest.mark.parametrize("flags", [[], ["fuzzy"], ["c-format"]])
@pytest.mark.parametrize("msgstr", ["", "Hola."])
def test_reviewed_is_what_polib_calls_translated(
    msgstr: str, flags: list[str], obsolete: bool
) -> None:
    """For active entries the rule is polib's `translated()`; `#~` entries get the same answer."""
    active = entry(msgstr=msgstr, flags=list(flags))
    assert (state(active) is State.REVIEWED) == active.translated()
    twin = entry(msgstr=msgstr, flags=list(flags), obsolete=obsolete)
    assert state(twin) is state(active)
    assert has_text(twin) == bool(msgstr)
