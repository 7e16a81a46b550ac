#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Read-only by construction: strace both programs on a fixture (every format, both policies,
# check, the three methods, record) or on this live host (as root and as nobody); fail on any
# open for writing, write but to stdout/stderr, change to the file system, program run or socket.
# `pmprobe record DIR` may make directories and files below DIR, and nothing else.
# Usage: readonly-trace.sh PMPROBE PM_IS_SUPPORTED [FIXTURE]   (no FIXTURE: the live host)
set -euo pipefail
pmprobe=${1:?usage: $0 PMPROBE PM_IS_SUPPORTED [FIXTURE]}
drop_in=${2:?}
fixture=${3:-}
skip() { echo "SKIP: $*" >&2; exit 77; }
command -v strace >/dev/null || skip "strace is not installed"
strace -qq -o /dev/null true 2>/dev/null || skip "strace cannot trace here (no ptrace)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
work=$(cd "$work" && pwd -P)
chmod 755 "$work"
# The build tree may sit below a directory that nobody cannot enter.
mkdir "$work/bin"
cp "$pmprobe" "$drop_in" "$work/bin/"
cp -P "$(dirname "$pmprobe")"/libpmprobe.so* "$work/bin/" 2>/dev/null || true
chmod -R a+rX "$work/bin"
[ -z "$fixture" ] || fixture=$(cd "$fixture" && pwd)
cd "$work"
pmprobe=$work/bin/$(basename "$pmprobe")
drop_in=$work/bin/$(basename "$drop_in")
# LeakSanitizer cannot run under ptrace; the rest of ASan and UBSan can.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
unset PMPROBE_SYSROOT PMPROBE_POLICY PMPROBE_DEBUG

calls=%file,%process,%network,write,pwrite64,writev,pwritev,pwritev2,sendfile,copy_file_range
calls=$calls,splice,tee,vmsplice,ftruncate,fallocate,fchmod,fchown,fsetxattr,fremovexattr,mmap
calls=$calls,ioctl

# Reads an strace -f -y log; only what the process does once it has become TARGET counts.
# ALLOW: the directory below which record may make directories and write files, or "".
check_trace() { # LOG TARGET ALLOW
	CHECK_TARGET=$2 CHECK_ALLOW=$3 CHECK_CWD=$work awk '
	BEGIN {
		target = ENVIRON["CHECK_TARGET"]; allow = ENVIRON["CHECK_ALLOW"]
		cwd = ENVIRON["CHECK_CWD"]; bad = 0; seen = 0
		n = split("unlink unlinkat rename renameat renameat2 rmdir chmod fchmodat " \
			"fchmodat2 chown lchown fchownat truncate link linkat symlink symlinkat " \
			"mknod mknodat utime utimes utimensat futimesat setxattr lsetxattr " \
			"removexattr lremovexattr mount umount2 chroot pivot_root swapon swapoff " \
			"acct quotactl mount_setattr move_mount fsconfig fsmount fsopen open_tree " \
			"ftruncate fallocate fchmod fchown fsetxattr fremovexattr sendfile " \
			"copy_file_range splice tee vmsplice", w, " ")
		for (i = 1; i <= n; i++) mutate[w[i]] = 1
		n = split("execve execveat fork vfork clone clone3 socket socketpair connect " \
			"bind listen accept accept4 sendto sendmsg sendmmsg", w, " ")
		for (i = 1; i <= n; i++) forbidden[w[i]] = 1
		n = split("write pwrite64 writev pwritev pwritev2", w, " ")
		for (i = 1; i <= n; i++) writes[w[i]] = 1
	}
	function fail(why) { print "FAIL: " why ": " line; bad++ }
	# "4</tmp/x/sys>" -> "/tmp/x/sys"; AT_FDCWD -> the working directory.
	function fd_path(tok) {
		if (tok == "AT_FDCWD") return cwd
		if (match(tok, /<.*>$/)) return substr(tok, RSTART + 1, RLENGTH - 2)
		return ""
	}
	function below_allow(p) {
		if (allow == "" || p == "" || p ~ /(^|\/)\.\.(\/|$)/) return 0
		return p == allow || index(p, allow "/") == 1
	}
	# The path a call names: its first string, relative to its dirfd argument when it has one.
	function named_path(with_dirfd,   s, d) {
		if (!match(args, /"([^"\\]|\\.)*"/)) return ""
		s = substr(args, RSTART + 1, RLENGTH - 2)
		if (substr(s, 1, 1) == "/") return s
		d = with_dirfd ? fd_path(first) : cwd
		return d == "" ? "" : d "/" s
	}
	{
		line = $0; pid = $1
		rest = $0; sub(/^[0-9]+ +/, "", rest)
		if (rest ~ /^<\.\.\. / || rest ~ /^(\+\+\+|---) /) next
		name = rest; sub(/\(.*/, "", name)
		args = substr(rest, length(name) + 2)
		if (!armed[pid]) {
			if (name == "execve" && index(args, "\"" target "\"") == 1 && rest ~ / = 0$/)
				armed[pid] = seen = 1
			next
		}
		first = args; sub(/, .*/, "", first)
		# The arguments without strings and fd annotations, for flag tests.
		flags = args; gsub(/"([^"\\]|\\.)*"/, "S", flags); gsub(/<[^>]*>/, "", flags)
		if (name in forbidden) { fail("runs a program, or talks over a socket"); next }
		if (name in writes) {
			fd = first; sub(/<.*/, "", fd)
			if (fd != 1 && fd != 2 && !below_allow(fd_path(first)))
				fail("writes to something that is not stdout or stderr")
			next
		}
		if (name ~ /^(open|openat|openat2|open_by_handle_at|creat)$/) {
			if (name == "creat" || flags ~ /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|O_TMPFILE/)
				if (!below_allow(named_path(name != "open" && name != "creat")))
					fail("opens for writing")
			next
		}
		if (name == "mkdir" || name == "mkdirat") {
			if (!below_allow(named_path(name == "mkdirat"))) fail("makes a directory")
			next
		}
		# record stores the symlinks the probe read (subsystem, driver) as symlinks.
		if (name == "symlinkat") {
			lp = args; sub(/^"([^"\\]|\\.)*", /, "", lp)
			d = lp; sub(/, .*/, "", d)
			if (!match(lp, /"([^"\\]|\\.)*"/)) { fail("changes the file system"); next }
			s = substr(lp, RSTART + 1, RLENGTH - 2)
			if (!below_allow(substr(s, 1, 1) == "/" ? s : fd_path(d) "/" s))
				fail("makes a symlink")
			next
		}
		if (name in mutate) { fail("changes the file system"); next }
		if (name == "mmap" && flags ~ /PROT_WRITE/ && flags ~ /MAP_SHARED/ && flags !~ /MAP_ANON/) {
			fail("maps a file shared and writable"); next
		}
		if (name == "ioctl" && flags !~ /, (TCGETS|TIOCGWINSZ),/) fail("controls a device")
	}
	END {
		if (!seen) { print "FAIL: the trace never shows " target " starting"; bad++ }
		exit bad ? 1 : 0
	}' "$1"
}

