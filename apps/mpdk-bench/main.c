/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * mpdk-bench: mpdk against the raw DPDK loop, in the same run.
 *
 *   mpdk-bench [EAL options] -- [--test tx] [--dev NAME] [--burst N]
 *              [--size BYTES] [--duration SECONDS] [--rounds N]
 *              [--mode inline|poller|both] [--json]
 */

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_ether.h>

#include "bench.h"

static void
usage(const char *prog)
{
	printf("usage: %s [EAL options] -- [options]\n"
	       "  --test T             tx | rx | fwd | all (default all)\n"
	       "  --fwd-pmd P          fwd on a null or ring port pair (default both)\n"
	       "  --dev NAME           ethdev to use (default: net_null vdevs it makes)\n"
	       "  --burst N            NBLs / mbufs per burst, 1..%d (default 32)\n"
	       "  --size BYTES         frame size, %d..1514 (default 64)\n"
	       "  --duration SECONDS   length of each round (default 1)\n"
	       "  --rounds N           rounds, raw and mpdk interleaved (default 3)\n"
	       "  --mode M             inline | poller | both (default both)\n"
	       "  --json               one JSON object per result\n"
	       "example: %s --no-huge -m 512 --no-pci --no-shconf -l 0-1 "
	       "-- --test all\n",
	       prog, BENCH_MAX_BURST, RTE_ETHER_HDR_LEN, prog);
}

static int
parse_uint(const char *arg, const char *name, unsigned int lo, unsigned int hi,
	   unsigned int *out)
{
	char *end;
	unsigned long v = strtoul(arg, &end, 10);

	if (*arg == '\0' || *end != '\0' || v < lo || v > hi) {
		fprintf(stderr, "bad %s '%s': expected %u..%u\n", name, arg, lo, hi);
		return -1;
	}
	*out = (unsigned int)v;
	return 0;
}

static int
parse_args(int argc, char **argv, struct bench_opts *o)
{
	static const struct option longopts[] = {
		{ "test", required_argument, NULL, 't' },
		{ "dev", required_argument, NULL, 'd' },
		{ "burst", required_argument, NULL, 'b' },
		{ "size", required_argument, NULL, 's' },
		{ "duration", required_argument, NULL, 'D' },
		{ "rounds", required_argument, NULL, 'r' },
		{ "mode", required_argument, NULL, 'm' },
		{ "json", no_argument, NULL, 'j' },
		{ "fwd-pmd", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int c;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			o->test = optarg;
			break;
		case 'd':
			o->dev = optarg;
			break;
		case 'b':
			if (parse_uint(optarg, "burst", 1, BENCH_MAX_BURST, &o->burst))
				return -1;
			break;
		case 's':
			if (parse_uint(optarg, "size", RTE_ETHER_HDR_LEN, 1514, &o->size))
				return -1;
			break;
		case 'D':
			o->duration = strtod(optarg, &end);
			if (*end != '\0' || o->duration <= 0 || o->duration > 3600) {
				fprintf(stderr, "bad duration '%s'\n", optarg);
				return -1;
			}
			break;
		case 'r':
			if (parse_uint(optarg, "rounds", 1, BENCH_MAX_ROUNDS, &o->rounds))
				return -1;
			break;
		case 'm':
			o->mode = optarg;
			break;
		case 'j':
			o->json = true;
			break;
		case 'f':
			if (strcmp(optarg, "null") != 0 && strcmp(optarg, "ring") != 0) {
				fprintf(stderr, "unknown fwd pmd '%s' (null, ring)\n",
					optarg);
				return -1;
			}
			o->fwd_pmd = optarg;
			break;
		case 'h':
			usage(argv[0]);
			exit(0);
		default:
			usage(argv[0]);
			return -1;
		}
	}
	if (strcmp(o->test, "tx") != 0 && strcmp(o->test, "rx") != 0 &&
	    strcmp(o->test, "fwd") != 0 && strcmp(o->test, "all") != 0) {
		fprintf(stderr, "unknown test '%s' (tx, rx, fwd, all)\n", o->test);
		return -1;
	}
	if (strcmp(o->mode, "inline") != 0 && strcmp(o->mode, "poller") != 0 &&
	    strcmp(o->mode, "both") != 0) {
		fprintf(stderr, "unknown mode '%s' (inline, poller, both)\n", o->mode);
		return -1;
	}
	return 0;
}

/* Run one result-producing test and print it; false on failure. */
static bool
run_and_print(const struct bench_opts *o, int (*fn)(const struct bench_opts *,
						   struct bench_result *))
{
	struct bench_result res;

	memset(&res, 0, sizeof(res));
	if (fn(o, &res) != 0)
		return false;
	bench_print_result(o, &res);
	return res.exact_once;
}

static int
tx_inline(const struct bench_opts *o, struct bench_result *res)
{
	return bench_tx(o, "inline", res);
}

static int
tx_poller(const struct bench_opts *o, struct bench_result *res)
{
	return bench_tx(o, "poller", res);
}

static bool
wants(const struct bench_opts *o, const char *test)
{
	return strcmp(o->test, test) == 0 || strcmp(o->test, "all") == 0;
}

int
main(int argc, char **argv)
{
	struct bench_opts o = {
		.test = "all", .dev = NULL, .burst = 32, .size = 64,
		.duration = 1.0, .rounds = 3, .mode = "both", .json = false,
		.fwd_pmd = NULL,
	};
	static const char *const fwd_pmds[] = { "null", "ring" };
	bool ok = true;
	unsigned int i;
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "EAL init failed; try: %s --no-huge -m 512 --no-pci "
			"--no-shconf -l 0-1 -- --test all\n", argv[0]);
		return 1;
	}
	argc -= ret;
	argv += ret;
	if (parse_args(argc, argv, &o) != 0) {
		rte_eal_cleanup();
		return 2;
	}
	if (mpdk_init() != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "mpdk_init failed\n");
		rte_eal_cleanup();
		return 1;
	}
	if (!o.json)
		printf("mpdk-bench: %s on %s, burst %u, size %u, %u x %.1f s rounds "
		       "(raw and mpdk interleaved, medians)\n", o.test,
		       o.dev != NULL ? o.dev : "net_null", o.burst, o.size,
		       o.rounds, o.duration);

	if (wants(&o, "tx")) {
		if (bench_tx_init(&o) != 0) {
			ok = false;
		} else {
			if (strcmp(o.mode, "poller") != 0)
				ok &= run_and_print(&o, tx_inline);
			if (strcmp(o.mode, "inline") != 0)
				ok &= run_and_print(&o, tx_poller);
		}
		bench_tx_fini();
	}
	if (wants(&o, "rx")) {
		ok &= bench_rx_init(&o) == 0 && run_and_print(&o, bench_rx);
		bench_rx_fini();
	}
	if (wants(&o, "fwd")) {
		for (i = 0; i < RTE_DIM(fwd_pmds); i++) {
			struct bench_opts fo = o;

			if (o.fwd_pmd != NULL && strcmp(o.fwd_pmd, fwd_pmds[i]) != 0)
				continue;
			fo.fwd_pmd = fwd_pmds[i];
			ok &= bench_fwd_init(&fo) == 0 &&
			      run_and_print(&fo, bench_fwd);
			bench_fwd_fini();
		}
	}
	mpdk_fini();
	rte_eal_cleanup();
	return ok ? 0 : 1;
}
