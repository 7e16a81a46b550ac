/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Whitespace-separated token lists with one [selected] token, as sysfs writes them. */
#pragma once

#include <stddef.h>

#define TOKEN_LIST_MAX 256

struct token_list {
	char **tokens; /* without brackets, NULL-terminated */
	size_t n;
	long selected; /* index of the [selected] token, -1 when none */
	int malformed; /* a stray or unterminated bracket, two selected, over TOKEN_LIST_MAX */
};

int token_list_parse(const char *text, struct token_list *ret);
void token_list_done(struct token_list *l);
int token_list_has(const struct token_list *l, const char *token);
/* Returns: the selected token (borrowed), or NULL when none or malformed. */
const char *token_list_selected(const struct token_list *l);
/* Returns: 1 when @c is whitespace as the kernel's isspace() has it. */
int char_is_space(char c);
