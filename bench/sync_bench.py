"""Apidae sync benchmark: full and incremental `run_api_sync` against a plain fetch + bulk-insert baseline.

    .venv/bin/python bench/sync_bench.py --quick            # 5,000 objects, SQLite and PostgreSQL (≈2 min)
    .venv/bin/python bench/sync_bench.py                    # 50,000 objects
    .venv/bin/python bench/sync_bench.py --db sqlite --objects 20000 --profile

For each database (a temporary SQLite file; PostgreSQL when postgres://postgres@127.0.0.1:5432/ answers,
in dedicated `bench_sync_<pid>_*` databases created and dropped here):

1. a template database: `migrate`, `load_demo`, then the synthetic selection (90002) is added to the
   `luberon` destination's `apidae_selection_ids`;
2. the fake Apidae server (tests/apidae/fake_apidae.py, in this process, 127.0.0.1, random port) serves
   N synthetic objects shaped like the samples in selection 90002;
3. three measurements, each in its own subprocess (peak RSS = its VmHWM), each timed inside the process
   (Django start-up excluded, reported separately):
   - **baseline**: a copy of the template; plain `requests` paging through the same search endpoint with
     the same `responseFields`/locales, `map_object`, then `bulk_create` of Offer + OfferTranslation +
     OpeningPeriod + OfferImage, one transaction. No staging, no comparison, no hash, no criteria, no
     destination links, no raw document, no search index: the floor for "getting the rows in".
   - **full**: another copy; `run_api_sync(selection_ids=[90002], full=True)` (what `manage.py
     apidae_sync --selection 90002 --full` runs), same process model;
   - **incremental**: 1 % of the objects get a new `gestion.dateModification` and a new French name in
     the fake server, then `run_api_sync(selection_ids=[90002])` on the database the full run left.
4. checks: published offers of `luberon` from the synthetic range = N after the full run and after the
   incremental one; the incremental run reports updated = N/100, created = 0, failed = 0.

Targets: full ≥ 1/3 of the baseline's objects/s; peak RSS < 500 MB; incremental ≥ 20× faster than full.
Results: a table on stdout and `bench/results/sync-<UTC timestamp>.json`.

The fake server shares the 2 cores with the measured process; its CPU time per step is reported
(`fake cpu s`) because it is part of every wall time (both baseline and sync pay it).

`--keep-db DIR` leaves the SQLite database of the full+incremental run in DIR (catalogue_bench.py
`--reuse-db` can serve it). The script is also its own subprocess worker (`--worker ...`, internal).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import resource
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
sys.path[:0] = [str(BENCH_DIR), str(ROOT / "tests" / "apidae")]

import fake_apidae  # noqa: E402 - stdlib only, from tests/apidae
from run import machine_busy_seconds, machine_info  # noqa: E402 - bench/run.py, the page benchmark

SELECTION = fake_apidae.SYNTHETIC_SELECTION_ID
FIRST_ID = 10_000_000  # synthetic ids: 8 digits starting with 1 (samples: 3–7 digits, demo: 9_000_000+)
SYNTHETIC_REGEX = r"^1[0-9]{7}$"
DESTINATION = "luberon"
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
PG_BASE_URL = "postgres://postgres@127.0.0.1:5432/"
TARGETS = {"full_vs_baseline_min": 1 / 3, "peak_rss_mb_max": 500, "incremental_speedup_min": 20}


def log(message: str) -> None:
    print(f"[sync-bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- environment and databases --------------------------------------------------------------------


def base_env(tmp: Path, database_url: str, *, demo_port: int = 80, fake: fake_apidae.FakeApidae | None = None) -> dict:
    """Production settings, hermetic (no Redis/Elasticsearch/mail), loopback only; see bench/run.py."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "ELASTICSEARCH_URL", "EMAIL_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
        and not key.startswith("APIDAE_")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings.base",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": ".localhost,127.0.0.1",
            "DEBUG": "false",
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": database_url,
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "DEMO_PORT": str(demo_port),
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{demo_port}",
            "LOG_LEVEL": "WARNING",
            "PYTHONDONTWRITEBYTECODE": "1",
            # Fail fast: a loopback fake needs neither long timeouts nor patient retries.
            "APIDAE_TIMEOUT": "60",
            "APIDAE_RETRIES": "1",
            "APIDAE_BACKOFF": "0.2",
        }
    )
    if fake is not None:
        env.update(
            {"APIDAE_API_URL": fake.url, "APIDAE_API_KEY": fake.api_key, "APIDAE_PROJECT_ID": str(fake.project_id)}
        )
    return env


