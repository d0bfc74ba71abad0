/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_NETNS_H
#define MPDK_NETNS_H

/*
 * Shell commands and a network namespace of the test's own, for the tests
 * that talk to the kernel through net_tap.  Nothing they send leaves the
 * namespace.
 */

#include <stddef.h>

/* Run a shell command through popen, printing it and its output (stdout
 * and stderr); the output is also kept in @p out (may be NULL).  Returns
 * the exit status, 128 + the signal, or -1. */
int mpdk_test_run(char *out, size_t out_size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Create the namespace "<prefix>_<pid>" (ip netns add) and move this
 * process in (setns): call it while the process is single-threaded, so
 * the threads EAL starts later, the tap device and every command run are
 * in it.  It is deleted at exit, and unmounted on SIGTERM, SIGINT, SIGHUP
 * and SIGPIPE.  Returns 0, or -1 with a line on stderr saying why. */
int mpdk_test_netns_enter(const char *prefix);

/* Delete the namespace now (idempotent).  The process may still be
 * inside: the namespace then lives on, unnamed, until the process exits. */
void mpdk_test_netns_delete(void);

/* Its name, "" before mpdk_test_netns_enter(). */
const char *mpdk_test_netns_name(void);

#endif /* MPDK_NETNS_H */
