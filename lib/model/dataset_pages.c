/* Memory for the dataset's pages (see ds_page in dataset_priv.h). Full pages, the bulk
 * of a large dataset, are carved from chunks of a few megabytes that the system may
 * back with huge pages: the evaluator reads pages in place, and on virtual machines a
 * stream of reads over 4 KiB pages spends much of its time walking page tables. A
 * chunk is freed when the last page carved from it is, whoever holds it (the dataset
 * or a result set, in any thread). Smaller pages, which grow as entities are added,
 * come from malloc, which reuses their room. */
#define _DEFAULT_SOURCE
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "model/dataset_priv.h"

#define HUGE_PAGE ((size_t)2 << 20)
#define CHUNK_BYTES (2 * HUGE_PAGE)
#define ROUND64(n) (((n) + 63) & ~(size_t)63)

struct ds_chunk {
	atomic_size_t live; /* pages carved from it not yet freed, + 1 while carving */
};

static size_t page_bytes(size_t cap)
{
	return ROUND64(sizeof(ds_page) + cap * (sizeof(double) + 1) + cap / 8);
}

static void chunk_drop(ds_chunk *chunk)
{
	if (atomic_fetch_sub_explicit(&chunk->live, 1, memory_order_acq_rel) == 1)
		free(chunk);
}

/* Room for one full page, from the dataset's current chunk or a new one. */
static void *carve(eduind_dataset *ds, size_t bytes, ds_chunk **from)
{
	void *room;
	if (ds->chunk == NULL || ds->chunk_used + bytes > CHUNK_BYTES) {
		void *mem = NULL;
		if (posix_memalign(&mem, HUGE_PAGE, CHUNK_BYTES) != 0)
			return NULL;
#ifdef MADV_HUGEPAGE
		madvise(mem, CHUNK_BYTES, MADV_HUGEPAGE); /* advice only: failure is harmless */
#endif
		if (ds->chunk != NULL)
			chunk_drop(ds->chunk);
		ds->chunk = mem;
		atomic_init(&ds->chunk->live, 1);
		ds->chunk_used = ROUND64(sizeof(ds_chunk));
	}
	room = (char *)ds->chunk + ds->chunk_used;
	ds->chunk_used += bytes;
	atomic_fetch_add_explicit(&ds->chunk->live, 1, memory_order_relaxed);
	*from = ds->chunk;
	return room;
}

ds_page *ds_page_new(eduind_dataset *ds, size_t cap, const ds_page *old)
{
	size_t bytes = page_bytes(cap), have = old != NULL ? old->cap : 0, i;
	ds_chunk *chunk = NULL;
	ds_page *page = cap == DS_PAGE_SIZE ? carve(ds, bytes, &chunk) : aligned_alloc(_Alignof(ds_page), bytes);
	if (page == NULL)
		return NULL;
	atomic_init(&page->refs, 1);
	page->cap = cap;
	page->chunk = chunk;
	page->state = (unsigned char *)(page->value + cap);
	page->stored = (uint64_t *)(void *)(page->state + cap); /* cap is a multiple of 64 */
	if (have > 0) {
		memcpy(page->value, old->value, have * sizeof *page->value);
		memcpy(page->state, old->state, have);
		memcpy(page->stored, old->stored, have / 8);
	}
	for (i = have; i < cap; i++)
		page->value[i] = NAN;
	memset(page->state + have, EDUIND_STATE_MISSING, cap - have);
	memset(page->stored + have / 64, 0, (cap - have) / 8);
	return page;
}

void ds_page_chunk_done(eduind_dataset *ds)
{
	if (ds->chunk != NULL)
		chunk_drop(ds->chunk);
	ds->chunk = NULL;
	ds->chunk_used = 0;
}

void ds_release_pages(ds_page *const *pages, size_t n_pages)
{
	size_t p;
	for (p = 0; p < n_pages; p++) {
		ds_page *page = pages[p];
		if (page == NULL || atomic_fetch_sub_explicit(&page->refs, 1, memory_order_acq_rel) != 1)
			continue;
		if (page->chunk != NULL)
			chunk_drop(page->chunk);
		else
			free(page);
	}
}