def run_child(cmd: list[str], env: dict, timeout: float, what: str) -> subprocess.CompletedProcess:
    """A subprocess in its own process group, killed (that group only) on timeout or interruption."""
    proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
        cmd, cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise RuntimeError(f"{what}: killed (timeout {timeout:.0f} s or interrupted)") from None
    if proc.returncode:
        raise RuntimeError(f"{what} failed with exit code {proc.returncode}:\n{out[-3000:]}\n{err[-3000:]}")
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def manage(env: dict, *args: str, timeout: float = 600) -> None:
    started = time.monotonic()
    run_child([sys.executable, "manage.py", *args], env, timeout, f"manage.py {' '.join(args)}")
    log(f"  manage.py {args[0]}: {time.monotonic() - started:.1f}s")


def worker(env: dict, kind: str, out: Path, *extra: str, timeout: float = 1800) -> dict:
    """Run this script as a measured worker; returns its JSON result (plus the subprocess wall time)."""
    started = time.monotonic()
    run_child([sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--out", str(out), *extra], env, timeout,
              f"worker {kind}")
    result = json.loads(out.read_text())
    result["process_wall_s"] = round(time.monotonic() - started, 2)
    return result


class SQLiteDatabases:
    """Temporary SQLite files; copies are made with the backup API (consistent in WAL mode)."""

    name = "sqlite"

    def __init__(self, tmp: Path):
        self.tmp = tmp

    def url(self, label: str) -> str:
        return f"sqlite:///{self.tmp / f'{label}.sqlite3'}"

    def path(self, label: str) -> Path:
        return self.tmp / f"{label}.sqlite3"

    def create_empty(self, label: str) -> None:
        self.path(label).unlink(missing_ok=True)

    def copy(self, source: str, target: str) -> None:
        self.create_empty(target)
        src, dst = sqlite3.connect(self.path(source)), sqlite3.connect(self.path(target))
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()

    def size_mb(self, label: str) -> float:
        return round(sum(p.stat().st_size for p in self.tmp.glob(f"{label}.sqlite3*")) / 1e6, 1)

    def drop_all(self) -> None:
        pass  # the temporary directory goes away


class PostgresDatabases:
    """Dedicated databases bench_sync_<pid>_<label> on the local server, dropped at the end."""

    name = "postgresql"

    def __init__(self, prefix: str):
        import psycopg

        self.psycopg = psycopg
        self.prefix = prefix
        self.created: list[str] = []

    @staticmethod
    def reachable() -> bool:
        try:
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            return True
        except Exception:  # noqa: BLE001 - any failure means "not available"
            return False

    def dbname(self, label: str) -> str:
        name = f"{self.prefix}_{label}"
        if name == "test" or not name.startswith("bench_"):
            raise ValueError(f"refusing to touch database {name!r}")
        return name

    def url(self, label: str) -> str:
        return PG_BASE_URL + self.dbname(label)

    def _admin(self, sql: str) -> None:
        with self.psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)

    def create_empty(self, label: str) -> None:
        name = self.dbname(label)
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{name}"')
        self.created.append(name)

    def copy(self, source: str, target: str) -> None:
        name = self.dbname(target)
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.dbname(source)}"')
        self.created.append(name)

    def size_mb(self, label: str) -> float:
        with self.psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            row = conn.execute("SELECT pg_database_size(%s)", (self.dbname(label),)).fetchone()
        return round(row[0] / 1e6, 1)

    def drop_all(self) -> None:
        for name in reversed(self.created):
            try:
                self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception as exc:  # noqa: BLE001 - keep dropping the others
                log(f"could not drop {name}: {exc}")
        self.created.clear()


