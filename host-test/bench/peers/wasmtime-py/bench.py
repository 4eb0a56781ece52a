#!/usr/bin/env python3
"""Peer-runtime benchmark: the release component under wasmtime-py, driven by the same SPEC.json
as host-test/bench/peers/jco/bench.mjs, for `host-test bench` to compare with its own host.

    python3 host-test/bench/peers/wasmtime-py/bench.py SPEC.json

Prints ONE JSON object on stdout (diagnostics go to stderr): per-call samples in nanoseconds for
validate (per named input), execute (per concurrency) and parse. The component is compiled once;
every measured call gets a fresh Store (WASI env = the spec's `env` only, WASI HTTP) and a fresh
instance, as the Rust host does (one Store per call), and the sample covers store, instantiation,
call and post-return. Execute at concurrency C runs in C Python threads taking step indices from a
shared counter (ctypes releases the GIL while wasm runs). If wasmtime cannot be imported or cannot
load the component, prints {"runtime": "wasmtime-py", "skipped": "..."} and exits 0.
"""

import json
import sys
import threading
import time
import traceback

RUNTIME = "wasmtime-py"
INTERFACE = "plaid:partner-insights/step@0.3.0"
GENERIC = ("base_url", "connect_timeout_ms", "first_byte_timeout_ms", "between_bytes_timeout_ms")


def log(*args):
    print("[wasmtime-py bench]", *args, file=sys.stderr, flush=True)


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class Step:
    """The compiled component and a linker; `call(name, *args)` runs one export in a fresh store."""

    def __init__(self, wasm_path, env):
        import wasmtime
        from wasmtime import component as wc

        self._wasmtime = wasmtime
        self._wc = wc
        self.engine = wasmtime.Engine()
        self.component = wc.Component.from_file(self.engine, wasm_path)
        self.linker = wc.Linker(self.engine)
        self.linker.add_wasip2()
        self.linker.add_wasi_http()
        self.env = [(str(k), str(v)) for k, v in (env or {}).items()]
        iface = self.component.get_export_index(INTERFACE)
        if iface is None:
            raise RuntimeError(f"the component does not export {INTERFACE}")
        self.exports = {}
        for name in ("validate", "parse", "execute"):
            idx = self.component.get_export_index(name, iface)
            if idx is None:
                raise RuntimeError(f"{INTERFACE} has no function {name}")
            self.exports[name] = idx
        self.results = self._result_shapes()

    def _result_shapes(self):
        """How wasmtime-py hands back each export's `result<T, E>`.

        It returns a bare payload when the Python classes of T and E are disjoint (execute, parse:
        `str` or a `Variant`), and `Variant("ok"|"err", payload)` when they overlap (validate:
        `Record` both ways). Read that off the function types once, in a throwaway store.
        """
        store = self._wasmtime.Store(self.engine)
        try:
            wasi = self._wasmtime.WasiConfig()
            store.set_wasi(wasi)
            store.set_wasi_http()
            instance = self.linker.instantiate(store, self.component)
            shapes = {}
            for name, idx in self.exports.items():
                ty = instance.get_func(store, idx).type(store).result
                if not isinstance(ty, self._wc.ResultType):
                    raise RuntimeError(f"{name} does not return a result")
                ok_classes = set()
                if ty.ok is not None:
                    ty.ok.add_classes(ok_classes)
                shapes[name] = (ty._tagged(), tuple(ok_classes))
            return shapes
        finally:
            store.close()

    def call(self, name, *args):
        store = self._wasmtime.Store(self.engine)
        try:
            wasi = self._wasmtime.WasiConfig()
            wasi.env = self.env  # only the spec's env, never the process env
            store.set_wasi(wasi)
            store.set_wasi_http()
            instance = self.linker.instantiate(store, self.component)
            func = instance.get_func(store, self.exports[name])
            result = func(store, *args)
            func.post_return(store)
            return result
        finally:
            store.close()

    def step_config(self, config):
        config = config or {}
        record = self._wc.Record()
        settings = {k: v for k, v in config.items() if k not in GENERIC}
        setattr(record, "settings", json.dumps(settings, separators=(",", ":")))
        setattr(record, "base-url", config.get("base_url"))
        setattr(record, "connect-timeout-ms", config.get("connect_timeout_ms"))
        setattr(record, "first-byte-timeout-ms", config.get("first_byte_timeout_ms"))
        setattr(record, "between-bytes-timeout-ms", config.get("between_bytes_timeout_ms"))
        return record

    def outcome(self, name, value):
        """(ok, payload) of what export `name` returned (see `_result_shapes`)."""
        tagged, ok_classes = self.results[name]
        if tagged:
            return value.tag == "ok", value.payload
        return isinstance(value, ok_classes), value


