/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Unit tests for the sysfs token list parser (tokens.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "tokens.h"

static void
test_tokens_selected_middle(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(token_list_parse("s2idle [deep] shallow", &l), 0);
	assert_int_equal(l.n, 3);
	assert_string_equal(l.tokens[0], "s2idle");
	assert_string_equal(l.tokens[1], "deep");
	assert_string_equal(l.tokens[2], "shallow");
	assert_null(l.tokens[3]);
	assert_int_equal(l.selected, 1);
	assert_false(l.malformed);
	assert_string_equal(token_list_selected(&l), "deep");
	assert_true(token_list_has(&l, "deep"));
	assert_true(token_list_has(&l, "s2idle"));
	assert_false(token_list_has(&l, "[deep]"));
	assert_false(token_list_has(&l, "dee"));
	token_list_done(&l);
	assert_null(l.tokens);
	assert_int_equal(l.n, 0);
	assert_int_equal(l.selected, -1);
}

static void
test_tokens_selected_first(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(token_list_parse("[platform] shutdown reboot suspend test_resume\n", &l),
			 0);
	assert_int_equal(l.n, 5);
	assert_int_equal(l.selected, 0);
	assert_string_equal(token_list_selected(&l), "platform");
	assert_string_equal(l.tokens[4], "test_resume");
	token_list_done(&l);
}

static void
test_tokens_no_selection(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(token_list_parse("freeze mem disk", &l), 0);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.selected, -1);
	assert_false(l.malformed);
	assert_null(token_list_selected(&l));
	assert_true(token_list_has(&l, "mem"));
	assert_false(token_list_has(&l, "standby"));
	token_list_done(&l);
}

static void
test_tokens_unterminated_bracket_malformed(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(token_list_parse("s2idle [deep", &l), 0);
	assert_true(l.malformed);
	assert_int_equal(l.selected, -1);
	assert_null(token_list_selected(&l));
	assert_int_equal(l.n, 2);
	token_list_done(&l);

	assert_int_equal(token_list_parse("[deep", &l), 0);
	assert_true(l.malformed);
	assert_null(token_list_selected(&l));
	token_list_done(&l);

	assert_int_equal(token_list_parse("deep] s2idle", &l), 0);
	assert_true(l.malformed);
	assert_null(token_list_selected(&l));
	token_list_done(&l);
}

static void
test_tokens_stray_brackets_malformed(void **state)
{
	static const char *const inputs[] = {"[]", "de[ep", "a ] b", "[ deep ]", "x[y]"};

	(void)state;
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		struct token_list l;

		assert_int_equal(token_list_parse(inputs[i], &l), 0);
		if (!l.malformed)
			fail_msg("'%s' was not malformed", inputs[i]);
		assert_null(token_list_selected(&l));
		token_list_done(&l);
	}
}

/* Found by fuzz-tokens: the selection's brackets were stripped once, leaving "[deep]" selected. */
static void
test_tokens_bracket_inside_selection_malformed(void **state)
{
	static const char *const inputs[] = {"s2idle [[deep]]", "[a]b]", "[a[b]", "[]]", "[[]"};

	(void)state;
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		struct token_list l;

		assert_int_equal(token_list_parse(inputs[i], &l), 0);
		if (!l.malformed)
			fail_msg("'%s' was not malformed", inputs[i]);
		assert_int_equal(l.selected, -1);
		assert_null(token_list_selected(&l));
		token_list_done(&l);
	}
}

static void
test_tokens_two_selected_malformed(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(token_list_parse("[s2idle] [deep]", &l), 0);
	assert_true(l.malformed);
	assert_int_equal(l.selected, -1);
	assert_null(token_list_selected(&l));
	/* Both are still tokens: a malformed list is still searched. */
	assert_int_equal(l.n, 2);
	assert_true(token_list_has(&l, "s2idle"));
	assert_true(token_list_has(&l, "deep"));
	token_list_done(&l);
}

