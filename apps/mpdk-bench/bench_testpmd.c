/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * --vs-testpmd: dpdk-testpmd in txonly mode on the same vdev, with the
 * same EAL options, burst and frame size, driven through its prompt:
 *
 *   start, show port stats all, (wait a round, show port stats all) x N,
 *   stop, quit
 *
 * testpmd's own "Tx-pps (since last show)" over each round is the figure;
 * the median of the rounds is reported.  It runs after our tx test has
 * closed its port, so the two never share a device or an lcore.
 */

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>

#include "bench.h"

#define TP_PROG "dpdk-testpmd"
#define TP_MAX_ARGS 96
#define TP_OUT_MAX (1u << 20)

struct tp_out {
	char *buf;
	size_t len;
};

static bool
in_path(const char *prog)
{
	const char *path = getenv("PATH");
	char dir[4096];

	while (path != NULL && *path != '\0') {
		const char *colon = strchr(path, ':');
		size_t n = colon != NULL ? (size_t)(colon - path) : strlen(path);

		if (n > 0 && n + strlen(prog) + 2 < sizeof(dir)) {
			memcpy(dir, path, n);
			snprintf(dir + n, sizeof(dir) - n, "/%s", prog);
			if (access(dir, X_OK) == 0)
				return true;
		}
		path = colon != NULL ? colon + 1 : NULL;
	}
	return false;
}

/* "--opt=value" or "--opt value": true if argv[*i] is @p opt; *i moves
 * past its value. */
static bool
is_opt(char **argv, int argc, int *i, const char *opt, const char **value)
{
	size_t n = strlen(opt);

	if (strncmp(argv[*i], opt, n) != 0)
		return false;
	if (argv[*i][n] == '=') {
		*value = argv[*i] + n + 1;
		return true;
	}
	if (argv[*i][n] == '\0') {
		*value = *i + 1 < argc ? argv[*i + 1] : "";
		if (*i + 1 < argc)
			(*i)++;
		return true;
	}
	return false;
}

/* testpmd's command line: our EAL options without our vdevs and file
 * prefix, the one vdev under test, then txonly at our burst and size. */
static int
build_args(const struct bench_opts *o, char **av, char *store, size_t store_len)
{
	const char *dev = o->dev != NULL ? o->dev : BENCH_TX_DEV;
	const char *vdev = NULL, *v;
	int n = 0, i;
	size_t used = 0;

#define PUSH(...) do { \
	int w_ = snprintf(store + used, store_len - used, __VA_ARGS__); \
	if (w_ < 0 || (size_t)w_ >= store_len - used || n >= TP_MAX_ARGS - 1) \
		return -1; \
	av[n++] = store + used; \
	used += (size_t)w_ + 1; \
} while (0)

	PUSH("%s", TP_PROG);
	for (i = 1; i < o->eal_argc; i++) {
		if (is_opt(o->eal_argv, o->eal_argc, &i, "--vdev", &v)) {
			size_t len = strcspn(v, ",");

			if (strlen(dev) == len && strncmp(v, dev, len) == 0)
				vdev = v;
			continue;
		}
		if (is_opt(o->eal_argv, o->eal_argc, &i, "--file-prefix", &v))
			continue;
		PUSH("%s", o->eal_argv[i]);
	}
	if (vdev != NULL)
		PUSH("--vdev=%s", vdev);
	else if (o->dev == NULL)
		PUSH("--vdev=%s,no-rx=1", BENCH_TX_DEV);
	else {
		fprintf(stderr, "--vs-testpmd: '%s' is not a --vdev of the EAL "
			"options; testpmd cannot make the same port\n", o->dev);
		return -1;
	}
	PUSH("--file-prefix=mpdk_bench_testpmd_%d", (int)getpid());
	PUSH("--");
	PUSH("-i");
	PUSH("--forward-mode=txonly");
	PUSH("--nb-cores=1");
	PUSH("--burst=%u", o->burst);
	PUSH("--txpkts=%u", o->size);
	PUSH("--no-mlockall");
	/* Its default pool (~150k mbufs) does not fit in -m 512. */
	PUSH("--total-num-mbufs=%u", BENCH_MBUFS);
