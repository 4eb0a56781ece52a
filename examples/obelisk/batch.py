#!/usr/bin/env python3
"""cluster.sh's batch of executions, through Obelisk's web API (standard library only).

`submit` sends a mix of inputs alternately to each node's API and writes one line per
execution (id, kind, user, node). `check` reads every execution back through one node's
API (the survivor's), with its event history, and the simulator's request log, and checks
that each ended once with the result its input calls for; it prints the counts, the
takeover times and the repeated outbound calls, and exits 1 on any miss.
"""

import argparse
import collections
import concurrent.futures
import json
import re
import statistics
import sys
import urllib.request
from datetime import datetime, timezone

FFQN = "plaid:partner-insights/step@0.3.0.execute"
# Of every 20 executions: 12 with a slow answer (in flight when the node dies), 5 with an
# immediate report, 2 with Plaid's USER_NOT_FOUND, 1 invalid input (never sent).
MIX = ["slow"] * 12 + ["good"] * 5 + ["not_found"] * 2 + ["invalid"]


def http(method, url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url,
        data=data,
        method=method,
        headers={"content-type": "application/json", "accept": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def planned(count):
    """(kind, user, input) for each execution, in order."""
    for i in range(count):
        kind = MIX[i % len(MIX)]
        if kind == "slow":
            user = f"usr_slow_{i}"
            step_input = {"user_id": user}
        elif kind == "good":
            user = f"usr_cluster_{i}"
            step_input = {"user_id": user}
        elif kind == "not_found":
            user = "usr_not_found"
            step_input = {"user_id": user}
        else:
            user = f"usr_cluster_bad_{i}"
            step_input = {"user_id": user, "user_tier": "gold"}
        yield kind, user, step_input


def submit(args):
    config = json.loads(args.config)
    nodes = [api.split("=", 1) for api in args.api]

    def one(item):
        i, (kind, user, step_input) = item
        node, api = nodes[i % len(nodes)]
        params = [json.dumps(step_input), config]
        reply = http("POST", f"{api}/v1/executions", {"ffqn": FFQN, "params": params})
        return reply["ok"], kind, user, node

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        rows = list(pool.map(one, enumerate(planned(args.count))))
    with open(args.out, "w") as out:
        for row in rows:
            out.write("\t".join(row) + "\n")
    per_node = collections.Counter(row[3] for row in rows)
    print(
        f"submitted {len(rows)}: "
        + ", ".join(f"{n} through node {node}" for node, n in sorted(per_node.items())),
        file=sys.stderr,
    )


def timestamp(text):
    """Obelisk's RFC 3339 times (nanoseconds, Z) as seconds since the epoch."""
    head, _, frac = text.rstrip("Z").partition(".")
    seconds = datetime.fromisoformat(head).replace(tzinfo=timezone.utc).timestamp()
    return seconds + (float("0." + frac) if frac else 0.0)


def read_back(api, execution_id):
    status = http("GET", f"{api}/v1/executions/{execution_id}/status")
    result = None
    if status["pending_state"]["status"] == "finished":
        result = http("GET", f"{api}/v1/executions/{execution_id}")
    events = http("GET", f"{api}/v1/executions/{execution_id}/events?length=500")["events"]
    return status, result, events


def outcome_miss(kind, result):
    """Why `result` is not what an input of `kind` must end with, or None."""
    if result is None:
        return "not finished"
    if kind in ("slow", "good"):
        if "ok" not in result:
            return f"expected the report, got {json.dumps(result)[:300]}"
        outputs = json.loads(result["ok"])
        if not str(outputs.get("report", {}).get("report_id", "")).startswith("sim_report_"):
            return "the result holds no simulator report"
        return None
    error = result.get("error", {})
    if kind == "not_found":
        if error.get("permanent", {}).get("code") != "USER_NOT_FOUND":
            return f"expected permanent USER_NOT_FOUND, got {json.dumps(result)[:300]}"
        return None
    invalid = error.get("permanent", {})
    paths = [field.get("path") for field in invalid.get("field_errors", [])]
    if invalid.get("code") != "INVALID_INPUT" or "/user_tier" not in paths:
        return f"expected the permanent INVALID_INPUT on /user_tier, got {json.dumps(result)[:300]}"
    return None


def sim_requests(path):
    """Requests the simulator saw, per user."""
    seen = collections.Counter()
    pattern = re.compile(r"\buser=(\S+) credentials_valid=")
    with open(path, errors="replace") as log:
        for line in log:
            match = pattern.search(line)
            if match:
                seen[match.group(1)] += 1
    return seen


def figures(values):
    if not values:
        return "none"
    return (
        f"min {min(values):.1f} s, median {statistics.median(values):.1f} s, "
        f"max {max(values):.1f} s"
    )


def check(args):
    rows = [line.rstrip("\n").split("\t") for line in open(args.batch) if line.strip()]
    interrupted = {line.strip() for line in open(args.interrupted) if line.strip()}
    node_of = dict(pair.split("=", 1) for pair in args.executor)
    misses = []

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda row: read_back(args.api, row[0]), rows))

    seen = sim_requests(args.sim_log)
    finished_by = collections.Counter()
    before_kill = collections.Counter()
    outcomes = collections.Counter()
    repeated = {"interrupted": 0, "other": 0}
    takeover, after_expiry = [], []
    not_found_total = 0
    duplicated = 0
    for (execution_id, kind, user, _node), (status, result, events) in zip(rows, answers):
        miss = outcome_miss(kind, result)
        if miss:
            misses.append(f"{execution_id} ({kind} {user}): {miss}")
            continue
        outcomes[kind] += 1
        kinds = [next(iter(event["event"])) for event in events]
        if kinds.count("finished") != 1:
            duplicated += 1
            misses.append(f"{execution_id}: {kinds.count('finished')} finished events")
        locks = [
            (timestamp(e["created_at"]), e["event"]["locked"])
            for e in events
            if "locked" in e["event"]
        ]
        if kind == "invalid":
            if seen[user]:
                misses.append(f"{execution_id}: the invalid input reached the simulator")
        elif kind == "not_found":
            not_found_total += 1
        else:
            if seen[user] == 0:
                misses.append(f"{execution_id}: the simulator never saw {user}")
            repeats = max(0, seen[user] - 1)
            repeated["interrupted" if execution_id in interrupted else "other"] += repeats
        if locks:
            node = node_of.get(locks[-1][1]["executor_id"], "?")
            finished_by[node] += 1
            finished_at = [timestamp(e["created_at"]) for e in events if "finished" in e["event"]]
            if finished_at and finished_at[0] < args.killed_at:
                before_kill[node] += 1
        if execution_id in interrupted:
            victim_locks = [i for i, (_, lock) in enumerate(locks) if lock["executor_id"] == args.victim]
            if not victim_locks:
                misses.append(f"{execution_id}: no lock by the killed node in its history")
                continue
            last = victim_locks[-1]
            if last + 1 >= len(locks):
                misses.append(f"{execution_id}: never locked again after the killed node's lock")
                continue
            relocked_at, relock = locks[last + 1]
            if node_of.get(relock["executor_id"]) != args.survivor:
                misses.append(f"{execution_id}: re-locked by {relock['executor_id']}, not the survivor")
            if "temporarily_timed_out" not in kinds:
                misses.append(f"{execution_id}: no temporarily_timed_out event for the expired lock")
            takeover.append(relocked_at - args.killed_at)
            after_expiry.append(relocked_at - timestamp(locks[last][1]["lock_expires_at"]))

    not_found_repeats = max(0, seen["usr_not_found"] - not_found_total)
    if seen["usr_not_found"] < not_found_total:
        misses.append(
            f"{not_found_total} USER_NOT_FOUND results but {seen['usr_not_found']} requests"
        )
    repeated["other"] += not_found_repeats
    submitted = len(rows)
    done = sum(outcomes.values())
    print(f"executions submitted:        {submitted} ({', '.join(f'{n} {k}' for k, n in sorted(collections.Counter(r[1] for r in rows).items()))})")
    print(f"final results (survivor API): {done} ({', '.join(f'{n} {k}' for k, n in sorted(outcomes.items()))})")
    print(f"lost:                        {submitted - done}")
    print(f"duplicated results:          {duplicated}")
    print(f"finished before the kill:    {', '.join(f'node {k} {n}' for k, n in sorted(before_kill.items()))}")
    print(f"final attempt ran on:        {', '.join(f'node {k} {n}' for k, n in sorted(finished_by.items()))}")
    print(f"in flight on the killed node: {len(interrupted)}")
    print(f"takeover (kill -> re-lock):  {figures(takeover)}")
    print(f"  re-lock after lock expiry: {figures(after_expiry)} (lock expiry {args.lock_expiry} s)")
    print(
        f"outbound calls repeated:     {repeated['interrupted'] + repeated['other']} "
        f"({repeated['interrupted']} for the {len(interrupted)} interrupted executions, "
        f"{repeated['other']} for the others); the simulator saw "
        f"{sum(seen.values())} requests in all"
    )
    if misses:
        for miss in misses[:50]:
            print(f"MISS: {miss}", file=sys.stderr)
        print(f"{len(misses)} misses", file=sys.stderr)
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    verbs = parser.add_subparsers(required=True)
    p = verbs.add_parser("submit")
    p.add_argument("--api", action="append", required=True, help="NODE=URL, repeatable")
    p.add_argument("--config", required=True, help="the step configuration JSON")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(run=submit)
    p = verbs.add_parser("check")
    p.add_argument("--api", required=True, help="the surviving node's API URL")
    p.add_argument("--batch", required=True)
    p.add_argument("--sim-log", required=True)
    p.add_argument("--interrupted", required=True, help="IDs the killed node held locked")
    p.add_argument("--executor", action="append", required=True, help="EXECUTOR_ID=NODE")
    p.add_argument("--victim", required=True, help="the killed node's executor ID")
    p.add_argument("--survivor", required=True, help="the surviving node's name")
    p.add_argument("--killed-at", type=float, required=True, help="epoch seconds")
    p.add_argument("--lock-expiry", required=True)
    p.set_defaults(run=check)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
