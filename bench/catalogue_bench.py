"""Catalogue benchmark: the offer listing, facets, deep pages, search and the offers API on a big catalogue.

    .venv/bin/python bench/catalogue_bench.py --quick                 # 5,000 offers, 5 s per scenario
    .venv/bin/python bench/catalogue_bench.py                         # 50,000 offers, 10 s per scenario
    .venv/bin/python bench/catalogue_bench.py --reuse-db /tmp/k/sync-50000.sqlite3   # from sync_bench --keep-db
    .venv/bin/python bench/catalogue_bench.py --db postgres           # the same on PostgreSQL (127.0.0.1)

1. **Database** (SQLite, temporary; or `--db postgres`: a `bench_catalogue_<pid>` database, dropped after): `migrate` + `load_demo` (DEMO_PORT = the benchmark's port), then N
   synthetic offers imported into the `luberon` destination through the real sync (`run_api_sync` against
   the fake Apidae server of tests/apidae/fake_apidae.py, selection 90002): the rows, criteria, destination
   links and search index are exactly what production would hold. `--reuse-db` copies a database kept by
   `sync_bench.py --keep-db` instead and points its Wagtail Sites at the port.
2. **Probe** (a subprocess with Django's test client and the same settings): picks the facet values and
   the search word from the data, checks that every URL answers 200 with results, and counts the SQL
   queries and server time of one request per URL (`--profile`: plus a cProfile of each).
3. **Serve** with gunicorn exactly like bench/run.py (production settings, 2 sync workers, DEBUG off,
   LocMem cache) with `PAGE_CACHE_SECONDS=0`, so every request does its database work.
4. **Measure** each URL with bench/loadgen.py, at each `--concurrency` (default 2 = one connection per
   worker, no queueing: latency ≈ server time; and 8, as bench/run.py: latency includes queueing).

Target: p95 < 150 ms for every catalogue URL (judged at the lowest concurrency; the higher one is shown
to see queueing). Results: a table on stdout and `bench/results/catalogue-<UTC timestamp>.json`.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import re
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

import run as page_bench  # noqa: E402 - bench/run.py: gunicorn, loadgen, CPU accounting
import sync_bench  # noqa: E402 - environment, fake server, sync worker

RESULTS_DIR = BENCH_DIR / "results"
DESTINATION = sync_bench.DESTINATION
TARGET_P95_MS = 150


def log(message: str) -> None:
    print(f"[catalogue-bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


sync_bench.log = log  # one prefix for the whole run

# --- database -------------------------------------------------------------------------------------------


def use_port(database: Path, port: int) -> None:
    """Point every Wagtail Site at this port (what DEMO_PORT does in load_demo)."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE wagtailcore_site SET port = ?", (port,))
    finally:
        connection.close()


def prepare(tmp: Path, port: int, args: argparse.Namespace, dbs=None) -> dict:
    """The catalogue database: a temporary SQLite file, or (`dbs`) a dedicated PostgreSQL database."""
    if dbs is not None and args.reuse_db:
        database_url = sync_bench.PG_BASE_URL + args.reuse_db
        import psycopg

        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute("UPDATE wagtailcore_site SET port = %s", (port,))
    elif dbs is not None:
        label = "kept" if args.keep_db else "catalogue"
        dbs.create_empty(label)
        database_url = dbs.url(label)
        if args.keep_db:
            dbs.created.remove(dbs.dbname(label))  # not dropped at the end
            log(f"the catalogue database is kept: --db postgres --reuse-db {dbs.dbname(label)}")
    else:
        database = tmp / "catalogue.sqlite3"
        database_url = f"sqlite:///{database}"
    env = sync_bench.base_env(tmp, database_url, demo_port=port)
    env["TASKS_RUN_INLINE"] = "1"  # no db_worker here: the import indexes offers for search inline
    if args.reuse_db and dbs is not None:
        log(f"reusing PostgreSQL database {args.reuse_db}")
    elif args.reuse_db:
        source, target = sqlite3.connect(args.reuse_db), sqlite3.connect(database)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        use_port(database, port)
        log(f"copied {args.reuse_db}")
    else:
        sync_bench.manage(env, "migrate", "--noinput", "-v0")
        sync_bench.manage(env, "load_demo")
        sync_bench.worker(env, "setup", tmp / "setup.json", timeout=120)
        fake = sync_bench.start_fake(args.objects)
        try:
            started = time.monotonic()
            result = sync_bench.worker(
                {**env, **sync_bench.base_env(tmp, database_url, demo_port=port, fake=fake), "TASKS_RUN_INLINE": "1"},
                "sync", tmp / "sync.json", "--objects", str(args.objects), timeout=args.step_timeout,
            )
            log(
                f"  imported {result['run']['created']} offers through run_api_sync in {time.monotonic() - started:.0f}s "
                f"({result['run']['status']}, {result['published_synthetic']} published in {DESTINATION})"
            )
            if result["published_synthetic"] != args.objects:
                raise RuntimeError(f"expected {args.objects} published offers, got {result['published_synthetic']}")
        finally:
            fake.stop()
    sync_bench.manage(env, "collectstatic", "--noinput", "-v0")
    return env


