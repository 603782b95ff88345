/*
 * The mail clients' files doctor reads when it is given none: where each
 * client keeps them under the home directory, and every Thunderbird or
 * Betterbird profile's prefs.js.
 */
#include <sys/stat.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doctor.h"

/* The clients' own places, as their manuals name them. */
static const char *const places[] = {
	".msmtprc",
	".config/msmtp/config",
	".mbsyncrc",
	".config/isyncrc",
	".muttrc",
	".mutt/muttrc",
	".config/mutt/muttrc",
	".config/neomutt/neomuttrc",
	".config/aerc/accounts.conf",
};

/* Where Thunderbird (a package, Flatpak, Snap) and Betterbird keep
 * their profiles, a directory each. */
static const char *const profile_places[] = {
	".thunderbird",
	".var/app/org.mozilla.Thunderbird/.thunderbird",
	"snap/thunderbird/common/.thunderbird",
	".betterbird",
};

#define MAX_PROFILES	32	/* in one place */
#define MAX_ENTRIES	4096	/* of a profiles' directory, looked at */

/* A regular file (through links: ~/.muttrc is often one) at PATH. */
static bool
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static size_t
add(char **paths, size_t n, size_t max, size_t *left_out, const char *path)
{
	if (!is_file(path))
		return n;
	if (n == max || (paths[n] = strdup(path)) == NULL) {
		(*left_out)++;
		return n;
	}
	return n + 1;
}

/*
 * Keeps NAME among the first MAX_PROFILES names in order, sorted; one
 * pushed out is counted in LEFT_OUT.
 */
static size_t
keep_first(char **names, size_t count, const char *name, size_t *left_out)
{
	size_t at;
	char *copy;

	if (count == MAX_PROFILES) {
		(*left_out)++;
		if (strcmp(names[count - 1], name) <= 0)
			return count;
		free(names[--count]);
	}
	if ((copy = strdup(name)) == NULL) {
		(*left_out)++;
		return count;
	}
	for (at = count; at > 0 && strcmp(names[at - 1], copy) > 0; at--)
		names[at] = names[at - 1];
	names[at] = copy;
	return count + 1;
}

/*
 * Each profile's prefs.js, in the order of their names, the first
 * MAX_PROFILES of those that have one (a profile's directory holds other
 * things: "Crash Reports", "Pending Pings").
 */
static size_t
add_profiles(const char *dir, char **paths, size_t n, size_t max,
    size_t *left_out)
{
	char path[4096], *names[MAX_PROFILES];
	size_t count = 0, seen = 0, i;
	struct dirent *entry;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return n;
	while ((entry = readdir(d)) != NULL && seen++ < MAX_ENTRIES)
		if (entry->d_name[0] != '.' &&
		    (size_t)snprintf(path, sizeof(path), "%s/%s/prefs.js", dir,
		    entry->d_name) < sizeof(path) && is_file(path))
			count = keep_first(names, count, entry->d_name,
			    left_out);
	closedir(d);
	for (i = 0; i < count; i++) {
		/* Each fitted when it was kept. */
		if ((size_t)snprintf(path, sizeof(path), "%s/%s/prefs.js", dir,
		    names[i]) < sizeof(path))
			n = add(paths, n, max, left_out, path);
		free(names[i]);
	}
	return n;
}

size_t
doctor_files_find(const char *home, char **paths, size_t max,
    size_t *left_out)
{
	char path[4096];
	size_t i, n = 0;

	*left_out = 0;

	if (home == NULL || home[0] != '/')
		return 0;
	for (i = 0; i < sizeof(places) / sizeof(places[0]); i++)
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", home,
		    places[i]) < sizeof(path))
			n = add(paths, n, max, left_out, path);
	for (i = 0; i < sizeof(profile_places) / sizeof(profile_places[0]);
	    i++)
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", home,
		    profile_places[i]) < sizeof(path))
			n = add_profiles(path, paths, n, max, left_out);
	return n;
}
