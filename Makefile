# ovhmail: see README.md.  Plain make(1); GNU make or BSD make.

VERSION =	0.1.0

PREFIX ?=	/usr/local
BINDIR ?=	$(PREFIX)/bin
DATADIR ?=	$(PREFIX)/share/ovhmail
MANDIR ?=	$(PREFIX)/share/man

CC ?=		cc
PKG_CONFIG ?=	pkg-config
CFLAGS ?=	-O2 -g

CJSON_CFLAGS !=	$(PKG_CONFIG) --cflags libcjson
CJSON_LIBS !=	$(PKG_CONFIG) --libs libcjson
SSL_CFLAGS !=	$(PKG_CONFIG) --cflags openssl
SSL_LIBS !=	$(PKG_CONFIG) --libs openssl
CMOCKA_CFLAGS != $(PKG_CONFIG) --cflags cmocka
CMOCKA_LIBS !=	$(PKG_CONFIG) --libs cmocka

WARNINGS =	-Wall -Wextra -Werror -pedantic -Wshadow -Wstrict-prototypes \
		-Wmissing-prototypes -Wformat=2
ALL_CFLAGS =	-std=c11 $(WARNINGS) $(CFLAGS)
ALL_CPPFLAGS =	-D_POSIX_C_SOURCE=200809L -Iinclude $(CJSON_CFLAGS) $(SSL_CFLAGS) \
		-DVERSION='"$(VERSION)"' -DDATAFILE='"$(DATADIR)/servers.json"' \
		$(CPPFLAGS)
LIBS =		$(CJSON_LIBS) $(SSL_LIBS) -lm

OBJS =		src/address.o src/check.o src/check_report.o src/cli.o \
		src/commands.o src/data.o src/explain.o src/export.o src/export_aerc.o \
		src/export_autoconfig.o src/export_autodiscover.o \
		src/export_dns.o src/export_mbsync.o src/export_mobileconfig.o \
		src/export_msmtp.o src/export_neomutt.o src/format_env.o \
		src/format_fields.o src/format_json.o src/format_text.o \
		src/item.o src/lookup.o src/net.o src/output.o src/probe.o \
		src/problem.o src/punycode.o src/quote.o src/strset.o \
		src/tls.o src/utf8.o src/uuid.o
UNIT_TESTS =	tests/unit/test_data tests/unit/test_lookup \
		tests/unit/test_format tests/unit/test_address \
		tests/unit/test_explain tests/unit/test_export
MANS =		man/ovhmail.1 man/ovhmail-data.5

all: ovhmail

ovhmail: $(OBJS) src/main.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) src/main.o $(LIBS)

.c.o:
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(OBJS) src/main.o: include/*.h Makefile

.SUFFIXES: .c .o

$(UNIT_TESTS): $(OBJS) tests/unit/unit.h
	$(CC) $(ALL_CPPFLAGS) $(CMOCKA_CFLAGS) $(ALL_CFLAGS) $(LDFLAGS) \
	    -o $@ $@.c $(OBJS) $(LIBS) $(CMOCKA_LIBS)

tests/unit/test_data: tests/unit/test_data.c
tests/unit/test_lookup: tests/unit/test_lookup.c
tests/unit/test_format: tests/unit/test_format.c
tests/unit/test_address: tests/unit/test_address.c
tests/unit/test_explain: tests/unit/test_explain.c
tests/unit/test_export: tests/unit/test_export.c

# Loopback servers for the check tests (tests/check/peer.c says which).
tests/check/peer: tests/check/peer.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ \
	    tests/check/peer.c $(SSL_LIBS)

# Every suite runs; the last line counts the cases of all of them.
check: ovhmail $(UNIT_TESTS) tests/check/peer
	sh tests/run.sh $(UNIT_TESTS)

# The CLI cases under valgrind alone (make check runs them too).
check-valgrind: ovhmail
	OVHMAIL_WRAPPER='valgrind -q --child-silent-after-fork=yes --error-exitcode=99 --leak-check=full \
	    --show-leak-kinds=all --errors-for-leak-kinds=all' \
	    sh tests/cli/run.sh

lint-man:
	mandoc -Tlint -Werror $(MANS)

install: ovhmail
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 ovhmail $(DESTDIR)$(BINDIR)/ovhmail
	install -m 644 data/servers.json $(DESTDIR)$(DATADIR)/servers.json
	install -m 644 man/ovhmail.1 $(DESTDIR)$(MANDIR)/man1/ovhmail.1
	install -m 644 man/ovhmail-data.5 $(DESTDIR)$(MANDIR)/man5/ovhmail-data.5

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ovhmail
	rm -f $(DESTDIR)$(DATADIR)/servers.json
	rm -f $(DESTDIR)$(MANDIR)/man1/ovhmail.1
	rm -f $(DESTDIR)$(MANDIR)/man5/ovhmail-data.5
	-rmdir $(DESTDIR)$(DATADIR)

clean:
	rm -f ovhmail src/*.o $(UNIT_TESTS) tests/check/peer
	rm -rf tests/cli/scratch

.PHONY: all check check-valgrind lint-man install uninstall clean
