#include <stdlib.h>
#include <string.h>
#include "model/hashmap.h"

/* FNV-1a: short keys, good enough spread, no state. */
static uint32_t hash_string(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

/* Mixes the four key parts (a 64-bit finaliser in the style of splitmix). */
static uint32_t hash_vkey(const vkey *k)
{
	uint64_t h = ((uint64_t)k->entity << 32) ^ (uint64_t)(uint32_t)k->period;
	h ^= ((uint64_t)k->variable << 21) ^ ((uint64_t)k->cell << 43) ^ (uint64_t)k->cell;
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ull;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebull;
	h ^= h >> 31;
	return (uint32_t)h;
}

int strmap_get(const strmap *m, const char *key, size_t *value)
{
	uint32_t h;
	size_t i, mask;
	if (m->cap == 0 || key == NULL)
		return 0;
	h = hash_string(key);
	mask = m->cap - 1;
	for (i = h & mask; m->slots[i].key != NULL; i = (i + 1) & mask) {
		if (m->slots[i].hash == h && strcmp(m->slots[i].key, key) == 0) {
			if (value != NULL)
				*value = m->slots[i].value;
			return 1;
		}
	}
	return 0;
}

static void strmap_place(strmap_slot *slots, size_t cap, const strmap_slot *s)
{
	size_t i, mask = cap - 1;
	for (i = s->hash & mask; slots[i].key != NULL; i = (i + 1) & mask)
		;
	slots[i] = *s;
}

static int strmap_grow(strmap *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 16, i;
	strmap_slot *ns;
	if (ncap < m->cap || ncap > ((size_t)-1) / sizeof *ns)
		return 0;
	ns = calloc(ncap, sizeof *ns);
	if (ns == NULL)
		return 0;
	for (i = 0; i < m->cap; i++)
		if (m->slots[i].key != NULL)
			strmap_place(ns, ncap, &m->slots[i]);
	free(m->slots);
	m->slots = ns;
	m->cap = ncap;
	return 1;
}

eduind_status strmap_put(strmap *m, const char *key, size_t value)
{
	uint32_t h = hash_string(key);
	size_t i, mask;
	if (m->cap != 0) {
		mask = m->cap - 1;
		for (i = h & mask; m->slots[i].key != NULL; i = (i + 1) & mask) {
			if (m->slots[i].hash == h && strcmp(m->slots[i].key, key) == 0) {
				m->slots[i].key = key;
				m->slots[i].value = value;
				return EDUIND_OK;
			}
		}
	}
	if ((m->count + 1) * 2 > m->cap && !strmap_grow(m))
		return EDUIND_ENOMEM;
	{
		strmap_slot s;
		s.key = key;
		s.value = value;
		s.hash = h;
		strmap_place(m->slots, m->cap, &s);
	}
	m->count++;
	return EDUIND_OK;
}

void strmap_free(strmap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
}

static int vkey_equal(const vkey *a, const vkey *b)
{
	return a->entity == b->entity && a->period == b->period && a->variable == b->variable &&
	       a->cell == b->cell;
}

int keymap_get(const keymap *m, const vkey *key, size_t *value)
{
	size_t i, mask;
	if (m->cap == 0)
		return 0;
	mask = m->cap - 1;
	for (i = hash_vkey(key) & mask; m->slots[i].value_plus1 != 0; i = (i + 1) & mask) {
		if (vkey_equal(&m->slots[i].key, key)) {
			if (value != NULL)
				*value = m->slots[i].value_plus1 - 1;
			return 1;
		}
	}
	return 0;
}

static void keymap_place(keymap_slot *slots, size_t cap, const keymap_slot *s)
{
	size_t i, mask = cap - 1;
	for (i = hash_vkey(&s->key) & mask; slots[i].value_plus1 != 0; i = (i + 1) & mask)
		;
	slots[i] = *s;
}

static int keymap_grow(keymap *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 64, i;
	keymap_slot *ns;
	if (ncap < m->cap || ncap > ((size_t)-1) / sizeof *ns)
		return 0;
	ns = calloc(ncap, sizeof *ns);
	if (ns == NULL)
		return 0;
	for (i = 0; i < m->cap; i++)
		if (m->slots[i].value_plus1 != 0)
			keymap_place(ns, ncap, &m->slots[i]);
	free(m->slots);
	m->slots = ns;
	m->cap = ncap;
	return 1;
}

eduind_status keymap_put(keymap *m, const vkey *key, size_t value)
{
	size_t i, mask;
	if (m->cap != 0) {
		mask = m->cap - 1;
		for (i = hash_vkey(key) & mask; m->slots[i].value_plus1 != 0; i = (i + 1) & mask) {
			if (vkey_equal(&m->slots[i].key, key)) {
				m->slots[i].value_plus1 = value + 1;
				return EDUIND_OK;
			}
		}
	}
	if ((m->count + 1) * 2 > m->cap && !keymap_grow(m))
		return EDUIND_ENOMEM;
	{
		keymap_slot s;
		s.key = *key;
		s.value_plus1 = value + 1;
		keymap_place(m->slots, m->cap, &s);
	}
	m->count++;
	return EDUIND_OK;
}

void keymap_free(keymap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
}
