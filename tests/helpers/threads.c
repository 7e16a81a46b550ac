/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The library keeps no global state: many roots probed from 8 threads at once, each with its own
 * context, give byte for byte the JSON reports of a serial run. Run under helgrind and TSan. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pmprobe/pmprobe.h>

/* One probe: a root under a policy. The live host (root NULL) is probed, never compared. */
struct job {
	const char *root;
	enum pmprobe_policy policy;
	char *expected; /* the serial run's JSON */
};

struct worker {
	pthread_t thread;
	unsigned id;
	unsigned long probes, log_lines, mismatches, errors;
	char log_buf[512];
};

static struct job *jobs;
static size_t n_jobs;
static unsigned n_rounds = 3;
static pthread_barrier_t start;

/* Every message is formatted, as a caller's logger would, into the thread's own buffer. */
static void
log_to_worker(void *userdata, int priority, const char *file, int line, const char *fn,
	      const char *format, va_list args)
{
	struct worker *w = userdata;

	(void)priority;
	(void)file;
	(void)line;
	(void)fn;
	vsnprintf(w->log_buf, sizeof(w->log_buf), format, args);
	w->log_lines++;
}

/* Returns: 0 and the report's JSON in *ret, or a negative errno. */
static int
probe_json(const struct job *job, struct worker *w, char **ret)
{
	struct pmprobe_ctx *ctx = NULL;
	struct pmprobe_report *report = NULL;
	int r;

	r = pmprobe_new(&ctx, job->root);
	if (r < 0)
		return r;
	if (w) {
		pmprobe_set_log_fn(ctx, log_to_worker, w);
		pmprobe_set_log_priority(ctx, 7);
	}
	r = pmprobe_set_policy(ctx, job->policy);
	if (r >= 0)
		r = pmprobe_probe(ctx, &report);
	pmprobe_unref(ctx);
	if (r < 0)
		return r;
	r = pmprobe_report_to_json(report, ret);
	pmprobe_report_unref(report);
	return r;
}

static void *
work(void *userdata)
{
	struct worker *w = userdata;

	pthread_barrier_wait(&start);
	/* Each thread starts at another job, so that different roots are read at the same time. */
	for (unsigned round = 0; round < n_rounds; round++)
		for (size_t k = 0; k < n_jobs; k++) {
			const struct job *job = &jobs[(w->id * 7 + round + k) % n_jobs];
			char *json = NULL;
			int r = probe_json(job, w, &json);

			w->probes++;
			if (r < 0) {
				fprintf(stderr, "thread %u: %s: %s\n", w->id,
					job->root ? job->root : "live", strerror(-r));
				w->errors++;
			} else if (job->expected && strcmp(json, job->expected) != 0) {
				fprintf(stderr, "thread %u: %s (%s): the report differs:\n%s\n",
					w->id, job->root, pmprobe_policy_to_string(job->policy),
					json);
				w->mismatches++;
			}
			free(json);
		}
	return NULL;
}

static int
usage(void)
{
	fputs("usage: threads [--threads N] [--rounds N] [--live] ROOT...\n", stderr);
	return 2;
}

int
main(int argc, char **argv)
{
	unsigned n_threads = 8, live = 0;
	unsigned long probes = 0, log_lines = 0, mismatches = 0, errors = 0;
	struct worker *workers;
	int i, r;

	for (i = 1; i < argc && !strncmp(argv[i], "--", 2); i++) {
		if (!strcmp(argv[i], "--live"))
			live = 1;
		else if (!strcmp(argv[i], "--threads") && i + 1 < argc)
			n_threads = (unsigned)strtoul(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
			n_rounds = (unsigned)strtoul(argv[++i], NULL, 10);
		else
			return usage();
	}
	if (i == argc || n_threads == 0 || n_threads > 64)
		return usage();
	n_jobs = (size_t)(argc - i) * _PMPROBE_POLICY_MAX + live;
	jobs = calloc(n_jobs, sizeof(*jobs));
	workers = calloc(n_threads, sizeof(*workers));
	if (!jobs || !workers)
		return 1;

	/* The serial run: what every thread must see. */
	for (size_t j = 0; i < argc; i++)
		for (int p = 0; p < _PMPROBE_POLICY_MAX; p++, j++) {
			jobs[j].root = argv[i];
			jobs[j].policy = (enum pmprobe_policy)p;
			r = probe_json(&jobs[j], NULL, &jobs[j].expected);
			if (r < 0) {
				fprintf(stderr, "%s: %s\n", argv[i], strerror(-r));
				return 1;
			}
		}

	/* The live host too, though its values move (meminfo): the report is not compared. This
	 * also runs libudev's one-time setup (its hash seed, behind pthread_once()) before any
	 * thread starts, as a program would: helgrind cannot see pthread_once()'s ordering and
	 * would report libudev's own reads of that seed as races. */
	if (live) {
		char *json = NULL;

		r = probe_json(&jobs[n_jobs - 1], NULL, &json);
		if (r < 0) {
			fprintf(stderr, "live: %s\n", strerror(-r));
			return 1;
		}
		free(json);
	}

	r = pthread_barrier_init(&start, NULL, n_threads);
	if (r != 0)
		return 1;
	for (unsigned t = 0; t < n_threads; t++) {
		workers[t].id = t;
		r = pthread_create(&workers[t].thread, NULL, work, &workers[t]);
		if (r != 0) {
			fprintf(stderr, "pthread_create: %s\n", strerror(r));
			return 1;
		}
	}
	for (unsigned t = 0; t < n_threads; t++) {
		pthread_join(workers[t].thread, NULL);
		probes += workers[t].probes;
		log_lines += workers[t].log_lines;
		mismatches += workers[t].mismatches;
		errors += workers[t].errors;
	}
	pthread_barrier_destroy(&start);

	printf("%zu roots x %d policies%s, %u rounds on %u threads: %lu probes, %lu debug lines, "
	       "%lu differ from the serial run, %lu failed\n",
	       (n_jobs - live) / _PMPROBE_POLICY_MAX, _PMPROBE_POLICY_MAX,
	       live ? " and the live host" : "", n_rounds, n_threads, probes, log_lines, mismatches,
	       errors);
	for (size_t j = 0; j < n_jobs; j++)
		free(jobs[j].expected);
	free(jobs);
	free(workers);
	return mismatches || errors || log_lines == 0 ? 1 : 0;
}
