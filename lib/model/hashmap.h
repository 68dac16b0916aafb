/* Private: the two open-addressing hash tables behind the dataset's O(1) lookups.
 *  - strmap: borrowed NUL-terminated string -> size_t (ids, codes, cells). The key
 *    memory belongs to the caller and must outlive the map.
 *  - keymap: the four-part value key (entity, period, variable, cell) -> size_t.
 * Both grow at 50% load; lookups never allocate, so concurrent readers are safe. */
#ifndef EDUIND_MODEL_HASHMAP_H
#define EDUIND_MODEL_HASHMAP_H

#include <stddef.h>
#include <stdint.h>
#include "eduind/status.h"

typedef struct strmap_slot {
	const char *key; /* NULL: empty */
	size_t value;
	uint32_t hash;
} strmap_slot;

typedef struct strmap {
	strmap_slot *slots;
	size_t cap; /* 0 or a power of two */
	size_t count;
} strmap;

#define STRMAP_INIT { NULL, 0, 0 }

/* Returns 1 and sets *value when key is present. */
int strmap_get(const strmap *m, const char *key, size_t *value);
/* Inserts or replaces. EDUIND_ENOMEM on allocation failure (map unchanged). */
eduind_status strmap_put(strmap *m, const char *key, size_t value);
void strmap_free(strmap *m);

typedef struct vkey {
	uint32_t entity;
	int32_t period;
	uint32_t variable;
	uint32_t cell;
} vkey;

typedef struct keymap_slot {
	vkey key;
	size_t value_plus1; /* 0: empty */
} keymap_slot;

typedef struct keymap {
	keymap_slot *slots;
	size_t cap;
	size_t count;
} keymap;

#define KEYMAP_INIT { NULL, 0, 0 }

int keymap_get(const keymap *m, const vkey *key, size_t *value);
eduind_status keymap_put(keymap *m, const vkey *key, size_t value);
void keymap_free(keymap *m);

#endif
