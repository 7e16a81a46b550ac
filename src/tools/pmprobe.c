/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pmprobe: which sleep states this host (or a recorded tree) supports, and why; record, check. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include <pmprobe/pmprobe.h>

#include "check.h"
#include "sandbox.h"
#include "tool-config.h"
#include "tool-output.h"
#include "tool-print.h"

#define EXIT_USAGE 2
#define EXIT_NO_FORMAT 3 /* the format needs libxml2, and it cannot be loaded */

enum format {
	FORMAT_TEXT,
	FORMAT_EXPLAIN,
	FORMAT_XML,
	FORMAT_JSON,
	FORMAT_LIBVIRT,
	FORMAT_PROMETHEUS,
	_FORMAT_MAX
};

static const char *const format_names[_FORMAT_MAX] = {
	[FORMAT_TEXT] = "text", [FORMAT_EXPLAIN] = "explain", [FORMAT_XML] = "xml",
	[FORMAT_JSON] = "json", [FORMAT_LIBVIRT] = "libvirt", [FORMAT_PROMETHEUS] = "prometheus",
};
/* check's own format, not a report's (check-junit.c). */
#define FORMAT_JUNIT _FORMAT_MAX

static void
usage(FILE *out)
{
	fputs("Usage: pmprobe [OPTIONS]\n"
	      "       pmprobe [OPTIONS] record DIR\n"
	      "       pmprobe [--format text|json|junit] [-j N] check [--update] ROOT...\n"
	      "Tell whether this host can suspend, hibernate and hybrid-sleep, and why.\n\n"
	      "  -f, --format=FORMAT   text (default), explain, xml, json, libvirt or prometheus\n"
	      "  -J, --json[=STYLE]    the same as --format json; STYLE pretty (default) or short\n"
	      "                        (one line)\n"
	      "  -e, --explain         the same as --format explain: every file read, and why\n"
	      "  -p, --policy=POLICY   feasible (default) or pm-utils\n"
	      "  -r, --sysroot=DIR     read a recorded tree instead of this host\n"
	      "  -o, --output=FILE     write the report to FILE atomically (a new file in its\n"
	      "                        directory, renamed over it), mode 0644\n"
	      "  -u, --update          with check: write each tree's EXPECTED from its verdicts\n"
	      "  -h, --help            show this help\n"
	      "  -V, --version         show the version\n"
	      "  -j, --jobs=N          check N trees at once (0: one a CPU; default 1)\n\n"
	      "  record DIR            copy what the probe reads into DIR, a new fixture tree\n"
	      "  check ROOT...         compare each tree's verdicts with its EXPECTED file\n\n"
	      "Exit status: 0 done (check: every tree as expected), 1 check: a tree differs from\n"
	      "its EXPECTED, none unusable, 2 bad usage, an unusable root or config file (check:\n"
	      "a tree that cannot be checked), 3 the format needs libxml2, 4 stdout or FILE "
	      "lost.\n",
	      out);
}

struct options {
	const char *policy, *sysroot;
	const char *output;  /* --output FILE */
	int format;	     /* -1: not given */
	unsigned json_flags; /* pmprobe_report_to_json_ext()'s, from --json=STYLE */
	int update;	     /* check --update */
	long jobs;	     /* check -j N; -1: not given */
	char **args;
	int n_args;
};

static int
cli_format_from_string(const char *s)
{
	for (int f = 0; f < _FORMAT_MAX; f++)
		if (!strcmp(format_names[f], s))
			return f;
	return -EINVAL;
}

/* Bad usage: what was wrong, then the hint util-linux gives. Returns: EXIT_USAGE. */
__attribute__((format(printf, 1, 2))) static int
usage_error(const char *format, ...)
{
	va_list ap;

	fputs("pmprobe: ", stderr);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputs("\nTry 'pmprobe --help' for more information.\n", stderr);
	return EXIT_USAGE;
}

