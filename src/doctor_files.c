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

/* A regular file (through links: ~/.muttrc is often one) at PATH. */
static bool
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static size_t
add(char **paths, size_t n, size_t max, const char *path)
{
	if (n == max || !is_file(path) || (paths[n] = strdup(path)) == NULL)
		return n;
	return n + 1;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each profile directory's prefs.js, in the order of their names. */
static size_t
add_profiles(const char *dir, char **paths, size_t n, size_t max)
{
	char path[4096], *names[MAX_PROFILES];
	size_t count = 0, i;
	struct dirent *entry;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return n;
	while ((entry = readdir(d)) != NULL && count < MAX_PROFILES)
		if (entry->d_name[0] != '.' &&
		    (names[count] = strdup(entry->d_name)) != NULL)
			count++;
	closedir(d);
	qsort(names, count, sizeof(names[0]), by_name);
	for (i = 0; i < count; i++) {
		if ((size_t)snprintf(path, sizeof(path), "%s/%s/prefs.js", dir,
		    names[i]) < sizeof(path))
			n = add(paths, n, max, path);
		free(names[i]);
	}
	return n;
}

size_t
doctor_files_find(const char *home, char **paths, size_t max)
{
	char path[4096];
	size_t i, n = 0;

	if (home == NULL || home[0] != '/')
		return 0;
	for (i = 0; i < sizeof(places) / sizeof(places[0]); i++)
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", home,
		    places[i]) < sizeof(path))
			n = add(paths, n, max, path);
	for (i = 0; i < sizeof(profile_places) / sizeof(profile_places[0]);
	    i++)
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", home,
		    profile_places[i]) < sizeof(path))
			n = add_profiles(path, paths, n, max);
	return n;
}
