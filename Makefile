# ovhmail: see README.md.  Plain make(1); GNU make or BSD make.

VERSION =	0.1.0

PREFIX ?=	/usr/local
BINDIR ?=	$(PREFIX)/bin
DATADIR ?=	$(PREFIX)/share/ovhmail
LIBEXECDIR ?=	$(PREFIX)/libexec/ovhmail
MANDIR ?=	$(PREFIX)/share/man
LOCALEDIR ?=	$(PREFIX)/share/locale
BASHCOMPDIR ?=	$(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?=	$(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?=	$(PREFIX)/share/fish/vendor_completions.d

CC ?=		cc
PKG_CONFIG ?=	pkg-config
MSGFMT ?=	msgfmt
CFLAGS ?=	-O2 -g

CJSON_CFLAGS !=	$(PKG_CONFIG) --cflags libcjson
CJSON_LIBS !=	$(PKG_CONFIG) --libs libcjson
SSL_CFLAGS !=	$(PKG_CONFIG) --cflags openssl
SSL_LIBS !=	$(PKG_CONFIG) --libs openssl

WARNINGS =	-Wall -Wextra -Werror -pedantic -Wshadow -Wstrict-prototypes \
		-Wmissing-prototypes -Wformat=2
ALL_CFLAGS =	-std=c11 $(WARNINGS) $(CFLAGS)
ALL_CPPFLAGS =	-D_POSIX_C_SOURCE=200809L -Iinclude $(CJSON_CFLAGS) $(ZLIB_CFLAGS) $(SSL_CFLAGS) \
		-DVERSION='"$(VERSION)"' -DDATAFILE='"$(DATADIR)/servers.json"' \
		-DLIBEXECDIR='"$(LIBEXECDIR)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
		$(CPPFLAGS)
ZLIB_CFLAGS !=	$(PKG_CONFIG) --cflags zlib
ZLIB_LIBS !=	$(PKG_CONFIG) --libs zlib
LIBS =		$(CJSON_LIBS) $(ZLIB_LIBS) -lresolv -lm -pthread

# ovhmail-check holds what needs OpenSSL, so that ovhmail starts fast.
CHECK_OBJS =	src/check.o src/check_command.o src/check_report.o src/login.o \
		src/net.o src/probe.o src/sign.o src/tls.o
OBJS =		src/address.o src/audit.o src/audit_aerc.o \
		src/audit_autoconfig.o src/audit_autodiscover.o \
		src/audit_judge.o src/audit_mbsync.o src/audit_mobileconfig.o \
		src/audit_msmtp.o src/audit_mutt.o src/audit_prefs.o \
		src/audit_read.o src/audit_report.o src/audit_xml.o \
		src/cleanup.o src/cli.o src/reader.o \
		src/commands.o src/bounce.o src/data.o src/data_read.o src/dmarc.o src/dns_command.o \
		src/dns_discover.o src/dns_many.o src/dns_parse.o src/dns_tally.o src/dns_query.o src/dns_report.o \
		src/dns_verify.o src/dns_zone.o src/doctor_command.o \
		src/doctor_files.o src/doctor_judge.o src/doctor_report.o \
		src/errors.o src/explain.o \
		src/explain_command.o src/explain_input.o src/explain_log.o \
		src/explain_split.o src/explain_summary.o src/export.o \
		src/export_aerc.o \
		src/export_autoconfig.o src/export_autodiscover.o \
		src/export_dns.o src/export_mbsync.o src/export_mobileconfig.o \
		src/export_msmtp.o src/export_neomutt.o src/format_env.o \
		src/format_fields.o src/format_json.o src/lookup_report.o \
		src/explain_report.o src/guide_report.o src/limits_report.o \
		src/text_layout.o \
		src/guide.o src/guides.o src/handoff.o src/i18n.o src/infile.o \
		src/item.o src/json_doc.o src/json_write.o src/lookup.o \
		src/mailtime.o src/monotonic.o src/output.o \
		src/password_command.o src/phrases.o src/secret.o src/spawn.o \
		src/problem.o src/punycode.o src/quote.o src/spf.o src/strprintf.o \
		src/strset.o \
		src/utf8.o src/uuid.o
UNIT_TESTS =	tests/unit/test_data tests/unit/test_lookup \
		tests/unit/test_format tests/unit/test_address \
		tests/unit/test_explain tests/unit/test_export \
		tests/unit/test_spf
MANS =		man/ovhmail.1 man/ovhmail-data.5

# The message catalogs, under locale/ as they are installed, so that
# OVHMAIL_LOCALEDIR=$$PWD/locale finds them in the build tree.  One list
# of languages: a new one is a word here and its po/LANG.po.
LINGUAS =	fr nl
CATALOGS =	locale/stamp
COMPLETIONS =	completions/ovhmail.bash completions/_ovhmail \
		completions/ovhmail.fish

all: ovhmail ovhmail-check $(CATALOGS)

locale/stamp: po/*.po
	for lang in $(LINGUAS); do \
		mkdir -p locale/$$lang/LC_MESSAGES && \
		$(MSGFMT) -c -o locale/$$lang/LC_MESSAGES/ovhmail.mo \
		    po/$$lang.po || exit 1; \
	done
	touch $@

# After a message changes: po/ovhmail.pot from the sources and the data
# file, merged into each language's po file for its translator.
update-po:
	sh po/update.sh $(LINGUAS)

ovhmail: $(OBJS) src/check_exec.o src/main.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) src/check_exec.o \
	    src/main.o $(LIBS)

ovhmail-check: $(OBJS) $(CHECK_OBJS) src/main.o
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -pthread -o $@ $(OBJS) $(CHECK_OBJS) \
	    src/main.o $(LIBS) $(SSL_LIBS)

.c.o:
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(OBJS) $(CHECK_OBJS) src/check_exec.o src/main.o: include/*.h Makefile

.SUFFIXES: .c .o

# cmocka is asked for only here, so that make without it stays quiet.
$(UNIT_TESTS): $(OBJS) src/check_exec.o tests/unit/unit.h
	$(CC) $(ALL_CPPFLAGS) $$($(PKG_CONFIG) --cflags cmocka) $(ALL_CFLAGS) \
	    $(LDFLAGS) -o $@ $@.c $(OBJS) src/check_exec.o $(LIBS) \
	    $$($(PKG_CONFIG) --libs cmocka)

tests/unit/test_data: tests/unit/test_data.c
tests/unit/test_lookup: tests/unit/test_lookup.c
tests/unit/test_format: tests/unit/test_format.c
tests/unit/test_address: tests/unit/test_address.c
tests/unit/test_explain: tests/unit/test_explain.c
tests/unit/test_export: tests/unit/test_export.c
tests/unit/test_spf: tests/unit/test_spf.c

# Loopback servers for the check tests (tests/check/peer.c says which).
# A resolver far away: a delaying proxy in front of named (tests/dns).
tests/dns/slowdns: tests/dns/slowdns.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tests/dns/slowdns.c

tests/check/peer: tests/check/peer.c
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ \
	    tests/check/peer.c $(SSL_LIBS)

# libFuzzer targets (clang), each run for FUZZ_SECONDS on a copy of its
# seed corpus; a crash leaves its input in build/fuzz and fails.  make
# fuzz gives each a minute; make ci runs the corpora and a short fuzz.
FUZZ_SECONDS ?=	60
FUZZ_CC ?=	clang
FUZZ_FLAGS =	-g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all
FUZZERS =	tests/fuzz/fuzz_data tests/fuzz/fuzz_cli tests/fuzz/fuzz_dns \
		tests/fuzz/fuzz_spf tests/fuzz/fuzz_guides \
		tests/fuzz/fuzz_bounce tests/fuzz/fuzz_split tests/fuzz/fuzz_log \
		tests/fuzz/fuzz_domains \
		tests/fuzz/fuzz_audit tests/fuzz/fuzz_doctor

# The sources are compiled once for all the fuzzers, into an archive.
FUZZ_LIB =	build/fuzz/libovhmail.a

$(FUZZ_LIB): $(OBJS:.o=.c) src/check_exec.c include/*.h
	rm -rf build/fuzz/obj
	mkdir -p build/fuzz/obj
	for source in $(OBJS:.o=.c) src/check_exec.c; do \
		name=$${source#src/}; \
		$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 -g -O1 \
		    -fsanitize=fuzzer-no-link,address,undefined \
		    -fno-sanitize-recover=all -c -o build/fuzz/obj/$${name%.c}.o \
		    $$source || exit 1; \
	done
	rm -f $@
	ar rcs $@ build/fuzz/obj/*.o

$(FUZZERS): $(FUZZ_LIB)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 $(FUZZ_FLAGS) -o $@ $@.c \
	    $(FUZZ_LIB) $(LIBS)

tests/fuzz/fuzz_data: tests/fuzz/fuzz_data.c
tests/fuzz/fuzz_cli: tests/fuzz/fuzz_cli.c
tests/fuzz/fuzz_dns: tests/fuzz/fuzz_dns.c
tests/fuzz/fuzz_spf: tests/fuzz/fuzz_spf.c
tests/fuzz/fuzz_guides: tests/fuzz/fuzz_guides.c
tests/fuzz/fuzz_bounce: tests/fuzz/fuzz_bounce.c
tests/fuzz/fuzz_split: tests/fuzz/fuzz_split.c
tests/fuzz/fuzz_log: tests/fuzz/fuzz_log.c
tests/fuzz/fuzz_domains: tests/fuzz/fuzz_domains.c
tests/fuzz/fuzz_audit: tests/fuzz/fuzz_audit.c
tests/fuzz/fuzz_doctor: tests/fuzz/fuzz_doctor.c

# What servers send to check: the probe readers, with OpenSSL (net.c).
tests/fuzz/fuzz_probe: tests/fuzz/fuzz_probe.c src/net.c src/probe.c src/monotonic.c \
    src/i18n.c include/*.h
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 $(FUZZ_FLAGS) -o $@ $@.c \
	    src/net.c src/probe.c src/monotonic.c src/i18n.c $(SSL_LIBS)

fuzz: $(FUZZERS) tests/fuzz/fuzz_probe
	sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# tests/run.sh lists the suites.  make check runs the everyday ones,
# make check-valgrind and make check-asan the same under each tool, and
# make ci all of them, with lint, a short fuzz of each fuzzer, and the
# release suites (make check again in the unpacked tarball, the Debian
# package), two at a time, the longest first: three filled the cores
# better but left the servers too slow to start at times.  make test-NAME
# runs one.
SUITES =	unit cli export audit check dns explain doctor hostile man docs \
		install i18n completions guide
SUITES_VALGRIND = unit-valgrind cli-valgrind audit-valgrind check-valgrind \
		 dns-valgrind \
		explain-valgrind doctor-valgrind hostile-valgrind guide-valgrind
TEST_PROGRAMS =	ovhmail ovhmail-check $(CATALOGS) $(UNIT_TESTS) tests/check/peer \
		tests/dns/slowdns

check: $(TEST_PROGRAMS)
	UNIT_TESTS='$(UNIT_TESTS)' sh tests/run.sh $(SUITES)

check-valgrind: $(TEST_PROGRAMS)
	UNIT_TESTS='$(UNIT_TESTS)' sh tests/run.sh $(SUITES_VALGRIND)

# A copy of the tree built with the sanitizers, so that this one's objects
# stay as they are.
SANITIZE =	-fsanitize=address,undefined -fno-sanitize-recover=all \
		-fno-omit-frame-pointer

check-asan:
	rm -rf build/asan
	mkdir -p build/asan
	cp -R Makefile data include man po src tests build/asan/
	rm -f build/asan/src/*.o build/asan/tests/check/peer
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(MAKE) -s -C build/asan CFLAGS='-O1 -g $(SANITIZE)' \
	    LDFLAGS='$(SANITIZE)' check-sanitized

check-sanitized: $(TEST_PROGRAMS)
	UNIT_TESTS='$(UNIT_TESTS)' sh tests/run.sh unit cli export audit check dns explain \
	    doctor hostile guide

CI_SUITES =	cli-valgrind guide-valgrind lint asan check-valgrind \
		hostile-valgrind audit-valgrind dist fuzz check dns-valgrind deb \
		explain-valgrind doctor-valgrind unit-valgrind export hostile \
		guide cli audit dns explain doctor install i18n completions docs \
		man unit
CI_JOBS ?=	2

ci:
	$(MAKE) -j$(CI_JOBS) $(TEST_PROGRAMS)
	UNIT_TESTS='$(UNIT_TESTS)' FUZZ_SECONDS=10 sh tests/run.sh \
	    -j $(CI_JOBS) $(CI_SUITES)

SUITE_TARGETS =	test-unit test-cli test-export test-audit test-check test-dns \
		test-explain test-doctor test-doctor-valgrind test-hostile test-man test-docs test-install \
		test-i18n test-completions test-guide test-unit-valgrind \
		test-cli-valgrind test-audit-valgrind test-check-valgrind \
		test-dns-valgrind test-explain-valgrind test-hostile-valgrind \
		test-guide-valgrind test-asan test-lint test-fuzz test-dist \
		test-deb

$(SUITE_TARGETS): $(TEST_PROGRAMS)
	UNIT_TESTS='$(UNIT_TESTS)' sh tests/run.sh `echo $@ | sed 's/^test-//'`

# cppcheck and clang-tidy, with the settings in .cppcheck and .clang-tidy.
LINT_SOURCES =	src/*.c tests/check/peer.c tests/fuzz/*.c

lint:
	sh tests/lint.sh $(LINT_SOURCES) -- $(ALL_CPPFLAGS)

lint-man:
	mandoc -Tlint -Werror $(MANS)

install: ovhmail ovhmail-check $(CATALOGS)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(LIBEXECDIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 ovhmail $(DESTDIR)$(BINDIR)/ovhmail
	install -m 755 ovhmail-check $(DESTDIR)$(LIBEXECDIR)/ovhmail-check
	install -m 644 data/servers.json $(DESTDIR)$(DATADIR)/servers.json
	install -m 644 data/guides.json $(DESTDIR)$(DATADIR)/guides.json
	install -m 644 data/errors.json $(DESTDIR)$(DATADIR)/errors.json
	install -m 644 man/ovhmail.1 $(DESTDIR)$(MANDIR)/man1/ovhmail.1
	install -m 644 man/ovhmail-data.5 $(DESTDIR)$(MANDIR)/man5/ovhmail-data.5
	for lang in $(LINGUAS); do \
		mkdir -p $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES && \
		install -m 644 locale/$$lang/LC_MESSAGES/ovhmail.mo \
		    $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/ovhmail.mo || \
		    exit 1; \
	done
	install -m 644 completions/ovhmail.bash $(DESTDIR)$(BASHCOMPDIR)/ovhmail
	install -m 644 completions/_ovhmail $(DESTDIR)$(ZSHCOMPDIR)/_ovhmail
	install -m 644 completions/ovhmail.fish \
	    $(DESTDIR)$(FISHCOMPDIR)/ovhmail.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ovhmail
	rm -f $(DESTDIR)$(LIBEXECDIR)/ovhmail-check
	-rmdir $(DESTDIR)$(LIBEXECDIR)
	rm -f $(DESTDIR)$(DATADIR)/servers.json
	rm -f $(DESTDIR)$(DATADIR)/guides.json
	rm -f $(DESTDIR)$(DATADIR)/errors.json
	rm -f $(DESTDIR)$(MANDIR)/man1/ovhmail.1
	rm -f $(DESTDIR)$(MANDIR)/man5/ovhmail-data.5
	for lang in $(LINGUAS); do \
		rm -f $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/ovhmail.mo; \
	done
	rm -f $(DESTDIR)$(BASHCOMPDIR)/ovhmail
	rm -f $(DESTDIR)$(ZSHCOMPDIR)/_ovhmail
	rm -f $(DESTDIR)$(FISHCOMPDIR)/ovhmail.fish
	-rmdir $(DESTDIR)$(DATADIR)

# The release tarball: the sources as they are in the tree, without what
# the build made, so that it builds and passes make check once unpacked.
DIST =		ovhmail-$(VERSION)
DISTFILES =	.ci .clang-tidy .cppcheck .gitignore LICENSE Makefile README.md \
		bench completions data debian include man po src tests

dist:
	rm -rf $(DIST) $(DIST).tar.gz
	mkdir $(DIST)
	cp -R $(DISTFILES) $(DIST)/
	$(MAKE) -s -C $(DIST) clean
	rm -rf $(DIST)/debian/ovhmail $(DIST)/debian/.debhelper \
	    $(DIST)/debian/files $(DIST)/debian/*.substvars \
	    $(DIST)/debian/debhelper-build-stamp
	tar -cf - $(DIST) | gzip -9n >$(DIST).tar.gz
	rm -rf $(DIST)

clean:
	rm -f ovhmail ovhmail-check src/*.o $(UNIT_TESTS) tests/check/peer \
	    tests/dns/slowdns \
	    $(FUZZERS) tests/fuzz/fuzz_probe
	rm -rf build
	rm -rf locale ovhmail-$(VERSION) ovhmail-$(VERSION).tar.gz

.PHONY: $(SUITE_TARGETS)
.PHONY: all check check-valgrind check-asan check-sanitized ci dist fuzz \
	lint lint-man install uninstall update-po clean