/* Returns: 0 to go on, 1 when done (help, version), -EINVAL on bad usage (told). */
static int
parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"format", required_argument, NULL, 'f'},
		{"json", optional_argument, NULL, 'J'}, /* pretty, short */
		{"explain", no_argument, NULL, 'e'},
		{"policy", required_argument, NULL, 'p'},
		{"sysroot", required_argument, NULL, 'r'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{"update", no_argument, NULL, 'u'},	/* check --update */
		{"jobs", required_argument, NULL, 'j'}, /* check -j N */
		{NULL, 0, NULL, 0},
	};
	int c, f;

	o->format = -1;
	o->jobs = -1;
	while ((c = getopt_long(argc, argv, "f:eJp:r:o:uhVj:", longopts, NULL)) != -1) {
		switch (c) {
		case 'J':
			if (optarg && strcmp(optarg, "pretty") != 0 && strcmp(optarg, "short") != 0)
				return usage_error(
					       "unknown JSON style '%s' (expected pretty or short)",
					       optarg),
				       -EINVAL;
			if (optarg && !strcmp(optarg, "short"))
				o->json_flags = PMPROBE_JSON_SHORT;
			/* fall through */
		case 'f':
		case 'e':
			f = c == 'e'		       ? FORMAT_EXPLAIN
			    : c == 'J'		       ? FORMAT_JSON
			    : !strcmp(optarg, "junit") ? FORMAT_JUNIT
						       : cli_format_from_string(optarg);
			if (f < 0)
				return usage_error(
					       "unknown format '%s' (expected text, explain, xml, "
					       "json, libvirt or prometheus)",
					       optarg),
				       -EINVAL;
			if (o->format >= 0 && o->format != f)
				return usage_error("more than one output format"), -EINVAL;
			o->format = f;
			break;
		case 'p':
			o->policy = optarg;
			break;
		case 'r':
			o->sysroot = optarg;
			break;
		case 'o':
			if (!*optarg)
				return usage_error("--output takes a file name"), -EINVAL;
			o->output = optarg;
			break;
		case 'u':
			o->update = 1;
			break;
		case 'j': {
			char *end;

			errno = 0;
			o->jobs = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end || o->jobs < 0 || o->jobs > 1024) {
				return usage_error("-j takes a number of jobs, 0 to 1024"), -EINVAL;
			}
			break;
		}
		case 'h':
			usage(stdout);
			return 1;
		case 'V':
			printf("pmprobe %s\n", pmprobe_version());
			return 1;
		default:
			/* getopt said what was wrong. */
			fputs("Try 'pmprobe --help' for more information.\n", stderr);
			return -EINVAL;
		}
	}
	o->args = argv + optind;
	o->n_args = argc - optind;
	return 0;
}

/* The root a tree's name, escaped: it may come from anywhere. */
static void
print_cannot_read(const char *sysroot, int r)
{
	fputs("pmprobe: cannot read '", stderr);
	tool_print_escaped(stderr, sysroot ? sysroot : "/sys");
	fprintf(stderr, "': %s\n", strerror(-r));
}

/* Returns: 0, or a negative errno from the writer. */
static int
print_report(FILE *out, const struct pmprobe_report *report, enum format format,
	     unsigned json_flags)
{
	char *text = NULL;
	int r;

	switch (format) {
	case FORMAT_TEXT:
	case FORMAT_EXPLAIN:
		r = pmprobe_report_to_text(
			report, format == FORMAT_EXPLAIN ? PMPROBE_TEXT_EXPLAIN : 0, &text);
		break;
	case FORMAT_XML:
		r = pmprobe_report_to_xml(report, &text);
		break;
	case FORMAT_JSON:
		r = pmprobe_report_to_json_ext(report, json_flags, &text);
		break;
	case FORMAT_LIBVIRT:
		r = pmprobe_report_to_libvirt_xml(report, &text);
		break;
	case FORMAT_PROMETHEUS:
		r = pmprobe_report_to_prometheus(report, &text);
		break;
	default:
		return -EINVAL;
	}
	if (r < 0)
		return r;
	fputs(text, out);
	free(text);
	return 0;
}

