"""`strip_private(in_place=True)` and `map_object(owned=True)`: the sync's copy-free path keeps the
private-blocks guarantee and maps exactly like the copying path."""

from __future__ import annotations

import copy
import json
from types import MappingProxyType

import pytest

from apidae_sync.mapping import PRIVATE_KEYS, strip_private

from .test_mapping import CANARIES, load_sample_cases, map_case


def _has_private_key(node) -> bool:
    if isinstance(node, dict):
        return any(key in PRIVATE_KEYS or _has_private_key(value) for key, value in node.items())
    if isinstance(node, list):
        return any(_has_private_key(value) for value in node)
    return False


def test_in_place_removes_private_blocks_at_any_depth() -> None:
    document = {
        "id": 1,
        "contacts": [{"nom": "x"}],
        "gestion": {"signalerUnProblemeMails": ["a@example.invalid"], "dateModification": "2026-01-01"},
        "aspects": [{"aspect": "HIVER", "donneesPrivees": [1], "criteresInternes": [2], "nom": {"libelleFr": "A"}}],
        "deep": [[{"x": MappingProxyType({"contacts": 1, "kept": 2})}]],
    }
    expected = strip_private(document)
    result = strip_private(document, in_place=True)
    assert result is document
    assert result == expected
    assert not _has_private_key(json.loads(json.dumps(result, default=dict)))


@pytest.mark.parametrize("case", load_sample_cases(), ids=lambda case: case.id)
def test_owned_mapping_equals_copying_mapping_and_never_leaks(case) -> None:
    case.obj.update(copy.deepcopy(CANARIES))
    case.obj.setdefault("gestion", {})["signalerUnProblemeMails"] = ["canary-report@example.invalid"]
    original = copy.deepcopy(case.obj)
    copied = map_case(case)
    assert case.obj == original  # the default path does not touch the caller's document
    owned = map_case(case, owned=True)
    assert owned == copied
    assert owned.raw is case.obj
    assert not _has_private_key(owned.raw)
    assert "CANARY" not in repr(owned) and "canary-report" not in repr(owned)
