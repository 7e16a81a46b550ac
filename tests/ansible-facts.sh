#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# ansible/facts: data/ansible/pmprobe.fact run by Ansible's own setup module (connection local)
# gives ansible_local.pmprobe, the JSON report: every target's verdict there is pmprobe --json's,
# on two trees whose hibernate verdicts differ (yes, no) and on this host; and the playbook
# condition doc/fleet.md shows picks the hibernate verdict. 77 without ansible-core.
# Usage: ansible-facts.sh PMPROBE FACT_SCRIPT FIXTURES_DIR
set -euo pipefail
pmprobe=$1
fact=$2
fixtures=$(readlink -f "$3")
command -v ansible >/dev/null && command -v ansible-playbook >/dev/null || {
	echo "SKIP: ansible-core is not installed"
	exit 77
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
# The fact script runs `pmprobe` from PATH, as on a host with the package.
mkdir "$work/bin" "$work/facts" "$work/tmp"
ln -s "$(readlink -f "$pmprobe")" "$work/bin/pmprobe"
cp "$fact" "$work/facts/pmprobe.fact"
chmod 0755 "$work/facts/pmprobe.fact"
export PATH="$work/bin:$PATH" PMPROBE_CONFIG=/dev/null HOME=$work ANSIBLE_HOME=$work/ansible
export ANSIBLE_LOCAL_TEMP=$work/tmp ANSIBLE_REMOTE_TEMP=$work/tmp ANSIBLE_NOCOLOR=1
export ANSIBLE_LOCALHOST_WARNING=0 ANSIBLE_INVENTORY_UNPARSED_WARNING=0
unset PMPROBE_POLICY

# name=verdict lines, sorted, from a JSON report (stdin) or from setup's ansible_local.pmprobe.
verdicts() {
	python3 -c '
import json, sys
text = sys.stdin.read()
if sys.argv[1] == "setup":
    text = text[text.index("{"):]
    facts = json.loads(text)["ansible_facts"]["ansible_local"]["pmprobe"]
else:
    facts = json.loads(text)
for t in sorted(facts["targets"], key=lambda t: t["name"]):
    print(t["name"] + "=" + t["verdict"])
' "$1"
}

cat >"$work/play.yml" <<PLAY
- hosts: localhost
  connection: local
  gather_facts: true
  gather_subset: ['!all', '!min', 'local']
  fact_path: $work/facts
  tasks:
    - name: the hibernate verdict, as doc/fleet.md's condition reads it
      ansible.builtin.debug:
        msg: "hibernate={{ ansible_local.pmprobe.targets | selectattr('name', 'equalto', 'hibernate') | map(attribute='verdict') | first }}"
PLAY

for root in "$fixtures/synthetic-s3-laptop-deep" "$fixtures/synthetic-no-swap" ""; do
	name=${root:-this host}
	if [ -n "$root" ]; then export PMPROBE_SYSROOT=$root; else unset PMPROBE_SYSROOT; fi
	"$pmprobe" --json | verdicts json >"$work/want"
	ansible localhost -i localhost, -c local -m setup \
		-a "fact_path=$work/facts filter=ansible_local" -o >"$work/setup" 2>"$work/err" ||
		{ echo "FAIL: $name: ansible setup exited $?" >&2; cat "$work/err" "$work/setup" >&2; fail=1; continue; }
	verdicts setup <"$work/setup" >"$work/got" || { echo "FAIL: $name: no ansible_local.pmprobe.targets" >&2; cat "$work/setup" >&2; fail=1; continue; }
	[ -s "$work/want" ] && diff -u "$work/want" "$work/got" ||
		{ echo "FAIL: $name: the fact's verdicts are not pmprobe --json's" >&2; fail=1; }
	ansible-playbook -i localhost, "$work/play.yml" >"$work/play" 2>&1 ||
		{ echo "FAIL: $name: the playbook exited $?" >&2; cat "$work/play" >&2; fail=1; continue; }
	grep -q "\"msg\": \"$(grep '^hibernate=' "$work/want")\"" "$work/play" ||
		{ echo "FAIL: $name: the playbook condition does not read $(grep '^hibernate=' "$work/want")" >&2; cat "$work/play" >&2; fail=1; }
done
# The two trees answer differently, so a fact that did not follow PMPROBE_SYSROOT would fail.
exit $fail
