#!/usr/bin/env python3
"""Shrinks WebAssembly components in place, as scripts/setup.sh's build_component ships them.

1. Each core module inside the component is optimized for size with binaryen's
   `wasm-opt -Oz` (what `jco opt` does): rustc's own `opt-level = "z"` leaves about a
   fifth of a Plaid step's code that wasm-opt removes. Imports and exports keep their
   names, so the component's wiring (which refers to them by name) is unchanged.
2. The top-level `component-name` custom section (debug names of the component's own
   instances and functions, ~9 KB) is dropped; nothing reads it at run time.

Every other section is copied byte for byte. A component without a `component-name`
section has been shrunk already (cargo's link always writes one) and is left as it is.
Usage: shrink_component.py FILE.wasm...
"""
import os
import subprocess
import sys
import tempfile

MAGIC = b"\x00asm"
CORE_MODULE = 1
CUSTOM = 0
# The features rustc enables for wasm32-wasip2 (Rust 1.95); wasm-opt may use no others.
FEATURES = [
    "--enable-bulk-memory",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-multivalue",
    "--enable-reference-types",
]


def leb128(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def encode_leb128(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def sections(data):
    """(id, payload) of each top-level section."""
    if data[:4] != MAGIC or len(data) < 8:
        raise ValueError("not a WebAssembly binary")
    at = 8
    while at < len(data):
        section_id = data[at]
        size, body = leb128(data, at + 1)
        if body + size > len(data):
            raise ValueError("truncated section")
        yield section_id, data[body:body + size]
        at = body + size


def custom_name(payload):
    length, at = leb128(payload, 0)
    return payload[at:at + length]


def optimize(module):
    with tempfile.TemporaryDirectory() as tmp:
        source, target = os.path.join(tmp, "in.wasm"), os.path.join(tmp, "out.wasm")
        with open(source, "wb") as f:
            f.write(module)
        subprocess.run(["wasm-opt", "-Oz", *FEATURES, source, "-o", target], check=True)
        with open(target, "rb") as f:
            optimized = f.read()
    return optimized if len(optimized) < len(module) else module


def shrink(data):
    if not any(
        section_id == CUSTOM and custom_name(payload) == b"component-name"
        for section_id, payload in sections(data)
    ):
        return data
    out = bytearray(data[:8])
    for section_id, payload in sections(data):
        if section_id == CUSTOM and custom_name(payload) == b"component-name":
            continue
        if section_id == CORE_MODULE:
            payload = optimize(payload)
        out += bytes([section_id]) + encode_leb128(len(payload)) + payload
    return bytes(out)


def main(paths):
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        shrunk = shrink(data)
        if shrunk != data:
            with open(path + ".tmp", "wb") as f:
                f.write(shrunk)
            os.replace(path + ".tmp", path)
        print(f"{path}: {len(data)} -> {len(shrunk)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
