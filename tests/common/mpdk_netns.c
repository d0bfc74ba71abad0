/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mpdk_netns.h"

static char ns_name[64];
static char ns_path[128];
static volatile sig_atomic_t ns_created;

int
mpdk_test_run(char *out, size_t out_size, const char *fmt, ...)
{
	char cmd[512], line[512];
	size_t used = 0;
	va_list ap;
	FILE *p;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	printf("+ %s\n", cmd);
	fflush(stdout);
	strncat(cmd, " 2>&1", sizeof(cmd) - strlen(cmd) - 1);
	p = popen(cmd, "r");
	if (p == NULL) {
		printf("  popen: %s\n", strerror(errno));
		return -1;
	}
	if (out != NULL && out_size > 0)
		out[0] = '\0';
	while (fgets(line, sizeof(line), p) != NULL) {
		printf("  %s", line);
		if (out != NULL && used + strlen(line) < out_size) {
			memcpy(out + used, line, strlen(line) + 1);
			used += strlen(line);
		}
	}
	fflush(stdout);
	rc = pclose(p);
	if (rc == -1)
		return -1;
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : 128 + WTERMSIG(rc);
}

/* What "ip netns delete" does, async-signal-safe. */
static void
ns_unmount(void)
{
	umount2(ns_path, MNT_DETACH);
	unlink(ns_path);
}

void
mpdk_test_netns_delete(void)
{
	if (!ns_created)
		return;
	ns_created = 0;
	if (mpdk_test_run(NULL, 0, "ip netns delete %s", ns_name) != 0)
		ns_unmount();
	if (access(ns_path, F_OK) == 0)
		printf("namespace %s still present at %s\n", ns_name, ns_path);
}

static void
on_signal(int sig)
{
	if (ns_created) {
		ns_created = 0;
		ns_unmount();
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

int
mpdk_test_netns_enter(const char *prefix)
{
	int fd;

	snprintf(ns_name, sizeof(ns_name), "%s_%d", prefix, (int)getpid());
	snprintf(ns_path, sizeof(ns_path), "/var/run/netns/%s", ns_name);
	if (access(ns_path, F_OK) == 0) {
		fprintf(stderr, "FAIL: namespace %s exists already\n", ns_name);
		return -1;
	}
	if (mpdk_test_run(NULL, 0, "ip netns add %s", ns_name) != 0) {
		fprintf(stderr, "FAIL: cannot create namespace %s\n", ns_name);
		return -1;
	}
	ns_created = 1;
	atexit(mpdk_test_netns_delete);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	signal(SIGHUP, on_signal);
	signal(SIGPIPE, on_signal);   /* e.g. output piped into head */

	fd = open(ns_path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "FAIL: open %s: %s\n", ns_path, strerror(errno));
		return -1;
	}
	if (setns(fd, CLONE_NEWNET) != 0) {
		fprintf(stderr, "FAIL: setns(%s): %s\n", ns_path, strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	printf("entered network namespace %s\n", ns_name);
	return 0;
}

const char *
mpdk_test_netns_name(void)
{
	return ns_name;
}
