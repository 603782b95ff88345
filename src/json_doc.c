/*
 * cJSON allocates a node and one or two strings for every value, and
 * cJSON_Delete() walks the whole tree again to free them one by one:
 * together they were half of what loading the shipped table cost
 * (callgrind, 2026-11-23).  Here they come from a few chunks, bump by
 * bump, and the chunks are freed at once.
 */
#define _DEFAULT_SOURCE	/* NOLINT(bugprone-reserved-identifier): madvise(2) */
#include <sys/mman.h>

#include <errno.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "json_doc.h"

/* cJSON allocates nodes and strings, nothing else. */
#define ALIGNMENT	alignof(cJSON)
#define FIRST_CHUNK	(64UL * 1024)
#define LARGEST_CHUNK	(8UL * 1024 * 1024)
/*
 * From this size on a chunk is mapped, and asks for huge pages: the tree
 * of a table of 100,000 entries takes 157 MB, and faulting it in 4 kB
 * pages made reading it a fifth slower (bench/README.md).
 */
#define MAPPED_CHUNK	(2UL * 1024 * 1024)

struct chunk {
	struct chunk	*next;
	size_t		 size;		/* bytes with this header */
	bool		 mapped;	/* by mmap(2), not malloc(3) */
};

/* Where a chunk's memory starts: after the header, suitably aligned. */
#define HEADER	((sizeof(struct chunk) + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT)

struct json_doc {
	cJSON		*root;
	struct chunk	*chunks;	/* the newest first */
	unsigned char	*free;		/* what is left of the newest */
	size_t		 left;
	size_t		 next_size;
};

/*
 * cJSON's allocator hooks take no argument to say which document they
 * allocate for, so the one being parsed is here, and only while
 * json_doc_parse() runs.
 */
static struct json_doc *parsing;

static struct chunk *
map_chunk(size_t size)
{
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
#ifdef MADV_HUGEPAGE
	/* Only advice: the kernel may have no huge pages to give. */
	(void)madvise(p, size, MADV_HUGEPAGE);
#endif
	return p;
}

/* Bytes of a chunk for NEED bytes: at least the next size, rounded. */
static size_t
chunk_size(const struct json_doc *doc, size_t need)
{
	size_t size = doc->next_size > HEADER + need ? doc->next_size :
	    HEADER + need;

	/* Mapped chunks are whole huge pages, which the kernel then aligns. */
	if (size >= MAPPED_CHUNK)
		size = (size + MAPPED_CHUNK - 1) / MAPPED_CHUNK * MAPPED_CHUNK;
	return size;
}

static void *
allocate_in_new_chunk(struct json_doc *doc, size_t need)
{
	struct chunk *chunk;
	size_t size;
	void *p;

	size = chunk_size(doc, need);
	if ((chunk = size >= MAPPED_CHUNK ? map_chunk(size) : malloc(size)) ==
	    NULL) {
		errno = ENOMEM;
		return NULL;
	}
	chunk->next = doc->chunks;
	chunk->size = size;
	chunk->mapped = size >= MAPPED_CHUNK;
	doc->chunks = chunk;
	if (doc->next_size < LARGEST_CHUNK)
		doc->next_size *= 2;
	p = (unsigned char *)chunk + HEADER;
	doc->free = (unsigned char *)p + need;
	doc->left = size - HEADER - need;
	return p;
}

static void *
doc_allocate(size_t size)
{
	struct json_doc *doc = parsing;
	size_t need;
	void *p;

	/* So that no size below overflows. */
	if (size > SIZE_MAX / 4) {
		errno = ENOMEM;
		return NULL;
	}
	need = (size + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
	if (need > doc->left)
		return allocate_in_new_chunk(doc, need);
	p = doc->free;
	doc->free += need;
	doc->left -= need;
	return p;
}

/* A node cJSON lets go of (on a syntax error) goes with its document. */
static void
doc_keep(void *p)
{
	(void)p;
}

int
json_doc_parse(const char *text, size_t length, const char **end,
    struct json_doc **out)
{
	cJSON_Hooks hooks = { doc_allocate, doc_keep };
	struct json_doc *doc;
	int error;

	*out = NULL;
	if ((doc = calloc(1, sizeof(*doc))) == NULL)
		return ENOMEM;
	doc->next_size = FIRST_CHUNK;
	parsing = doc;
	cJSON_InitHooks(&hooks);
	errno = 0;
	doc->root = cJSON_ParseWithLengthOpts(text, length, end, true);
	/* cJSON says NULL for both; only an allocation sets ENOMEM. */
	error = doc->root != NULL ? 0 : errno == ENOMEM ? ENOMEM : EINVAL;
	cJSON_InitHooks(NULL);
	parsing = NULL;
	if (error != 0)
		json_doc_free(doc);
	else
		*out = doc;
	return error;
}

const cJSON *
json_doc_root(const struct json_doc *doc)
{
	return doc->root;
}

void
json_doc_free(struct json_doc *doc)
{
	struct chunk *chunk, *next;

	if (doc == NULL)
		return;
	for (chunk = doc->chunks; chunk != NULL; chunk = next) {
		next = chunk->next;
		if (chunk->mapped)
			munmap(chunk, chunk->size);
		else
			free(chunk);
	}
	free(doc);
}