def describe_value(value):
    """A WIT value (Record / Variant / list / scalar) as plain JSON-able data, for error messages."""
    from wasmtime.component import Record, Variant

    if isinstance(value, Variant):
        return {"tag": value.tag, "payload": describe_value(value.payload)}
    if isinstance(value, Record):
        return {k: describe_value(v) for k, v in vars(value).items()}
    if isinstance(value, (list, tuple)):
        return [describe_value(v) for v in value]
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


class Series:
    def __init__(self):
        self.samples_ns = []
        self.failures = 0
        self.first_error = None

    def add(self, ns, error):
        self.samples_ns.append(ns)
        if error is not None:
            self.failures += 1
            if self.first_error is None:
                self.first_error = error

    def extend(self, other):
        self.samples_ns.extend(other.samples_ns)
        self.failures += other.failures
        if self.first_error is None:
            self.first_error = other.first_error

    def finish(self, name):
        if self.failures and self.first_error:
            log(f"{name}: {self.failures} failure(s); first: {self.first_error}")
        return {"samples_ns": self.samples_ns, "failures": self.failures}


def timed(step, name, args, check):
    """Runs one call in a fresh store; returns (ns, error text or None). `check` runs untimed."""
    t0 = time.perf_counter_ns()
    try:
        result = step.call(name, *args)
    except Exception as err:  # traps, link errors, conversion errors
        t1 = time.perf_counter_ns()
        return t1 - t0, f"{type(err).__name__}: {err}"
    t1 = time.perf_counter_ns()
    ok, payload = step.outcome(name, result)
    if not ok:
        return t1 - t0, f"{name} returned an error: {json.dumps(describe_value(payload))}"
    return t1 - t0, check(payload) if check else None


def has_report(text):
    if not isinstance(text, str):
        return f"unexpected outputs type {type(text).__name__}"
    try:
        value = json.loads(text)
    except ValueError:
        return "outputs are not JSON"
    if isinstance(value, dict) and isinstance(value.get("report"), dict):
        return None
    return "outputs carry no report object"


def run_validate(step, spec):
    v = spec["validate"]
    out = {}
    for name, text in v["inputs"].items():
        for _ in range(v.get("warmup", 0)):
            timed(step, "validate", (text,), None)
        s = Series()
        for _ in range(v.get("iterations", 0)):
            s.add(*timed(step, "validate", (text,), None))
        out[name] = s.finish(f"validate {name}")
    return out


def run_parse(step, spec):
    p = spec["parse"]
    with open(p["report_file"], "rb") as f:
        body = f.read()
    args = (200, [], body)
    for _ in range(p.get("warmup", 0)):
        timed(step, "parse", args, has_report)
    s = Series()
    for _ in range(p.get("iterations", 0)):
        s.add(*timed(step, "parse", args, has_report))
    return s.finish("parse")


