/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for /proc/cmdline: the parameters that govern sleep and hibernation. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "macro.h"
#include "proc.h"
#include "tokens.h"

/* One parameter as the kernel's next_arg() sees it: double quotes group, and are dropped. */
static const char *
next_param(const char *p, char **ret)
{
	size_t cap = strlen(p) + 1, n = 0;
	char *out = malloc(cap);
	int quoted = 0;

	if (!out)
		return NULL;
	for (; *p && (quoted || !char_is_space(*p)); p++) {
		if (*p == '"') {
			quoted = !quoted;
			continue;
		}
		out[n++] = *p;
	}
	out[n] = '\0';
	*ret = out;
	return p;
}

static int
set_string(char **slot, const char *value)
{
	char *v = strdup(value);

	if (!v)
		return -ENOMEM;
	free(*slot);
	*slot = v;
	return 0;
}

static int
apply(struct cmdline *c, const char *param)
{
	if (streq(param, "nohibernate")) {
		c->nohibernate = 1;
		return 0;
	}
	if (streq(param, "noresume")) {
		c->noresume = 1;
		return 0;
	}
	if (!strncmp(param, "hibernate=", 10)) {
		const char *v = param + 10;

		/* kernel/power/hibernate.c: prefix tests, in this order. */
		if (!strncmp(v, "noresume", 8))
			c->noresume = 1;
		else if (!strncmp(v, "nocompress", 10))
			c->nocompress = 1;
		else if (!strncmp(v, "no", 2))
			c->nohibernate = 1;
		return 0;
	}
	if (!strncmp(param, "resume=", 7))
		return set_string(&c->resume, param + 7);
	if (!strncmp(param, "hibernate.compressor=", 21))
		return set_string(&c->compressor, param + 21);
	if (!strncmp(param, "mem_sleep_default=", 18))
		return set_string(&c->mem_sleep_default, param + 18);
	return 0;
}

int
cmdline_parse(const char *text, struct cmdline *ret)
{
	struct cmdline c = {0};
	const char *p = text;

	for (;;) {
		_cleanup_free_ char *param = NULL;
		int r;

		while (*p && char_is_space(*p))
			p++;
		if (!*p)
			break;
		p = next_param(p, &param);
		if (!p) {
			cmdline_done(&c);
			return -ENOMEM;
		}
		if (streq(param, "--"))
			break; /* the rest belongs to init */
		r = apply(&c, param);
		if (r < 0) {
			cmdline_done(&c);
			return r;
		}
	}
	*ret = c;
	return 0;
}

void
cmdline_done(struct cmdline *c)
{
	free(c->resume);
	free(c->mem_sleep_default);
	free(c->compressor);
	*c = (struct cmdline){0};
}
