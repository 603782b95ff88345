/*
 * libFuzzer target: the DNS answer reader.  The question is taken from
 * the message itself, so that the records behind it are read too.
 */
#include <arpa/nameser.h>
#include <resolv.h>
#include <stdint.h>
#include <stdio.h>

#include "dns_parse.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static const int types[] = { ns_t_mx, ns_t_txt, ns_t_srv, ns_t_cname };
	struct dns_answer answer;
	char name[NS_MAXDNAME];
	ns_msg msg;
	ns_rr rr;
	size_t i;

	snprintf(name, sizeof(name), "example.test");
	if (size <= NS_MAXMSG && ns_initparse(bytes, (int)size, &msg) == 0 &&
	    ns_parserr(&msg, ns_s_qd, 0, &rr) == 0)
		snprintf(name, sizeof(name), "%s", ns_rr_name(rr));
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		(void)dns_parse(bytes, size, name, types[i], &answer);
		(void)dns_answer_count(&answer, types[i]);
		dns_answer_free(&answer);
	}
	return 0;
}
