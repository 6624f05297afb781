"""Property-based tests: real samples, randomly damaged, never break `map_object`.

Each example takes one real sample object and applies a few random mutations at random places of its tree:
drop a key, add an unknown key, replace a value by junk of the wrong type (a string where a list is
expected, a list where an object is expected, NaN, huge numbers…), put a very long string, swap a reference
id for an unknown one, change the object type. `map_object` must then either return a sane record (with a
name) or raise `MappingError` — and only when the object really has no usable id, type or name.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import os
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apidae_sync.mapping import _TYPE_BLOCKS, OFFER_KINDS, PRIVATE_KEYS, MappingError, ReferenceResolver, map_object
from apidae_sync.references import as_int, libelles
from destinations.models.offers import OfferKind

from .test_mapping import SampleCase, load_sample_cases

SETTINGS = settings(
    max_examples=int(os.environ.get("MAPPING_MAX_EXAMPLES", "150")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

Path = tuple[Any, ...]


@cache
def _cases() -> tuple[SampleCase, ...]:
    return tuple(load_sample_cases())


@cache
def _paths(index: int) -> tuple[Path, ...]:
    """Every path (keys / list indexes) of sample `index`, root excluded."""
    found: list[Path] = []

    def walk(node: Any, path: Path) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                found.append((*path, key))
                walk(value, (*path, key))
        elif isinstance(node, list):
            for position, value in enumerate(node):
                found.append((*path, position))
                walk(value, (*path, position))

    walk(_cases()[index].obj, ())
    return tuple(found)


def _parent(obj: Any, path: Path) -> Any:
    node = obj
    for step in path[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["", " ", "2019-02-30", "25:61:00", "javascript:alert(1)", "ftp://x/y.jpg", "GRATUIT", "\x00\r\n"]),
)
junk = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.sampled_from(
                ["id", "libelleFr", "libelleEn", "type", "elementReferenceType", "coordonnees", "url", "x"]
            ),
            children,
            max_size=3,
        ),
    ),
    max_leaves=8,
)
long_strings = st.builds(
    lambda unit, count: unit * count,
    st.sampled_from(["a", "é ", "Ω\n", "\U0001f3d4", "x" * 7]),
    st.integers(min_value=300, max_value=50_000),
)
mutation = st.tuples(
    st.sampled_from(["drop", "junk", "add", "unknown_id", "long", "wrong_type", "type"]),
    st.integers(min_value=0, max_value=10**9),
    junk,
    long_strings,
    st.one_of(st.sampled_from([*OFFER_KINDS, "FOO", "", "hotellerie"]), st.text(max_size=10)),
)


def _mutate(obj: dict, paths: tuple[Path, ...], change: tuple) -> None:
    kind, pick, value, long_text, new_type = change
    if kind == "type":
        obj["type"] = new_type
        return
    if not paths:
        return
    path = paths[pick % len(paths)]
    parent = _parent(obj, path)
    key = path[-1]
    if (
        isinstance(parent, dict)
        and key not in parent
        or isinstance(parent, list)
        and not (isinstance(key, int) and key < len(parent))
    ):
        return  # an earlier mutation removed it
    if not isinstance(parent, dict | list):
        return
    if kind == "drop":
        del parent[key]
    elif kind == "junk":
        parent[key] = value
    elif kind == "add":
        target = parent[key] if isinstance(parent[key], dict) else parent
        if isinstance(target, dict):
            target[f"cleInconnue{pick % 97}"] = value
        else:
            target.append(value)
    elif kind == "unknown_id":
        target = parent[key] if isinstance(parent[key], dict) else parent
        if isinstance(target, dict) and "id" in target:
            target["id"] = 10**8 + pick
    elif kind == "long":
        parent[key] = long_text
    elif kind == "wrong_type":
        current = parent[key]
        parent[key] = (
            "pas une liste"
            if isinstance(current, list)
            else [current]
            if isinstance(current, dict)
            else {"valeur": current}
        )


def _has_usable_type(obj: dict) -> bool:
    source_type = obj.get("type")
    if isinstance(source_type, str) and source_type.strip():
        return True
    return sum(isinstance(obj.get(block), dict) for block in _TYPE_BLOCKS.values()) == 1


def _has_name(obj: dict) -> bool:
    return any(" ".join(text.split()) for text in libelles(obj.get("nom")).values())


def _check_record(obj: dict, record: Any, today: dt.date) -> None:
    assert record.source_id == str(as_int(obj["id"]))
    assert record.kind in OfferKind.values
    assert record.name and record.name.strip()
    assert "fr" in record.texts or len(record.texts) >= 1
    for texts in record.texts.values():
        assert texts.name.strip() and len(texts.name) <= 255 and "\n" not in texts.name
    if record.latitude is not None or record.longitude is not None:
        assert -90 <= record.latitude <= 90 and -180 <= record.longitude <= 180
        assert math.isfinite(record.latitude) and math.isfinite(record.longitude)
    assert len(record.street_address) <= 255 and len(record.postal_code) <= 10
    for period in record.periods:
        assert period.start_date <= period.end_date
        assert all(1 <= day <= 7 for day in period.weekdays)
    for image in record.images:
        assert image.url.startswith(("http://", "https://")) and len(image.url) <= 500
        assert image.publish_until is None or image.publish_until >= today
    for price in record.prices:
        for amount in (price.minimum, price.maximum):
            assert amount is None or 0 <= amount <= 9_999_999.99
        if price.minimum is not None and price.maximum is not None:
            assert price.minimum <= price.maximum
    for reference in record.references:
        assert isinstance(reference.source_id, int) and 0 < reference.source_id < 2**31
        assert reference.family_id is None or 0 < reference.family_id < 2**31
        assert len(reference.element_type) <= 80
    assert record.commune_source_id is None or 0 < record.commune_source_id < 2**31
    for mean in record.contact_means:
        assert set(mean) == {"kind", "value"} and all(isinstance(v, str) and v for v in mean.values())
    assert not any("internal error" in note for note in record.skipped), record.skipped
    assert all(isinstance(note, str) for note in record.skipped)

    def no_private(node: Any) -> None:
        if isinstance(node, dict):
            assert not PRIVATE_KEYS & set(node)
            for value in node.values():
                no_private(value)
        elif isinstance(node, list):
            for value in node:
                no_private(value)

    no_private(record.raw)
    repr(record)


def _map_or_explain(obj: Any, case: SampleCase, today: dt.date) -> None:
    try:
        record = map_object(
            obj, references=case.references, communes=case.communes, selection_ids=case.selection_ids, today=today
        )
    except MappingError:
        assert (
            not isinstance(obj, dict)
            or as_int(obj.get("id")) is None
            or not _has_usable_type(obj)
            or not _has_name(obj)
        ), "MappingError although the object has an id, a type and a name"
        return
    assert isinstance(obj, dict) and as_int(obj.get("id")) is not None and _has_name(obj) and _has_usable_type(obj)
    _check_record(obj, record, today)


@SETTINGS
@given(
    index=st.integers(min_value=0, max_value=len(load_sample_cases()) - 1),
    changes=st.lists(mutation, min_size=1, max_size=12),
    today=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_damaged_samples_never_break_the_mapper(index: int, changes: list[tuple], today: dt.date) -> None:
    case = _cases()[index]
    obj = copy.deepcopy(case.obj)
    paths = _paths(index)
    for change in changes:
        _mutate(obj, paths, change)
    _map_or_explain(obj, case, today)


@SETTINGS
@given(
    index=st.integers(min_value=0, max_value=len(load_sample_cases()) - 1),
    top_level=st.dictionaries(
        st.sampled_from(
            [
                "nom",
                "presentation",
                "localisation",
                "ouverture",
                "descriptionTarif",
                "prestations",
                "informations",
                "reservation",
                "illustrations",
                "distinctions",
                "aspects",
                "gestion",
                "informationsFeteEtManifestation",
                "id",
                "type",
            ]
        ),
        junk,
        max_size=5,
    ),
)
def test_junk_top_level_blocks(index: int, top_level: dict) -> None:
    case = _cases()[index]
    obj = copy.deepcopy(case.obj)
    obj.update(top_level)
    _map_or_explain(obj, case, dt.date(2026, 5, 1))


@SETTINGS
@given(
    index=st.integers(min_value=0, max_value=len(load_sample_cases()) - 1),
    new_type=st.one_of(st.sampled_from([*OFFER_KINDS, "FOO_BAR"]), st.text(min_size=1, max_size=30)),
)
def test_any_type_value_gives_a_kind(index: int, new_type: str) -> None:
    case = _cases()[index]
    obj = copy.deepcopy(case.obj)
    obj["type"] = new_type
    try:
        record = map_object(obj, references=case.references, communes=case.communes, today=dt.date(2026, 5, 1))
    except MappingError:
        assert not new_type.strip() and not _has_usable_type(obj)
        return
    if not new_type.strip():  # blank: the type is inferred from the informations<Type> block
        assert record.source_type in OFFER_KINDS and any(note.startswith("no type:") for note in record.skipped)
        return
    assert record.kind == OFFER_KINDS.get(new_type.strip()[:60], "other")
    if record.kind == "other":
        assert any(note.startswith("unknown type") for note in record.skipped)


@SETTINGS
@given(elements=st.lists(junk, max_size=10), probe=junk)
def test_reference_resolver_takes_any_input(elements: list, probe: Any) -> None:
    resolver = ReferenceResolver.from_export(elements)
    resolver.learn({"x": elements, "y": probe})
    resolved = resolver.resolve(probe)
    assert resolved is None or (resolved.source_id > 0 and isinstance(resolved.labels, dict))
