/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * mpdk-bench: mpdk against the raw DPDK loop, in the same run.
 *
 *   mpdk-bench [EAL options] -- [--test tx|rx|fwd|latency|all] [--burst N]
 *              [--size BYTES] [--duration SECONDS] [--rounds N] [--json]
 *              [--csv FILE] [--sweep] [--rate MPPS] [--vs-testpmd] ...
 *
 * Every figure is a ratio against a baseline measured in the same run:
 * the raw DPDK loop, or dpdk-testpmd (--vs-testpmd).
 */

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_eal.h>
#include <rte_ether.h>

#include "bench.h"

static void
usage(const char *prog)
{
	printf("usage: %s [EAL options] -- [options]\n"
	       "  --test T[,T...]      tx | rx | fwd | latency | all (default all)\n"
	       "  --dev NAME           ethdev for tx, rx, latency (default: vdevs it makes)\n"
	       "  --fwd-pmd P          fwd and latency on null or ring ports (default both)\n"
	       "  --burst N            NBLs / mbufs per burst, 1..%d (default 32)\n"
	       "  --size BYTES         frame size, %d..1514 (default 64)\n"
	       "  --duration SECONDS   length of each round (default 1)\n"
	       "  --rounds N           rounds, raw and mpdk interleaved (default 3)\n"
	       "  --mode M             tx: inline | poller | both (default both)\n"
	       "  --rate MPPS          latency: offered rate besides flat out (default 1;\n"
	       "                       0: flat out only)\n"
	       "  --vs-testpmd         tx: dpdk-testpmd txonly on the same vdev, same run\n"
	       "  --nb-pool P          tx, latency: NBs from an mpdk NB pool, lent to the\n"
	       "                       PMD (nb, default) or from rte_pktmbuf_pool_create(),\n"
	       "                       held by a reference (pktmbuf)\n"
	       "  --sweep              every burst 1..256 x size 64..1514\n"
	       "  --csv FILE           also write one CSV row per result to FILE\n"
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
parse_double(const char *arg, const char *name, double lo, double hi,
	     double *out)
{
	char *end;
	double v = strtod(arg, &end);

	if (*arg == '\0' || *end != '\0' || !(v >= lo && v <= hi)) {
		fprintf(stderr, "bad %s '%s': expected %g..%g\n", name, arg, lo, hi);
		return -1;
	}
	*out = v;
	return 0;
}

static bool
one_of(const char *s, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(s, *set) == 0)
			return true;
	return false;
}

/* A comma-separated list of members of @p set. */
static bool
list_of(const char *s, const char *const *set)
{
	char word[16];
	size_t n;

	do {
		n = strcspn(s, ",");
		if (n == 0 || n >= sizeof(word))
			return false;
		memcpy(word, s, n);
		word[n] = '\0';
		if (!one_of(word, set))
			return false;
		s += n;
	} while (*s++ == ',');
	return true;
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
		{ "rate", required_argument, NULL, 'R' },
		{ "csv", required_argument, NULL, 'c' },
		{ "sweep", no_argument, NULL, 'S' },
		{ "vs-testpmd", no_argument, NULL, 'T' },
		{ "nb-pool", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const tests[] = { "tx", "rx", "fwd", "latency", "all",
					     NULL };
	static const char *const modes[] = { "inline", "poller", "both", NULL };
	static const char *const pmds[] = { "null", "ring", NULL };
	static const char *const nb_pools[] = { "nb", "pktmbuf", NULL };
	const char *csv = NULL;
	int c;

	/* rte_eal_init() put the program name before our options. */
	optind = 1;
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
			if (parse_double(optarg, "duration", 0.01, 3600, &o->duration))
				return -1;
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
			o->fwd_pmd = optarg;
			break;
		case 'R':
			if (parse_double(optarg, "rate", 0, 100, &o->rate))
				return -1;
			break;
		case 'c':
			csv = optarg;
			break;
		case 'S':
			o->sweep = true;
			break;
		case 'T':
			o->vs_testpmd = true;
			break;
		case 'P':
			o->nb_pool = optarg;
			break;
		case 'h':
			usage(argv[0]);
			exit(0);
		default:
			usage(argv[0]);
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "unexpected argument '%s'\n", argv[optind]);
		return -1;
	}
	if (!list_of(o->test, tests)) {
		fprintf(stderr, "unknown test '%s' (tx, rx, fwd, latency, all, or "
			"a list such as tx,rx)\n", o->test);
		return -1;
	}
	if (!one_of(o->nb_pool, nb_pools)) {
		fprintf(stderr, "unknown NB pool '%s' (nb, pktmbuf)\n", o->nb_pool);
		return -1;
	}
	if (!one_of(o->mode, modes)) {
		fprintf(stderr, "unknown mode '%s' (inline, poller, both)\n", o->mode);
		return -1;
	}
	if (o->fwd_pmd != NULL && !one_of(o->fwd_pmd, pmds)) {
		fprintf(stderr, "unknown fwd pmd '%s' (null, ring)\n", o->fwd_pmd);
		return -1;
	}
	if (o->sweep && o->dev != NULL) {
		/* Each point re-creates its ports; a given one closes with
		 * the first point's adapter. */
		fprintf(stderr, "--sweep runs on the ports the bench makes, "
			"not with --dev\n");
		return -1;
	}
	if (csv != NULL) {
		o->csv = fopen(csv, "w");
		if (o->csv == NULL) {
			fprintf(stderr, "cannot write '%s': %s\n", csv, strerror(errno));
			return -1;
		}
		bench_csv_header(o->csv);
	}
	o->progress = !o->json && isatty(STDERR_FILENO);
	return 0;
}

