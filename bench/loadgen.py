"""A small closed-loop HTTP/1.1 load generator (standard library only).

N threads, each owning one http.client connection, send GET requests back to back for a fixed duration
(or until a request cap), keep the connection alive when the server allows it and reconnect when the
server answers `Connection: close` (gunicorn's sync workers always do). Every request's latency is
recorded, from the moment it is sent (including the TCP connect when one is needed) until its body has
been read in full. Prints one JSON object on stdout.

    python bench/loadgen.py --port 8000 --host-header luberon.localhost:8000 --path /fr/ -c 8 -d 10

Being Python, it is slower than wrk: on a small machine it shares the CPU with the server it measures,
so its own CPU use is reported (`client_cpu_seconds`) to show how much it took from the server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import resource
import sys
import threading
import time
from collections import Counter


def percentile(sorted_values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


class Paths:
    """The path of each request: always `--path`, or (`--paths-file`) the file's lines in turn across threads."""

    def __init__(self, args: argparse.Namespace):
        self.single = args.path
        self.paths: list[str] = []
        if args.paths_file:
            with open(args.paths_file, encoding="utf-8") as handle:
                self.paths = [line.strip() for line in handle if line.strip()]
        self.position = 0
        self.lock = threading.Lock()

    def next(self) -> str:
        if not self.paths:
            return self.single
        with self.lock:
            path = self.paths[self.position % len(self.paths)]
            self.position += 1
            return path


class Worker(threading.Thread):
    def __init__(self, args: argparse.Namespace, deadline: float, budget: threading.Semaphore):
        super().__init__(daemon=True)
        self.args = args
        self.deadline = deadline
        self.budget = budget
        self.latencies: list[float] = []
        self.statuses: Counter[str] = Counter()
        self.cache: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.connects = 0
        self.bytes = 0

    def _connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.args.host, self.args.port, timeout=self.args.timeout)

    def run(self) -> None:
        headers = {"Host": self.args.host_header, "Accept-Encoding": self.args.accept_encoding, "User-Agent": "bench"}
        conn = self._connection()
        perf = time.perf_counter
        while perf() < self.deadline and self.budget.acquire(blocking=False):
            if conn.sock is None:
                self.connects += 1
            start = perf()
            try:
                conn.request("GET", self.args.paths.next(), headers=headers)
                resp = conn.getresponse()
                body = resp.read()
            except (OSError, http.client.HTTPException) as exc:
                self.errors[type(exc).__name__] += 1
                conn.close()
                conn = self._connection()
                continue
            elapsed = perf() - start
            self.latencies.append(elapsed)
            self.statuses[str(resp.status)] += 1
            self.cache[resp.getheader("X-Page-Cache") or "-"] += 1
            self.bytes += len(body)
            if resp.will_close:
                conn.close()  # the next request() reconnects
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to connect to (loopback by default)")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host-header", help="Host header (default: host:port)")
    parser.add_argument("--path", default="/")
    parser.add_argument("--paths-file", help="one path per line, requested in turn (instead of --path)")
    parser.add_argument("-c", "--concurrency", type=int, default=8)
    parser.add_argument("-d", "--duration", type=float, default=10.0, help="seconds")
    parser.add_argument("-n", "--max-requests", type=int, default=200_000, help="hard cap on requests")
    parser.add_argument("--timeout", type=float, default=15.0, help="socket timeout, seconds")
    parser.add_argument("--accept-encoding", default="gzip", help="as a browser would send it")
    args = parser.parse_args(argv)
    if args.host not in {"127.0.0.1", "localhost", "::1"}:
        parser.error("loopback only")
    args.host_header = args.host_header or f"{args.host}:{args.port}"
    args.paths = Paths(args)

    budget = threading.Semaphore(args.max_requests)
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    workers = [Worker(args, start + args.duration, budget) for _ in range(args.concurrency)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(args.duration + args.timeout + 5)
    wall = time.perf_counter() - start
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)

    latencies = sorted(lat for w in workers for lat in w.latencies)
    statuses: Counter[str] = sum((w.statuses for w in workers), Counter())
    cache: Counter[str] = sum((w.cache for w in workers), Counter())
    errors: Counter[str] = sum((w.errors for w in workers), Counter())
    ok = statuses.get("200", 0)

    def ms(value: float | None) -> float | None:
        return None if value is None else round(value * 1000, 3)

    result = {
        "path": args.path if not args.paths.paths else f"{len(args.paths.paths)} paths from {args.paths_file}",
        "host_header": args.host_header,
        "concurrency": args.concurrency,
        "duration_s": round(wall, 3),
        "requests": len(latencies),
        "ok": ok,
        "statuses": dict(statuses),
        "errors": dict(errors),
        "x_page_cache": dict(cache),
        "connects": sum(w.connects for w in workers),
        "bytes": sum(w.bytes for w in workers),
        "rps": round(len(latencies) / wall, 2) if wall else 0.0,
        "ok_rps": round(ok / wall, 2) if wall else 0.0,
        "latency_ms": {
            "mean": ms(sum(latencies) / len(latencies)) if latencies else None,
            "p50": ms(percentile(latencies, 50)),
            "p95": ms(percentile(latencies, 95)),
            "p99": ms(percentile(latencies, 99)),
            "max": ms(latencies[-1] if latencies else None),
        },
        "client_cpu_seconds": round(
            (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime), 3
        ),
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0 if ok and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