# --- probe worker (Django test client in a subprocess) -----------------------------------------------------


def scenarios(probe: dict, port: int) -> list[dict]:
    host = f"{DESTINATION}.localhost:{port}"
    paths = probe["paths"]
    labels = {
        "robots": "robots.txt (floor)",
        "listing": "listing /fr/offres/",
        "facets": "listing + facets",
        "page50": "listing page 50",
        "search": "search /fr/search/?q=",
        "api": "API /api/v1/offers",
        "facets_new": "listing, a new filter set each request",
        "search_new": "search, a new word each request",
    }
    rows = []
    for name in labels:
        row = {"name": name, "label": labels[name], "host_header": host, "page": False}
        if name in probe.get("cold_paths", {}):
            # Every request a URL not asked before: no result cache can answer (facet index and name order
            # are warm, as they are between catalogue changes). Capped at one request per URL.
            cold = probe["cold_paths"][name]
            row.update(path=cold["paths"][0], paths_file=cold["file"], max_requests=len(cold["paths"]), cold=True)
        else:
            row["path"] = paths[name]
        rows.append(row)
    return rows


def worker_probe(args: argparse.Namespace) -> dict:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client

    from destinations.catalogue import services
    from destinations.models import Destination, Offer, OfferTranslation

    destination = Destination.objects.get(slug=DESTINATION)
    base = services.published_offers(destination)
    total = base.count()
    kinds = list(base.order_by().values_list("kind").annotate(n=Count("pk")).order_by("-n"))
    interests, audiences = services.taxonomy_terms("fr")
    term_param = None
    for name, terms in (("interest", interests), ("audience", audiences)):
        counts = services.term_counts(destination, terms)
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        if best[1]:
            term_param = (name, best[0], best[1])
            break
    free = base.filter(is_free=False).exists()
    facets = [("kind", kinds[0][0])]
    facets.append(("price", "paid" if free else "free"))
    if term_param:
        facets.append((term_param[0], term_param[1]))
    # A search word: the longest word of the name of the most common kind's first synthetic offer; it is
    # shared by every copy of that sample (about 1/11 of the catalogue): a popular search.
    word = args.word
    if not word:
        synthetic = base.filter(kind=kinds[0][0], source_id__regex=sync_bench.SYNTHETIC_REGEX)
        name = (
            OfferTranslation.objects.filter(offer__in=synthetic, language_code="fr")
            .order_by("offer_id").values_list("name", flat=True).first()
        ) or "festival"
        words = sorted((w for w in re.findall(r"[^\W\d_]{5,}", name) if w.lower() != "synthétique"), key=len)
        word = words[-1].lower() if words else "festival"
    paths = {
        "robots": "/robots.txt",
        "listing": "/fr/offres/",
        "facets": "/fr/offres/?" + urlencode(facets),
        "page50": "/fr/offres/?page=50",
        "search": "/fr/search/?" + urlencode({"q": word}),
        "api": f"/api/v1/offers?destination={DESTINATION}&limit=20",
    }
    client = Client(HTTP_HOST=f"{DESTINATION}.localhost:{args.port}")
    checks, profiles = {}, {}
    for name, path in paths.items():
        counter = {"n": 0, "time": 0.0, "slowest": []}

        def count(execute, sql, params, many, context, counter=counter):
            start = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                elapsed = time.perf_counter() - start
                counter["n"] += 1
                counter["time"] += elapsed
                counter["slowest"].append((round(elapsed * 1000, 1), sql[:300]))

        client.get(path)  # warm (template loading, URL resolver, translations)
        profiler = cProfile.Profile() if args.profile else None
        with connection.execute_wrapper(count):
            start = time.perf_counter()
            if profiler:
                profiler.enable()
            response = client.get(path)
            if profiler:
                profiler.disable()
            elapsed = time.perf_counter() - start
        body = response.content.decode("utf-8", "replace")
        counter["slowest"].sort(reverse=True)
        checks[name] = {
            "status": response.status_code,
            "bytes": len(body),
            "queries": counter["n"],
            "sql_ms": round(counter["time"] * 1000, 1),
            "request_ms": round(elapsed * 1000, 1),
            "slowest_queries": counter["slowest"][:4],
        }
        if name == "api" and response.status_code == 200:
            data = json.loads(body)
            checks[name]["results"] = len(data.get("results", []))
            checks[name]["count"] = data.get("count")
        if profiler:
            buffer = io.StringIO()
            pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(25)
            profiles[name] = buffer.getvalue().split("\n", 6)[-1]
    search_rows = OfferTranslation.objects.filter(language_code="fr", name__icontains=word).count()
    cold_paths = write_cold_paths(args, destination, kinds, interests, audiences)
    return {
        "cold_paths": cold_paths,
        "cold_builds": cold_builds(destination),
        "search_paths": compare_search_paths(word),
        "offers_published": total,
        "offers_total": Offer.objects.count(),
        "kinds": kinds,
        "facets": facets,
        "term_count": term_param[2] if term_param else None,
        "search_word": word,
        "search_word_fr_names": search_rows,
        "paths": paths,
        "checks": checks,
        "profiles": profiles,
    }


