/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Walks DSDT/SSDT AML to find which \_Sx sleep objects are declared and whether LPS0 is there. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "macro.h"

/*
 * The walk follows the AML grammar (ACPI 6.5, chapter 20): every term object is decoded with its
 * operands, so Scope, Device, If, Method and the other blocks are entered through their package
 * lengths, never found by searching bytes. Two things need care:
 *
 * - A name in operand position may be a method call, whose argument count only the method's
 *   declaration tells. So the table is walked three times. The first pass collects the methods
 *   (and External method declarations) with their absolute paths. The second collects the other
 *   objects whose name some method also has (Name, fields, Device...), so that a lookup finds
 *   the nearest declaration as the ACPI search rules do (the scope, then each parent), be it a
 *   method or not. The third pass records the results. A name no rule resolves is read as a
 *   plain name, as iasl reads it (a call into another table without External).
 * - Method bodies are code, not declarations. A body that does not decode (typically a call of
 *   unknown arity) is skipped to its end and counted in methods_skipped; its package length
 *   framed it, so the walk around it stays exact. Anywhere else an unknown opcode or a broken
 *   length ends the walk and marks it partial.
 */

#define SCOPE_MAX 32	/* namespace depth followed */
#define NESTING_MAX 128 /* term nesting followed */
/* The declaration tables grow with the table, up to these bounds (powers of two): each
 * declaration takes at least 5 bytes of AML (opcode and a name segment), a method 7, so a
 * table of N bytes has at most N / 5 of them and N / 7 method names, less than 3/4 of N / 2
 * and N / 4 slots. A small table then costs a small allocation, not 270 KiB zeroed (the AML
 * fuzz target ran 240 inputs a second for it). */
#define NAME_SLOTS 16384 /* declarations remembered at most */
#define SEG_SLOTS 4096	 /* distinct method names remembered at most */
#define NAME_SLOTS_MIN 64u
#define SEG_BITS_MIN 4u

