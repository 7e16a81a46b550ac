#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""pmprobe --format prometheus against the JSON report of the same probe.

Parses the text exposition format 0.0.4 strictly (every family announced by # HELP and
# TYPE before its samples, families contiguous, no series twice, label values escaped only
as the format allows), then requires the samples to say what the JSON report says: one
verdict sample per target and verdict, 1 for the JSON verdict and 0 for the others; the
reasons with their effects; pmprobe_info's version, policy and backend (and the kernel
release, when given); the mem_sleep variants, the swap areas and the hibernation image
read from the JSON report's facts.

Usage: prometheus-check.py METRICS JSON [KERNEL_RELEASE]
"""
import json
import math
import re
import sys

NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
LABEL = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
VERDICTS = ("yes", "no", "unknown")


class Bad(Exception):
    pass


def parse_labels(text, pos, lineno):
    """The labels from after '{' at @pos to '}': (dict, position after '}')."""
    labels = {}
    while True:
        if text.startswith("}", pos):
            return labels, pos + 1
        m = LABEL.match(text, pos)
        if not m or not text.startswith('="', m.end()):
            raise Bad(f"line {lineno}: bad label at column {pos}")
        name, pos = m.group(0), m.end() + 2
        value = []
        while True:
            if pos >= len(text):
                raise Bad(f"line {lineno}: unterminated label value")
            c = text[pos]
            if c == '"':
                pos += 1
                break
            if c == "\\":
                esc = text[pos + 1 : pos + 2]
                if esc not in ('\\', '"', "n"):
                    raise Bad(f"line {lineno}: escape \\{esc} in a label value")
                value.append("\n" if esc == "n" else esc)
                pos += 2
                continue
            if c == "\n":
                raise Bad(f"line {lineno}: raw line feed in a label value")
            value.append(c)
            pos += 1
        if name in labels:
            raise Bad(f"line {lineno}: label {name} twice")
        labels[name] = "".join(value)
        if text.startswith(",", pos):
            pos += 1
        elif not text.startswith("}", pos):
            raise Bad(f"line {lineno}: expected ',' or '}}' after label {name}")


def parse(text):
    """{family: [(labels, value)]}, checking the format's rules."""
    if text and not text.endswith("\n"):
        raise Bad("the last line has no line feed")
    families, helped, typed, series = {}, set(), set(), set()
    current = None
    for lineno, line in enumerate(text.split("\n")[:-1], 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            words = line.split(" ", 3)
            if len(words) >= 3 and words[1] in ("HELP", "TYPE"):
                name = words[2]
                if not NAME.fullmatch(name):
                    raise Bad(f"line {lineno}: bad metric name {name!r}")
                if name in families:
                    raise Bad(f"line {lineno}: # {words[1]} {name} after its samples")
                seen = helped if words[1] == "HELP" else typed
                if name in seen:
                    raise Bad(f"line {lineno}: # {words[1]} {name} twice")
                if words[1] == "HELP" and not words[3:]:
                    raise Bad(f"line {lineno}: # HELP {name} without text")
                if words[1] == "TYPE" and words[3:] != ["gauge"]:
                    raise Bad(f"line {lineno}: {name} is not a gauge: {words[3:]}")
                seen.add(name)
            continue
        m = NAME.match(line)
        if not m:
            raise Bad(f"line {lineno}: no metric name: {line!r}")
        name, pos = m.group(0), m.end()
        labels = {}
        if line.startswith("{", pos):
            labels, pos = parse_labels(line, pos + 1, lineno)
        rest = line[pos:].split()
        if not line.startswith(" ", pos) or len(rest) != 1:
            raise Bad(f"line {lineno}: expected one value after the labels: {line!r}")
        value = float(rest[0])
        if not math.isfinite(value):
            raise Bad(f"line {lineno}: value {rest[0]}")
        if name not in helped or name not in typed:
            raise Bad(f"line {lineno}: {name} without # HELP and # TYPE before it")
        if name != current and name in families:
            raise Bad(f"line {lineno}: the samples of {name} are not together")
        key = (name, tuple(sorted(labels.items())))
        if key in series:
            raise Bad(f"line {lineno}: the series {key} twice")
        series.add(key)
        current = name
        families.setdefault(name, []).append((labels, value))
    return families


def expect(cond, what):
    if not cond:
        raise Bad(what)


def fact(report, key):
    """A present fact's text value, else None."""
    for f in report["facts"]:
        if f["key"] == key and f["state"] == "present" and "value_encoding" not in f:
            return f["value"]
    return None


def check_verdicts(fam, report):
    policy = report["policy"]
    got = {}
    for labels, value in fam.get("pmprobe_verdict", []):
        expect(set(labels) == {"target", "policy", "verdict"}, f"verdict labels {labels}")
        expect(labels["policy"] == policy, f"verdict policy {labels['policy']}")
        expect(value in (0, 1), f"verdict value {value}")
        got[(labels["target"], labels["verdict"])] = value
    want = {}
    for t in report["targets"]:
        for v in VERDICTS:
            want[(t["name"], v)] = 1 if v == t["verdict"] else 0
    expect(got == want, f"verdict samples {sorted(got.items())}, JSON says {sorted(want.items())}")

    got = set()
    for labels, value in fam.get("pmprobe_reason", []):
        expect(labels["policy"] == policy and value == 1, f"reason {labels} {value}")
        got.add((labels["target"], labels["code"], labels["effect"]))
    want = {(t["name"], r["code"], r["effect"]) for t in report["targets"] for r in t["reasons"]}
    expect(got == want, f"reason samples {sorted(got ^ want)} differ from the JSON")


def check_info(fam, report, kernel):
    info = fam.get("pmprobe_info", [])
    expect(len(info) == 1 and info[0][1] == 1, f"pmprobe_info: {info}")
    labels = info[0][0]
    want = {"version": report["pmprobe_version"], "policy": report["policy"],
            "backend": report["backend"]}
    for k, v in want.items():
        expect(labels.get(k) == v, f"pmprobe_info {k}={labels.get(k)!r}, JSON says {v!r}")
    if kernel is not None:
        expect(labels.get("kernel_release") == kernel,
               f"pmprobe_info kernel_release={labels.get('kernel_release')!r}, want {kernel!r}")


def same(got, want):
    """Samples by key equal the numbers wanted, as doubles: beyond 2^53 they are rounded."""
    return got.keys() == want.keys() and all(
        math.isclose(got[k], want[k], rel_tol=1e-15) for k in want)


def check_facts(fam, report):
    # mem_sleep: each offered variant once, the bracketed one 1.
    text = fact(report, "power.mem_sleep")
    want = {}
    if text is not None:
        for tok in text.split():
            sel = tok.startswith("[") and tok.endswith("]")
            want.setdefault(tok[1:-1] if sel else tok, 1 if sel else 0)
        if sum(want.values()) > 1 or any("[" in k or "]" in k for k in want):
            want = {}  # malformed: the family is left out
    got = {l["variant"]: v for l, v in fam.get("pmprobe_mem_sleep_selected", [])}
    expect(got == want, f"mem_sleep samples {got}, the fact says {want}")

    swap = re.compile(r"(.*) (partition|file) size=(\d+) KiB used=(\d+) KiB( zram)?( deleted)?")
    want_size, want_free = {}, {}
    for f in report["facts"]:
        if not re.fullmatch(r"swap\.\d+", f["key"]):
            continue
        text = fact(report, f["key"])
        if text is None:
            continue  # not text (base64 in the JSON): the metrics leave the area out
        m = swap.fullmatch(text)
        expect(m, f"fact {f['key']} {text!r} is not a swap area")
        size, used = int(m.group(3)), int(m.group(4))
        key = (m.group(1), m.group(2), "no" if m.group(5) or m.group(6) else "yes")
        want_size.setdefault(key, size * 1024)
        want_free.setdefault(key, max(size - used, 0) * 1024)
    for name, want in (("pmprobe_swap_size_bytes", want_size),
                       ("pmprobe_swap_free_bytes", want_free)):
        got = {(l["area"], l["type"], l["usable"]): v for l, v in fam.get(name, [])}
        expect(same(got, want), f"{name} {got}, the facts say {want}")

    text = fact(report, "hibernate.image")
    want = {}
    if text is not None:
        m = re.match(r"estimate (\d+) KiB \(.*\); takes (\d+) to (\d+) KiB of swap", text)
        expect(m, f"hibernate.image {text!r}")
        for name, g in (("", 1), ("_swap_min", 2), ("_swap_max", 3)):
            want[f"pmprobe_hibernate_image{name}_bytes"] = int(m.group(g)) * 1024
    got = {name: fam[name][0][1] for name in fam if name.startswith("pmprobe_hibernate_image")}
    expect(same(got, want), f"hibernation image samples {got}, the fact says {want}")


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        metrics = f.read()
    with open(sys.argv[2], encoding="utf-8") as f:
        report = json.load(f)
    try:
        fam = parse(metrics)
        check_info(fam, report, sys.argv[3] if len(sys.argv) == 4 else None)
        check_verdicts(fam, report)
        check_facts(fam, report)
        known = {"pmprobe_info", "pmprobe_verdict", "pmprobe_reason",
                 "pmprobe_mem_sleep_selected", "pmprobe_swap_size_bytes",
                 "pmprobe_swap_free_bytes", "pmprobe_hibernate_image_bytes",
                 "pmprobe_hibernate_image_swap_min_bytes",
                 "pmprobe_hibernate_image_swap_max_bytes"}
        expect(set(fam) <= known, f"families not checked here: {set(fam) - known}")
    except (Bad, ValueError) as e:
        print(f"FAIL: {sys.argv[1]}: {e}", file=sys.stderr)
        return 1
    n = sum(len(v) for v in fam.values())
    print(f"ok: {n} samples in {len(fam)} families agree with the JSON report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
