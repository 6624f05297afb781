"""Apidae reference elements (`elementReferenceType` + `id`) → labels by language.

Apidae classifies objects with "reference elements": `{"elementReferenceType": "TypeClientele", "id": 513}`.
API responses usually carry the labels inline (`libelleFr`, `libelleEn`, …, plus `familleCritere`);
export ZIPs carry only the compact form and ship the labels once in `elements_reference.json`.
`ReferenceResolver` hides that difference from the mapper: build it from an `elements_reference.json`
list (or learn from labelled elements met in API responses), then `resolve()` any element dict.

Pure Python, no Django, no I/O except the `from_file` convenience.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from destinations.catalogue_records import ReferenceRecord

#: Apidae label suffix → portal language code (the languages the catalogue stores).
LANGUAGE_SUFFIXES: dict[str, str] = {"Fr": "fr", "En": "en", "De": "de", "It": "it", "Es": "es", "Nl": "nl"}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_SUFFIXES.values())

_MAX_DEPTH = 40  # guard for `learn()` on absurdly nested documents


#: Ids are stored in PositiveIntegerFields: anything above is not an Apidae id (they are far below).
MAX_ID = 2**31 - 1


def as_int(value: Any) -> int | None:
    """An id as a positive int (≤ `MAX_ID`): ints and digit strings; never bools, fractional floats, or junk."""
    number: int | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            number = int(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 12:
            number = int(text)
    return number if number is not None and 0 < number <= MAX_ID else None


def clean_text(value: Any) -> str:
    """Plain text as the templates want it: `\\r\\n` → `\\n`, control characters dropped, outer blanks stripped.

    Newlines are kept (templates turn them into line breaks). Apidae texts are plain text, not HTML.
    """
    if not isinstance(value, str):
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or (ch >= " " and ch != "\x7f"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def libelles(value: Any) -> dict[str, str]:
    """`{"libelleFr": "…", "libelleEn": "…"}` → `{"fr": "…", "en": "…"}` (only non-empty strings, known languages)."""
    if not isinstance(value, Mapping):
        return {}
    labels: dict[str, str] = {}
    for suffix, language in LANGUAGE_SUFFIXES.items():
        text = clean_text(value.get(f"libelle{suffix}"))
        if text:
            labels[language] = text
    return labels


def _family_id(element: Mapping) -> int | None:
    family = element.get("familleCritere")
    if isinstance(family, Mapping):
        return as_int(family.get("id"))
    return None


class ReferenceResolver:
    """Labels of Apidae reference elements by id, merged from every source it was fed.

    - `ReferenceResolver(elements)` / `from_export(elements)`: an `elements_reference.json` list.
    - `learn(document)`: walk any document (an API envelope, an object) and keep every labelled element met.
    - `resolve(element, default_type)`: a `ReferenceRecord`. Labels given inline win over stored ones (they
      are what the source says now), missing languages are completed from the store, and an unknown id
      gives a record with empty labels (kept: the id alone still links offers to interests and audiences).

    Apidae element ids are unique across element types, so the store is keyed by id alone.
    """

    def __init__(self, elements: Iterable[Any] = ()) -> None:
        self._elements: dict[int, ReferenceRecord] = {}
        self.add_all(elements)

    @classmethod
    def from_export(cls, elements: Any) -> ReferenceResolver:
        """From the parsed `elements_reference.json` of an export ZIP (anything not a list gives an empty resolver)."""
        return cls(elements if isinstance(elements, list) else ())

    @classmethod
    def from_file(cls, path: str | Path) -> ReferenceResolver:
        with open(path, encoding="utf-8") as handle:
            return cls.from_export(json.load(handle))

    def __len__(self) -> int:
        return len(self._elements)

    def __contains__(self, element_id: object) -> bool:
        return as_int(element_id) in self._elements

    def get(self, element_id: Any) -> ReferenceRecord | None:
        number = as_int(element_id)
        return self._elements.get(number) if number is not None else None

    def add(self, element: Any, default_type: str = "") -> ReferenceRecord | None:
        """Store one element dict (merging labels with what is known); returns the stored record or None."""
        if not isinstance(element, Mapping):
            return None
        number = as_int(element.get("id"))
        if number is None:
            return None
        element_type = element.get("elementReferenceType")
        element_type = element_type.strip()[:80] if isinstance(element_type, str) else ""
        labels = libelles(element)
        family_id = _family_id(element)
        known = self._elements.get(number)
        if known is None:
            known = ReferenceRecord(source_id=number, element_type=element_type or default_type)
            self._elements[number] = known
        if element_type and not known.element_type:
            known.element_type = element_type
        known.labels.update(labels)
        if family_id is not None:
            known.family_id = family_id
        return known

    def add_all(self, elements: Iterable[Any]) -> None:
        for element in elements:
            self.add(element)

    def learn(self, document: Any) -> None:
        """Keep every labelled element reference found anywhere in `document` (API envelopes, objects)."""
        stack: list[tuple[Any, int]] = [(document, 0)]
        while stack:
            node, depth = stack.pop()
            if depth > _MAX_DEPTH:
                continue
            if isinstance(node, Mapping):
                if isinstance(node.get("elementReferenceType"), str) and libelles(node):
                    self.add(node)
                stack.extend((value, depth + 1) for value in node.values() if isinstance(value, Mapping | list))
            elif isinstance(node, list):
                stack.extend((value, depth + 1) for value in node if isinstance(value, Mapping | list))

    def resolve(self, element: Any, default_type: str = "") -> ReferenceRecord | None:
        """A fresh `ReferenceRecord` for an element dict (or a bare id); None when there is no usable id."""
        if isinstance(element, Mapping):
            number = as_int(element.get("id"))
            inline_type = element.get("elementReferenceType")
            inline_type = inline_type.strip()[:80] if isinstance(inline_type, str) else ""
            inline_labels = libelles(element)
            inline_family = _family_id(element)
        else:
            number = as_int(element)
            inline_type, inline_labels, inline_family = "", {}, None
        if number is None:
            return None
        known = self._elements.get(number)
        labels = dict(known.labels) if known else {}
        labels.update(inline_labels)
        return ReferenceRecord(
            source_id=number,
            element_type=inline_type or (known.element_type if known else "") or default_type,
            labels=labels,
            family_id=inline_family if inline_family is not None else (known.family_id if known else None),
        )

    def label(self, element_id: Any, language: str = "fr") -> str:
        known = self.get(element_id)
        if not known:
            return ""
        return known.labels.get(language) or known.labels.get("fr") or ""


def index_communes(communes: Any) -> dict[int, dict]:
    """`communes.json` (a list of `{"id", "code", "nom", …}`) → `{id: commune}` for `map_object(communes=…)`."""
    indexed: dict[int, dict] = {}
    if isinstance(communes, list):
        for commune in communes:
            if isinstance(commune, dict) and (number := as_int(commune.get("id"))) is not None:
                indexed[number] = commune
    return indexed