#define SEG(a, b, c, d)                                                                            \
	((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
#define SEG_HID SEG('_', 'H', 'I', 'D')
#define SEG_CID SEG('_', 'C', 'I', 'D')

/* "PNP0D80" as EisaId() encodes it: compressed vendor 0x41D0, product 0x0D80, byte-swapped. */
#define LPS0_EISAID 0x800DD041u
#define LPS0_HID "PNP0D80"

#define OBJ_TYPE_METHOD 8 /* External (..., MethodObj) */

enum pass {
	PASS_METHODS, /* remember methods */
	PASS_NAMES,   /* remember other objects named like a method */
	PASS_RECORD,  /* walk method bodies too, record sleep objects and LPS0 */
};

struct name_slot {
	uint64_t key; /* hash of the absolute path; 0: free */
	uint8_t argc;
	bool method;
};

struct name {
	bool root;
	unsigned up;	/* leading '^' */
	unsigned nsegs; /* segments in the name, 0 for the null name */
	uint32_t segs[SCOPE_MAX];
};

struct path {
	unsigned n;
	bool overflow; /* deeper than SCOPE_MAX: never \_Sx, never remembered */
	uint32_t segs[SCOPE_MAX];
};

/* Where a term sits. */
struct ctx {
	bool conditional; /* inside If/Else/While */
	bool in_method;
	bool hid; /* inside the value of _HID or _CID */
};

struct walk {
	const uint8_t *buf;
	size_t end;
	enum pass pass;
	struct acpi_aml_sleep *out;
	struct path scope;
	unsigned nesting;
	enum acpi_aml_stop stop;
	size_t stop_at;
	unsigned n_names, n_segs;
	bool segs_full; /* a method's segment did not fit: segs no longer says "no method" */
	unsigned name_slots, seg_bits; /* a power of two; log2 of another */
	struct name_slot *names;       /* declarations that may be called */
	uint32_t *segs;		       /* last segments of method names; 0: free */
};

/* Operand shapes of the fixed-form opcodes: a TermArg, s SuperName or Target, n NameString
 * referred to, N NameString declared, b/w/d/q byte/word/dword/qword data. NULL: unknown, or
 * decoded by hand in term(). */
static const char *const op_shapes[256] = {
	[0x00] = "",   /* Zero */
	[0x01] = "",   /* One */
	[0x06] = "nN", /* Alias */
	[0x0A] = "b",  /* BytePrefix */
	[0x0B] = "w",  /* WordPrefix */
	[0x0E] = "q",  /* QWordPrefix */
	[0x60] = "",   /* Local0 .. Local7 */
	[0x61] = "",	   [0x62] = "", [0x63] = "",   [0x64] = "",
	[0x65] = "",	   [0x66] = "", [0x67] = "",   [0x68] = "", /* Arg0 .. Arg6 */
	[0x69] = "",	   [0x6A] = "", [0x6B] = "",   [0x6C] = "",
	[0x6D] = "",	   [0x6E] = "", [0x70] = "as", /* Store */
	[0x71] = "s",				       /* RefOf */
	[0x72] = "aas",				       /* Add */
	[0x73] = "aas",				       /* Concatenate */
	[0x74] = "aas",				       /* Subtract */
	[0x75] = "s",				       /* Increment */
	[0x76] = "s",				       /* Decrement */
	[0x77] = "aas",				       /* Multiply */
	[0x78] = "aass",			       /* Divide */
	[0x79] = "aas",				       /* ShiftLeft */
	[0x7A] = "aas",				       /* ShiftRight */
	[0x7B] = "aas",				       /* And */
	[0x7C] = "aas",				       /* NAnd */
	[0x7D] = "aas",				       /* Or */
	[0x7E] = "aas",				       /* NOr */
	[0x7F] = "aas",				       /* XOr */
	[0x80] = "as",				       /* Not */
	[0x81] = "as",				       /* FindSetLeftBit */
	[0x82] = "as",				       /* FindSetRightBit */
	[0x83] = "a",				       /* DerefOf */
	[0x84] = "aas",				       /* ConcatenateResTemplate */
	[0x85] = "aas",				       /* Mod */
	[0x86] = "sa",				       /* Notify */
	[0x87] = "s",				       /* SizeOf */
	[0x88] = "aas",				       /* Index */
	[0x89] = "ababaa",			       /* Match */
	[0x8A] = "aaN",				       /* CreateDWordField */
	[0x8B] = "aaN",				       /* CreateWordField */
	[0x8C] = "aaN",				       /* CreateByteField */
	[0x8D] = "aaN",				       /* CreateBitField */
	[0x8E] = "s",				       /* ObjectType */
	[0x8F] = "aaN",				       /* CreateQWordField */
	[0x90] = "aa",				       /* LAnd */
	[0x91] = "aa",				       /* LOr */
	[0x92] = "a",				       /* LNot */
	[0x93] = "aa",				       /* LEqual */
	[0x94] = "aa",				       /* LGreater */
	[0x95] = "aa",				       /* LLess */
	[0x96] = "as",				       /* ToBuffer */
	[0x97] = "as",				       /* ToDecimalString */
	[0x98] = "as",				       /* ToHexString */
	[0x99] = "as",				       /* ToInteger */
	[0x9C] = "aas",				       /* ToString */
	[0x9D] = "as",				       /* CopyObject */
	[0x9E] = "aaas",			       /* Mid */
	[0x9F] = "",				       /* Continue */
	[0xA3] = "",				       /* Noop */
	[0xA5] = "",				       /* Break */
	[0xCC] = "",				       /* BreakPoint */
	[0xFF] = "",				       /* Ones */
};

/* Operand shapes of the 0x5B-prefixed opcodes. */
static const char *const ext_shapes[256] = {
	[0x01] = "Nb",	   /* Mutex */
	[0x02] = "N",	   /* Event */
	[0x12] = "ss",	   /* CondRefOf */
	[0x13] = "aaaN",   /* CreateField */
	[0x1F] = "aaaaaa", /* LoadTable */
	[0x20] = "ns",	   /* Load */
	[0x21] = "a",	   /* Stall */
	[0x22] = "a",	   /* Sleep */
	[0x23] = "sw",	   /* Acquire */
	[0x24] = "s",	   /* Signal */
	[0x25] = "sa",	   /* Wait */
	[0x26] = "s",	   /* Reset */
	[0x27] = "s",	   /* Release */
	[0x28] = "as",	   /* FromBCD */
	[0x29] = "as",	   /* ToBCD */
	[0x2A] = "s",	   /* Unload */
	[0x30] = "",	   /* Revision */
	[0x31] = "",	   /* Debug */
	[0x32] = "bda",	   /* Fatal */
	[0x33] = "",	   /* Timer */
	[0x80] = "Nbaa",   /* OperationRegion */
	[0x88] = "Naaa",   /* DataTableRegion */
};

static int
fail(struct walk *w, enum acpi_aml_stop why, size_t at)
{
	if (w->stop == ACPI_AML_COMPLETE) {
		w->stop = why;
		w->stop_at = at;
	}
	return -1;
}

static int
need(struct walk *w, size_t pos, size_t limit, size_t n)
{
	if (pos > limit || limit - pos < n)
		return fail(w, ACPI_AML_STOP_LENGTH, pos);
	return 0;
}

static bool
is_lead_char(uint8_t c)
{
	return (c >= 'A' && c <= 'Z') || c == '_';
}

static bool
is_name_char(uint8_t c)
{
	return is_lead_char(c) || (c >= '0' && c <= '9');
}

static bool
starts_name(uint8_t c)
{
	return is_lead_char(c) || c == '\\' || c == '^' || c == 0x2E || c == 0x2F;
}

/* ---- remembered declarations ---------------------------------------------------------- */

#define PATH_HASH_START 14695981039346656037u /* FNV-1a over the segment bytes */

static uint64_t
path_hash_add(uint64_t h, uint32_t seg)
{
	for (unsigned b = 0; b < 4; b++) {
		h ^= (seg >> (8 * b)) & 0xFF;
		h *= 1099511628211u;
	}
	return h;
}

static uint64_t
path_hash(const uint32_t *segs, unsigned n)
{
	uint64_t h = PATH_HASH_START;

	for (unsigned i = 0; i < n; i++)
		h = path_hash_add(h, segs[i]);
	return h ? h : 1;
}

/* Returns: the index of @key in the open-addressed @table, else (insert) of the free slot for
 * it, else -1. A key of 0 marks a free slot; no path hash or name segment is 0. */
static int
name_slot(const struct walk *w, uint64_t key, bool insert)
{
	const struct name_slot *table = w->names;
	unsigned mask = w->name_slots - 1;

	for (unsigned i = 0, at = key & mask; i < w->name_slots; i++, at = (at + 1) & mask) {
		if (table[at].key == key)
			return (int)at;
		if (table[at].key == 0)
			return insert ? (int)at : -1;
	}
	return -1;
}

static int
seg_slot(const struct walk *w, uint32_t seg, bool insert)
{
	const uint32_t *table = w->segs;
	unsigned n = 1u << w->seg_bits, mask = n - 1;

	/* Spread the segment: its low bytes are from a few letters. */
	for (unsigned i = 0, at = (seg * 2654435761u) >> (32 - w->seg_bits); i < n;
	     i++, at = (at + 1) & mask) {
		if (table[at] == seg)
			return (int)at;
		if (table[at] == 0)
			return insert ? (int)at : -1;
	}
	return -1;
}

/* Remembers a declaration at @p for resolving calls later, as the current pass wants. */
static void
declare(struct walk *w, const struct path *p, bool method, unsigned argc)
{
	uint64_t key;
	uint32_t seg;
	int i;

	if (p->n == 0 || p->overflow)
		return;
	seg = p->segs[p->n - 1];
	if (method) {
		if (w->pass == PASS_NAMES)
			return;
		i = seg_slot(w, seg, true);
		if (i >= 0 && w->segs[i] == 0 && w->n_segs < (3u << w->seg_bits) / 4) {
			w->segs[i] = seg;
			w->n_segs++;
		} else if (i < 0 || w->segs[i] == 0)
			w->segs_full = true;
	} else if (w->pass == PASS_METHODS || seg_slot(w, seg, false) < 0)
		return; /* no call can mean it */

	key = path_hash(p->segs, p->n);
	i = name_slot(w, key, true);
	if (i < 0 || w->names[i].key != 0 || w->n_names >= w->name_slots * 3 / 4)
		return; /* the first declaration of a path stands */
	w->names[i] = (struct name_slot){.key = key, .argc = (uint8_t)argc, .method = method};
	w->n_names++;
}

/* The absolute path a name denotes in the current scope (no search: declarations, Scope). */
static void
name_resolve(const struct walk *w, const struct name *n, struct path *ret)
{
	unsigned keep = 0;

	if (!n->root)
		keep = n->up >= w->scope.n ? 0 : w->scope.n - n->up;
	/* Deeper than followed, or '^' past the root (no object at all): never \_Sx. */
	ret->overflow = (w->scope.overflow && !n->root) || n->nsegs > SCOPE_MAX ||
			(!n->root && n->up > w->scope.n);
	ret->n = keep;
	memcpy(ret->segs, w->scope.segs, keep * sizeof(uint32_t));
	for (unsigned i = 0; i < n->nsegs && i < SCOPE_MAX; i++) {
		if (ret->n >= SCOPE_MAX) {
			ret->overflow = true;
			break;
		}
		ret->segs[ret->n++] = n->segs[i];
	}
}

static const struct name_slot *
lookup(const struct walk *w, const uint32_t *segs, unsigned n)
{
	int i = name_slot(w, path_hash(segs, n), false);

	return i < 0 ? NULL : &w->names[i];
}

/* Returns: the number of arguments a call through name @n takes (0: not a method). */
static unsigned
call_argc(const struct walk *w, const struct name *n)
{
	const struct name_slot *s = NULL;
	struct path p;

	if (n->nsegs == 0 || n->nsegs > SCOPE_MAX)
		return 0;
	/* No method ends in this segment: nothing to look up (most names). */
	if (!w->segs_full && seg_slot(w, n->segs[n->nsegs - 1], false) < 0)
		return 0;
	if (n->root || n->up || n->nsegs > 1) {
		name_resolve(w, n, &p);
		if (!p.overflow)
			s = lookup(w, p.segs, p.n);
	} else if (!w->scope.overflow) {
		/* A single segment: the scope, then each parent up to the root, each key from the
		 * hash of the scope's prefix (not the whole path again). */
		uint64_t prefix[SCOPE_MAX + 1];
		unsigned top = w->scope.n < SCOPE_MAX ? w->scope.n : SCOPE_MAX - 1;

		prefix[0] = PATH_HASH_START;
		for (unsigned d = 0; d < top; d++)
			prefix[d + 1] = path_hash_add(prefix[d], w->scope.segs[d]);
		for (unsigned d = top + 1; d-- > 0 && !s;) {
			uint64_t key = path_hash_add(prefix[d], n->segs[0]);
			int i = name_slot(w, key ? key : 1, false);

			s = i < 0 ? NULL : &w->names[i];
		}
	}
	/* Not found: declared in another table, and read as a plain name (as iasl does). */
	return s && s->method ? s->argc : 0;
}

/* ---- the grammar ----------------------------------------------------------------------- */

/* Decodes a PkgLength at *pos without judging its value (field widths use the encoding too). */
static int
pkg_value(struct walk *w, size_t *pos, size_t limit, size_t *ret)
{
	size_t start = *pos, v;
	unsigned follow;

	if (need(w, start, limit, 1) < 0)
		return -1;
	follow = w->buf[start] >> 6;
	if (need(w, start, limit, 1 + follow) < 0)
		return -1;
	/* As ACPICA: bits 4-5 of a multi-byte lead byte are ignored. */
	v = w->buf[start] & (follow ? 0x0F : 0x3F);
	for (unsigned i = 1; i <= follow; i++)
		v |= (size_t)w->buf[start + i] << (8 * i - 4);
	*pos = start + 1 + follow;
	*ret = v;
	return 0;
}

/* Reads a PkgLength at *pos; *ret_end is where the package ends (the length counts itself). */
static int
pkg_length(struct walk *w, size_t *pos, size_t limit, size_t *ret_end)
{
	size_t start = *pos, len;

	if (pkg_value(w, pos, limit, &len) < 0)
		return -1;
	if (len < *pos - start || len > limit - start)
		return fail(w, ACPI_AML_STOP_LENGTH, start);
	*ret_end = start + len;
	return 0;
}

static int
name_string(struct walk *w, size_t *pos, size_t limit, struct name *ret)
{
	size_t p = *pos;
	unsigned count;

	ret->root = false;
	ret->up = 0;
	ret->nsegs = 0;
	if (need(w, p, limit, 1) < 0)
		return -1;
	if (w->buf[p] == '\\') {
		ret->root = true;
		p++;
	} else
		while (p < limit && w->buf[p] == '^') {
			ret->up++;
			p++;
		}
	if (need(w, p, limit, 1) < 0)
		return -1;
	switch (w->buf[p]) {
	case 0x00: /* NullName */
		*pos = p + 1;
		return 0;
	case 0x2E: /* DualNamePrefix */
		count = 2;
		p++;
		break;
	case 0x2F: /* MultiNamePrefix */
		if (need(w, p, limit, 2) < 0)
			return -1;
		count = w->buf[p + 1];
		p += 2;
		if (count == 0)
			return fail(w, ACPI_AML_STOP_NAME, *pos);
		break;
	default:
		count = 1;
		break;
	}
	if (need(w, p, limit, (size_t)count * 4) < 0)
		return -1;
	for (unsigned i = 0; i < count; i++, p += 4) {
		const uint8_t *s = w->buf + p;

		if (!is_lead_char(s[0]) || !is_name_char(s[1]) || !is_name_char(s[2]) ||
		    !is_name_char(s[3]))
			return fail(w, ACPI_AML_STOP_NAME, p);
		if (i < SCOPE_MAX)
			ret->segs[i] = SEG(s[0], s[1], s[2], s[3]);
	}
	ret->nsegs = count;
	*pos = p;
	return 0;
}

/* A declared name: resolved in the current scope and remembered. Returns its path in @ret. */
static int
declared_name(struct walk *w, size_t *pos, size_t limit, struct name *n, struct path *ret)
{
	if (name_string(w, pos, limit, n) < 0)
		return -1;
	name_resolve(w, n, ret);
	declare(w, ret, false, 0);
	return 0;
}

static int term(struct walk *w, size_t *pos, size_t limit, struct ctx c, bool calls);

static int
term_list(struct walk *w, size_t *pos, size_t limit, struct ctx c)
{
	while (*pos < limit)
		if (term(w, pos, limit, c, true) < 0)
			return -1;
	return 0;
}

/* A SuperName or Target: a name here is a reference, never a call. */
static int
super_name(struct walk *w, size_t *pos, size_t limit, struct ctx c)
{
	struct name n;

	if (need(w, *pos, limit, 1) < 0)
		return -1;
	if (starts_name(w->buf[*pos]))
		return name_string(w, pos, limit, &n);
	return term(w, pos, limit, c, false);
}

static int
operands(struct walk *w, size_t *pos, size_t limit, struct ctx c, const char *shape)
{
	struct name n;
	struct path p;

	for (; *shape; shape++) {
		size_t size = 0;

		switch (*shape) {
		case 'a':
			if (term(w, pos, limit, c, true) < 0)
				return -1;
			break;
		case 's':
			if (super_name(w, pos, limit, c) < 0)
				return -1;
			break;
		case 'n':
			if (name_string(w, pos, limit, &n) < 0)
				return -1;
			break;
		case 'N':
			if (declared_name(w, pos, limit, &n, &p) < 0)
				return -1;
			break;
		case 'b':
			size = 1;
			break;
		case 'w':
			size = 2;
			break;
		case 'd':
			size = 4;
			break;
		case 'q':
			size = 8;
			break;
		}
		if (size) {
			if (need(w, *pos, limit, size) < 0)
				return -1;
			*pos += size;
		}
	}
	return 0;
}

static void
record_sleep(struct walk *w, const struct path *p, bool method, struct ctx c)
{
	enum acpi_sleep_decl decl;
	unsigned i;

	if (w->pass != PASS_RECORD || p->overflow || p->n != 1)
		return;
	for (i = 0; i < ACPI_SLEEP_STATES; i++)
		if (p->segs[0] == SEG('_', 'S', '0' + i, '_'))
			break;
	if (i == ACPI_SLEEP_STATES)
		return;
	decl = c.conditional || c.in_method ? ACPI_SLEEP_CONDITIONAL : ACPI_SLEEP_ROOT;
	if (decl > w->out->state[i])
		w->out->state[i] = decl;
	if (method)
		w->out->method_form[i] = true;
}

static bool
is_id_name(const struct name *n)
{
	uint32_t last;

	if (n->nsegs == 0 || n->nsegs > SCOPE_MAX)
		return false;
	last = n->segs[n->nsegs - 1];
	return last == SEG_HID || last == SEG_CID;
}

/* Scope, Device, Processor, PowerResource, ThermalZone: @skip fixed bytes follow the name. */
static int
named_block(struct walk *w, size_t *pos, size_t limit, struct ctx c, bool declares, size_t skip)
{
	struct path saved = w->scope, p;
	struct name n;
	size_t end;
	int r;

	if (pkg_length(w, pos, limit, &end) < 0 || name_string(w, pos, end, &n) < 0 ||
	    need(w, *pos, end, skip) < 0)
		return -1;
	*pos += skip;
	name_resolve(w, &n, &p);
	if (declares)
		declare(w, &p, false, 0);
	w->scope = p;
	r = term_list(w, pos, end, c);
	w->scope = saved;
	return r;
}

/* Field, IndexField, BankField: the region and bank operands, then the field units. */
static int
field(struct walk *w, size_t *pos, size_t limit, struct ctx c, const char *head)
{
	size_t end, value;
	struct name n;
	struct path p;

	if (pkg_length(w, pos, limit, &end) < 0 || operands(w, pos, end, c, head) < 0 ||
	    need(w, *pos, end, 1) < 0)
		return -1;
	(*pos)++; /* FieldFlags */
	while (*pos < end) {
		size_t at = *pos;

		switch (w->buf[at]) {
		case 0x00: /* ReservedField: a width */
			(*pos)++;
			if (pkg_value(w, pos, end, &value) < 0)
				return -1;
			break;
		case 0x01: /* AccessField: type, attribute */
			if (need(w, at, end, 3) < 0)
				return -1;
			*pos += 3;
			break;
		case 0x02: /* ConnectField: a name or a buffer */
			(*pos)++;
			if (need(w, *pos, end, 1) < 0)
				return -1;
			if (w->buf[*pos] == 0x11) {
				(*pos)++;
				if (pkg_length(w, pos, end, &value) < 0)
					return -1;
				*pos = value;
			} else if (name_string(w, pos, end, &n) < 0)
				return -1;
			break;
		case 0x03: /* ExtendedAccessField: type, attribute, length */
			if (need(w, at, end, 4) < 0)
				return -1;
			*pos += 4;
			break;
		default: /* NamedField: a NameSeg and its width */
			if (need(w, at, end, 4) < 0)
				return -1;
			if (!is_lead_char(w->buf[at]) || !is_name_char(w->buf[at + 1]) ||
			    !is_name_char(w->buf[at + 2]) || !is_name_char(w->buf[at + 3]))
				return fail(w, ACPI_AML_STOP_NAME, at);
			n = (struct name){.nsegs = 1};
			n.segs[0] = SEG(w->buf[at], w->buf[at + 1], w->buf[at + 2], w->buf[at + 3]);
			name_resolve(w, &n, &p);
			declare(w, &p, false, 0);
			*pos += 4;
			if (pkg_value(w, pos, end, &value) < 0)
				return -1;
			break;
		}
	}
	return 0;
}

static int
method(struct walk *w, size_t *pos, size_t limit, struct ctx c)
{
	struct path saved = w->scope, p;
	struct ctx body = c;
	struct name n;
	uint8_t flags;
	size_t end;
	int r;

	if (pkg_length(w, pos, limit, &end) < 0 || name_string(w, pos, end, &n) < 0 ||
	    need(w, *pos, end, 1) < 0)
		return -1;
	flags = w->buf[(*pos)++];
	name_resolve(w, &n, &p);
	declare(w, &p, true, flags & 7);
	record_sleep(w, &p, true, c);
	if (w->pass != PASS_RECORD) {
		*pos = end;
		return 0;
	}

	body.in_method = true;
	body.hid = is_id_name(&n);
	w->scope = p;
	r = term_list(w, pos, end, body);
	w->scope = saved;
	if (r < 0 && w->stop == ACPI_AML_STOP_DEPTH)
		return -1;
	if (r < 0) {
		/* The body's frame is sound; only its code did not decode. */
		w->stop = ACPI_AML_COMPLETE;
		w->out->methods_skipped++;
	}
	*pos = end;
	return 0;
}

static int
string(struct walk *w, size_t *pos, size_t limit, struct ctx c)
{
	const uint8_t *s = w->buf + *pos, *nul;

	nul = *pos < limit ? memchr(s, 0, limit - *pos) : NULL;
	if (!nul)
		return fail(w, ACPI_AML_STOP_LENGTH, *pos);
	if (c.hid && w->pass == PASS_RECORD && (size_t)(nul - s) == strlen(LPS0_HID) &&
	    memcmp(s, LPS0_HID, strlen(LPS0_HID)) == 0)
		w->out->lps0 = true;
	*pos += (size_t)(nul - s) + 1;
	return 0;
}

static int
package(struct walk *w, size_t *pos, size_t limit, struct ctx c, bool var)
{
	size_t end;

	if (pkg_length(w, pos, limit, &end) < 0)
		return -1;
	if (var) {
		if (term(w, pos, end, c, true) < 0)
			return -1;
	} else {
		if (need(w, *pos, end, 1) < 0)
			return -1;
		(*pos)++; /* NumElements */
	}
	while (*pos < end)
		if (term(w, pos, end, c, false) < 0)
			return -1;
	return 0;
}

static int
ext_term(struct walk *w, size_t *pos, size_t limit, struct ctx c)
{
	size_t op_at = *pos;
	uint8_t op;

	if (need(w, *pos, limit, 2) < 0)
		return -1;
	op = w->buf[*pos + 1];
	*pos += 2;
	switch (op) {
	case 0x81: /* Field: region */
		return field(w, pos, limit, c, "n");
	case 0x86: /* IndexField: index, data */
		return field(w, pos, limit, c, "nn");
	case 0x87: /* BankField: region, bank, bank value */
		return field(w, pos, limit, c, "nna");
	case 0x82: /* Device */
	case 0x85: /* ThermalZone */
		return named_block(w, pos, limit, c, true, 0);
	case 0x83: /* Processor: ProcID, PblkAddr, PblkLen */
		return named_block(w, pos, limit, c, true, 6);
	case 0x84: /* PowerResource: SystemLevel, ResourceOrder */
		return named_block(w, pos, limit, c, true, 3);
	}
	if (!ext_shapes[op])
		return fail(w, ACPI_AML_STOP_OPCODE, op_at);
	return operands(w, pos, limit, c, ext_shapes[op]);
}

/* One term object at *pos. @calls: a name here may be a method call with arguments. */
static int
term(struct walk *w, size_t *pos, size_t limit, struct ctx c, bool calls)
{
	struct ctx inner = c;
	size_t op_at = *pos, end;
	uint32_t dword;
	struct name n;
	struct path p;
	uint8_t op;
	int r = 0;

	if (need(w, *pos, limit, 1) < 0)
		return -1;
	if (w->nesting >= NESTING_MAX)
		return fail(w, ACPI_AML_STOP_DEPTH, op_at);
	w->nesting++;
	op = w->buf[*pos];

	if (starts_name(op)) {
		r = name_string(w, pos, limit, &n);
		if (r == 0 && calls)
			for (unsigned i = call_argc(w, &n); i > 0 && r == 0; i--)
				r = term(w, pos, limit, c, true);
		goto out;
	}

	(*pos)++;
	switch (op) {
	case 0x08: /* Name */
		r = declared_name(w, pos, limit, &n, &p);
		if (r < 0)
			break;
		record_sleep(w, &p, false, c);
		inner.hid = is_id_name(&n);
		r = term(w, pos, limit, inner, false);
		break;
	case 0x0C: /* DWordPrefix */
		r = acpi_read_u32(w->buf, limit, *pos, &dword);
		if (r < 0) {
			r = fail(w, ACPI_AML_STOP_LENGTH, *pos);
			break;
		}
		if (c.hid && w->pass == PASS_RECORD && dword == LPS0_EISAID)
			w->out->lps0 = true;
		*pos += 4;
		break;
	case 0x0D: /* StringPrefix */
		r = string(w, pos, limit, c);
		break;
	case 0x10: /* Scope */
		r = named_block(w, pos, limit, c, false, 0);
		break;
	case 0x11: /* Buffer: the size operand and the bytes are data */
		r = pkg_length(w, pos, limit, &end);
		if (r == 0)
			*pos = end;
		break;
	case 0x12: /* Package */
	case 0x13: /* VarPackage */
		r = package(w, pos, limit, c, op == 0x13);
		break;
	case 0x14: /* Method */
		r = method(w, pos, limit, c);
		break;
	case 0x15: /* External: name, object type, argument count */
		r = name_string(w, pos, limit, &n);
		if (r == 0)
			r = need(w, *pos, limit, 2);
		if (r < 0)
			break;
		name_resolve(w, &n, &p);
		declare(w, &p, w->buf[*pos] == OBJ_TYPE_METHOD, w->buf[*pos + 1] & 7);
		*pos += 2;
		break;
	case 0x5B:
		*pos = op_at;
		r = ext_term(w, pos, limit, c);
		break;
	case 0xA4: /* Return */
		/* Some compilers emit a bare Return as the last byte of a block: no operand. */
		if (*pos < limit)
			r = term(w, pos, limit, c, true);
		break;
	case 0xA0: /* If */
	case 0xA2: /* While */
		inner.conditional = true;
		r = pkg_length(w, pos, limit, &end);
		if (r == 0)
			r = term(w, pos, end, c, true);
		if (r == 0)
			r = term_list(w, pos, end, inner);
		break;
	case 0xA1: /* Else */
		inner.conditional = true;
		r = pkg_length(w, pos, limit, &end);
		if (r == 0)
			r = term_list(w, pos, end, inner);
		break;
	default:
		if (!op_shapes[op]) {
			r = fail(w, ACPI_AML_STOP_OPCODE, op_at);
			break;
		}
		r = operands(w, pos, limit, c, op_shapes[op]);
		break;
	}
out:
	w->nesting--;
	return r;
}

static void
walk_pass(struct walk *w, enum pass pass)
{
	size_t pos = ACPI_TABLE_HEADER_SIZE;

	w->pass = pass;
	w->scope = (struct path){0};
	w->nesting = 0;
	w->stop = ACPI_AML_COMPLETE;
	w->stop_at = 0;
	(void)term_list(w, &pos, w->end, (struct ctx){0});
}

/* A walk whose declaration tables fit a table of @len bytes, in one allocation (up to 270 KiB:
 * too big for a thread's stack). */
static struct walk *
walk_new(size_t len)
{
	unsigned names = NAME_SLOTS_MIN, seg_bits = SEG_BITS_MIN;
	struct walk *w;

	while (names < NAME_SLOTS && names < len / 2)
		names *= 2;
	while ((1u << seg_bits) < SEG_SLOTS && (1u << seg_bits) < len / 4)
		seg_bits++;
	w = calloc(1, sizeof(*w) + names * sizeof(struct name_slot) +
			      ((size_t)1 << seg_bits) * sizeof(uint32_t));
	if (!w)
		return NULL;
	w->name_slots = names;
	w->seg_bits = seg_bits;
	w->names = (struct name_slot *)(w + 1);
	w->segs = (uint32_t *)(w->names + names);
	return w;
}

int
acpi_aml_scan(const uint8_t *buf, size_t len, struct acpi_aml_sleep *ret)
{
	struct acpi_aml_sleep out = {0};
	_cleanup_free_ struct walk *w = NULL;
	uint32_t length;
	bool truncated;

	if (!buf || !ret)
		return -EINVAL;
	if (len < ACPI_TABLE_HEADER_SIZE)
		return -ENODATA;
	if (memcmp(buf, "DSDT", 4) != 0 && memcmp(buf, "SSDT", 4) != 0 &&
	    memcmp(buf, "PSDT", 4) != 0)
		return -ENOMSG;
	(void)acpi_read_u32(buf, len, 4, &length);
	if (length < ACPI_TABLE_HEADER_SIZE)
		return -EBADMSG;
	truncated = length > len;

	w = walk_new(truncated ? len : length);
	if (!w)
		return -ENOMEM;
	w->buf = buf;
	w->end = truncated ? len : length;
	w->out = &out;
	walk_pass(w, PASS_METHODS);
	walk_pass(w, PASS_NAMES);
	walk_pass(w, PASS_RECORD);
	if (w->stop != ACPI_AML_COMPLETE || truncated) {
		out.partial = true;
		out.stop = truncated ? ACPI_AML_STOP_TRUNCATED : w->stop;
		out.stop_offset = w->stop != ACPI_AML_COMPLETE ? w->stop_at : len;
	}
	*ret = out;
	return 0;
}

void
acpi_aml_sleep_merge(struct acpi_aml_sleep *into, const struct acpi_aml_sleep *from)
{
	if (!into || !from)
		return;
	for (unsigned i = 0; i < ACPI_SLEEP_STATES; i++) {
		if (from->state[i] > into->state[i])
			into->state[i] = from->state[i];
		into->method_form[i] = into->method_form[i] || from->method_form[i];
	}
	into->lps0 = into->lps0 || from->lps0;
	into->methods_skipped += from->methods_skipped;
	if (from->partial && !into->partial) {
		into->partial = true;
		into->stop = from->stop;
		into->stop_offset = from->stop_offset;
	}
}

const char *
acpi_aml_stop_to_string(enum acpi_aml_stop stop)
{
	static const char *const names[_ACPI_AML_STOP_MAX] = {
		[ACPI_AML_COMPLETE] = "complete",	   [ACPI_AML_STOP_TRUNCATED] = "truncated",
		[ACPI_AML_STOP_OPCODE] = "unknown-opcode", [ACPI_AML_STOP_LENGTH] = "bad-length",
		[ACPI_AML_STOP_NAME] = "bad-name",	   [ACPI_AML_STOP_DEPTH] = "too-deep",
	};

	if ((unsigned)stop >= _ACPI_AML_STOP_MAX)
		return NULL;
	return names[stop];
}

const char *
acpi_sleep_decl_to_string(enum acpi_sleep_decl decl)
{
	static const char *const names[] = {
		[ACPI_SLEEP_ABSENT] = "absent",
		[ACPI_SLEEP_CONDITIONAL] = "conditional",
		[ACPI_SLEEP_ROOT] = "root",
	};

	if ((unsigned)decl >= ELEMENTSOF(names))
		return NULL;
	return names[decl];
}