/* The results of this run, for the closing summary. */
static struct bench_result seen[32];
static unsigned int n_seen;

static void
report(const struct bench_opts *o, const struct bench_result *res)
{
	bench_print_result(o, res);
	if (n_seen < RTE_DIM(seen))
		seen[n_seen++] = *res;
}

/* Ratios and percentiles only, one line each. */
static void
print_summary(bool ok)
{
	unsigned int i;

	printf("\nsummary (mpdk against the baseline measured in the same run):\n");
	for (i = 0; i < n_seen; i++) {
		const struct bench_result *r = &seen[i];

		if (r->has_latency)
			printf("  %-7s %-9s %-8s", r->test, r->pmd, r->mode);
		else
			printf("  %-7s %-9s %-8s %.2fx %s (%.2f vs %.2f Mpps)\n",
			       r->test, r->pmd, r->mode,
			       r->raw_mpps > 0 ? r->mpdk_mpps / r->raw_mpps : 0,
			       r->baseline, r->mpdk_mpps, r->raw_mpps);
		if (r->has_latency && r->rate > 0)
			printf(" at %.2f Mpps:", r->rate);
		else if (r->has_latency)
			printf(" (%.2f Mpps):", r->mpdk_mpps);
		if (r->has_latency)
			printf(" p50 %.2f us, p99 %.2f us, p99.9 %.2f us",
			       r->p50_us, r->p99_us, r->p999_us);
		if (r->has_raw_latency)
			printf(" (raw p50 %.2f, p99 %.2f, p99.9 %.2f)",
			       r->raw_p50_us, r->raw_p99_us, r->raw_p999_us);
		if (r->has_latency)
			printf("\n");
	}
	printf("%s\n", ok ? "every NBL came back exactly once" :
	       "FAILED: see above");
}

