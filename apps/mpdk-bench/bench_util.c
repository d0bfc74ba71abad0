/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Statistics and output helpers.
 */

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_bus_vdev.h>
#include <rte_cycles.h>
#include <rte_ethdev.h>
#include <rte_ether.h>
#include <rte_ip.h>

#include "bench.h"

/* The ethdev @p name: existing, or created as a vdev with @p vdev_args
 * (NULL: must exist). */
int
bench_port(const char *name, const char *vdev_args, uint16_t *port)
{
	if (rte_eth_dev_get_port_by_name(name, port) == 0)
		return 0;
	if (vdev_args == NULL) {
		fprintf(stderr, "no ethdev '%s': pass --vdev=%s in the EAL options\n",
			name, name);
		return -1;
	}
	/* A port the bench made before and closed since (the adapter's
	 * halt closes its port) leaves its device on the vdev bus. */
	rte_vdev_uninit(name);
	if (rte_vdev_init(name, vdev_args) != 0 ||
	    rte_eth_dev_get_port_by_name(name, port) != 0) {
		fprintf(stderr, "cannot create vdev %s,%s\n", name, vdev_args);
		return -1;
	}
	return 0;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double
bench_median(double *v, unsigned int n)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double
bench_mpps(const struct bench_run *r)
{
	return r->tsc == 0 ? 0 :
		(double)r->pkts * rte_get_tsc_hz() / r->tsc / 1e6;
}

double
bench_cpp(const struct bench_run *r)
{
	return r->pkts == 0 ? 0 : (double)r->tsc / r->pkts;
}

/* The pool of a sender's NBs, as --nb-pool says: an NB pool, whose NBs
 * the miniport lends to the PMD, or a plain packet pool, whose NBs it
 * holds with a reference (the PMD's free is then a locked decrement). */
struct rte_mempool *
bench_nb_pool(const struct bench_opts *o, const char *name, unsigned int n)
{
	if (strcmp(o->nb_pool, "pktmbuf") == 0)
		return rte_pktmbuf_pool_create(name, n, BENCH_MBUF_CACHE, 0,
					       RTE_MBUF_DEFAULT_BUF_SIZE,
					       SOCKET_ID_ANY);
	return mpdk_nb_pool_create(name, n, 0, RTE_MBUF_DEFAULT_BUF_SIZE,
				   SOCKET_ID_ANY);
}

/* A UDP/IPv4 frame between two benchmarking-range (198.18.0.0/15)
 * addresses, padded with a counting pattern. */
void
bench_fill_frame(uint8_t *buf, unsigned int len)
{
	struct rte_ether_hdr *eth = (struct rte_ether_hdr *)buf;
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)(eth + 1);
	static const struct rte_ether_addr src = {{ 0x02, 0, 0, 0, 0, 1 }};
	static const struct rte_ether_addr dst = {{ 0x02, 0, 0, 0, 0, 2 }};
	unsigned int i;

	for (i = 0; i < len; i++)
		buf[i] = (uint8_t)i;
	if (len < sizeof(*eth) + sizeof(*ip))
		return;
	rte_ether_addr_copy(&dst, &eth->dst_addr);
	rte_ether_addr_copy(&src, &eth->src_addr);
	eth->ether_type = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4);
	memset(ip, 0, sizeof(*ip));
	ip->version_ihl = RTE_IPV4_VHL_DEF;
	ip->time_to_live = 64;
	ip->next_proto_id = IPPROTO_UDP;
	ip->total_length = rte_cpu_to_be_16((uint16_t)(len - sizeof(*eth)));
	/* 198.18.0.1 -> 198.18.0.2.  Not RTE_IPV4(): in DPDK 22.11 it
	 * shifts an int, and 198 << 24 overflows it (UBSan). */
	ip->src_addr = rte_cpu_to_be_32(UINT32_C(198) << 24 | 18u << 16 | 1u);
	ip->dst_addr = rte_cpu_to_be_32(UINT32_C(198) << 24 | 18u << 16 | 2u);
	ip->hdr_checksum = rte_ipv4_cksum(ip);
}