static void
test_tokens_256_tokens_accepted(void **state)
{
	char *text = calloc(TOKEN_LIST_MAX, 8);
	struct token_list l;
	size_t off = 0;

	(void)state;
	assert_non_null(text);
	for (int i = 0; i < TOKEN_LIST_MAX; i++)
		off += (size_t)sprintf(text + off, "t%d ", i);
	assert_int_equal(token_list_parse(text, &l), 0);
	assert_false(l.malformed);
	assert_int_equal(l.n, TOKEN_LIST_MAX);
	assert_string_equal(l.tokens[TOKEN_LIST_MAX - 1], "t255");
	assert_null(l.tokens[TOKEN_LIST_MAX]);
	token_list_done(&l);
	free(text);
}

static void
test_tokens_over_256_tokens_malformed(void **state)
{
	char *text = calloc(TOKEN_LIST_MAX + 2, 8);
	struct token_list l;
	size_t off = 0;

	(void)state;
	assert_non_null(text);
	off += (size_t)sprintf(text + off, "[sel] ");
	for (int i = 1; i <= TOKEN_LIST_MAX; i++)
		off += (size_t)sprintf(text + off, "t%d ", i);
	assert_int_equal(token_list_parse(text, &l), 0);
	assert_true(l.malformed);
	assert_int_equal(l.n, TOKEN_LIST_MAX); /* bounded: the 257th is never stored */
	assert_null(l.tokens[TOKEN_LIST_MAX]);
	assert_null(token_list_selected(&l));
	assert_false(token_list_has(&l, "t256"));
	token_list_done(&l);
	free(text);
}

static void
test_tokens_odd_whitespace(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(
		token_list_parse(" \t\v\f\r\n freeze\t\tmem\r\n[disk]\v\fstandby \n\n", &l), 0);
	assert_int_equal(l.n, 4);
	assert_string_equal(l.tokens[0], "freeze");
	assert_string_equal(l.tokens[1], "mem");
	assert_string_equal(l.tokens[2], "disk");
	assert_string_equal(l.tokens[3], "standby");
	assert_string_equal(token_list_selected(&l), "disk");
	assert_false(l.malformed);
	token_list_done(&l);
}

static void
test_tokens_empty(void **state)
{
	static const char *const inputs[] = {"", " ", "\n", " \t\r\n\v\f "};

	(void)state;
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		struct token_list l;

		assert_int_equal(token_list_parse(inputs[i], &l), 0);
		assert_int_equal(l.n, 0);
		assert_non_null(l.tokens);
		assert_null(l.tokens[0]);
		assert_false(l.malformed);
		assert_null(token_list_selected(&l));
		assert_false(token_list_has(&l, ""));
		token_list_done(&l);
	}
}

static void
test_tokens_done_twice(void **state)
{
	struct token_list l;

	(void)state;
	assert_int_equal(token_list_parse("a [b]", &l), 0);
	token_list_done(&l);
	token_list_done(&l); /* reset state: a second call frees nothing twice */
	assert_null(l.tokens);
	assert_null(token_list_selected(&l));
}

static void
test_tokens_char_is_space(void **state)
{
	(void)state;
	assert_true(char_is_space(' '));
	assert_true(char_is_space('\t'));
	assert_true(char_is_space('\n'));
	assert_true(char_is_space('\r'));
	assert_true(char_is_space('\v'));
	assert_true(char_is_space('\f'));
	assert_false(char_is_space('\0'));
	assert_false(char_is_space('a'));
	assert_false(char_is_space('['));
	assert_false(char_is_space((char)0xa0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens_selected_middle),
		cmocka_unit_test(test_tokens_selected_first),
		cmocka_unit_test(test_tokens_no_selection),
		cmocka_unit_test(test_tokens_unterminated_bracket_malformed),
		cmocka_unit_test(test_tokens_stray_brackets_malformed),
		cmocka_unit_test(test_tokens_bracket_inside_selection_malformed),
		cmocka_unit_test(test_tokens_two_selected_malformed),
		cmocka_unit_test(test_tokens_256_tokens_accepted),
		cmocka_unit_test(test_tokens_over_256_tokens_malformed),
		cmocka_unit_test(test_tokens_odd_whitespace),
		cmocka_unit_test(test_tokens_empty),
		cmocka_unit_test(test_tokens_done_twice),
		cmocka_unit_test(test_tokens_char_is_space),
	};

	return cmocka_run_group_tests_name("tokens", tests, NULL, NULL);
}
