#!/usr/bin/env python
"""N concurrent clients asking questions of a running app's /ask: answers/s, p50/p95, errors.

    .venv/bin/python scripts/loadtest.py http://127.0.0.1:7860/ --clients 10 --requests 300
    .venv/bin/python scripts/loadtest.py http://127.0.0.1:8080/ --clients 50 --requests 500 --json

Each client is one HTTP session (it keeps cookies, as a browser does, so a sticky load
balancer keeps it on one replica) that asks through Gradio's REST API: POST
/gradio_api/call/ask, then reads the result stream GET /gradio_api/call/ask/<event id>.
Bounded on purpose: loopback addresses only, at most 200 clients, 10,000 requests and 600 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

MAX_CLIENTS = 200
MAX_REQUESTS = 10_000
MAX_SECONDS = 600.0
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
QUESTIONS = ("Is AstroRx proven?", "Should I try stem cell injections?", "What does the alliance say about AstroRx?",
             "hello", "Is tofersen worth trying?", "kadimastem astrorx efficasy")


def ask_once(client, base: str, question: str, timeout: float) -> str | None:
    """One question through /ask; None when it was answered, else what went wrong (one line)."""
    response = client.post(f"{base}/gradio_api/call/ask", json={"data": [question]}, timeout=timeout)
    if response.status_code != 200:
        return f"POST {response.status_code}"
    event_id = response.json().get("event_id")
    if not event_id:
        return "no event id"
    with client.stream("GET", f"{base}/gradio_api/call/ask/{event_id}", timeout=timeout) as stream:
        if stream.status_code != 200:
            return f"GET {stream.status_code}"
        event = None
        for line in stream.iter_lines():
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                if event == "error":
                    return "error: " + line[5:].strip()[:80]
                data = json.loads(line[5:])
                return None if isinstance(data, list) and data and isinstance(data[0], dict) else "bad result"
    return "stream ended without a result"


def run(url: str, clients: int, requests: int, seconds: float, timeout: float, questions: list[str],
        warmup: int = 1) -> dict:
    """Run the clients until `requests` have been sent or `seconds` have passed; the numbers.

    Each client first asks `warmup` questions that are not counted; the clock starts when all have.
    """
    import httpx

    base = url.rstrip("/")
    lock = threading.Lock()
    sent = 0
    latencies: list[float] = []
    errors: dict[str, int] = {}
    deadline = time.monotonic() + seconds + warmup * timeout
    ready = threading.Barrier(clients + 1)

    def client_loop(number: int) -> None:
        nonlocal sent
        with httpx.Client(follow_redirects=False) as client:
            try:
                client.get(f"{base}/", timeout=timeout)  # the page, as a browser would: sets the routing cookie
                for _ in range(warmup):  # not counted: a replica loads its model on its first question
                    ask_once(client, base, questions[number % len(questions)], timeout)
            except Exception:  # noqa: BLE001, S110 - a failed warm-up shows up in the counted requests
                pass
            finally:
                ready.wait()
            turn = 0
            while time.monotonic() < deadline:
                with lock:
                    if sent >= requests:
                        return
                    sent += 1
                question = questions[(number + turn) % len(questions)]
                turn += 1
                began = time.perf_counter()
                try:
                    problem = ask_once(client, base, question, timeout)
                except Exception as exc:  # noqa: BLE001 - every failure is counted, by kind
                    problem = type(exc).__name__
                elapsed = time.perf_counter() - began
                with lock:
                    if problem is None:
                        latencies.append(elapsed)
                    else:
                        errors[problem] = errors.get(problem, 0) + 1

    threads = [threading.Thread(target=client_loop, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()  # every client has warmed up
    began = time.perf_counter()
    deadline = time.monotonic() + seconds
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()) + timeout)
    wall = time.perf_counter() - began
    ordered = sorted(latencies)

    def pct(share: float) -> float | None:
        return round(ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000, 1) if ordered else None

    return {"url": url, "clients": clients, "requests": sent, "answered": len(latencies),
            "errors": sum(errors.values()), "error_kinds": errors, "seconds": round(wall, 2),
            "answers_per_s": round(len(latencies) / wall, 2) if wall else 0.0, "p50_ms": pct(0.5), "p95_ms": pct(0.95),
            "max_ms": pct(1.0)}


def main() -> int:
    """Parse the arguments, check the bounds, run, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="the app's address, loopback only (e.g. http://127.0.0.1:7860/)")
    parser.add_argument("--clients", type=int, default=10, help=f"concurrent clients (default 10, at most {MAX_CLIENTS})")
    parser.add_argument("--requests", type=int, default=300, help=f"questions in all (default 300, at most {MAX_REQUESTS})")
    parser.add_argument("--seconds", type=float, default=120.0, help=f"stop after this long (default 120, at most {MAX_SECONDS:.0f})")
    parser.add_argument("--timeout", type=float, default=60.0, help="per request (default 60 s)")
    parser.add_argument("--questions", type=Path, help="a questions file (JSON Lines with 'question'); default: a few built in")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted questions per client first (default 1)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    host = urlsplit(args.url).hostname
    if host not in LOOPBACK:
        print(f"error: {args.url} is not a loopback address; this script only loads a server on this machine.",
              file=sys.stderr)
        return 2
    if not (0 < args.clients <= MAX_CLIENTS and 0 < args.requests <= MAX_REQUESTS and 0 < args.seconds <= MAX_SECONDS):
        print(f"error: clients 1–{MAX_CLIENTS}, requests 1–{MAX_REQUESTS}, seconds up to {MAX_SECONDS:.0f}.",
              file=sys.stderr)
        return 2
    questions = list(QUESTIONS)
    if args.questions:
        rows = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
        questions = [r["question"] for r in rows if isinstance(r.get("question"), str) and r["question"].strip()] or questions
    result = run(args.url, args.clients, args.requests, args.seconds, args.timeout, questions, args.warmup)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['answered']}/{result['requests']} answered by {args.clients} clients in {result['seconds']} s: "
              f"{result['answers_per_s']} answers/s, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
              f"errors {result['errors']} {result['error_kinds'] or ''}")
    return 0 if not result["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
