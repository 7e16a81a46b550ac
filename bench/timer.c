/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Benchmark timer: runs candidates round-robin, prints median wall time and peak RSS of each. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define RSS_RUNS 3

/* One line of the spec file: NAME <TAB> EVERY <TAB> PROGRAM <TAB> ARG... ; EVERY N samples the
 * candidate in every Nth round only (for slow ones), still interleaved with all the others. */
struct candidate {
	char *name;
	char **argv;
	unsigned every;
	size_t n;
	double *us;	   /* wall time of each run, microseconds */
	double *cpu_us;	   /* user + system time of each run */
	long maxrss_kib;   /* the largest ru_maxrss of RSS_RUNS forked runs */
	int status, mixed; /* exit status of the first run; whether it ever differed */
	int signaled;
};

static void
die(const char *what)
{
	fprintf(stderr, "bench-timer: %s: %s\n", what, strerror(errno));
	exit(2);
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("realloc");
	return p;
}

static size_t
parse_spec(const char *path, struct candidate **ret)
{
	FILE *f = fopen(path, "re");
	struct candidate *c = NULL;
	char *line = NULL;
	size_t cap = 0, n = 0;
	ssize_t len;

	if (!f)
		die(path);
	while ((len = getline(&line, &cap, f)) > 0) {
		struct candidate *x;
		char *save = NULL, *tok, *every;
		size_t argc = 0;

		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (!*line || *line == '#')
			continue;
		c = xrealloc(c, (n + 1) * sizeof(*c));
		x = &c[n];
		memset(x, 0, sizeof(*x));
		x->name = strdup(strtok_r(line, "\t", &save));
		every = strtok_r(NULL, "\t", &save);
		x->every = every ? (unsigned)strtoul(every, NULL, 10) : 1;
		if (!x->name || !every || x->every == 0) {
			fprintf(stderr, "bench-timer: %s: bad line for '%s'\n", path, line);
			exit(2);
		}
		while ((tok = strtok_r(NULL, "\t", &save))) {
			x->argv = xrealloc(x->argv, (argc + 2) * sizeof(char *));
			x->argv[argc] = strdup(tok);
			if (!x->argv[argc++])
				die("strdup");
		}
		if (!argc) {
			fprintf(stderr, "bench-timer: %s: no program for '%s'\n", path, x->name);
			exit(2);
		}
		x->argv[argc] = NULL;
		n++;
	}
	free(line);
	fclose(f);
	*ret = c;
	return n;
}