def write_cold_paths(args: argparse.Namespace, destination, kinds, interests, audiences, limit: int = 600) -> dict:
    """URL lists for the "new each request" scenarios, in a fixed pseudo-random order, one file each."""
    import random

    from destinations.models import OfferTranslation

    combos = []
    for kind, _n in kinds:
        for price in ("", "free", "paid"):
            for term in [None, *[("interest", t.slug) for t in interests], *[("audience", t.slug) for t in audiences]]:
                params = [("kind", kind)] + ([("price", price)] if price else []) + ([term] if term else [])
                combos.append("/fr/offres/?" + urlencode(params))
    texts = OfferTranslation.objects.filter(language_code="fr", offer__destinations=destination).values_list("name", "short_description")[:20000]
    words = sorted({w.lower() for name, short in texts for w in re.findall(r"[^\W\d_]{5,}", f"{name} {short}")} - {"synthétique"})
    rng = random.Random(2026)  # noqa: S311 - a repeatable order, not a secret
    rng.shuffle(combos)
    rng.shuffle(words)
    out = Path(args.out).parent
    result = {}
    for name, paths in (("facets_new", combos[:limit]), ("search_new", ["/fr/search/?" + urlencode({"q": w}) for w in words[:limit]])):
        if paths:
            path = out / f"{name}.txt"
            path.write_text("\n".join(paths) + "\n", encoding="utf-8")
            result[name] = {"file": str(path), "paths": paths}
    return result


def cold_builds(destination) -> dict:
    """What the first listing view after a catalogue change costs a worker: facet index and name orders."""
    from django.core.cache import cache

    from destinations.catalogue import facet_index, services
    from portal.cache import catalogue_version

    timings = {}
    version = catalogue_version()
    start = time.perf_counter()
    facet_index.build(destination, version)
    timings["facet_index_ms"] = round((time.perf_counter() - start) * 1000, 1)
    for language in ("fr", "en"):
        cache.delete(f"catalogue:names:{version}:{destination.pk}:{language}")
        start = time.perf_counter()
        services.name_order(destination, language)
        timings[f"name_order_{language}_ms"] = round((time.perf_counter() - start) * 1000, 1)
    return timings