def run_execute(step, spec, concurrency, steps):
    template = spec["execute"]["input_template"]
    warmup = spec["execute"].get("warmup", 0)
    config = step.step_config(spec.get("config"))
    lock = threading.Lock()
    next_index = [0]
    ready = threading.Barrier(concurrency + 1)
    go = threading.Event()
    results = [None] * concurrency
    crashes = []
    warmup_logged = []

    def worker(index):
        try:
            warm = Series()
            for k in range(warmup):
                warm.add(*timed(step, "execute", (template.replace("{i}", f"w{index}_{k}"), config), has_report))
            if warm.failures:
                with lock:
                    first = not warmup_logged
                    warmup_logged.append(index)
                if first:
                    log(f"execute c={concurrency} warm-up (thread {index}): {warm.failures} failure(s); first: {warm.first_error}")
        except Exception:
            crashes.append(traceback.format_exc())
        finally:
            ready.wait()
        go.wait()
        s = Series()
        try:
            while True:
                with lock:
                    i = next_index[0]
                    next_index[0] += 1
                if i >= steps:
                    break
                s.add(*timed(step, "execute", (template.replace("{i}", str(i)), config), has_report))
        except Exception:
            crashes.append(traceback.format_exc())
        results[index] = s

    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(concurrency)]
    for t in threads:
        t.start()
    ready.wait()  # every thread has warmed up
    t0 = time.perf_counter_ns()
    go.set()
    for t in threads:
        t.join()
    t1 = time.perf_counter_ns()
    if crashes:
        raise RuntimeError(crashes[0])
    merged = Series()
    for s in results:
        merged.extend(s)
    return {"concurrency": concurrency, "steps": steps, "elapsed_ns": t1 - t0, **merged.finish(f"execute c={concurrency}")}


def main():
    if len(sys.argv) != 2:
        log("usage: python3 bench.py SPEC.json")
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    # A spec that names no readable component is a caller's mistake, not a runtime that cannot run.
    with open(spec["wasm"], "rb"):
        pass

    try:
        import importlib.metadata

        import wasmtime  # noqa: F401
        import wasmtime.component  # noqa: F401

        version = importlib.metadata.version("wasmtime")
    except Exception as err:
        log("cannot import wasmtime:", repr(err))
        emit({"runtime": RUNTIME, "skipped": f"wasmtime-py is not importable: {err}"})
        return 0
    try:
        step = Step(spec["wasm"], spec.get("env"))
    except Exception as err:
        log("cannot load the component:", traceback.format_exc())
        emit({"runtime": RUNTIME, "skipped": f"wasmtime-py could not load the component: {err}"})
        return 0

    out = {
        "runtime": RUNTIME,
        "version": version,
        "notes": "component compiled once (default wasmtime.Engine config); a FRESH Store + instantiate per "
        "measured call (as our Rust host: one Store per call), WASI (env = spec env only) and WASI HTTP from "
        "wasmtime-py's Linker.add_wasip2/add_wasi_http; samples cover store creation, instantiation, the call "
        "and post_return (the success check runs outside); execute at concurrency C runs in C Python threads "
        f"(each warmed with {spec.get('execute', {}).get('warmup', 0)} steps) taking steps from a shared counter "
        "under a lock, the GIL is released while wasm runs; wasmtime-py converts list<u8> arguments byte by "
        "byte in Python, which dominates parse on large bodies",
        "validate": None,
        "execute": [],
        "parse": None,
    }

    try:
        out["validate"] = run_validate(step, spec)
    except Exception as err:
        log("validate:", traceback.format_exc())
        out["validate"] = {"skipped": f"validate failed to run: {err}"}

    for run in spec.get("execute", {}).get("runs", []):
        c, n = run["concurrency"], run["steps"]
        try:
            out["execute"].append(run_execute(step, spec, c, n))
        except Exception as err:
            log(f"execute c={c}:", err)
            out["execute"].append({"concurrency": c, "steps": n, "skipped": f"execute failed to run: {err}"})

    try:
        out["parse"] = run_parse(step, spec)
    except Exception as err:
        log("parse:", traceback.format_exc())
        out["parse"] = {"skipped": f"parse failed to run: {err}"}

    emit(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