/* Run one result-producing test and print it; false on failure. */
static bool
run_and_print(const struct bench_opts *o, int (*fn)(const struct bench_opts *,
						   struct bench_result *),
	      struct bench_result *res)
{
	memset(res, 0, sizeof(*res));
	if (fn(o, res) != 0)
		return false;
	report(o, res);
	return res->exact_once;
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

/* --test names @p test, or all. */
static bool
wants(const struct bench_opts *o, const char *test)
{
	size_t len = strlen(test);
	const char *s = o->test;

	if (strcmp(s, "all") == 0)
		return true;
	for (; *s != '\0'; s += strcspn(s, ","), s += *s == ',') {
		if (strncmp(s, test, len) == 0 && (s[len] == ',' || s[len] == '\0'))
			return true;
	}
	return false;
}

/* dpdk-testpmd txonly against mpdk's tx result @p mpdk of this run. */
static bool
run_vs_testpmd(const struct bench_opts *o, const struct bench_result *mpdk)
{
	struct bench_result res = *mpdk;
	double mpps;

	bench_progress(o, "tx testpmd: dpdk-testpmd txonly, %u x %.1f s",
		       o->rounds, o->duration);
	if (bench_testpmd_txonly(o, &mpps) != 0)
		return false;
	res.baseline = "testpmd";
	res.raw_mpps = mpps;
	res.raw_cpp = mpps > 0 ? (double)rte_get_tsc_hz() / (mpps * 1e6) : 0;
	report(o, &res);
	return true;
}

static bool
run_tx(const struct bench_opts *o)
{
	struct bench_result res, *ref = NULL, inl, pol;
	bool ok = true;

	if (bench_tx_init(o) != 0) {
		ok = false;
	} else {
		if (strcmp(o->mode, "poller") != 0) {
			ok &= run_and_print(o, tx_inline, &inl);
			ref = &inl;
		}
		if (strcmp(o->mode, "inline") != 0) {
			ok &= run_and_print(o, tx_poller, &pol);
			if (ref == NULL)
				ref = &pol;
		}
	}
	bench_tx_fini();
	if (ok && o->vs_testpmd && ref != NULL) {
		res = *ref;
		ok &= run_vs_testpmd(o, &res);
	}
	return ok;
}

static bool
run_latency(const struct bench_opts *o)
{
	static const char *const pmds[] = { "null", "ring" };
	struct bench_result res;
	bool ok = true;
	unsigned int i, k;

	for (i = 0; i < RTE_DIM(pmds); i++) {
		struct bench_opts lo = *o;

		if (o->dev != NULL && i > 0)
			break; /* the one port given */
		if (o->dev == NULL && o->fwd_pmd != NULL &&
		    strcmp(o->fwd_pmd, pmds[i]) != 0)
			continue;
		lo.fwd_pmd = pmds[i];
		if (bench_latency_init(&lo) != 0) {
			ok = false;
		} else {
			/* Flat out, then paced if a rate is asked. */
			for (k = 0; k < (o->rate > 0 ? 2u : 1u); k++) {
				lo.rate = k == 0 ? 0 : o->rate;
				ok &= run_and_print(&lo, bench_latency, &res);
			}
		}
		bench_latency_fini();
	}
	return ok;
}

/* Every selected test at o's burst and size. */
static bool
run_point(const struct bench_opts *o)
{
	static const char *const fwd_pmds[] = { "null", "ring" };
	struct bench_result res;
	bool ok = true;
	unsigned int i;

	if (wants(o, "tx"))
		ok &= run_tx(o);
	if (wants(o, "rx")) {
		ok &= bench_rx_init(o) == 0 && run_and_print(o, bench_rx, &res);
		bench_rx_fini();
	}
	if (wants(o, "fwd")) {
		for (i = 0; i < RTE_DIM(fwd_pmds); i++) {
			struct bench_opts fo = *o;

			if (o->fwd_pmd != NULL && strcmp(o->fwd_pmd, fwd_pmds[i]) != 0)
				continue;
			fo.fwd_pmd = fwd_pmds[i];
			ok &= bench_fwd_init(&fo) == 0 &&
			      run_and_print(&fo, bench_fwd, &res);
			bench_fwd_fini();
		}
	}
	if (wants(o, "latency"))
		ok &= run_latency(o);
	return ok;
}

static bool
run_sweep(const struct bench_opts *o)
{
	static const unsigned int bursts[] = { 1, 2, 4, 8, 16, 32, 64, 128, 256 };
	static const unsigned int sizes[] = { 64, 128, 256, 512, 1024, 1514 };
	bool ok = true;
	unsigned int b, s;

	for (s = 0; s < RTE_DIM(sizes); s++) {
		for (b = 0; b < RTE_DIM(bursts); b++) {
			struct bench_opts so = *o;

			so.burst = bursts[b];
			so.size = sizes[s];
			ok &= run_point(&so);
		}
	}
	return ok;
}

int
main(int argc, char **argv)
{
	struct bench_opts o = {
		.test = "all", .dev = NULL, .burst = 32, .size = 64,
		.duration = 1.0, .rounds = 3, .mode = "both", .json = false,
		.nb_pool = "nb",
		.fwd_pmd = NULL, .rate = 1.0,
	};
	bool ok;
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "EAL init failed; try: %s --no-huge -m 512 --no-pci "
			"--no-shconf -l 0-1 -- --test all\n", argv[0]);
		return 1;
	}
	/* The EAL options, for dpdk-testpmd. */
	o.eal_argc = ret;
	o.eal_argv = argv;
	if (parse_args(argc - ret, argv + ret, &o) != 0) {
		rte_eal_cleanup();
		return 2;
	}
	if (mpdk_init() != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "mpdk_init failed\n");
		rte_eal_cleanup();
		return 1;
	}
	if (!o.json) {
		printf("mpdk-bench: %s on %s, ", o.test,
		       o.dev != NULL ? o.dev : "net_null/net_ring");
		if (o.sweep)
			printf("bursts 1..256 x sizes 64..1514");
		else
			printf("burst %u, size %u", o.burst, o.size);
		printf(", %u x %.2f s rounds (raw and mpdk interleaved, medians)\n",
		       o.rounds, o.duration);
	}
	ok = o.sweep ? run_sweep(&o) : run_point(&o);
	bench_progress_done(&o);
	if (!o.json && !o.sweep)
		print_summary(ok);
	if (o.csv != NULL)
		fclose(o.csv);
	mpdk_fini();
	rte_eal_cleanup();
	if (!ok)
		fprintf(stderr, "mpdk-bench: FAILED (a test could not run, or an "
			"NBL did not come back exactly once)\n");
	return ok ? 0 : 1;
}
