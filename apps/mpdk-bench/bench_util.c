/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Statistics and output helpers.
 */

#include <inttypes.h>
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
	ip->src_addr = rte_cpu_to_be_32(RTE_IPV4(198, 18, 0, 1));
	ip->dst_addr = rte_cpu_to_be_32(RTE_IPV4(198, 18, 0, 2));
	ip->hdr_checksum = rte_ipv4_cksum(ip);
}

void
bench_print_result(const struct bench_opts *o, const struct bench_result *r)
{
	double ratio = r->raw_mpps > 0 ? r->mpdk_mpps / r->raw_mpps : 0;
	const char *sep = "";
	unsigned int i;

	if (o->json) {
		printf("{\"test\":\"%s\",\"mode\":\"%s\",\"pmd\":\"%s\",\"burst\":%u,"
		       "\"size\":%u,\"raw_mpps\":%.3f,\"mpdk_mpps\":%.3f,"
		       "\"ratio\":%.3f,\"raw_cycles_per_pkt\":%.1f,"
		       "\"mpdk_cycles_per_pkt\":%.1f,\"sent\":%" PRIu64
		       ",\"completed\":%" PRIu64 ",\"outstanding\":%" PRIu64
		       ",\"exactly_once\":%s,\"statuses\":{",
		       r->test, r->mode, r->pmd, r->burst, r->size, r->raw_mpps,
		       r->mpdk_mpps, ratio, r->raw_cpp, r->mpdk_cpp, r->sent,
		       r->completed, r->outstanding,
		       r->exact_once ? "true" : "false");
		for (i = 0; i < MPDK_STATUS__COUNT; i++) {
			if (r->by_status[i] == 0)
				continue;
			printf("%s\"%s\":%" PRIu64, sep, mpdk_status_str(i),
			       r->by_status[i]);
			sep = ",";
		}
		printf("}}\n");
		fflush(stdout);
		return;
	}
	printf("%-4s %-7s %-10s burst %3u size %4u | raw %7.2f Mpps %6.1f cyc/pkt"
	       " | mpdk %7.2f Mpps %6.1f cyc/pkt | ratio %.2f\n",
	       r->test, r->mode, r->pmd, r->burst, r->size, r->raw_mpps,
	       r->raw_cpp, r->mpdk_mpps, r->mpdk_cpp, ratio);
	printf("     NBLs sent %" PRIu64 ", completed %" PRIu64 ", outstanding %"
	       PRIu64 " (exactly once: %s); statuses:", r->sent, r->completed,
	       r->outstanding, r->exact_once ? "yes" : "NO");
	for (i = 0; i < MPDK_STATUS__COUNT; i++)
		if (r->by_status[i] != 0)
			printf(" %s=%" PRIu64, mpdk_status_str(i), r->by_status[i]);
	printf("\n");
}
