#ifndef OVHMAIL_EXPLAIN_INPUT_H
#define OVHMAIL_EXPLAIN_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "explain.h"
#include "explain_split.h"
#include "problem.h"

/*
 * What explain reads, streamed through a splitter into an explainer:
 * standard input, a file, a gzip file (known by its magic bytes, read
 * through zlib), or a directory (a Maildir's cur/ and new/, or a folder
 * of files), each file of which is a message.  Every file is opened
 * through infile_open(); one that cannot be read is reported and
 * skipped.
 */

/* A gzip stream that grows past this many times its size is a bomb. */
#define INPUT_MAX_RATIO		200
/* ... once it has given this much. */
#define INPUT_RATIO_FROM	(16UL << 20)
/* A directory's names held and sorted at once. */
#define INPUT_DIR_BATCH		65536

struct explain_input {
	struct splitter		 split;
	struct explainer	*explainer;
	bool			 progress;	/* stderr is a terminal */
	long			 shown;		/* when progress was last shown, ms */
	unsigned long long	 bytes;		/* read, after gzip */
	bool			 nonblank;	/* anything but white space read */
	int			 status;	/* the first file's problem, or EX_OK */
	size_t			 skipped;	/* files reported and skipped */
	size_t			 bombs;		/* gzip streams cut */
};

bool	input_start(struct explain_input *, struct explainer *);
void	input_end(struct explain_input *);

/* Reads FD, named NAME, to its end; false when it could not be read. */
bool	input_read_fd(struct explain_input *, int fd, const char *name,
	    bool one_message);
/* A file, a FIFO or pipe, or a directory. */
bool	input_read_path(struct explain_input *, const char *path);
/* Clears the progress line, if one is shown. */
void	input_done(struct explain_input *);

#endif
