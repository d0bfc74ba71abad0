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
	       "  --test T             tx | rx | all (default all)\n"
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
		case 'h':
			usage(argv[0]);
			exit(0);
		default:
			usage(argv[0]);
			return -1;
		}
	}
	if (strcmp(o->test, "tx") != 0 && strcmp(o->test, "rx") != 0 &&
	    strcmp(o->test, "all") != 0) {
		fprintf(stderr, "unknown test '%s' (tx, rx, all)\n", o->test);
		return -1;
	}
	if (strcmp(o->mode, "inline") != 0 && strcmp(o->mode, "poller") != 0 &&
	    strcmp(o->mode, "both") != 0) {
		fprintf(stderr, "unknown mode '%s' (inline, poller, both)\n", o->mode);
		return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct bench_opts o = {
		.test = "all", .dev = NULL, .burst = 32, .size = 64,
		.duration = 1.0, .rounds = 3, .mode = "both", .json = false,
	};
	static const char *const modes[] = { "inline", "poller" };
	struct bench_result res;
	bool run_tx, run_rx;
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
	run_tx = strcmp(o.test, "tx") == 0 || strcmp(o.test, "all") == 0;
	run_rx = strcmp(o.test, "rx") == 0 || strcmp(o.test, "all") == 0;
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

	if (run_tx && bench_tx_init(&o) != 0) {
		ok = false;
	} else if (run_tx) {
		for (i = 0; i < RTE_DIM(modes); i++) {
			if (strcmp(o.mode, "both") != 0 &&
			    strcmp(o.mode, modes[i]) != 0)
				continue;
			memset(&res, 0, sizeof(res));
			if (bench_tx(&o, modes[i], &res) != 0) {
				ok = false;
				continue;
			}
			bench_print_result(&o, &res);
			ok &= res.exact_once;
		}
	}
	bench_tx_fini();
	if (run_rx && bench_rx_init(&o) != 0) {
		ok = false;
	} else if (run_rx) {
		memset(&res, 0, sizeof(res));
		if (bench_rx(&o, &res) == 0) {
			bench_print_result(&o, &res);
			ok &= res.exact_once;
		} else {
			ok = false;
		}
	}
	bench_rx_fini();
	mpdk_fini();
	rte_eal_cleanup();
	return ok ? 0 : 1;
}
