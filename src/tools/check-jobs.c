/* SPDX-License-Identifier: GPL-2.0-or-later */
/* `pmprobe check -j N`: trees checked on N threads, each result handed on in argument order. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

/* Results held at once per thread: a check_result is 70 KiB, and a slow tree must not make the
 * others pile up without bound. */
#define JOBS_WINDOW 4u

struct runner {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	char *const *roots;
	size_t n, next, handed; /* next: first root no thread took; handed: results given on */
	size_t window;
	struct check_result *slots; /* root i in slots[i % window] */
	unsigned char *done;	    /* the same, 1 when its result is in */
};

static void *
worker(void *userdata)
{
	struct runner *j = userdata;

	pthread_mutex_lock(&j->lock);
	for (;;) {
		size_t i;

		while (j->next < j->n && j->next >= j->handed + j->window)
			pthread_cond_wait(&j->changed, &j->lock);
		if (j->next >= j->n)
			break;
		i = j->next++;
		pthread_mutex_unlock(&j->lock);
		check_root(j->roots[i], &j->slots[i % j->window]);
		pthread_mutex_lock(&j->lock);
		j->done[i % j->window] = 1;
		pthread_cond_broadcast(&j->changed);
	}
	pthread_mutex_unlock(&j->lock);
	return NULL;
}

static int
run_serial(char *const *roots, size_t n, check_jobs_fn fn, void *userdata)
{
	struct check_result *res = malloc(sizeof(*res));

	if (!res)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		check_root(roots[i], res);
		fn(roots[i], res, userdata);
	}
	free(res);
	return 0;
}

unsigned
check_jobs_default(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (unsigned)n : 1;
}

int
check_jobs_run(char *const *roots, size_t n, unsigned jobs, check_jobs_fn fn, void *userdata)
{
	struct runner j = {.roots = roots, .n = n};
	pthread_t *threads;
	unsigned started = 0;
	int r = 0;

	if (jobs == 0)
		jobs = check_jobs_default();
	if (jobs > n)
		jobs = n ? (unsigned)n : 1;
	if (jobs == 1) /* no thread: the process stays one, as the readonly tests trace it */
		return run_serial(roots, n, fn, userdata);
	j.window = (size_t)jobs * JOBS_WINDOW;
	j.slots = malloc(j.window * sizeof(*j.slots));
	j.done = calloc(j.window, 1);
	threads = calloc(jobs, sizeof(*threads));
	if (!j.slots || !j.done || !threads) {
		r = -ENOMEM;
		goto out;
	}
	pthread_mutex_init(&j.lock, NULL);
	pthread_cond_init(&j.changed, NULL);
	for (; started < jobs; started++)
		if (pthread_create(&threads[started], NULL, worker, &j) != 0)
			break;
	if (started == 0) {
		r = -EAGAIN;
	} else {
		/* The calling thread hands the results on, in order, as they come in. */
		pthread_mutex_lock(&j.lock);
		while (j.handed < n) {
			size_t s = j.handed % j.window;

			while (!j.done[s])
				pthread_cond_wait(&j.changed, &j.lock);
			pthread_mutex_unlock(&j.lock);
			fn(roots[j.handed], &j.slots[s], userdata);
			pthread_mutex_lock(&j.lock);
			j.done[s] = 0;
			j.handed++;
			pthread_cond_broadcast(&j.changed);
		}
		pthread_mutex_unlock(&j.lock);
	}
	for (unsigned t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	pthread_cond_destroy(&j.changed);
	pthread_mutex_destroy(&j.lock);
out:
	free(threads);
	free(j.done);
	free(j.slots);
	return r;
}
