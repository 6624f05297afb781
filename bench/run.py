"""`make bench`: throughput and latency of the public portal under gunicorn, page cache off and on.

One command, nothing to set up, nothing left behind:

1. a temporary SQLite database with the demo (migrate + load_demo) and a temporary STATIC_ROOT
   (collectstatic, whitenoise's CompressedManifestStaticFilesStorage) and MEDIA_ROOT;
2. gunicorn on a free loopback port with the production settings (portal.settings.base), twice:
   PAGE_CACHE_SECONDS=0, then PAGE_CACHE_SECONDS=300 (fresh gunicorn, so a cold LocMem cache);
3. for each run, after a warm-up, bench/loadgen.py (a separate process) drives each scenario for a
   fixed duration: a destination home page, a landing page, /robots.txt (a minimal Django view)
   and a static file served by whitenoise in the same gunicorn (the ceiling);
4. prints a table with ratios to the static ceiling and writes bench/results/<timestamp>.json.

See bench/README.md for how to read the numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.client
import importlib.metadata
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
DESTINATION = "luberon"
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- machine ---------------------------------------------------------------------------------------


def machine_info() -> dict:
    cpu_model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    mem_gib = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    versions = {}
    for dist in ("Django", "wagtail", "gunicorn", "whitenoise"):
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = None
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model,
        "mem_total_gib": mem_gib,
        "loadavg_at_start": list(os.getloadavg()),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "versions": versions,
    }


# --- processes -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict, *args: str, timeout: float) -> None:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )
    if proc.returncode:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise RuntimeError(f"manage.py {' '.join(args)} failed with exit code {proc.returncode}")
    log(f"manage.py {args[0]}: {time.monotonic() - started:.1f}s")


def process_cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime + stime


def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used (every core), from /proc/stat."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    except (OSError, ValueError):
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = values
    return (user + nice + system + irq + softirq + steal) / CLK_TCK


def gunicorn_pids(master: int) -> list[int]:
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        children = []
    return [master, *(int(pid) for pid in children)]


def server_cpu_seconds(master: int) -> float:
    return sum(process_cpu_seconds(pid) for pid in gunicorn_pids(master))


class Gunicorn:
    """gunicorn in its own process group, stopped by that group id (and only that)."""

    def __init__(self, env: dict, port: int, args: argparse.Namespace, log_path: Path):
        self.env, self.port, self.args, self.log_path = env, port, args, log_path
        self.proc: subprocess.Popen | None = None

    def command(self) -> list[str]:
        cmd = [
            sys.executable, "-m", "gunicorn", "portal.wsgi:application",
            "--bind", f"127.0.0.1:{self.port}",
            "--workers", str(self.args.workers),
            "--worker-class", self.args.worker_class,
            "--timeout", "60", "--graceful-timeout", "5", "--keep-alive", "5",
            "--error-logfile", str(self.log_path), "--log-level", "warning",
            "--no-control-socket",
        ]
        if self.args.worker_class == "gthread":
            cmd += ["--threads", str(self.args.threads)]
        return cmd

    def start(self) -> None:
        self.proc = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            self.command(), cwd=ROOT, env=self.env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}; see\n{self.tail_log()}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                status, _headers, _body = fetch(self.port, "127.0.0.1", "/healthz")
                if status == 200 and len(gunicorn_pids(self.proc.pid)) > self.args.workers:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within 60 s\n{self.tail_log()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(10)
        # Whatever is left of our process group (a stuck master, orphaned workers).
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)

    def tail_log(self) -> str:
        with contextlib.suppress(OSError):
            return self.log_path.read_text()[-3000:]
        return ""


# --- HTTP ------------------------------------------------------------------------------------------


def fetch(port: int, host_header: str, path: str) -> tuple[int, dict[str, str], bytes]:
    """One request on a fresh connection (so that gunicorn may hand it to either worker)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": host_header, "Connection": "close", "Accept-Encoding": "gzip"})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def warm_up(port: int, scenario: dict, cache_on: bool, minimum: int, max_requests: int = 400) -> dict:
    """Sequential requests after the concurrent burst: all 200, and (cache on) `minimum` hits in a row.

    LocMem is per worker process; the burst has made every worker render and cache the URL, and this
    checks it. Sequential requests alone would not do: an idle worker may win every accept().
    """
    statuses, cache_headers, streak, count = [], [], 0, 0
    while count < max_requests:
        status, headers, _body = fetch(port, scenario["host_header"], scenario["path"])
        count += 1
        if status != 200:
            raise RuntimeError(f"{scenario['name']}: {scenario['path']} answered {status} during warm-up")
        statuses.append(status)
        cache_headers.append(headers.get("x-page-cache", "-"))
        streak = streak + 1 if headers.get("x-page-cache") == "hit" else 0
        if count >= minimum and (not cache_on or not scenario["page"] or streak >= minimum):
            break
    return {
        "requests": count,
        "hits": cache_headers.count("hit"),
        "misses": cache_headers.count("miss"),
        "trailing_hit_streak": streak,
        "cache_header_last": cache_headers[-1],
    }