/* Says why the report could not be written. Returns: the exit status. */
static int
print_write_error(enum format format, int r)
{
	if (r == -ENOTSUP) {
		fprintf(stderr,
			"pmprobe: --format %s needs libxml2 (libxml2.so.2), which cannot be "
			"loaded; install it, or use --format json\n",
			format_names[format]);
		return EXIT_NO_FORMAT;
	}
	fprintf(stderr, "pmprobe: cannot write the report: %s\n", strerror(-r));
	return 1;
}

/* The directory of --output's @path (a copy, "." when it names none) and its last component.
 * Returns: 0, -EISDIR when @path ends with a slash, -ENOMEM. */
static int
output_split(const char *path, char **ret_dir, const char **ret_base)
{
	const char *slash = strrchr(path, '/');

	if (slash && !slash[1])
		return -EISDIR;
	*ret_base = slash ? slash + 1 : path;
	*ret_dir = !slash	   ? strdup(".")
		   : slash == path ? strdup("/")
				   : strndup(path, (size_t)(slash - path));
	return *ret_dir ? 0 : -ENOMEM;
}

/* Writes the report into @path atomically, as node_exporter's textfile collector asks: a new
 * file in the same directory (named with a leading dot, so that no *.prom glob takes it), written,
 * flushed to disk and renamed over @path. A reader sees the old file or the new one, never a
 * part of either. Mode 0644 whatever the umask: the reader is another user.
 * Returns: the exit status, after a one-line message when it is not 0. */
static int
write_output(const char *path, const struct pmprobe_report *report, enum format format,
	     unsigned json_flags)
{
	char *dir = NULL, *tmp = NULL;
	const char *base;
	FILE *f = NULL;
	int fd = -1, r, made;

	r = output_split(path, &dir, &base);
	if (r >= 0 && asprintf(&tmp, "%s/.%s.XXXXXX", dir, base) < 0) {
		tmp = NULL;
		r = -ENOMEM;
	}
	if (r >= 0 && (fd = mkostemp(tmp, O_CLOEXEC)) < 0)
		r = -errno;
	made = fd >= 0;
	if (r >= 0 && !(f = fdopen(fd, "w"))) {
		r = -errno;
		close(fd);
	}
	if (r >= 0) {
		r = print_report(f, report, format, json_flags);
		if (r < 0) {
			fclose(f);
			unlink(tmp);
			free(tmp);
			free(dir);
			return print_write_error(format, r);
		}
		if (fflush(f) != 0 || ferror(f))
			r = errno ? -errno : -EIO;
	}
	if (r >= 0 && (fchmod(fileno(f), 0644) < 0 || fsync(fileno(f)) < 0))
		r = -errno;
	if (f && fclose(f) != 0 && r >= 0)
		r = -errno;
	if (r >= 0 && rename(tmp, path) < 0)
		r = -errno;
	if (r < 0 && made)
		unlink(tmp);
	free(tmp);
	free(dir);
	if (r >= 0)
		return 0;
	fputs("pmprobe: cannot write '", stderr);
	tool_print_escaped(stderr, path);
	fprintf(stderr, "': %s\n", strerror(-r));
	return TOOL_EXIT_OUTPUT;
}

/* Counts the regular files below the recording (written by this process, not a tree's). */
static unsigned n_recorded;

static int
count_file(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)path;
	(void)st;
	(void)ftw;
	n_recorded += type == FTW_F;
	return 0;
}

/* The one line a successful recording prints: where, how many files, what was skipped (RECORD
 * lists them as `skipped: PATH:ERROR` words; they replay as unreadable). */