#undef PUSH
	av[n] = NULL;
	return 0;
}

/* Collect testpmd's output for @p ms milliseconds (or until EOF if
 * @p ms < 0). */
static int
collect(int fd, struct tp_out *out, int ms)
{
	struct timespec t0, t;
	char chunk[4096];

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int left = -1, r;
		ssize_t n;

		if (ms >= 0) {
			clock_gettime(CLOCK_MONOTONIC, &t);
			left = ms - (int)((t.tv_sec - t0.tv_sec) * 1000 +
					  (t.tv_nsec - t0.tv_nsec) / 1000000);
			if (left <= 0)
				return 0;
		}
		r = poll(&pfd, 1, left);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return r;
		n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0; /* EOF */
		if (out->len + (size_t)n < TP_OUT_MAX) {
			char *nb = realloc(out->buf, out->len + (size_t)n + 1);

			if (nb == NULL)
				return -1;
			out->buf = nb;
			memcpy(out->buf + out->len, chunk, (size_t)n);
			out->len += (size_t)n;
			out->buf[out->len] = '\0';
		}
	}
}

static void
say(int fd, const char *cmd)
{
	ssize_t n = write(fd, cmd, strlen(cmd));

	RTE_SET_USED(n); /* a dead testpmd shows in its output */
}

/* The Tx-pps figures in order; the first (since start) is dropped. */
static int
parse_tx_pps(const char *s, double *pps, unsigned int max)
{
	unsigned int n = 0;
	bool first = true;

	while (s != NULL && (s = strstr(s, "Tx-pps:")) != NULL) {
		s += strlen("Tx-pps:");
		if (first)
			first = false;
		else if (n < max)
			pps[n++] = strtod(s, NULL);
	}
	return (int)n;
}

int
bench_testpmd_txonly(const struct bench_opts *o, double *mpps)
{
	char *av[TP_MAX_ARGS], store[8192];
	double pps[BENCH_MAX_ROUNDS];
	int in[2], out[2], status, n;
	struct tp_out text = { NULL, 0 };
	unsigned int r;
	pid_t pid;

	if (!in_path(TP_PROG)) {
		fprintf(stderr, "--vs-testpmd: %s is not in PATH (Debian: apt-get "
			"install dpdk-dev)\n", TP_PROG);
		return -1;
	}
	if (build_args(o, av, store, sizeof(store)) != 0)
		return -1;
	if (pipe(in) != 0 || pipe(out) != 0) {
		perror("pipe");
		return -1;
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return -1;
	}
	if (pid == 0) {
		dup2(in[0], STDIN_FILENO);
		dup2(out[1], STDOUT_FILENO);
		dup2(out[1], STDERR_FILENO);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		execvp(TP_PROG, av);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	signal(SIGPIPE, SIG_IGN);

	/* Startup, then the baseline show, then one show per round. */
	collect(out[0], &text, 3000);
	say(in[1], "start\nshow port stats all\n");
	for (r = 0; r < o->rounds; r++) {
		collect(out[0], &text, (int)(o->duration * 1000));
		say(in[1], "show port stats all\n");
	}
	say(in[1], "stop\nquit\n");
	close(in[1]);
	collect(out[0], &text, 30000);
	close(out[0]);
	if (waitpid(pid, &status, 0) < 0)
		status = -1;

	n = parse_tx_pps(text.buf, pps, BENCH_MAX_ROUNDS);
	if (n < (int)o->rounds || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		size_t tail = text.len > 2000 ? text.len - 2000 : 0;

		fprintf(stderr, "--vs-testpmd: %s gave %d of %u figures "
			"(exit status %d); its output ends:\n%s\n", TP_PROG, n,
			o->rounds, WIFEXITED(status) ? WEXITSTATUS(status) : -1,
			text.buf != NULL ? text.buf + tail : "(nothing)");
		free(text.buf);
		return -1;
	}
	free(text.buf);
	*mpps = bench_median(pps, (unsigned int)n) / 1e6;
	return 0;
}