static void
json_num(const char *key, double v, bool valid, const char *fmt)
{
	printf(",\"%s\":", key);
	if (valid)
		printf(fmt, v);
	else
		printf("null");
}

static void
print_json(const struct bench_result *r, double ratio)
{
	bool thr = !r->has_latency; /* throughput figures against a baseline */
	bool raw = thr || r->has_raw_latency;
	const char *sep = "";
	unsigned int i;

	printf("{\"test\":\"%s\",\"mode\":\"%s\",\"pmd\":\"%s\",\"burst\":%u,"
	       "\"size\":%u,\"baseline\":\"%s\"", r->test, r->mode, r->pmd,
	       r->burst, r->size, raw ? r->baseline : "none");
	if (r->nb_pool != NULL)
		printf(",\"nb_pool\":\"%s\"", r->nb_pool);
	json_num("raw_mpps", r->raw_mpps, raw, "%.3f");
	json_num("mpdk_mpps", r->mpdk_mpps, true, "%.3f");
	json_num("ratio", ratio, thr, "%.3f");
	json_num("raw_cycles_per_pkt", r->raw_cpp, thr && r->raw_cpp > 0, "%.1f");
	json_num("mpdk_cycles_per_pkt", r->mpdk_cpp, r->mpdk_cpp > 0, "%.1f");
	if (r->has_latency) {
		bool rl = r->has_raw_latency;

		json_num("rate_mpps", r->rate, true, "%.3f");
		json_num("p50_us", r->p50_us, true, "%.3f");
		json_num("p99_us", r->p99_us, true, "%.3f");
		json_num("p999_us", r->p999_us, true, "%.3f");
		json_num("max_us", r->max_us, true, "%.3f");
		json_num("raw_p50_us", r->raw_p50_us, rl, "%.3f");
		json_num("raw_p99_us", r->raw_p99_us, rl, "%.3f");
		json_num("raw_p999_us", r->raw_p999_us, rl, "%.3f");
		json_num("raw_max_us", r->raw_max_us, rl, "%.3f");
	}
	printf(",\"sent\":%" PRIu64 ",\"completed\":%" PRIu64
	       ",\"outstanding\":%" PRIu64 ",\"exactly_once\":%s,\"statuses\":{",
	       r->sent, r->completed, r->outstanding,
	       r->exact_once ? "true" : "false");
	for (i = 0; i < MPDK_STATUS__COUNT; i++) {
		if (r->by_status[i] == 0)
			continue;
		printf("%s\"%s\":%" PRIu64, sep, mpdk_status_str(i), r->by_status[i]);
		sep = ",";
	}
	printf("}}\n");
}

static void
print_human(const struct bench_result *r, double ratio)
{
	unsigned int i;

	if (r->has_latency) {
		printf("%-7s %-8s %-9s burst %3u size %4u | offered ", r->test,
		       r->mode, r->pmd, r->burst, r->size);
		if (r->rate > 0)
			printf("%5.2f Mpps", r->rate);
		else
			printf("flat out  ");
		printf(" | mpdk %6.2f Mpps | p50 %6.2f p99 %6.2f p99.9 %7.2f "
		       "max %8.2f us\n", r->mpdk_mpps, r->p50_us, r->p99_us,
		       r->p999_us, r->max_us);
		if (r->has_raw_latency)
			printf("%-42s | raw  %6.2f Mpps | p50 %6.2f p99 %6.2f "
			       "p99.9 %7.2f max %8.2f us\n", "", r->raw_mpps,
			       r->raw_p50_us, r->raw_p99_us, r->raw_p999_us,
			       r->raw_max_us);
	} else {
		printf("%-7s %-8s %-9s burst %3u size %4u | %-7s %6.2f Mpps "
		       "%6.1f cyc/pkt | mpdk %6.2f Mpps %6.1f cyc/pkt | ratio %.2f\n",
		       r->test, r->mode, r->pmd, r->burst, r->size, r->baseline,
		       r->raw_mpps, r->raw_cpp, r->mpdk_mpps, r->mpdk_cpp, ratio);
	}
	printf("        NBLs sent %" PRIu64 ", completed %" PRIu64 ", outstanding %"
	       PRIu64 " (exactly once: %s)", r->sent, r->completed,
	       r->outstanding, r->exact_once ? "yes" : "NO");
	if (r->nb_pool != NULL)
		printf(", NBs %s", strcmp(r->nb_pool, "nb") == 0 ?
		       "lent (NB pool)" : "held (pktmbuf pool)");
	printf("; statuses:");
	for (i = 0; i < MPDK_STATUS__COUNT; i++)
		if (r->by_status[i] != 0)
			printf(" %s=%" PRIu64, mpdk_status_str(i), r->by_status[i]);
	printf("\n");
}

