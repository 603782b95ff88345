/* The monotonic clock in milliseconds, the one every deadline reads. */
#include <time.h>

#include "monotonic.h"

long
monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