def prepare_template(dbs, label: str, tmp: Path, demo_port: int = 80) -> dict:
    """migrate + load_demo + the synthetic selection on luberon, in database `label`."""
    dbs.create_empty(label)
    env = base_env(tmp, dbs.url(label), demo_port=demo_port)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    worker(env, "setup", tmp / f"{label}-setup.json", timeout=120)
    return env


# --- the fake Apidae server -----------------------------------------------------------------------


def start_fake(n: int) -> fake_apidae.FakeApidae:
    """The fake server with `n` synthetic objects, every one with a modification date.

    One sample (123123, a trek) has no `gestion.dateModification`; copies of it would be fetched again by
    every incremental run (an undated object cannot be known unchanged), which is tested elsewhere and
    would blur this benchmark: the synthetic copies get a fixed date.
    """
    fake = fake_apidae.FakeApidae(host="127.0.0.1", port=0)
    templates = [fake.objects[i] for i in fake.sample_ids]
    objects = fake_apidae.synthetic_objects(n, FIRST_ID, templates)
    for obj in objects:
        gestion = obj.setdefault("gestion", {})
        gestion.setdefault("dateModification", "2024-01-15T10:00:00.000+0000")
    fake.add_objects(objects, SELECTION)
    return fake.start()


def modify_objects(fake: fake_apidae.FakeApidae, n: int, every: int = 100) -> int:
    """Bump the modification date and change the French name of one object in `every`."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    changed = 0
    with fake._lock:  # the server's own lock: no page is half-modified
        for i in range(0, n, every):
            obj = fake.objects[FIRST_ID + i]
            obj.setdefault("gestion", {})["dateModification"] = stamp
            obj["nom"]["libelleFr"] = f"{obj['nom'].get('libelleFr', '')} — modifié {stamp[:19]}"
            changed += 1
    return changed


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- one database -----------------------------------------------------------------------------------


def bench_database(dbs, tmp: Path, fake: fake_apidae.FakeApidae, args: argparse.Namespace) -> dict:
    n = args.objects
    log(f"{dbs.name}: template database (migrate + load_demo)")
    prepare_template(dbs, "tpl", tmp)
    steps: dict[str, dict] = {}

    def measure(name: str, kind: str, label: str, *extra: str) -> dict:
        env = base_env(tmp, dbs.url(label), fake=fake)
        cpu0, busy0, children0 = cpu_self(), machine_busy_seconds(), cpu_children()
        result = worker(env, kind, tmp / f"{dbs.name}-{name}.json", *extra, timeout=args.step_timeout)
        result["fake_server_cpu_s"] = round(cpu_self() - cpu0, 2)
        # Everything else on the machine (other users, PostgreSQL's backend, the worker's Django start-up).
        other = machine_busy_seconds() - busy0 - (cpu_children() - children0) - result["fake_server_cpu_s"]
        result["other_cpu_cores"] = round(max(0.0, other) / result["process_wall_s"], 2)
        result["objects_per_s"] = round(result["objects"] / result["wall_s"], 1) if result["wall_s"] else None
        steps[name] = result
        log(
            f"  {name:12} {result['wall_s']:8.1f} s  {result['objects_per_s'] or 0:8.1f} obj/s  "
            f"peak RSS {result['peak_rss_mb']:6.1f} MB  fake cpu {result['fake_server_cpu_s']:.1f} s"
        )
        return result

    dbs.copy("tpl", "baseline")
    log(f"{dbs.name}: baseline (plain paging + map_object + bulk_create of 4 tables)")
    measure("baseline", "baseline", "baseline", "--objects", str(n))
    steps["baseline"]["db_size_mb"] = dbs.size_mb("baseline")

    dbs.copy("tpl", "sync")
    log(f"{dbs.name}: full sync (run_api_sync full=True)")
    full = measure("full", "sync", "sync", "--full", "--objects", str(n))
    full["db_size_mb"] = dbs.size_mb("sync")

    changed = modify_objects(fake, n)
    log(f"{dbs.name}: incremental sync after changing {changed} objects in the fake server")
    inc = measure("incremental", "sync", "sync", "--objects", str(n))
    inc["changed_in_source"] = changed

    if args.profile:
        dbs.copy("tpl", "profile")
        log(f"{dbs.name}: full sync under cProfile (times inflated; for the breakdown only)")
        measure("full_profiled", "sync", "profile", "--full", "--objects", str(n), "--profile-out",
                str(tmp / f"{dbs.name}-full.prof"))
        steps["full_profiled"]["profile_top"] = profile_summary(tmp / f"{dbs.name}-full.prof")

    if args.resync:
        log(f"{dbs.name}: full re-sync of the populated catalogue (the weekly `--full`)")
        measure("full_resync", "sync", "sync", "--full", "--objects", str(n))

    checks = {
        "full_status": full["run"]["status"] == "succeeded",
        "full_published": full["published_synthetic"] == n,
        "full_created": full["run"]["created"] == n and full["run"]["failed"] == 0,
        "incremental_status": inc["run"]["status"] == "succeeded",
        "incremental_updated": inc["run"]["updated"] == changed,
        "incremental_unchanged": inc["run"]["unchanged"] == n - changed and inc["run"]["created"] == 0
        and inc["run"]["failed"] == 0,
        "incremental_published": inc["published_synthetic"] == n,
        "baseline_rows": steps["baseline"]["published_synthetic"] == n,
    }
    ratios = {
        "full_vs_baseline_speed": round(full["objects_per_s"] / steps["baseline"]["objects_per_s"], 3),
        # The same in CPU seconds of the measured process: less sensitive to a busy machine.
        "full_vs_baseline_cpu": round(steps["baseline"]["cpu_s"] / full["cpu_s"], 3) if full["cpu_s"] else None,
        "incremental_speedup_vs_full": round(full["wall_s"] / inc["wall_s"], 1) if inc["wall_s"] else None,
    }
    peak = max(full["peak_rss_mb"], inc["peak_rss_mb"])
    targets = {
        "full_vs_baseline": ratios["full_vs_baseline_speed"] >= TARGETS["full_vs_baseline_min"],
        "peak_rss": peak < TARGETS["peak_rss_mb_max"],
        "incremental_speedup": (ratios["incremental_speedup_vs_full"] or 0) >= TARGETS["incremental_speedup_min"],
    }
    if args.keep_db and dbs.name == "sqlite":
        keep = Path(args.keep_db).resolve()
        keep.mkdir(parents=True, exist_ok=True)
        target = keep / f"sync-{n}.sqlite3"
        target.unlink(missing_ok=True)
        src, dst = sqlite3.connect(dbs.path("sync")), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        log(f"kept the synced database: {target}")
    return {"database": dbs.name, "objects": n, "steps": steps, "ratios": ratios, "checks": checks, "targets": targets}


def profile_summary(path: Path, limit: int = 30) -> dict:
    stats = pstats.Stats(str(path))
    out = {}
    for key in ("cumulative", "tottime"):
        buffer = io.StringIO()
        stats.stream = buffer
        stats.sort_stats(key).print_stats(limit)
        out[key] = buffer.getvalue().split("\n", 6)[-1]  # drop pstats' header lines
    return out


# --- workers (run in a subprocess with Django) --------------------------------------------------------


def _vm(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _django() -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _published_synthetic() -> int:
    from destinations.models import Offer

    return Offer.objects.filter(
        is_published=True, destinations__slug=DESTINATION, source="apidae", source_id__regex=SYNTHETIC_REGEX
    ).count()


def worker_setup(args: argparse.Namespace) -> dict:
    _django()
    from destinations.models import Destination

    destination = Destination.objects.get(slug=DESTINATION)
    destination.apidae_selection_ids = sorted({*destination.apidae_selection_ids, SELECTION})
    destination.save(update_fields=["apidae_selection_ids"])
    return {"destination": DESTINATION, "selection_ids": destination.apidae_selection_ids}


class Timers:
    """Wall time and calls of a few functions, patched by name (no profiler overhead)."""

    def __init__(self):
        self.data: dict[str, list[float]] = {}

    def wrap(self, module, name: str, label: str | None = None) -> None:
        original = getattr(module, name)
        label = label or f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
        entry = self.data.setdefault(label, [0.0, 0])

        def timed(*a, **kw):
            start = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                entry[0] += time.perf_counter() - start
                entry[1] += 1

        setattr(module, name, timed)

    def report(self) -> dict:
        return {k: {"s": round(v[0], 2), "calls": v[1]} for k, v in self.data.items()}


class QueryCounter:
    """Counts SQL statements per sync phase (connection.execute_wrapper)."""

    def __init__(self):
        self.phase = "start"
        self.counts: dict[str, int] = {}

    def __call__(self, execute, sql, params, many, context):
        self.counts[self.phase] = self.counts.get(self.phase, 0) + 1
        return execute(sql, params, many, context)


def worker_sync(args: argparse.Namespace) -> dict:
    _django()
    from django.db import connection

    import apidae_sync.client as client_module
    import apidae_sync.sync as sync_module
    import destinations.services.catalogue as catalogue_module

    timers = Timers()
    timers.wrap(client_module.ApidaeClient, "_call", "client.http_call+json")
    timers.wrap(sync_module, "stage_objects")
    timers.wrap(sync_module, "map_object")
    timers.wrap(sync_module, "apply_records", "catalogue.apply_records (incl. mapping)")
    timers.wrap(catalogue_module, "content_hash")
    timers.wrap(catalogue_module, "_resolve_communes")
    timers.wrap(catalogue_module, "_replace_children")
    timers.wrap(catalogue_module, "index_translations", "catalogue.index_translations (after commit)")
    import portal.cache as cache_module

    # Called by the sender-less post_save/post_delete receiver for every row of a "destinations" model.
    timers.wrap(cache_module, "invalidate_page_cache", "portal.cache.invalidate_page_cache (signals)")
    queries = QueryCounter()
    phases: dict[str, dict] = {}
    started = time.perf_counter()

    def progress(phase: str, current: int, total: int | None) -> None:
        now = time.perf_counter() - started
        if phase not in phases:
            phases[phase] = {"start_s": round(now, 2), "max_rss_mb": 0.0}
            queries.phase = phase
        phases[phase]["end_s"] = round(now, 2)
        phases[phase]["max_rss_mb"] = max(phases[phase]["max_rss_mb"], _vm("VmRSS"))

    profiler = cProfile.Profile() if args.profile else None
    cpu0 = cpu_self()
    with connection.execute_wrapper(queries):
        if profiler:
            profiler.enable()
        run = sync_module.run_api_sync(selection_ids=[SELECTION], full=args.full, progress=progress)
        if profiler:
            profiler.disable()
        wall = time.perf_counter() - started
        queries.phase = "checks"
        published = _published_synthetic()
    if profiler:
        profiler.dump_stats(args.profile)
    return {
        "mode": "full" if args.full else "incremental",
        "objects": args.objects,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu_self() - cpu0, 2),
        "peak_rss_mb": _vm("VmHWM"),
        "phases": phases,
        "queries": queries.counts,
        "timers": timers.report(),
        "run": {
            "status": run.status,
            "created": run.created,
            "updated": run.updated,
            "unchanged": run.unchanged,
            "unpublished": run.unpublished,
            "failed": run.failed,
            "error": run.error[:500],
        },
        "published_synthetic": published,
    }


def worker_baseline(args: argparse.Namespace) -> dict:
    """Plain paging + map_object + bulk_create of the four main tables: no sync logic."""
    _django()
    import requests
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from apidae_sync.client import SEARCH_PATH
    from apidae_sync.mapping import map_object
    from apidae_sync.references import ReferenceResolver
    from apidae_sync.sync import RESPONSE_FIELDS, locales
    from destinations.models import Destination, Offer, OfferImage, OfferTranslation, OpeningPeriod

    url = os.environ["APIDAE_API_URL"].rstrip("/") + "/" + SEARCH_PATH
    key, project = os.environ["APIDAE_API_KEY"], int(os.environ["APIDAE_PROJECT_ID"])
    today = timezone.localdate()
    references = ReferenceResolver()
    destination = Destination.objects.get(slug=DESTINATION)
    through = Offer.destinations.through
    session = requests.Session()
    t_fetch = t_map = t_insert = 0.0
    pages = rows = 0
    cpu0 = cpu_self()
    started = time.perf_counter()
    with transaction.atomic():
        first = 0
        while True:
            t0 = time.perf_counter()
            query = {
                "apiKey": key, "projetId": project, "selectionIds": [SELECTION], "first": first, "count": 200,
                "order": "IDENTIFIANT", "asc": True, "locales": locales(), "responseFields": ["id", *RESPONSE_FIELDS],
            }
            response = session.post(url, data={"query": json.dumps(query)}, timeout=60)
            response.raise_for_status()
            page = response.json()
            objects = page.get("objetsTouristiques") or []
            t1 = time.perf_counter()
            records = [
                map_object(o, references=references, communes=None, selection_ids=[SELECTION], today=today)
                for o in objects
            ]
            t2 = time.perf_counter()
            offers = [
                Offer(
                    source="apidae", source_id=r.source_id, source_type=(r.source_type or "")[:60], kind=r.kind,
                    name=r.name[:255], slug=slugify(r.name)[:80] or "offer", latitude=r.latitude,
                    longitude=r.longitude, street_address=(r.street_address or "")[:255],
                    postal_code=(r.postal_code or "")[:10], city=(r.city or "")[:120], is_free=r.is_free,
                    selection_ids=[SELECTION], source_modified_at=r.source_modified_at,
                )
                for r in records
            ]
            Offer.objects.bulk_create(offers, batch_size=500)
            texts, periods, images = [], [], []
            for offer, r in zip(offers, records, strict=True):
                for language, t in r.texts.items():
                    texts.append(OfferTranslation(
                        offer_id=offer.pk, language_code=language[:10], name=(t.name or offer.name)[:255],
                        short_description=t.short_description or "", description=t.description or "",
                        opening_summary=t.opening_summary or "", price_summary=t.price_summary or "",
                    ))
                for position, p in enumerate(r.periods):
                    periods.append(OpeningPeriod(
                        offer_id=offer.pk, position=position, start_date=p.start_date, end_date=p.end_date,
                        every_year=p.every_year, opening_time=p.opening_time, closing_time=p.closing_time,
                        period_type=(p.period_type or "")[:60], weekdays=list(p.weekdays), details=dict(p.details),
                    ))
                for position, image in enumerate(r.images):
                    if image.url and len(image.url) <= 500:
                        images.append(OfferImage(
                            offer_id=offer.pk, position=position, url=image.url,
                            url_list=(image.url_list or "")[:500], url_card=(image.url_card or "")[:500],
                            width=image.width, height=image.height, captions=dict(image.captions),
                            credit=(image.credit or "")[:255], publish_until=image.publish_until,
                        ))
            OfferTranslation.objects.bulk_create(texts, batch_size=500)
            OpeningPeriod.objects.bulk_create(periods, batch_size=500)
            OfferImage.objects.bulk_create(images, batch_size=500)
            # The link the count check needs (one row per offer; the sync writes it too).
            through.objects.bulk_create([through(offer_id=o.pk, destination_id=destination.pk) for o in offers])
            t3 = time.perf_counter()
            t_fetch, t_map, t_insert = t_fetch + t1 - t0, t_map + t2 - t1, t_insert + t3 - t2
            pages += 1
            rows += len(offers) + len(texts) + len(periods) + len(images)
            first += len(objects)
            if not objects or first >= page["numFound"]:
                break
    wall = time.perf_counter() - started
    return {
        "mode": "baseline",
        "objects": args.objects,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu_self() - cpu0, 2),
        "peak_rss_mb": _vm("VmHWM"),
        "pages": pages,
        "rows_inserted": rows,
        "breakdown_s": {"fetch+json": round(t_fetch, 2), "map_object": round(t_map, 2), "bulk_create": round(t_insert, 2)},
        "published_synthetic": _published_synthetic(),
    }


def worker_main(args: argparse.Namespace) -> int:
    handlers = {"setup": worker_setup, "sync": worker_sync, "baseline": worker_baseline}
    result = handlers[args.worker](args)
    Path(args.out).write_text(json.dumps(result, indent=2, default=str))
    return 0


# --- report ---------------------------------------------------------------------------------------------


def print_report(results: list[dict], machine: dict) -> None:
    print()
    print(
        f"Machine: {machine['nproc']} cores ({machine['cpu_model']}), {machine['mem_total_gib']} GiB RAM, "
        f"Python {machine['python']}, Django {machine['versions']['Django']}, Wagtail {machine['versions']['wagtail']}"
    )
    header = (
        f"{'database':10} {'step':12} {'objects':>8} {'wall s':>8} {'obj/s':>8} {'cpu s':>7} {'peak RSS MB':>11} "
        f"{'fake cpu s':>10} {'oth cores':>9} {'proc wall s':>11} {'result':30}"
    )
    print(header)
    print("-" * len(header))
    for res in results:
        for name, step in res["steps"].items():
            run = step.get("run")
            outcome = (
                f"{run['status']}: +{run['created']} ~{run['updated']} ={run['unchanged']} !{run['failed']}"
                if run else f"{step.get('rows_inserted')} rows"
            )
            print(
                f"{res['database']:10} {name:12} {step['objects']:8d} {step['wall_s']:8.1f} "
                f"{step['objects_per_s'] or 0:8.1f} {step['cpu_s']:7.1f} {step['peak_rss_mb']:11.1f} "
                f"{step['fake_server_cpu_s']:10.1f} {step['other_cpu_cores']:9.2f} {step['process_wall_s']:11.1f} {outcome:30}"
            )
    print(
        "cpu s: CPU time of the measured process; fake cpu s: the fake Apidae server (this process) meanwhile; "
        "oth cores: everything else on the machine\n(other users; PostgreSQL's backend) in cores: > 0.3 means a busy "
        "machine and inflated wall times. result: +created ~updated =unchanged !failed."
    )
    print()
    for res in results:
        r, t, c = res["ratios"], res["targets"], res["checks"]
        peak = max(res["steps"]["full"]["peak_rss_mb"], res["steps"]["incremental"]["peak_rss_mb"])
        print(
            f"{res['database']}: full/baseline speed {r['full_vs_baseline_speed']:.2f} (in CPU s: "
            f"{r['full_vs_baseline_cpu']}) (target ≥ 0.33: "
            f"{'MET' if t['full_vs_baseline'] else 'MISSED'}); incremental {r['incremental_speedup_vs_full']}× faster "
            f"than full (target ≥ 20: {'MET' if t['incremental_speedup'] else 'MISSED'}); peak RSS {peak:.0f} MB "
            f"(target < 500: {'MET' if t['peak_rss'] else 'MISSED'}); checks: "
            + ("all OK" if all(c.values()) else "FAILED " + ", ".join(k for k, ok in c.items() if not ok))
        )
        for name in ("full", "incremental", "full_resync"):
            if name not in res["steps"]:
                continue
            step = res["steps"][name]
            phases = ", ".join(
                f"{p} {v['end_s'] - v['start_s']:.1f}s/{res['steps'][name]['queries'].get(p, 0)}q/{v['max_rss_mb']:.0f}MB"
                for p, v in step["phases"].items()
            )
            timers = ", ".join(f"{k} {v['s']}s×{v['calls']}" for k, v in step["timers"].items() if v["calls"])
            print(f"  {name}: phases (duration/queries/max RSS) {phases}; after last progress: "
                  f"{step['wall_s'] - max(v['end_s'] for v in step['phases'].values()):.1f}s")
            print(f"  {name}: timers {timers}")
        base = res["steps"]["baseline"]
        print(f"  baseline: {base['breakdown_s']}")
        if "full_profiled" in res["steps"]:
            print(f"  cProfile of the full run (top by cumulative time):\n{res['steps']['full_profiled']['profile_top']['cumulative']}")
            print(f"  cProfile of the full run (top by own time):\n{res['steps']['full_profiled']['profile_top']['tottime']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the Apidae sync (full, incremental) against a plain baseline.")
    parser.add_argument("--objects", type=int, default=50_000, help="synthetic objects (default 50,000)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 5,000 objects")
    parser.add_argument("--db", choices=["all", "sqlite", "postgres"], default="all",
                        help="all = SQLite, plus PostgreSQL when reachable at 127.0.0.1:5432")
    parser.add_argument("--profile", action="store_true", help="also run the full sync under cProfile (slower)")
    parser.add_argument("--resync", action="store_true",
                        help="also run a second full sync over the populated catalogue (rewrites every child row)")
    parser.add_argument("--step-timeout", type=float, default=1800, help="seconds per measured step")
    parser.add_argument("--keep-db", metavar="DIR", help="leave the synced SQLite database in DIR")
    parser.add_argument("--keep-tmp", action="store_true")
    parser.add_argument("--no-json", action="store_true")
    # internal: worker mode
    parser.add_argument("--worker", choices=["setup", "sync", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", dest="profile_path", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        args.profile = args.profile_path
        return worker_main(args)
    if args.quick:
        args.objects = 5_000
    if args.objects < 100 or args.objects % 100:
        parser.error("--objects must be a positive multiple of 100 (1 % of them are modified)")

    def on_sigterm(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_sigterm)
    started = time.monotonic()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    machine = machine_info()
    log(f"{machine['nproc']} cores ({machine['cpu_model']}), {machine['mem_total_gib']} GiB, {args.objects} objects")
    tmp = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    fake = None
    results: list[dict] = []
    databases = []
    try:
        t0 = time.monotonic()
        fake = start_fake(args.objects)
        log(f"fake Apidae on {fake.url} with {args.objects} synthetic objects ({time.monotonic() - t0:.1f}s)")
        if args.db in ("all", "sqlite"):
            databases.append(SQLiteDatabases(tmp))
        if args.db in ("all", "postgres"):
            if PostgresDatabases.reachable():
                databases.append(PostgresDatabases(f"bench_sync_{os.getpid()}"))
            elif args.db == "postgres":
                raise RuntimeError("PostgreSQL is not reachable at 127.0.0.1:5432")
            else:
                log("PostgreSQL not reachable at 127.0.0.1:5432: SQLite only")
        for dbs in databases:
            # The same server for every database: the incremental step of the next one modifies the same
            # 1 % again (with a newer date), which is just as much a change.
            try:
                results.append(bench_database(dbs, tmp, fake, args))
            finally:
                dbs.drop_all()
    finally:
        if fake is not None:
            fake.stop()
        for dbs in databases:
            dbs.drop_all()
        if args.keep_tmp:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    machine["loadavg_at_end"] = list(os.getloadavg())
    print_report(results, machine)
    elapsed = round(time.monotonic() - started, 1)
    if not args.no_json:
        RESULTS_DIR.mkdir(exist_ok=True)
        out = RESULTS_DIR / f"sync-{stamp}.json"
        out.write_text(json.dumps(
            {"timestamp": stamp, "elapsed_s": elapsed, "machine": machine, "targets": TARGETS,
             "config": {"objects": args.objects, "selection": SELECTION, "destination": DESTINATION,
                        "settings": "portal.settings.base", "locales": "APIDAE_LOCALES default (6)"},
             "results": results},
            indent=2, default=str,
        ))
        log(f"wrote {out.relative_to(ROOT)}")
    log(f"done in {elapsed} s")
    ok = all(all(r["checks"].values()) for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