static void
print_recorded(FILE *out, const char *dir)
{
	char path[4096], line[8192];
	unsigned skipped = 0;
	FILE *f;

	n_recorded = 0;
	nftw(dir, count_file, 16, FTW_PHYS);
	fputs("pmprobe: recorded ", out);
	fprintf(out, "%u files into '", n_recorded);
	tool_print_escaped(out, dir);
	fputc('\'', out);
	snprintf(path, sizeof(path), "%s/RECORD", dir);
	f = fopen(path, "re");
	while (f && fgets(line, sizeof(line), f)) {
		char *save = NULL, *w;

		if (strncmp(line, "skipped:", 8) != 0)
			continue;
		for (w = strtok_r(line + 8, " \t\n", &save); w;
		     w = strtok_r(NULL, " \t\n", &save)) {
			char *colon = strrchr(w, ':');

			if (colon)
				*colon++ = '\0';
			fputs(skipped++ ? ", " : "; skipped, replaying as unreadable: ", out);
			tool_print_escaped(out, w);
			fprintf(out, " (%s)", colon ? colon : "?");
		}
	}
	if (f)
		fclose(f);
	fputs(skipped ? "\n" : "; nothing skipped\n", out);
}

static int
cmd_record(const struct options *o, enum pmprobe_policy policy)
{
	const char *sysroot = tool_sysroot(o->sysroot);
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	int r;

	if (o->n_args != 2 || !*o->args[1])
		return usage_error("record takes one directory");
	r = pmprobe_new(&ctx, sysroot);
	if (r >= 0)
		r = pmprobe_set_policy(ctx, policy);
	if (r < 0) {
		print_cannot_read(sysroot, r);
		pmprobe_unref(ctx);
		return EXIT_USAGE;
	}
	tool_sandbox("pmprobe", o->args[1]);
	r = pmprobe_record(ctx, o->args[1], &report);
	pmprobe_unref(ctx);
	if (r < 0) {
		fprintf(stderr, "pmprobe: cannot record into '%s': %s\n", o->args[1], strerror(-r));
		return r == -ENOTEMPTY || r == -ENOTDIR || r == -EEXIST ? EXIT_USAGE : 1;
	}
	/* On stdout, unless a report goes there. */
	print_recorded(o->format >= 0 ? stderr : stdout, o->args[1]);
	r = 0;
	if (o->format >= 0)
		r = print_report(stdout, report, (enum format)o->format, o->json_flags);
	pmprobe_report_unref(report);
	return r < 0 ? print_write_error((enum format)o->format, r) : 0;
}

static json_object *
reasons_json(const unsigned char *set)
{
	json_object *a = json_object_new_array();

	for (int i = 0; a && i < _PMPROBE_REASON_MAX; i++)
		if (set[i])
			json_object_array_add(a, json_object_new_string(pmprobe_reason_to_string(
							 (enum pmprobe_reason)i)));
	return a;
}

/* The effect of each reason in @set, by code: what blocked or left undecided a got verdict. */
static json_object *
effects_json(const unsigned char *set, const unsigned char *effects)
{
	json_object *o = json_object_new_object();

	for (int i = 0; o && i < _PMPROBE_REASON_MAX; i++)
		if (set[i])
			json_object_object_add(o, pmprobe_reason_to_string((enum pmprobe_reason)i),
					       json_object_new_string(pmprobe_effect_to_string(
						       (enum pmprobe_effect)effects[i])));
	return o;
}

