#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# check/junit: `pmprobe check --format junit` parsed back (python3's xml.etree, and xmllint when
# present) against the text format on the same roots: fixtures' copies as expected, one with a
# CPU section, one with a deliberately broken EXPECTED (two verdict lines and a cpu line), a tree
# without EXPECTED and a root that is not there; a suite each in argument order, 14 cases a tree
# (+1 "cpu"), failures with expected and found, <error> for the unusable, counts on each suite and
# on the root equal to the text's; -j 2 writes the same document; hostile root names stay
# well-formed XML; --update keeps stdout the document and its failures in argument order.
# Usage: check-junit.sh PMPROBE FIXTURES_DIR
set -euo pipefail
pmprobe=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset PMPROBE_SYSROOT PMPROBE_POLICY
export PMPROBE_CONFIG=/dev/null
fail=0
no() {
	echo "FAIL: $*" >&2
	fail=1
}

cd "$work"
cp -R "$fixtures/synthetic-no-swap" good
cp -R "$fixtures/synthetic-cpu-amd-pstate-epp" cpu
cp -R "$fixtures/synthetic-s3-laptop-deep" broken
# Two verdict lines flipped, and a cpu line that cannot hold.
awk '($1 == "feasible" && $2 == "suspend") || ($1 == "pm-utils" && $2 == "hibernate") {
		$3 = $3 == "yes" ? "no" : "yes" } { print }' "$fixtures/synthetic-s3-laptop-deep/EXPECTED" \
	>broken/EXPECTED
echo 'cpu cpus 4096' >>broken/EXPECTED
mkdir no-expected
roots=(good cpu broken no-expected missing)

rc_text=0
"$pmprobe" check "${roots[@]}" >text 2>&1 || rc_text=$?
rc=0
"$pmprobe" --format junit check "${roots[@]}" >junit.xml 2>stderr || rc=$?
[ "$rc" = "$rc_text" ] && [ "$rc" = 2 ] || no "junit exits $rc, text $rc_text (expected 2)"
grep -qx '2 passed, 1 failed, 2 errors' stderr || no "junit's summary is not on stderr: $(cat stderr)"
if command -v xmllint >/dev/null; then
	xmllint --noout junit.xml || no "xmllint rejects the document"
fi

# The text format's counts: per root its status and how many verdicts differ, cpu lines apart.
python3 - "$work/text" "$work/junit.xml" "${roots[@]}" <<'PY' || fail=1
import re, sys
import xml.etree.ElementTree as ET

text, junit, roots = open(sys.argv[1]).read().splitlines(), sys.argv[2], sys.argv[3:]
bad = []
want = {}
for line in text:
    m = re.match(r"^(ok|FAIL|ERROR) +(\S+): (.*)$", line)
    if m:
        cur = m.group(2)
        n = re.match(r"(\d+) of \d+ verdicts differ", m.group(3))
        want[cur] = {"status": m.group(1), "failures": int(n.group(1)) if n else 0, "cpu": 0}
    elif line.startswith("      ") and not re.match(r"^      (feasible|pm-utils) ", line):
        want[cur]["cpu"] += 1
summary = re.search(r"^(\d+) passed, (\d+) failed, (\d+) errors?$", "\n".join(text), re.M)

root = ET.parse(junit).getroot()
if root.tag != "testsuites":
    bad.append("root element %s" % root.tag)
suites = root.findall("testsuite")
if [s.get("name") for s in suites] != roots:
    bad.append("suites %s, not the roots in argument order" % [s.get("name") for s in suites])
