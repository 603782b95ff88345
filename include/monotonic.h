#ifndef OVHMAIL_MONOTONIC_H
#define OVHMAIL_MONOTONIC_H

/*
 * Milliseconds on the monotonic clock, for deadlines and durations: the
 * wall clock may be set back or forward while a program waits.
 */
long	monotonic_ms(void);

#endif