def run_loadgen(port: int, scenario: dict, args: argparse.Namespace, duration: float | None = None) -> dict:
    duration = args.duration if duration is None else duration
    cmd = [
        sys.executable, str(BENCH_DIR / "loadgen.py"),
        "--port", str(port), "--host-header", scenario["host_header"], "--path", scenario["path"],
        "--concurrency", str(args.concurrency), "--duration", str(duration),
        "--max-requests", str(min(args.max_requests, scenario.get("max_requests") or args.max_requests)),
    ]
    if scenario.get("paths_file"):
        cmd += ["--paths-file", scenario["paths_file"]]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60, check=False)
    if not proc.stdout.strip():
        raise RuntimeError(f"loadgen failed for {scenario['name']}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


# --- the benchmark -----------------------------------------------------------------------------------


def prepare(tmp: Path, port: int, args: argparse.Namespace) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        # Hermetic: no external cache, search, mail or database from the caller's environment.
        if key not in {"REDIS_URL", "ELASTICSEARCH_URL", "EMAIL_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
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
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "DEMO_PORT": str(port),
            "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
            "LOG_LEVEL": "WARNING",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    manage(env, "migrate", "--noinput", "-v0", timeout=300)
    manage(env, "load_demo", timeout=300)
    manage(env, "collectstatic", "--noinput", "-v0", timeout=300)
    return env


def scenarios(tmp: Path, port: int) -> list[dict]:
    manifest = json.loads((tmp / "static" / "staticfiles.json").read_text())
    css = manifest["paths"]["themes/css/portal.css"]
    host = f"{DESTINATION}.localhost:{port}"
    return [
        {"name": "home", "label": "destination home", "path": "/fr/", "host_header": host, "page": True},
        {"name": "landing", "label": "landing page", "path": "/fr/en-famille/", "host_header": host, "page": True},
        {"name": "robots", "label": "robots.txt (Django)", "path": "/robots.txt", "host_header": host, "page": True},
        {"name": "static", "label": "static css (whitenoise)", "path": f"/static/{css}", "host_header": host,
         "page": False},
    ]


def bench_run(env: dict, tmp: Path, port: int, cache_seconds: int, args: argparse.Namespace) -> list[dict]:
    cache_on = cache_seconds > 0
    run_env = {**env, "PAGE_CACHE_SECONDS": str(cache_seconds)}
    server = Gunicorn(run_env, port, args, tmp / f"gunicorn-cache{cache_seconds}.log")
    log(f"gunicorn up: PAGE_CACHE_SECONDS={cache_seconds}, {args.workers} {args.worker_class} workers")
    rows = []
    try:
        server.start()
        for scenario in scenarios(tmp, port):
            # A concurrent burst first, so that every worker (each with its own LocMem cache) is busy and
            # renders the URL; then sequential requests that must all be hits (cache on) before measuring.
            burst = run_loadgen(port, scenario, args, duration=args.warmup_seconds) if args.warmup_seconds else {}
            warm = warm_up(port, scenario, cache_on and scenario["page"], args.warmup)
            warm["burst"] = {k: burst.get(k) for k in ("requests", "statuses", "x_page_cache", "errors")}
            if cache_on and scenario["page"] and warm["trailing_hit_streak"] < args.warmup:
                raise RuntimeError(f"{scenario['name']}: never warmed to cache hits ({warm})")
            if not cache_on and warm["hits"] + warm["misses"]:
                raise RuntimeError(f"{scenario['name']}: X-Page-Cache header with the cache off ({warm})")
            cpu0, busy0 = server_cpu_seconds(server.proc.pid), machine_busy_seconds()
            result = run_loadgen(port, scenario, args)
            server_cpu = server_cpu_seconds(server.proc.pid) - cpu0
            busy = machine_busy_seconds() - busy0
            result["server_cpu_seconds"] = round(server_cpu, 3)
            # Whatever else ran on the machine meanwhile (other processes, our own bookkeeping): a noisy run.
            other = max(0.0, busy - server_cpu - result["client_cpu_seconds"])
            result["other_cpu_cores"] = round(other / result["duration_s"], 2) if result["duration_s"] else None
            result["server_cpu_cores"] = round(server_cpu / result["duration_s"], 2) if result["duration_s"] else None
            result["client_cpu_cores"] = (
                round(result["client_cpu_seconds"] / result["duration_s"], 2) if result["duration_s"] else None
            )
            result["server_cpu_ms_per_request"] = (
                round(server_cpu * 1000 / result["requests"], 3) if result["requests"] else None
            )
            problems = []
            if result["ok"] != result["requests"] or result["errors"]:
                problems.append(f"non-200 or errors: {result['statuses']} {result['errors']}")
            if cache_on and scenario["page"] and set(result["x_page_cache"]) != {"hit"}:
                problems.append(f"not all cache hits: {result['x_page_cache']}")
            warnings = []
            if (result["other_cpu_cores"] or 0) > args.noise_cores:
                warnings.append(
                    f"noisy: other processes used {result['other_cpu_cores']} cores during the measurement"
                )
            rows.append(
                {
                    "scenario": scenario["name"],
                    "label": scenario["label"],
                    "page_cache": "on" if cache_on else "off",
                    "page_cache_seconds": cache_seconds,
                    "warmup": warm,
                    "problems": problems,
                    "warnings": warnings,
                    **result,
                }
            )
            lat = result["latency_ms"]
            log(
                f"  {scenario['name']:8} cache {'on ' if cache_on else 'off'}: {result['rps']:8.1f} req/s  "
                f"p50 {lat['p50']} ms  p99 {lat['p99']} ms{'  !! ' + '; '.join(problems + warnings) if problems + warnings else ''}"
            )
    finally:
        server.stop()
    errors = server.tail_log().strip()
    if errors:
        log(f"gunicorn log (PAGE_CACHE_SECONDS={cache_seconds}):\n{errors}")
    return rows


def add_ratios(rows: list[dict]) -> None:
    for cache in ("off", "on"):
        run = [row for row in rows if row["page_cache"] == cache]
        ceiling = next((row for row in run if row["scenario"] == "static"), None)
        for row in run:
            if ceiling and ceiling["rps"] and row["latency_ms"]["p50"] and ceiling["latency_ms"]["p50"]:
                row["rps_vs_static"] = round(row["rps"] / ceiling["rps"], 3)
                row["p50_vs_static"] = round(row["latency_ms"]["p50"] / ceiling["latency_ms"]["p50"], 2)
    by_key = {(row["scenario"], row["page_cache"]): row for row in rows}
    for (name, cache), row in by_key.items():
        off = by_key.get((name, "off"))
        if cache == "on" and off and off["rps"]:
            row["speedup_vs_cache_off"] = round(row["rps"] / off["rps"], 2)


def print_table(rows: list[dict], machine: dict, args: argparse.Namespace) -> None:
    header = (
        f"{'scenario':26} {'cache':5} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'rps/static':>10} {'p50/static':>10} {'vs off':>7} {'srv cpu':>7} {'cli cpu':>7} {'oth cpu':>7} {'srv ms/req':>10}"
    )
    print()
    print(
        f"Machine: {machine['nproc']} cores ({machine['cpu_model']}), {machine['mem_total_gib']} GiB RAM, "
        f"Python {machine['python']}, Django {machine['versions']['Django']}, Wagtail {machine['versions']['wagtail']}, "
        f"gunicorn {machine['versions']['gunicorn']}"
    )
    threads = f" x {args.threads} threads" if args.worker_class == "gthread" else ""
    print(
        f"Server: gunicorn {args.workers} {args.worker_class} workers{threads}, SQLite, LocMem cache, DEBUG off. "
        f"Load: {args.concurrency} connections x {args.duration:g} s per scenario, Python client on the same cores."
    )
    print(f"Load average: {machine['loadavg_at_start']} at start, {machine.get('loadavg_at_end')} at end.")
    print(header)
    print("-" * len(header))
    for row in rows:
        lat = row["latency_ms"]

        def fmt(value, spec):
            return format(value, spec) if value is not None else "-"

        print(
            f"{row['label']:26} {row['page_cache']:5} {row['rps']:9.1f} {fmt(lat['p50'], '8.2f')} "
            f"{fmt(lat['p95'], '8.2f')} {fmt(lat['p99'], '8.2f')} {fmt(row.get('rps_vs_static'), '10.3f')} "
            f"{fmt(row.get('p50_vs_static'), '10.1f')} {fmt(row.get('speedup_vs_cache_off'), '7.2f')} "
            f"{fmt(row.get('server_cpu_cores'), '7.2f')} {fmt(row.get('client_cpu_cores'), '7.2f')} "
            f"{fmt(row.get('other_cpu_cores'), '7.2f')} "
            f"{fmt(row.get('server_cpu_ms_per_request'), '10.2f')}"
        )
    problems = [f"{row['scenario']}/{row['page_cache']}: {p}" for row in rows for p in row["problems"]]
    if problems:
        print("\nPROBLEMS (wrong answers, the run fails):\n  " + "\n  ".join(problems))
    warnings = [f"{row['scenario']}/{row['page_cache']}: {w}" for row in rows for w in row["warnings"]]
    if warnings:
        print("\nWARNINGS (the machine was not quiet; numbers are lower bounds):\n  " + "\n  ".join(warnings))
    print(
        "\nrps/static, p50/static: against the whitenoise static file in the same gunicorn run. vs off: req/s with the "
        "page cache on / off.\nsrv cpu, cli cpu, oth cpu: CPU cores used by gunicorn (master + workers), by the load "
        "generator and by everything else on the machine; srv ms/req: gunicorn CPU per request\n(less "
        "sensitive to other load than req/s). Noisy rows (oth cpu > --noise-cores) are flagged: compare those with care."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the portal under gunicorn, page cache off and on.")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per scenario (default 10)")
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent connections (default 8)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="request cap per scenario")
    parser.add_argument("--warmup", type=int, default=12, help="sequential warm-up requests per URL (default 12)")
    parser.add_argument("--warmup-seconds", type=float, default=2.0, help="concurrent warm-up burst per URL")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", choices=["sync", "gthread"], default="sync")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker with --worker-class gthread")
    parser.add_argument(
        "--noise-cores", type=float, default=0.3, help="flag a scenario when other processes used more CPU cores"
    )
    parser.add_argument("--cache", choices=["both", "off", "on"], default="both")
    parser.add_argument("--keep-tmp", action="store_true", help="keep the temporary directory (debugging)")
    parser.add_argument("--no-json", action="store_true", help="do not write bench/results/<timestamp>.json")
    args = parser.parse_args(argv)

    try:
        import gunicorn  # noqa: F401
    except ImportError:
        print("gunicorn is not installed in this interpreter; run `make bench` (or .venv/bin/python bench/run.py)")
        return 2

    def on_sigterm(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_sigterm)

    started = time.monotonic()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    machine = machine_info()
    log(
        f"{machine['nproc']} cores ({machine['cpu_model']}), {machine['mem_total_gib']} GiB, "
        f"Python {machine['python']}"
    )
    tmp = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    rows: list[dict] = []
    try:
        port = free_port()
        log(f"preparing demo database and static files in {tmp} (port {port})")
        env = prepare(tmp, port, args)
        cache_settings = {"both": [0, 300], "off": [0], "on": [300]}[args.cache]
        for seconds in cache_settings:
            rows += bench_run(env, tmp, port, seconds, args)
    finally:
        if args.keep_tmp:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    add_ratios(rows)
    machine["loadavg_at_end"] = list(os.getloadavg())
    print_table(rows, machine, args)
    elapsed = round(time.monotonic() - started, 1)
    if not args.no_json:
        RESULTS_DIR.mkdir(exist_ok=True)
        out = RESULTS_DIR / f"{stamp}.json"
        payload = {
            "timestamp": stamp,
            "elapsed_s": elapsed,
            "machine": machine,
            "config": {
                "settings": "portal.settings.base",
                "database": "sqlite (temporary, demo data)",
                "cache": "LocMemCache (per worker)",
                "workers": args.workers,
                "worker_class": args.worker_class,
                "threads": args.threads if args.worker_class == "gthread" else 1,
                "concurrency": args.concurrency,
                "duration_s": args.duration,
                "warmup_sequential": args.warmup,
                "warmup_burst_s": args.warmup_seconds,
                "destination": DESTINATION,
            },
            "results": rows,
        }
        out.write_text(json.dumps(payload, indent=2))
        log(f"wrote {out.relative_to(ROOT)}")
    log(f"done in {elapsed} s")
    return 1 if any(row["problems"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