tot = {"tests": 0, "failures": 0, "errors": 0}
status = {"ok": 0, "FAIL": 0, "ERROR": 0}
for s in suites:
    name, w = s.get("name"), want.get(s.get("name"))
    cases = s.findall("testcase")
    fails = [c for c in cases if c.find("failure") is not None]
    errs = [c for c in cases if c.find("error") is not None]
    for k, v in (("tests", len(cases)), ("failures", len(fails)), ("errors", len(errs))):
        if int(s.get(k)) != v:
            bad.append("%s: %s=%s, %d cases say %d" % (name, k, s.get(k), len(cases), v))
        tot[k] += v
    if any(c.get("classname") != name for c in cases):
        bad.append("%s: a case's classname is not the tree" % name)
    if w is None:
        bad.append("%s: not in the text output" % name)
        continue
    if w["status"] == "ERROR":
        status["ERROR"] += 1
        if len(cases) != 1 or len(errs) != 1 or not errs[0].find("error").get("message"):
            bad.append("%s: an unusable tree is not one case with an <error message>" % name)
        continue
    status["FAIL" if fails else "ok"] += 1
    verdict_cases = [c for c in cases if c.get("name") != "cpu"]
    if len(verdict_cases) != 14 or len({c.get("name") for c in verdict_cases}) != 14:
        bad.append("%s: %d verdict cases, not 14 distinct" % (name, len(verdict_cases)))
    if not all(re.match(r"^(feasible|pm-utils) [a-z-]+$", c.get("name")) for c in verdict_cases):
        bad.append("%s: a case is not named 'policy target'" % name)
    vfails = [c for c in fails if c.get("name") != "cpu"]
    if len(vfails) != w["failures"]:
        bad.append("%s: %d verdict failures, the text says %d" % (name, len(vfails), w["failures"]))
    cpu = [c for c in cases if c.get("name") == "cpu"]
    if bool(w["cpu"]) != any(c.find("failure") is not None for c in cpu):
        bad.append("%s: the cpu case does not fail as the text's cpu lines say" % name)
    for c in vfails:
        f = c.find("failure")
        w_ = r"(yes|no|unknown)( [a-z0-9-]+)*"
        if not re.match(r"^expected %s, found %s$" % (w_, w_), f.get("message")):
            bad.append("%s %s: failure message %r" % (name, c.get("name"), f.get("message")))
        if not re.search(r"^expected: \S+.*\nfound: \S+", f.text, re.M):
            bad.append("%s %s: failure text %r" % (name, c.get("name"), f.text))
for k, v in tot.items():
    if int(root.get(k)) != v:
        bad.append("root %s=%s, the suites add to %d" % (k, root.get(k), v))
if not summary or (int(summary.group(1)), int(summary.group(2)), int(summary.group(3))) != (
        status["ok"], status["FAIL"], status["ERROR"]):
    bad.append("text summary %r, junit suites %s" % (summary and summary.group(0), status))
if status != {"ok": 2, "FAIL": 1, "ERROR": 2} or tot["failures"] != 3 or tot["tests"] != 46:
    bad.append("not the set made: %s, %s" % (status, tot))
for b in bad:
    print("FAIL: junit: " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# -j 2: the same document, in argument order.
"$pmprobe" -j 2 --format junit check "${roots[@]}" >junit-j2.xml 2>/dev/null || :
cmp -s junit.xml junit-j2.xml || no "-j 2 writes another document"

# Hostile names: markup, quotes, a control byte, bytes that are not UTF-8, a backslash.
hostile=$'a<b>&"c\'d\x01e\xff\xc3(\\f'
cp -R "$fixtures/synthetic-no-swap" "$hostile"
mkdir "$hostile-no-expected"
"$pmprobe" --format junit check "$hostile" "$hostile-no-expected" >hostile.xml 2>/dev/null || :
python3 - hostile.xml <<'PY' || no "a hostile root name breaks the document"
import sys
import xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
names = [s.get("name") for s in r.findall("testsuite")]
want = "a<b>&\"c'd\\x01e\\xff\\xc3(\\x5cf"
assert names == [want, want + "-no-expected"], names
assert r.get("tests") == "15" and r.get("errors") == "1", r.attrib
PY

# --update: its lines go to stderr; a tree it cannot write is an error suite in its place.
cp -R "$fixtures/synthetic-no-swap" link
ln -sf ../good/EXPECTED link/EXPECTED
rc=0
"$pmprobe" --format junit check --update broken link good >update.xml 2>stderr || rc=$?
[ "$rc" = 2 ] || no "--update with a symlinked EXPECTED: exit $rc, not 2"
grep -q '^wrote broken: refreshed EXPECTED' stderr || no "--update's lines are not on stderr"
python3 - update.xml <<'PY' || no "--update: not the suites broken (passes), link (error), good"
import sys
import xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
s = [(x.get("name"), x.get("failures"), x.get("errors")) for x in r.findall("testsuite")]
assert s == [("broken", "1", "0"), ("link", "0", "1"), ("good", "0", "0")], s
PY
# The broken cpu line stays (--update writes verdict lines): only its case fails.

# junit goes with check only.
rc=0
"$pmprobe" --format junit --sysroot good >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || no "--format junit without check: exit $rc, not 2"
exit $fail
