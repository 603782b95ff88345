#ifndef OVHMAIL_EXPLAIN_SPLIT_H
#define OVHMAIL_EXPLAIN_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Cuts a stream of bytes, fed in pieces of any size, into what explain
 * reads one at a time: the messages of an mbox, a message, the lines of
 * a mail log, or a text read whole (words, a pasted bounce, a dialog).
 * The shape is told by the first line that is not blank.  Memory stays
 * bounded whatever is fed: a message is kept up to SPLIT_MAX_MESSAGE
 * bytes, a line up to SPLIT_MAX_LINE, and what is past a bound is skipped
 * and counted in the splitter's cut flags.
 */

#define SPLIT_MAX_LINE		65536		/* bytes of a line kept */
#define SPLIT_MAX_MESSAGE	(8UL << 20)	/* bytes of a message kept */
#define SPLIT_MAX_TEXT		(1UL << 20)	/* a text longer is a log */
#define SPLIT_LOOK_LINES	5	/* a log stamp among them: a log */

#define SPLIT_CUT_LINE		0x1
#define SPLIT_CUT_MESSAGE	0x2

enum split_unit {
	SPLIT_MESSAGE,		/* a message, or a text read whole */
	SPLIT_LINE		/* a line of a log, without its newline */
};

typedef void	split_given(enum split_unit, const char *text, size_t length,
		    void *context);

enum split_shape {
	SHAPE_UNKNOWN,		/* no line yet */
	SHAPE_MBOX,
	SHAPE_MESSAGE,
	SHAPE_LOG,
	SHAPE_TEXT
};

struct splitter {
	split_given	*given;
	void		*context;
	enum split_shape shape;
	bool		 one_message;	/* a file of a folder */
	char		*line;		/* the line being read */
	size_t		 line_used;
	bool		 line_cut;	/* this line is past SPLIT_MAX_LINE */
	char		*whole;		/* the message or text being read */
	size_t		 whole_used, whole_size;
	bool		 whole_cut;	/* this message is past its bound */
	bool		 blank_before;	/* the line before was blank */
	size_t		 lines;		/* lines taken */
	bool		 failed;	/* out of memory: nothing more given */
	unsigned	 cut;		/* SPLIT_CUT_* seen in all */
};

/*
 * ONE_MESSAGE: the stream is a message (a file of a Maildir), unless its
 * first line is a log's.  False when out of memory.
 */
bool	split_start(struct splitter *s, bool one_message, split_given *given,
	    void *context);
void	split_feed(struct splitter *, const char *bytes, size_t length);
/* Gives what is left; the splitter may be started again. */
void	split_end(struct splitter *);
void	split_free(struct splitter *);

/* Whether LINE starts as a mail log line does (a time stamp). */
bool	split_is_log_line(const char *line, size_t length);

#endif