void
bench_csv_header(FILE *f)
{
	fprintf(f, "test,mode,pmd,burst,size,baseline,raw_mpps,mpdk_mpps,ratio,"
		"raw_cycles_per_pkt,mpdk_cycles_per_pkt,rate_mpps,p50_us,p99_us,"
		"p999_us,max_us,raw_p50_us,raw_p99_us,raw_p999_us,raw_max_us,"
		"sent,completed,exactly_once\n");
}

static void
print_csv(FILE *f, const struct bench_result *r, double ratio)
{
	fprintf(f, "%s,%s,%s,%u,%u,%s,%.3f,%.3f,%.3f,%.1f,%.1f,", r->test,
		r->mode, r->pmd, r->burst, r->size,
		r->has_latency && !r->has_raw_latency ? "none" : r->baseline,
		r->raw_mpps, r->mpdk_mpps, r->has_latency ? 0 : ratio,
		r->raw_cpp, r->mpdk_cpp);
	if (r->has_latency)
		fprintf(f, "%.3f,%.3f,%.3f,%.3f,%.3f,", r->rate, r->p50_us,
			r->p99_us, r->p999_us, r->max_us);
	else
		fprintf(f, ",,,,,");
	if (r->has_raw_latency)
		fprintf(f, "%.3f,%.3f,%.3f,%.3f,", r->raw_p50_us, r->raw_p99_us,
			r->raw_p999_us, r->raw_max_us);
	else
		fprintf(f, ",,,,");
	fprintf(f, "%" PRIu64 ",%" PRIu64 ",%d\n", r->sent, r->completed,
		r->exact_once ? 1 : 0);
	fflush(f);
}

void
bench_print_result(const struct bench_opts *o, const struct bench_result *r)
{
	double ratio = r->raw_mpps > 0 ? r->mpdk_mpps / r->raw_mpps : 0;

	bench_progress_done(o);
	if (o->json)
		print_json(r, ratio);
	else
		print_human(r, ratio);
	fflush(stdout);
	if (o->csv != NULL)
		print_csv(o->csv, r, ratio);
}

/* One status line, rewritten in place, on a terminal only. */
void
bench_progress(const struct bench_opts *o, const char *fmt, ...)
{
	va_list ap;

	if (!o->progress)
		return;
	fputs("\r\033[K", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
}

void
bench_progress_done(const struct bench_opts *o)
{
	if (o->progress) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
}

/* Progress of round @p r (0-based) of a raw/mpdk test: which half runs
 * now, and the last figures measured. */
void
bench_progress_round(const struct bench_opts *o, const char *test,
		     const char *mode, unsigned int r, const char *phase,
		     const double *raw_mpps, const double *mpdk_mpps)
{
	bool mpdk_now = strcmp(phase, "mpdk") == 0;

	if (!o->progress)
		return;
	if (mpdk_now)
		bench_progress(o, "%s %s: round %u/%u, mpdk running | raw %.2f Mpps",
			       test, mode, r + 1, o->rounds, raw_mpps[r]);
	else if (r > 0)
		bench_progress(o, "%s %s: round %u/%u, raw running | last round: "
			       "raw %.2f Mpps, mpdk %.2f Mpps (%.2fx)", test, mode,
			       r + 1, o->rounds, raw_mpps[r - 1], mpdk_mpps[r - 1],
			       raw_mpps[r - 1] > 0 ?
			       mpdk_mpps[r - 1] / raw_mpps[r - 1] : 0);
	else
		bench_progress(o, "%s %s: round 1/%u, raw running", test, mode,
			       o->rounds);
}