fail=0
runs=0
as=()
# Traces one run of TARGET ARGS... (as the user in "as"); the log must pass check_trace.
trace() { # ALLOW TARGET ARGS...
	local allow=$1 log=$work/trace.log rc=0
	shift
	runs=$((runs + 1))
	strace -f -qq -y -s 4096 -e signal=none -e trace="$calls" -o "$log" \
		"${as[@]}" env LD_LIBRARY_PATH="$work/bin" "$@" >"$work/stdout" 2>"$work/stderr" ||
		rc=$?
	if [ "$rc" -gt 1 ] || ! check_trace "$log" "$1" "$allow" >"$work/verdict"; then
		echo "FAIL: ${as[*]:+as ${as[-1]} }$* (exit $rc)" >&2
		cat "$work/verdict" "$work/stderr" >&2
		fail=1
	fi
}

# The checker itself: what a write looks like to it, and what record may and may not do.
self_test() {
	local log=$work/trace.log
	# shellcheck disable=SC2016 # the inner shell expands it
	strace -f -qq -y -s 4096 -e signal=none -e trace="$calls" -o "$log" \
		/bin/sh -c 'echo x >"$1"; echo y >>"$1"' sh "$work/written"
	if check_trace "$log" /bin/sh "" >/dev/null ||
		! check_trace "$log" /bin/sh "$work" >/dev/null; then
		echo "FAIL: the checker misjudges a shell that writes below $work" >&2
		fail=1
	fi
	rm -f "$work/written"
}

# Every run that a fixture or the live host gets; $1 is --sysroot=DIR or nothing.
all_runs() { # [--sysroot=DIR] RECORD_DIR
	local root=() record=$2 f m
	[ -n "$1" ] && root=("$1")
	for f in text explain json xml libvirt; do
		trace "" "$pmprobe" "${root[@]}" --format "$f"
	done
	trace "" "$pmprobe" "${root[@]}" --policy pm-utils --format explain
	for m in --suspend --hibernate --suspend-hybrid; do
		trace "" "$drop_in" "${root[@]}" "$m"
		trace "" "$drop_in" "${root[@]}" --policy pm-utils "$m"
	done
	trace "" "$drop_in" "${root[@]}" --explain --hibernate
	trace "$record" "$pmprobe" "${root[@]}" --format json record "$record"
	[ -s "$record/RECORD" ] || { echo "FAIL: record wrote no RECORD into $record" >&2; fail=1; }
}

if [ -n "$fixture" ]; then
	all_runs --sysroot="$fixture" "$work/record"
	[ ! -e "$fixture/EXPECTED" ] || trace "" "$pmprobe" check "$fixture"
	[ "$fail" = 0 ] && echo "ok: $runs runs on $(basename "$fixture") traced, nothing written"
	exit $fail
fi

[ -r /sys/power ] || skip "no sysfs"
self_test
all_runs "" "$work/record-root"
if [ "$(id -u)" = 0 ] && getent passwd nobody >/dev/null && getent group nogroup >/dev/null; then
	mkdir "$work/nobody"
	chown nobody "$work/nobody"
	as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
	all_runs "" "$work/nobody/record"
else
	echo "note: not root, or no user nobody: traced as $(id -un) only"
fi
[ "$fail" = 0 ] && echo "ok: $runs runs on this host traced, nothing written but record's DIR"
exit $fail