def compare_search_paths(word: str, runs: int = 10) -> dict:
    """The offer search as the site runs it (`search_offer_ids`: the database index read directly) against
    the baseline it replaced (Wagtail search's `.search()` on the same texts), median of `runs` each."""
    from django.db import connection

    from destinations.catalogue import services
    from destinations.models import OfferTranslation

    def direct() -> list[int]:
        return services._search_offer_ids(word, "fr", services.SEARCH_LIMIT)  # the query itself, not its cache

    def backend() -> list[int]:
        texts = OfferTranslation.objects.filter(language_code__in=services.languages_for("fr"), is_published=True)
        return [t.offer_id for t in texts.search(word, fields=None)[: services.SEARCH_LIMIT]]

    result: dict = {"word": word, "kind": services._search_backend_kind(), "vendor": connection.vendor}
    for name, call in (("direct", direct), ("wagtail_backend", backend)):
        rows = call()  # warm
        times: list[float] = []
        budget = time.perf_counter() + 30  # the SQLite backend took seconds per search at 50,000 offers
        while len(times) < runs and (len(times) < 3 or time.perf_counter() < budget):
            start = time.perf_counter()
            call()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        result[name] = {"median_ms": round(times[len(times) // 2], 1), "max_ms": round(times[-1], 1), "rows": len(rows)}
    result["speedup"] = round(result["wagtail_backend"]["median_ms"] / max(result["direct"]["median_ms"], 0.01), 1)
    return result


# --- measure --------------------------------------------------------------------------------------------


def measure(env: dict, tmp: Path, port: int, probe: dict, args: argparse.Namespace) -> list[dict]:
    run_env = {**env, "PAGE_CACHE_SECONDS": "0"}
    gargs = SimpleNamespace(workers=args.workers, worker_class="sync", threads=1)
    server = page_bench.Gunicorn(run_env, port, gargs, tmp / "gunicorn.log")
    rows = []
    try:
        server.start()
        log(f"gunicorn up: {args.workers} sync workers, PAGE_CACHE_SECONDS=0")
        for concurrency in args.concurrency:
            largs = SimpleNamespace(concurrency=concurrency, duration=args.duration, max_requests=200_000)
            for scenario in scenarios(probe, port):
                try:  # a URL slower than the client timeout must not end the run: it is reported
                    if scenario.get("cold"):
                        warm = {"skipped": "every request is a new URL"}
                        raise LookupError
                    if args.warmup_seconds:
                        page_bench.run_loadgen(port, scenario, largs, duration=args.warmup_seconds)
                    warm = page_bench.warm_up(port, scenario, False, 3)
                except LookupError:
                    pass
                except (OSError, RuntimeError, ValueError) as exc:
                    warm = {"error": f"{type(exc).__name__}: {exc}"[:300]}
                cpu0, busy0 = page_bench.server_cpu_seconds(server.proc.pid), page_bench.machine_busy_seconds()
                result = page_bench.run_loadgen(port, scenario, largs)
                server_cpu = page_bench.server_cpu_seconds(server.proc.pid) - cpu0
                busy = page_bench.machine_busy_seconds() - busy0
                duration = result["duration_s"] or 1
                other = max(0.0, busy - server_cpu - result["client_cpu_seconds"])
                problems = []
                if result["ok"] != result["requests"] or result["errors"]:
                    problems.append(f"non-200 or errors: {result['statuses']} {result['errors']}")
                row = {
                    "scenario": scenario["name"],
                    "label": scenario["label"],
                    "concurrency": concurrency,
                    "warmup": warm,
                    "server_cpu_seconds": round(server_cpu, 3),
                    "server_cpu_cores": round(server_cpu / duration, 2),
                    "client_cpu_cores": round(result["client_cpu_seconds"] / duration, 2),
                    "other_cpu_cores": round(other / duration, 2),
                    "server_cpu_ms_per_request": round(server_cpu * 1000 / result["requests"], 2)
                    if result["requests"] else None,
                    "problems": problems,
                    **result,
                }
                rows.append(row)
                lat = result["latency_ms"]
                log(f"  c={concurrency} {scenario['name']:8} {result['rps']:7.1f} req/s  p50 {lat['p50']} ms  "
                    f"p95 {lat['p95']} ms  p99 {lat['p99']} ms{'  !! ' + '; '.join(problems) if problems else ''}")
    finally:
        server.stop()
    errors = server.tail_log().strip()
    if errors:
        log(f"gunicorn log:\n{errors}")
    return rows


def print_report(rows: list[dict], probe: dict, machine: dict, args: argparse.Namespace) -> dict:
    print()
    print(
        f"Machine: {machine['nproc']} cores ({machine['cpu_model']}), {machine['mem_total_gib']} GiB RAM, "
        f"Python {machine['python']}, Django {machine['versions']['Django']}, Wagtail {machine['versions']['wagtail']}, "
        f"gunicorn {machine['versions']['gunicorn']}; load average {machine['loadavg_at_start']} at start, "
        f"{machine.get('loadavg_at_end')} at end"
    )
    print(
        f"Catalogue: {probe['offers_published']} published offers in {DESTINATION} ({probe['offers_total']} offers in all), "
        f"{'PostgreSQL' if args.db == 'postgres' else 'SQLite'}, gunicorn {args.workers} sync workers, PAGE_CACHE_SECONDS=0, {args.duration:g} s per scenario."
    )
    print(f"Facets: {probe['facets']}; search word {probe['search_word']!r} "
          f"({probe['search_word_fr_names']} French names contain it)")
    header = (
        f"{'scenario':24} {'conc':>4} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'srv ms/req':>10} "
        f"{'vs robots':>9} {'queries':>7} {'sql ms':>7} {'oth cpu':>7} {'p95<150':>7}"
    )
    print(header)
    print("-" * len(header))
    verdicts = {}
    lowest = min(args.concurrency)
    for row in rows:
        floor = next((r for r in rows if r["scenario"] == "robots" and r["concurrency"] == row["concurrency"]), None)
        ratio = (row["latency_ms"]["p50"] / floor["latency_ms"]["p50"]) if floor and floor["latency_ms"]["p50"] else None
        check = probe["checks"].get(row["scenario"], {"queries": 0, "sql_ms": 0.0})  # new-URL scenarios: not probed
        p95 = row["latency_ms"]["p95"] or 0
        met = p95 < TARGET_P95_MS
        if row["scenario"] != "robots" and row["concurrency"] == lowest:
            verdicts[row["scenario"]] = met
        print(
            f"{row['label']:24} {row['concurrency']:4d} {row['rps']:7.1f} {row['latency_ms']['p50'] or 0:8.1f} "
            f"{p95:8.1f} {row['latency_ms']['p99'] or 0:8.1f} {row['server_cpu_ms_per_request'] or 0:10.1f} "
            f"{ratio or 0:9.1f} {check['queries']:7d} {check['sql_ms']:7.1f} {row['other_cpu_cores']:7.2f} "
            f"{'yes' if met else 'NO':>7}"
        )
    print(
        "\nvs robots: p50 / p50 of /robots.txt at the same concurrency (the stack's floor). queries, sql ms: one "
        "request through Django's test client in the probe\n(same settings and database). oth cpu: cores used by other "
        "processes meanwhile (the machine is shared: > 0.3 means noisy numbers)."
    )
    missed = [k for k, ok in verdicts.items() if not ok]
    print(f"Target p95 < {TARGET_P95_MS} ms at concurrency {lowest}: "
          + ("MET for every catalogue URL" if not missed else f"MISSED for {', '.join(missed)}"))
    if probe.get("cold_builds"):
        print(f"First listing view after a catalogue change, once per worker (probe): {probe['cold_builds']}")
    for name, check in probe["checks"].items():
        slow = "; ".join(f"{ms} ms: {sql[:160]}" for ms, sql in check["slowest_queries"][:2])
        print(f"  {name:8} {check['status']} {check['queries']} queries, {check['sql_ms']} ms SQL of "
              f"{check['request_ms']} ms (probe); slowest: {slow}")
    for name, text in probe.get("profiles", {}).items():
        print(f"\ncProfile of one {name} request (cumulative):\n{text}")
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the offer catalogue pages and API on a big catalogue.")
    parser.add_argument("--objects", type=int, default=50_000, help="synthetic offers (default 50,000)")
    parser.add_argument("--quick", action="store_true", help="5,000 offers, 5 s per scenario")
    parser.add_argument("--reuse-db", metavar="SQLITE_OR_NAME",
                        help="a SQLite file kept by sync_bench.py --keep-db; with --db postgres, a database kept by --keep-db")
    parser.add_argument("--keep-db", action="store_true", help="postgres: keep the imported database (bench_catalogue_kept)")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite",
                        help="where the catalogue lives (postgres: a bench_catalogue_* database on 127.0.0.1, dropped after)")
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--concurrency", default="2,8", help="comma-separated connection counts (default 2,8)")
    parser.add_argument("--warmup-seconds", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--word", help="search word (default: picked from the data)")
    parser.add_argument("--profile", action="store_true", help="cProfile one request per URL in the probe")
    parser.add_argument("--step-timeout", type=float, default=1800)
    parser.add_argument("--keep-tmp", action="store_true")
    parser.add_argument("--no-json", action="store_true")
    parser.add_argument("--worker", choices=["probe"], help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        Path(args.out).write_text(json.dumps(worker_probe(args), indent=2, default=str))
        return 0
    if args.quick:
        args.objects, args.duration = 5_000, 5.0
    args.concurrency = sorted({int(c) for c in str(args.concurrency).split(",") if c.strip()})
    if args.db == "postgres" and args.reuse_db and not args.reuse_db.startswith("bench_"):
        parser.error("with --db postgres, --reuse-db takes a bench_* database name (see --keep-db)")
    if args.keep_db and args.db != "postgres":
        parser.error("--keep-db is for --db postgres (SQLite: sync_bench.py --keep-db)")
    dbs = None
    if args.db == "postgres":
        if not sync_bench.PostgresDatabases.reachable():
            parser.error(f"PostgreSQL is not reachable at {sync_bench.PG_ADMIN_URL}")
        dbs = sync_bench.PostgresDatabases("bench_catalogue" if args.keep_db else f"bench_catalogue_{os.getpid()}")

    def on_sigterm(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_sigterm)
    started = time.monotonic()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    machine = page_bench.machine_info()
    log(f"{machine['nproc']} cores ({machine['cpu_model']}), {machine['mem_total_gib']} GiB")
    tmp = Path(tempfile.mkdtemp(prefix="catalogue-bench-"))
    try:
        port = page_bench.free_port()
        log(f"preparing the catalogue in {tmp} (port {port})")
        env = prepare(tmp, port, args, dbs)
        probe_args = ["--worker", "probe", "--out", str(tmp / "probe.json"), "--port", str(port)]
        if args.word:
            probe_args += ["--word", args.word]
        if args.profile:
            probe_args.append("--profile")
        sync_bench.run_child([sys.executable, str(Path(__file__).resolve()), *probe_args],
                             {**env, "PAGE_CACHE_SECONDS": "0"}, 600, "probe")
        probe = json.loads((tmp / "probe.json").read_text())
        bad = {k: v["status"] for k, v in probe["checks"].items() if v["status"] != 200}
        if bad:
            raise RuntimeError(f"probe: non-200 answers {bad}")
        log(f"probe: {probe['offers_published']} offers, facets {probe['facets']}, search {probe['search_word']!r}")
        paths = probe["search_paths"]
        log(
            f"search_offer_ids({paths['word']!r}) [{paths['kind']}]: {paths['direct']['median_ms']} ms median, "
            f"{paths['direct']['rows']} offers; Wagtail backend .search(): {paths['wagtail_backend']['median_ms']} ms, "
            f"{paths['wagtail_backend']['rows']} offers ({paths['speedup']}x)"
        )
        rows = measure(env, tmp, port, probe, args)
    finally:
        if dbs is not None:
            dbs.drop_all()
        if args.keep_tmp:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    machine["loadavg_at_end"] = list(os.getloadavg())
    verdicts = print_report(rows, probe, machine, args)
    elapsed = round(time.monotonic() - started, 1)
    if not args.no_json:
        RESULTS_DIR.mkdir(exist_ok=True)
        out = RESULTS_DIR / f"catalogue-{stamp}.json"
        out.write_text(json.dumps(
            {"timestamp": stamp, "elapsed_s": elapsed, "machine": machine, "target_p95_ms": TARGET_P95_MS,
             "config": {"objects": probe["offers_published"], "database": args.db, "workers": args.workers,
                        "concurrency": args.concurrency, "duration_s": args.duration, "page_cache_seconds": 0,
                        "reuse_db": args.reuse_db},
             "probe": probe, "targets_met": verdicts, "results": rows},
            indent=2, default=str,
        ))
        log(f"wrote {out.relative_to(ROOT)}")
    log(f"done in {elapsed} s")
    return 1 if any(r["problems"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