static void
print_check_json(const char *root, const struct check_result *res)
{
	static const char *const results[] = {"pass", "fail", "error"};
	json_object *o = json_object_new_object(), *list = json_object_new_array();

	if (!o || !list) {
		json_object_put(o);
		json_object_put(list);
		return;
	}
	json_object_object_add(o, "root", json_object_new_string(root));
	json_object_object_add(o, "result", json_object_new_string(results[res->status]));
	json_object_object_add(o, "verdicts", json_object_new_int(CHECK_VERDICTS));
	for (unsigned i = 0; i < res->n_mismatches; i++) {
		const struct check_mismatch *m = &res->mismatches[i];
		json_object *mo = json_object_new_object();

		if (!mo)
			break;
		json_object_object_add(mo, "policy",
				       json_object_new_string(pmprobe_policy_to_string(m->policy)));
		json_object_object_add(mo, "target",
				       json_object_new_string(pmprobe_target_to_string(m->target)));
		json_object_object_add(
			mo, "expected",
			json_object_new_string(pmprobe_verdict_to_string(m->expected)));
		json_object_object_add(mo, "got",
				       json_object_new_string(pmprobe_verdict_to_string(m->got)));
		json_object_object_add(mo, "expected_reasons", reasons_json(m->expected_reasons));
		json_object_object_add(mo, "reasons", reasons_json(m->got_reasons));
		json_object_object_add(mo, "effects", effects_json(m->got_reasons, m->got_effects));
		json_object_array_add(list, mo);
	}
	json_object_object_add(o, "mismatches", list);
	list = json_object_new_array();
	for (unsigned i = 0; list && i < res->n_cpu_mismatches; i++)
		json_object_array_add(list, json_object_new_string(res->cpu_mismatches[i]));
	json_object_object_add(o, "cpu_mismatches", list);
	json_object_object_add(
		o, "error", res->status == CHECK_ERROR ? json_object_new_string(res->error) : NULL);
	puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
						       JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

static void
print_reason_set(const unsigned char *set)
{
	int any = 0;

	for (int i = 0; i < _PMPROBE_REASON_MAX; i++)
		if (set[i])
			printf("%s%s", any++ ? " " : "",
			       pmprobe_reason_to_string((enum pmprobe_reason)i));
	if (!any)
		fputs("-", stdout);
}

static void
print_check_text(const char *root, const struct check_result *res)
{
	static const char *const heads[] = {"ok    ", "FAIL  ", "ERROR "};

	/* The root's name and EXPECTED's words come from the tree: escaped, as --explain does. */
	fputs(heads[res->status], stdout);
	tool_print_escaped(stdout, root);
	fputs(": ", stdout);
	if (res->status == CHECK_ERROR) {
		tool_print_escaped(stdout, res->error);
		putchar('\n');
		return;
	}
	if (res->status == CHECK_PASS) {
		printf("%d verdicts as expected\n", CHECK_VERDICTS);
		return;
	}
	printf("%u of %d verdicts differ from EXPECTED\n", res->n_mismatches, CHECK_VERDICTS);
	for (unsigned i = 0; i < res->n_cpu_mismatches; i++) {
		fputs("      ", stdout);
		tool_print_escaped(stdout, res->cpu_mismatches[i]);
		putchar('\n');
	}
	for (unsigned i = 0; i < res->n_mismatches; i++) {
		const struct check_mismatch *m = &res->mismatches[i];

		printf("      %s %s: expected %s (", pmprobe_policy_to_string(m->policy),
		       pmprobe_target_to_string(m->target), pmprobe_verdict_to_string(m->expected));
		print_reason_set(m->expected_reasons);
		printf("), got %s (", pmprobe_verdict_to_string(m->got));
		print_reason_set(m->got_reasons);
		puts(")");
	}
}

/* check --update on @root: writes its EXPECTED and says what changed (on @out).
 * Returns: 0, or a negative errno (told, as check tells an unusable root; the message also in
 * @err). */
static int
update_root(FILE *out, const char *root, char *err, size_t errsize)
{
	struct check_update u;
	int r = check_update_root(root, &u);

	fputs(r < 0 ? "ERROR " : r > 0 ? "wrote " : "same  ", out);
	tool_print_escaped(out, root);
	if (r < 0) {
		fputs(": ", out);
		tool_print_escaped(out, u.error);
		fputc('\n', out);
		/* A longer message is cut: it is for people. */
		if (snprintf(err, errsize, "check --update: %s", u.error) >= (int)errsize)
			err[errsize - 1] = '\0';
	} else if (r == 0) {
		fputs(": EXPECTED holds the current verdicts\n", out);
	} else {
		fprintf(out, ": %s EXPECTED, %u verdict lines changed, %u added (marked '%s')\n",
			u.created ? "new" : "refreshed", u.changed, u.added, CHECK_SNAPSHOT_MARK);
		/* The old lines come from the tree: escaped, a line at a time. */
		for (char *save = NULL, *l = u.diff.s ? strtok_r(u.diff.s, "\n", &save) : NULL; l;
		     l = strtok_r(NULL, "\n", &save)) {
			tool_print_escaped(out, l);
			fputc('\n', out);
		}
	}
	free(u.diff.s);
	return r < 0 ? r : 0;
}

struct check_counts {
	unsigned passed, failed, errors;
	int json;
	struct check_junit *junit; /* --format junit: the suites, written at the end */
	int junit_r;		   /* check_junit_add()'s first failure */
	/* junit: the roots in argument order, the next one not in the document, and the error of
	 * each whose EXPECTED --update could not write ("" for the others, which are checked) */
	char *const *args;
	size_t n_args, next;
	char (*update_error)[512];
};

/* junit: the suites of the roots before @stop (NULL: all that are left) that --update failed. */
static void
junit_update_errors(struct check_counts *c, const char *stop)
{
	for (; c->next < c->n_args && c->args[c->next] != stop; c->next++)
		if (c->update_error[c->next][0] && c->junit_r == 0)
			c->junit_r = check_junit_add_error(c->junit, c->args[c->next],
							   c->update_error[c->next]);
	c->next += c->next < c->n_args;
}

static void
check_one(const char *root, const struct check_result *res, void *userdata)
{
	struct check_counts *c = userdata;

	if (c->junit)
		junit_update_errors(c, root);
	c->passed += res->status == CHECK_PASS;
	c->failed += res->status == CHECK_FAIL;
	c->errors += res->status == CHECK_ERROR;
	if (c->junit && c->junit_r == 0)
		c->junit_r = check_junit_add(c->junit, root, res);
	else if (c->json)
		print_check_json(root, res);
	else
		print_check_text(root, res);
}

/* Every root in this one process, on -j threads, its lines in argument order; exit 0 all as
 * expected, 1 a mismatch (and none unusable), 2 an unusable root. With --update, each EXPECTED
 * is written first (one root after another), then checked. */
static int
cmd_check(const struct options *o)
{
	struct check_counts c = {.json = o->format == FORMAT_JSON,
				 .args = o->args + 1,
				 .n_args = (size_t)o->n_args - 1};
	/* json and junit: stdout is the document, what people read goes to stderr */
	int json = c.json || o->format == FORMAT_JUNIT, r;

	char **roots = NULL;
	size_t n = 0;

	if (o->format >= 0 && o->format != FORMAT_TEXT && !json)
		return usage_error("check writes --format text, json or junit");
	if (o->sysroot)
		return usage_error("check takes its roots as arguments, not --sysroot");
	if (o->n_args < 2)
		return usage_error("check needs at least one ROOT");
	/* Nothing is written but each root's EXPECTED (sandbox.c). */
	if (o->update)
		tool_sandbox_trees("pmprobe", (const char *const *)o->args + 1, o->n_args - 1);
	else
		tool_sandbox("pmprobe", NULL);
	roots = calloc((size_t)o->n_args, sizeof(*roots));
	c.update_error = calloc((size_t)o->n_args, sizeof(*c.update_error));
	r = o->format == FORMAT_JUNIT ? check_junit_new(&c.junit) : 0;
	if (!roots || !c.update_error || r < 0) {
		free(roots);
		free(c.update_error);
		fputs("pmprobe: out of memory\n", stderr);
		return 1;
	}
	/* A root whose EXPECTED could not be written is an error, and not checked. */
	for (int i = 1; i < o->n_args; i++) {
		if (o->update && update_root(json ? stderr : stdout, o->args[i],
					     c.update_error[i - 1], sizeof(*c.update_error)) < 0)
			c.errors++;
		else
			roots[n++] = o->args[i];
	}
	r = check_jobs_run(roots, n, o->jobs < 0 ? 1 : (unsigned)o->jobs, check_one, &c);
	free(roots);
	if (r == 0 && c.junit) {
		junit_update_errors(&c, NULL);
		r = c.junit_r ? c.junit_r : check_junit_write(c.junit, stdout);
	}
	check_junit_free(c.junit);
	free(c.update_error);
	if (r < 0) {
		fprintf(stderr, "pmprobe: cannot check: %s\n", strerror(-r));
		return 1;
	}
	fprintf(json ? stderr : stdout, "%u passed, %u failed, %u %s\n", c.passed, c.failed,
		c.errors, c.errors == 1 ? "error" : "errors");
	return c.errors ? EXIT_USAGE : c.failed ? 1 : 0;
}

static int
cmd_probe(const struct options *o, enum pmprobe_policy policy)
{
	const char *sysroot = tool_sysroot(o->sysroot);
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	enum format format;
	int r;

	format = o->format < 0 ? FORMAT_TEXT : (enum format)o->format;
	r = pmprobe_new(&ctx, sysroot);
	if (r >= 0)
		r = pmprobe_set_policy(ctx, policy);
	/* The wake devices are a walk of the whole device tree: only the formats that show them,
	 * and Prometheus, whose reasons are the JSON report's (the walk adds informative ones). */
	if (r >= 0 && (format == FORMAT_TEXT || format == FORMAT_LIBVIRT))
		r = pmprobe_set_sections(ctx, format == FORMAT_TEXT ? PMPROBE_SECTION_CPU : 0);
	if (r >= 0)
		r = pmprobe_probe(ctx, &report);
	pmprobe_unref(ctx);
	if (r < 0) {
		print_cannot_read(sysroot, r);
		return EXIT_USAGE;
	}
	if (o->output) {
		r = write_output(o->output, report, format, o->json_flags);
		pmprobe_report_unref(report);
		return r;
	}
	r = print_report(stdout, report, format, o->json_flags);
	pmprobe_report_unref(report);
	return r < 0 ? print_write_error(format, r) : 0;
}

static int
run(int argc, char **argv)
{
	struct options o = {0};
	enum pmprobe_policy policy;
	const char *err = NULL;
	int r;

	/* Bad usage: the one line parse_args() or getopt printed, and exit 2. */
	r = parse_args(argc, argv, &o);
	if (r != 0)
		return r < 0 ? EXIT_USAGE : 0;
	/* Nothing is written from here on but stdout, stderr, record's DIR, check --update's
	 * EXPECTED files and --output's FILE, a new file renamed in its directory (sandbox.c). */
	if (o.output && o.n_args > 0)
		return usage_error("--output goes with a report, not with %s", o.args[0]);
	if (o.output) {
		char *dir = NULL;
		const char *base;

		if (output_split(o.output, &dir, &base) < 0)
			return usage_error("--output takes a file name, not a directory");
		tool_sandbox_trees("pmprobe", (const char *const *)&dir, 1);
		free(dir);
	} else if (o.n_args == 0 ||
		   (strcmp(o.args[0], "record") != 0 && strcmp(o.args[0], "check") != 0)) {
		tool_sandbox("pmprobe", NULL);
	}
	if (o.update && (o.n_args == 0 || strcmp(o.args[0], "check") != 0))
		return usage_error("--update goes with check");
	if (o.policy && pmprobe_policy_from_string(o.policy) < 0)
		return usage_error("unknown policy '%s' (expected 'feasible' or 'pm-utils')",
				   o.policy);
	if (o.n_args > 0 && !strcmp(o.args[0], "check")) {
		if (o.policy)
			return usage_error(
				"check compares under every policy: it takes no --policy");
		return cmd_check(&o);
	}
	if (o.jobs >= 0)
		return usage_error("-j goes with check");
	if (o.format == FORMAT_JUNIT)
		return usage_error("--format junit goes with check");
	if (tool_policy(o.policy, &policy, &err) < 0) {
		fprintf(stderr, "pmprobe: %s\n", err);
		return EXIT_USAGE;
	}
	if (o.n_args > 0 && !strcmp(o.args[0], "record"))
		return cmd_record(&o, policy);
	if (o.n_args > 0)
		return usage_error("unexpected argument '%s' (commands: record, check)", o.args[0]);
	return cmd_probe(&o, policy);
}

int
main(int argc, char **argv)
{
	tool_hold_std_fds();
	return tool_close_stdout("pmprobe", run(argc, argv));
}
