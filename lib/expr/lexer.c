/* Tokens of the formula language. Numbers are read without the C library so the
 * host's LC_NUMERIC can never change what "0.5" means. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "expr/ast.h"
#include "io/c_locale.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_name_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_name_char(char c)
{
	return is_name_start(c) || is_digit(c);
}

/* Exact powers of ten representable in a double. */
static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

size_t ex_parse_number(const char *s, size_t len, double *out)
{
	size_t i = 0, digits = 0, sig = 0;
	uint64_t mant = 0;
	long exp10 = 0, e = 0;
	int exp_neg = 0, inexact = 0;
	size_t start = 0;

	while (i < len && is_digit(s[i])) {
		if (sig > 0 || s[i] != '0') {
			if (sig < 19)
				mant = mant * 10 + (uint64_t)(s[i] - '0');
			else
				exp10++, inexact |= s[i] != '0';
			sig++;
		}
		digits++;
		i++;
	}
	if (i < len && s[i] == '.' && i + 1 <= len) {
		size_t j = i + 1;
		size_t frac = 0;
		while (j < len && is_digit(s[j])) {
			if (sig > 0 || s[j] != '0') {
				if (sig < 19) {
					mant = mant * 10 + (uint64_t)(s[j] - '0');
					exp10--;
				} else {
					inexact |= s[j] != '0';
				}
				sig++;
			} else {
				exp10--;
			}
			frac++;
			j++;
		}
		if (digits + frac == 0)
			return 0;
		digits += frac;
		i = j;
	}
	if (digits == 0)
		return 0;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		size_t j = i + 1;
		size_t ed = 0;
		if (j < len && (s[j] == '+' || s[j] == '-'))
			exp_neg = s[j++] == '-';
		while (j < len && is_digit(s[j])) {
			if (e < 100000)
				e = e * 10 + (s[j] - '0');
			j++;
			ed++;
		}
		if (ed > 0) { /* "2e" is the number 2 followed by a name; the parser rejects it */
			exp10 += exp_neg ? -e : e;
			i = j;
		}
	}
	(void)start;
	if (mant == 0) {
		*out = 0.0;
		return i;
	}
	/* Fast path: an exact mantissa times or divided by an exact power of ten is
	 * correctly rounded (one IEEE operation). */
	if (!inexact && mant <= ((uint64_t)1 << 53) && exp10 >= -22 && exp10 <= 22) {
		*out = exp10 >= 0 ? (double)mant * pow10_exact[exp10] : (double)mant / pow10_exact[-exp10];
		return i;
	}
	{
		/* Rare literals: strtod in the "C" locale on a copy of the text. */
		char buf[128];
		char *copy = i < sizeof buf ? buf : malloc(i + 1);
		c_locale_scope scope;
		if (copy == NULL) {
			*out = HUGE_VAL;
			return i;
		}
		memcpy(copy, s, i);
		copy[i] = '\0';
		c_locale_enter(&scope);
		*out = strtod(copy, NULL);
		c_locale_leave(&scope);
		if (copy != buf)
			free(copy);
	}
	return i;
}

void ex_lex_init(ex_lexer *lx, const char *text, size_t len)
{
	lx->text = text;
	lx->len = len;
	lx->pos = 0;
	lx->error = NULL;
}

static ex_token tok(ex_tok_type t, size_t pos, size_t len)
{
	ex_token k;
	k.type = t;
	k.pos = pos;
	k.len = len;
	k.num = 0;
	return k;
}

static ex_token lex_name(ex_lexer *lx, size_t start)
{
	const char *s = lx->text;
	size_t i = start;
	size_t n;
	for (;;) {
		while (i < lx->len && is_name_char(s[i]))
			i++;
		/* A dot continues the name only when a name part follows it. */
		if (i + 1 < lx->len && s[i] == '.' && is_name_char(s[i + 1]))
			i++;
		else
			break;
	}
	lx->pos = i;
	n = i - start;
	if (n == 3 && memcmp(s + start, "and", 3) == 0)
		return tok(TK_AND, start, n);
	if (n == 2 && memcmp(s + start, "or", 2) == 0)
		return tok(TK_OR, start, n);
	if (n == 3 && memcmp(s + start, "not", 3) == 0)
		return tok(TK_NOT, start, n);
	if (n == 2 && memcmp(s + start, "if", 2) == 0)
		return tok(TK_IF, start, n);
	return tok(TK_NAME, start, n);
}

