/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* libFuzzer target: sysfs token lists (state, mem_sleep, disk, lockdown) against a reference. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-util.h"
#include "tokens.h"

static int
has_bracket(const char *s, size_t len)
{
	return memchr(s, '[', len) || memchr(s, ']', len);
}

/* The contract of tokens.h, written out independently: words split at the kernel's isspace(),
 * `[word]` selects, any other bracket, a second selection or too many words is malformed. */
static void
check_against_reference(const char *text, const struct token_list *l)
{
	size_t n = 0;
	long selected = -1;
	int malformed = 0;

	for (const char *p = text;;) {
		size_t len = 0;

		while (*p && char_is_space(*p))
			p++;
		while (p[len] && !char_is_space(p[len]))
			len++;
		if (len == 0)
			break;
		if (n == TOKEN_LIST_MAX) {
			malformed = 1;
			break;
		}
		FUZZ_CHECK(l->tokens[n]);
		if (len >= 3 && p[0] == '[' && p[len - 1] == ']' && !has_bracket(p + 1, len - 2)) {
			if (selected >= 0)
				malformed = 1;
			selected = (long)n;
			FUZZ_CHECK(strlen(l->tokens[n]) == len - 2);
			FUZZ_CHECK(!memcmp(l->tokens[n], p + 1, len - 2));
		} else {
			malformed |= has_bracket(p, len) != 0;
			FUZZ_CHECK(strlen(l->tokens[n]) == len);
			FUZZ_CHECK(!memcmp(l->tokens[n], p, len));
		}
		n++;
		p += len;
	}
	FUZZ_CHECK(l->n == n);
	FUZZ_CHECK(l->malformed == malformed);
	FUZZ_CHECK(l->selected == (malformed ? -1 : selected));
}

/* What every parsed list promises, whatever the text. */
static void
check_list(const struct token_list *l)
{
	FUZZ_CHECK(l->tokens);
	FUZZ_CHECK(l->n <= TOKEN_LIST_MAX);
	FUZZ_CHECK(l->tokens[l->n] == NULL);
	FUZZ_CHECK(l->selected >= -1 && l->selected < (long)l->n);
	FUZZ_CHECK(!l->malformed || l->selected == -1);
	for (size_t i = 0; i < l->n; i++) {
		const char *t = l->tokens[i];

		FUZZ_CHECK(t[0] != '\0');
		for (const char *c = t; *c; c++) {
			FUZZ_CHECK(!char_is_space(*c));
			/* Tokens are without brackets; a stray one makes the list malformed. */
			FUZZ_CHECK(l->malformed || (*c != '[' && *c != ']'));
		}
		FUZZ_CHECK(token_list_has(l, t) == 1);
	}
	if (l->selected >= 0)
		FUZZ_CHECK(token_list_selected(l) == l->tokens[l->selected]);
	else
		FUZZ_CHECK(token_list_selected(l) == NULL);
}

/* A well-formed list written back as the kernel writes it parses to the same list. */
static void
check_round_trip(const struct token_list *l)
{
	struct fuzz_buf b = {0};
	struct token_list again;

	fuzz_buf_puts(&b, "");
	for (size_t i = 0; i < l->n; i++) {
		int sel = (long)i == l->selected;

		if (i)
			fuzz_buf_puts(&b, " ");
		fuzz_buf_puts(&b, sel ? "[" : "");
		fuzz_buf_puts(&b, l->tokens[i]);
		fuzz_buf_puts(&b, sel ? "]" : "");
	}
	fuzz_buf_puts(&b, "\n");
	FUZZ_CHECK(token_list_parse(b.s, &again) == 0);
	FUZZ_CHECK(!again.malformed);
	FUZZ_CHECK(again.n == l->n && again.selected == l->selected);
	for (size_t i = 0; i < l->n; i++)
		FUZZ_CHECK(!strcmp(again.tokens[i], l->tokens[i]));
	token_list_done(&again);
	free(b.s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_text(data, size);
	struct token_list l;

	FUZZ_CHECK(token_list_parse(text, &l) == 0);
	check_list(&l);
	check_against_reference(text, &l);
	if (!l.malformed)
		check_round_trip(&l);
	token_list_done(&l);
	FUZZ_CHECK(l.tokens == NULL && l.n == 0 && l.selected == -1 && !l.malformed);
	free(text);
	return 0;
}