static double
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* posix_spawn is fork+exec through clone(CLONE_VM|CLONE_VFORK): the least the parent can add. */
static void
run_once(struct candidate *c, const posix_spawn_file_actions_t *fa, int record)
{
	struct rusage ru;
	double t0, t1;
	pid_t pid;
	int r, status;

	t0 = now_us();
	r = posix_spawn(&pid, c->argv[0], fa, NULL, c->argv, environ);
	if (r != 0) {
		errno = r;
		die(c->argv[0]);
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR)
			die("wait4");
	t1 = now_us();
	if (!record)
		return;
	c->us[c->n] = t1 - t0;
	c->cpu_us[c->n] = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e6 +
			  (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
	if (WIFSIGNALED(status))
		c->signaled = 1;
	r = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	if (c->n == 0)
		c->status = r;
	else if (r != c->status)
		c->mixed = 1;
	c->n++;
}

/* Peak RSS is measured apart, through fork(): a child made by vfork (posix_spawn) execs from
 * the parent's own address space and the kernel folds that one's peak into the child's maxrss,
 * while a forked copy only holds the parent's few private pages. */
static void
rss_once(struct candidate *c, int devnull)
{
	struct rusage ru;
	pid_t pid;
	int status;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		dup2(devnull, 0);
		dup2(devnull, 1);
		dup2(devnull, 2);
		execv(c->argv[0], c->argv);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR)
			die("wait4");
	if (ru.ru_maxrss > c->maxrss_kib)
		c->maxrss_kib = ru.ru_maxrss;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Quantile q of a sorted array, by linear interpolation. */
static double
quantile(const double *v, size_t n, double q)
{
	double pos = q * (double)(n - 1);
	size_t i = (size_t)pos;

	if (n == 0)
		return 0;
	if (i + 1 >= n)
		return v[n - 1];
	return v[i] + (pos - (double)i) * (v[i + 1] - v[i]);
}

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t
xorshift(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void
usage(void)
{
	fputs("Usage: bench-timer [-r ROUNDS] [-w WARMUP] [-c CPU|last] SPECFILE\n"
	      "Runs each candidate of SPECFILE once per round, in a new random order every round,\n"
	      "and prints a TSV line per candidate: name, runs, median, q1, q3, min (wall us),\n"
	      "median cpu us, max RSS KiB (of 3 more runs, forked), exit status ('mixed' when it\n"
	      "varied).\n",
	      stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	unsigned rounds = 200, warmup = 3;
	int cpu = -1, opt;
	posix_spawn_file_actions_t fa;
	struct candidate *c;
	size_t n, *order;
	int devnull;

	while ((opt = getopt(argc, argv, "r:w:c:")) != -1) {
		switch (opt) {
		case 'r':
			rounds = (unsigned)strtoul(optarg, NULL, 10);
			break;
		case 'w':
			warmup = (unsigned)strtoul(optarg, NULL, 10);
			break;
		case 'c':
			cpu = strcmp(optarg, "last") ? (int)strtol(optarg, NULL, 10) : INT_MAX;
			break;
		default:
			usage();
		}
	}
	if (optind + 1 != argc || rounds == 0)
		usage();
	n = parse_spec(argv[optind], &c);
	if (cpu >= 0) {
		cpu_set_t set;

		if (cpu == INT_MAX) { /* the highest CPU this process may run on */
			if (sched_getaffinity(0, sizeof(set), &set) < 0)
				die("sched_getaffinity");
			for (cpu = CPU_SETSIZE - 1; cpu > 0 && !CPU_ISSET(cpu, &set); cpu--)
				;
		}
		CPU_ZERO(&set);
		CPU_SET(cpu, &set);
		if (sched_setaffinity(0, sizeof(set), &set) < 0)
			die("sched_setaffinity");
	}
	if (posix_spawn_file_actions_init(&fa) != 0 ||
	    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0) != 0 ||
	    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0) != 0 ||
	    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0) != 0)
		die("posix_spawn_file_actions");
	order = xrealloc(NULL, n * sizeof(*order));
	for (size_t i = 0; i < n; i++) {
		c[i].us = xrealloc(NULL, rounds * sizeof(double));
		c[i].cpu_us = xrealloc(NULL, rounds * sizeof(double));
		order[i] = i;
	}
	for (unsigned round = 0; round < warmup + rounds; round++) {
		int record = round >= warmup;

		for (size_t i = n; i > 1; i--) {
			size_t j = (size_t)(xorshift() % i), t = order[i - 1];

			order[i - 1] = order[j];
			order[j] = t;
		}
		for (size_t k = 0; k < n; k++) {
			struct candidate *x = &c[order[k]];

			if (record && (round - warmup) % x->every != 0)
				continue;
			if (!record && round > 0 && x->every > 1)
				continue; /* one warm-up run is enough for a slow one */
			run_once(x, &fa, record);
		}
	}
	devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (devnull < 0)
		die("/dev/null");
	for (size_t i = 0; i < n; i++)
		for (unsigned k = 0; k < RSS_RUNS; k++)
			rss_once(&c[i], devnull);
	close(devnull);
	for (size_t i = 0; i < n; i++) {
		struct candidate *x = &c[i];

		qsort(x->us, x->n, sizeof(double), cmp_double);
		qsort(x->cpu_us, x->n, sizeof(double), cmp_double);
		printf("%s\t%zu\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%ld\t", x->name, x->n,
		       quantile(x->us, x->n, 0.5), quantile(x->us, x->n, 0.25),
		       quantile(x->us, x->n, 0.75), x->n ? x->us[0] : 0.0,
		       quantile(x->cpu_us, x->n, 0.5), x->maxrss_kib);
		if (x->mixed)
			puts("mixed");
		else
			printf("%d%s\n", x->status, x->signaled ? " (signal)" : "");
	}
	posix_spawn_file_actions_destroy(&fa);
	return 0;
}