ex_token ex_lex_next(ex_lexer *lx)
{
	const char *s = lx->text;
	size_t start;
	char c;

	while (lx->pos < lx->len && (s[lx->pos] == ' ' || s[lx->pos] == '\t' || s[lx->pos] == '\n' ||
	                             s[lx->pos] == '\r'))
		lx->pos++;
	start = lx->pos;
	if (start >= lx->len)
		return tok(TK_END, start, 0);
	c = s[start];
	if (is_digit(c) || (c == '.' && start + 1 < lx->len && is_digit(s[start + 1]))) {
		ex_token k = tok(TK_NUM, start, 0);
		size_t n = ex_parse_number(s + start, lx->len - start, &k.num);
		k.len = n;
		lx->pos = start + n;
		if (!isfinite(k.num)) {
			lx->error = "number out of range";
			k.type = TK_ERROR;
		} else if (lx->pos < lx->len && (is_name_char(s[lx->pos]) || s[lx->pos] == '.')) {
			lx->error = "malformed number";
			k.type = TK_ERROR;
		}
		return k;
	}
	if (is_name_start(c))
		return lex_name(lx, start);
	if (c == '"') {
		size_t i = start + 1;
		while (i < lx->len && s[i] != '"' && s[i] != '\\' && (unsigned char)s[i] >= 0x20)
			i++;
		if (i >= lx->len || s[i] != '"') {
			lx->pos = i;
			lx->error = "unterminated string (strings hold plain text without escapes)";
			return tok(TK_ERROR, start, i - start);
		}
		lx->pos = i + 1;
		return tok(TK_STRING, start, i + 1 - start);
	}
	lx->pos = start + 1;
	switch (c) {
	case '(': return tok(TK_LPAREN, start, 1);
	case ')': return tok(TK_RPAREN, start, 1);
	case '[': return tok(TK_LBRACK, start, 1);
	case ']': return tok(TK_RBRACK, start, 1);
	case '{': return tok(TK_LBRACE, start, 1);
	case '}': return tok(TK_RBRACE, start, 1);
	case ',': return tok(TK_COMMA, start, 1);
	case '+': return tok(TK_PLUS, start, 1);
	case '-': return tok(TK_MINUS, start, 1);
	case '*': return tok(TK_STAR, start, 1);
	case '/': return tok(TK_SLASH, start, 1);
	case '<':
		if (start + 1 < lx->len && s[start + 1] == '=') {
			lx->pos++;
			return tok(TK_LE, start, 2);
		}
		return tok(TK_LT, start, 1);
	case '>':
		if (start + 1 < lx->len && s[start + 1] == '=') {
			lx->pos++;
			return tok(TK_GE, start, 2);
		}
		return tok(TK_GT, start, 1);
	case '=':
		if (start + 1 < lx->len && s[start + 1] == '=') {
			lx->pos++;
			return tok(TK_EQ, start, 2);
		}
		return tok(TK_ASSIGN, start, 1);
	case '!':
		if (start + 1 < lx->len && s[start + 1] == '=') {
			lx->pos++;
			return tok(TK_NE, start, 2);
		}
		break;
	default:
		break;
	}
	lx->error = "unexpected character";
	return tok(TK_ERROR, start, 1);
}

const char *ex_tok_describe(ex_tok_type t)
{
	switch (t) {
	case TK_END: return "the end of the formula";
	case TK_NUM: return "a number";
	case TK_NAME: return "a name";
	case TK_STRING: return "a string";
	case TK_LPAREN: return "'('";
	case TK_RPAREN: return "')'";
	case TK_LBRACK: return "'['";
	case TK_RBRACK: return "']'";
	case TK_LBRACE: return "'{'";
	case TK_RBRACE: return "'}'";
	case TK_COMMA: return "','";
	case TK_PLUS: return "'+'";
	case TK_MINUS: return "'-'";
	case TK_STAR: return "'*'";
	case TK_SLASH: return "'/'";
	case TK_LT: return "'<'";
	case TK_LE: return "'<='";
	case TK_GT: return "'>'";
	case TK_GE: return "'>='";
	case TK_EQ: return "'=='";
	case TK_NE: return "'!='";
	case TK_ASSIGN: return "'='";
	case TK_AND: return "'and'";
	case TK_OR: return "'or'";
	case TK_NOT: return "'not'";
	case TK_IF: return "'if'";
	default: return "an invalid character";
	}
}
