/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_BENCH_H
#define MPDK_BENCH_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_mempool.h>

#include "mpdk_protocol.h"

#define BENCH_MAX_BURST 256
#define BENCH_NBLS 8192        /* NBLs the tx protocol cycles through */
#define BENCH_MBUFS 16383        /* mbufs of each pool (2^n - 1) */
#define BENCH_MBUF_CACHE 256
#define BENCH_MAX_ROUNDS 64
/* Ports the bench makes when --dev is not given. */
#define BENCH_TX_DEV "net_null_tx0"   /* no-rx=1: no receive work in tx */
#define BENCH_RX_DEV "net_null_rx0"

struct bench_opts {
	const char *test;        /* tx | rx | fwd | latency | all */
	const char *dev;         /* ethdev name; NULL: the bench makes one */
	unsigned int burst;
	unsigned int size;
	double duration;         /* seconds per round */
	unsigned int rounds;
	const char *mode;        /* inline | poller | both */
	const char *fwd_pmd;     /* null | ring; NULL: both (fwd, latency) */
	double rate;             /* latency: offered Mpps; 0: flat out only */
	bool json;
	bool progress;           /* live progress line on stderr (a terminal) */
	FILE *csv;               /* --csv: one row per result */
	bool sweep;              /* bursts 1..256 x sizes 64..1514 */
	bool vs_testpmd;         /* dpdk-testpmd txonly on the same vdev */
	const char *nb_pool;     /* tx, latency NBs: "nb" (lent) | "pktmbuf" */
	int eal_argc;            /* our EAL options, handed on to testpmd */
	char **eal_argv;
};

/* One measured run. */
struct bench_run {
	uint64_t pkts;           /* packets sent (raw) or NBLs completed (mpdk) */
	uint64_t tsc;            /* cycles the sending core spent */
};

/* Result of one test: medians of the rounds. */
struct bench_result {
	const char *test;
	const char *mode;
	const char *pmd;
	unsigned int burst;
	unsigned int size;
	double raw_mpps;
	double mpdk_mpps;
	double raw_cpp;          /* cycles per packet */
	double mpdk_cpp;
	uint64_t sent;           /* mpdk NBLs sent, all rounds */
	uint64_t completed;
	uint64_t by_status[MPDK_STATUS__COUNT];
	uint64_t outstanding;
	bool exact_once;         /* sent == completed, no violation */
	const char *baseline;    /* what raw_* measured: "raw" or "testpmd" */
	const char *nb_pool;     /* pool of the NBs sent, NULL if none */
	bool has_latency;        /* latency test: the fields below */
	double rate;             /* offered Mpps; 0: flat out */
	double p50_us;
	double p99_us;
	double p999_us;
	double max_us;
	bool has_raw_latency;    /* the same figures for the raw baseline */
	double raw_p50_us;
	double raw_p99_us;
	double raw_p999_us;
	double raw_max_us;
};

/* bench_util.c */
int bench_port(const char *name, const char *vdev_args, uint16_t *port);
double bench_median(double *v, unsigned int n);
double bench_mpps(const struct bench_run *r);
double bench_cpp(const struct bench_run *r);
void bench_fill_frame(uint8_t *buf, unsigned int len);
struct rte_mempool *bench_nb_pool(const struct bench_opts *o, const char *name,
				  unsigned int n);
void bench_print_result(const struct bench_opts *o,
			const struct bench_result *r);
void bench_csv_header(FILE *f);
void bench_progress(const struct bench_opts *o, const char *fmt, ...)
	__rte_format_printf(2, 3);
void bench_progress_done(const struct bench_opts *o);
void bench_progress_round(const struct bench_opts *o, const char *test,
			  const char *mode, unsigned int r, const char *phase,
			  const double *raw_mpps, const double *mpdk_mpps);

/* bench_latency.c */
int bench_latency_init(const struct bench_opts *o);
void bench_latency_fini(void);
int bench_latency(const struct bench_opts *o, struct bench_result *res);

/* bench_testpmd.c */
int bench_testpmd_txonly(const struct bench_opts *o, double *mpps);

/* bench_rx.c */
int bench_rx_init(const struct bench_opts *o);
void bench_rx_fini(void);
int bench_rx(const struct bench_opts *o, struct bench_result *res);

/* bench_fwd.c */
int bench_fwd_init(const struct bench_opts *o);
void bench_fwd_fini(void);
int bench_fwd(const struct bench_opts *o, struct bench_result *res);

/* bench_tx.c */
int bench_tx_init(const struct bench_opts *o);
void bench_tx_fini(void);
int bench_tx(const struct bench_opts *o, const char *mode,
	     struct bench_result *res);

#endif /* MPDK_BENCH_H */
