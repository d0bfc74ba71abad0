/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * rx test: frames indicated by the generic miniport to a protocol that
 * returns them at once, against the raw loop a DPDK application would
 * write (rte_eth_rx_burst + rte_pktmbuf_free_bulk), same port and burst,
 * rounds interleaved.  net_null makes up a frame for every slot asked.
 */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_ethdev.h>
#include <rte_mbuf.h>

#include "bench.h"

struct rxsink {
	struct mpdk_protocol_driver *proto;
	struct mpdk_binding *binding;
	uint64_t frames;
	uint64_t resources;
};

static void
rxsink_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	       uint32_t n, uint32_t flags)
{
	struct rxsink *s = ctx;

	s->frames += n;
	if (flags & MPDK_RECEIVE_F_RESOURCES)
		s->resources += n; /* the miniport's again on return */
	else
		mpdk_return_nbls(s->binding, chain, 0);
}

static void
rxsink_send_complete(void *ctx __rte_unused, struct mpdk_nbl *chain __rte_unused,
		     uint32_t flags __rte_unused)
{
	/* It sends nothing. */
}

static mpdk_status_t
rxsink_bind(void *proto_ctx, struct mpdk_adapter *adapter, void *params __rte_unused)
{
	struct rxsink *s = proto_ctx;

	return mpdk_open_adapter(s->proto, adapter, s, &s->binding);
}

static mpdk_status_t
rxsink_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	      struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

static const struct mpdk_protocol_ops rxsink_ops = {
	.name = "bench-rxsink",
	.bind_adapter = rxsink_bind,
	.unbind_adapter = rxsink_unbind,
	.send_nbls_complete = rxsink_send_complete,
	.receive_nbls = rxsink_receive,
};

static struct {
	uint16_t port;
	const char *pmd;
	struct mpdk_adapter *adapter;
	struct mpdk_poller *poller;
	struct rxsink s;
} rx;

int
bench_rx_init(const struct bench_opts *o)
{
	struct mpdk_adapter_config cfg = { .n_queues = 1, .socket_id = SOCKET_ID_ANY };
	static struct rte_eth_dev_info info;
	char params[128], args[32];

	/* net_null makes frames of size= bytes. */
	snprintf(args, sizeof(args), "size=%u", o->size);
	if (bench_port(o->dev != NULL ? o->dev : BENCH_RX_DEV,
		       o->dev != NULL ? NULL : args, &rx.port) != 0)
		return -1;
	if (rte_eth_dev_info_get(rx.port, &info) != 0)
		return -1;
	rx.pmd = info.driver_name;
	snprintf(params, sizeof(params), "port=%u", rx.port);
	cfg.params = params;
	if (mpdk_adapter_create("ethdev", &cfg, &rx.adapter) != MPDK_STATUS_SUCCESS ||
	    mpdk_protocol_register(&rxsink_ops, &rx.s, &rx.s.proto) != MPDK_STATUS_SUCCESS ||
	    mpdk_bind(rx.s.proto, rx.adapter, NULL) != MPDK_STATUS_SUCCESS ||
	    /* The poll budget is the RX burst. */
	    mpdk_poller_create("bench-rx", o->burst, &rx.poller) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(rx.poller, rx.adapter, 0) != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "rx: cannot set up the adapter, protocol and poller\n");
		return -1;
	}
	return 0;
}

void
bench_rx_fini(void)
{
	if (rx.poller != NULL) {
		mpdk_poller_remove_queue(rx.poller, rx.adapter, MPDK_ALL_QUEUES);
		mpdk_poller_destroy(rx.poller);
	}
	if (rx.s.binding != NULL)
		mpdk_unbind(rx.s.binding);
	if (rx.s.proto != NULL)
		mpdk_protocol_deregister(rx.s.proto);
	if (rx.adapter != NULL)
		mpdk_adapter_destroy(rx.adapter);
	memset(&rx, 0, sizeof(rx));
}

static __rte_noinline void
raw_rx_round(const struct bench_opts *o, struct bench_run *run)
{
	struct rte_mbuf *pkts[BENCH_MAX_BURST];
	uint64_t start = rte_rdtsc();
	uint64_t end = start + (uint64_t)(o->duration * rte_get_tsc_hz());
	uint64_t total = 0, now;
	uint16_t n;

	do {
		n = rte_eth_rx_burst(rx.port, 0, pkts, (uint16_t)o->burst);
		if (n != 0)
			rte_pktmbuf_free_bulk(pkts, n);
		total += n;
		now = rte_rdtsc();
	} while (now < end);
	run->pkts = total;
	run->tsc = now - start;
}

static __rte_noinline void
mpdk_rx_round(const struct bench_opts *o, struct bench_run *run)
{
	uint64_t f0 = rx.s.frames;
	uint64_t start = rte_rdtsc();
	uint64_t end = start + (uint64_t)(o->duration * rte_get_tsc_hz());
	uint64_t now;

	do {
		mpdk_poller_poll(rx.poller);
		now = rte_rdtsc();
	} while (now < end);
	run->pkts = rx.s.frames - f0;
	run->tsc = now - start;
}

int
bench_rx(const struct bench_opts *o, struct bench_result *res)
{
	double raw_mpps[BENCH_MAX_ROUNDS], mpdk_mpps[BENCH_MAX_ROUNDS];
	double raw_cpp[BENCH_MAX_ROUNDS], mpdk_cpp[BENCH_MAX_ROUNDS];
	struct mpdk_receive_stats st;
	uint64_t f0 = rx.s.frames;
	unsigned int r;

	for (r = 0; r < o->rounds; r++) {
		struct bench_run run;

		bench_progress_round(o, "rx", "inline", r, "raw",
				     raw_mpps, mpdk_mpps);
		raw_rx_round(o, &run);
		raw_mpps[r] = bench_mpps(&run);
		raw_cpp[r] = bench_cpp(&run);
		bench_progress_round(o, "rx", "inline", r, "mpdk",
				     raw_mpps, mpdk_mpps);
		mpdk_rx_round(o, &run);
		mpdk_mpps[r] = bench_mpps(&run);
		mpdk_cpp[r] = bench_cpp(&run);
	}
	mpdk_binding_receive_stats(rx.s.binding, &st);
	res->test = "rx";
	res->mode = "inline";
	res->pmd = rx.pmd;
	res->burst = o->burst;
	res->size = o->size;
	res->baseline = "raw";
	res->raw_mpps = bench_median(raw_mpps, o->rounds);
	res->mpdk_mpps = bench_median(mpdk_mpps, o->rounds);
	res->raw_cpp = bench_median(raw_cpp, o->rounds);
	res->mpdk_cpp = bench_median(mpdk_cpp, o->rounds);
	res->sent = rx.s.frames - f0;   /* frames indicated */
	res->completed = res->sent;
	res->by_status[MPDK_STATUS_SUCCESS] = res->sent;
	res->outstanding = st.held;
	res->exact_once = st.held == 0 && st.missed == 0 &&
			  mpdk_debug_violations() == 0;
	return 0;
}
