/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Parser for sysfs token lists such as "s2idle [deep]" or "[platform] shutdown suspend". */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "macro.h"
#include "strv.h"
#include "tokens.h"

int
char_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static int
token_push(struct token_list *l, const char *s, size_t len)
{
	char **p = realloc(l->tokens, (l->n + 2) * sizeof(char *));

	if (!p)
		return -ENOMEM;
	l->tokens = p;
	l->tokens[l->n] = strndup(s, len);
	if (!l->tokens[l->n])
		return -ENOMEM;
	l->tokens[++l->n] = NULL;
	return 0;
}

/* Returns: 1 when @s holds a bracket. */
static int
has_bracket(const char *s, size_t len)
{
	return memchr(s, '[', len) || memchr(s, ']', len);
}

static int
add_token(struct token_list *l, const char *s, size_t len)
{
	int open = s[0] == '[', close = s[len - 1] == ']';

	/* `[x]` selects x; `[[x]]` or `[a]b]` hold stray brackets and select nothing. */
	if (open && close && len >= 3 && !has_bracket(s + 1, len - 2)) {
		if (l->selected >= 0)
			l->malformed = 1;
		else
			l->selected = (long)l->n;
		return token_push(l, s + 1, len - 2);
	}
	if (has_bracket(s, len))
		l->malformed = 1;
	return token_push(l, s, len);
}

int
token_list_parse(const char *text, struct token_list *ret)
{
	struct token_list l = {.selected = -1};
	int r;

	l.tokens = calloc(1, sizeof(char *));
	if (!l.tokens)
		return -ENOMEM;
	for (const char *p = text; *p;) {
		size_t len = 0;

		while (*p && char_is_space(*p))
			p++;
		while (p[len] && !char_is_space(p[len]))
			len++;
		if (len == 0)
			break;
		if (l.n >= TOKEN_LIST_MAX) {
			l.malformed = 1;
			break;
		}
		r = add_token(&l, p, len);
		if (r < 0) {
			token_list_done(&l);
			return r;
		}
		p += len;
	}
	if (l.malformed)
		l.selected = -1;
	*ret = l;
	return 0;
}

void
token_list_done(struct token_list *l)
{
	strv_free(l->tokens);
	*l = (struct token_list){.selected = -1};
}

int
token_list_has(const struct token_list *l, const char *token)
{
	for (size_t i = 0; i < l->n; i++)
		if (streq(l->tokens[i], token))
			return 1;
	return 0;
}

const char *
token_list_selected(const struct token_list *l)
{
	if (l->malformed || l->selected < 0 || (size_t)l->selected >= l->n)
		return NULL;
	return l->tokens[l->selected];
}
