/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * latency test: how long an NBL takes from mpdk_send_nbls() to the
 * protocol's send-complete handler (nbl->send_tsc, set by the library at
 * send, against rte_rdtsc() in the handler), as a histogram with p50, p99,
 * p99.9 and max.  Flat out, or paced at --rate Mpps.
 *
 * net_null: the PMD frees inside tx_burst, so this is mpdk's own path
 * (send, reap, route, deliver).
 * net_ring: a consumer on the second lcore dequeues the TX ring and frees
 * the mbufs, as the far end of a wire would; the latency includes the
 * ring and the consumer.  The baseline, in rounds interleaved with mpdk's,
 * is what a raw DPDK application gets for the same round trip:
 * rte_eth_tx_burst() of mbufs stamped with the TSC (an mbuf dynfield), the
 * consumer frees them and hands the stamps back through an rte_ring, the
 * sending lcore records the time when it reads them.  Both see the same
 * ring, consumer and scheduling, so a tail both have is the machine's.
 * --dev: any port (net_tap in the tap script).
 *
 * Flat out, the NBLs in flight (LAT_NBLS) queue up and the figures are
 * mostly Little's law; paced below capacity they are the path's own.
 * Histograms add up over the rounds.
 */

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_eth_ring.h>
#include <rte_ethdev.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>
#include <rte_ring.h>

#include "bench.h"

#define LAT_NBLS 4096
/* Histogram: 10 ns buckets up to 100 us, then 16 buckets per doubling
 * (4.4 % wide) up to 100 us * 2^24 (half an hour). */
#define LAT_LIN_NS 10u
#define LAT_LIN_BUCKETS 10000u
#define LAT_LOG_STEPS 16u
#define LAT_LOG_DOUBLINGS 24u
#define LAT_BUCKETS (LAT_LIN_BUCKETS + LAT_LOG_STEPS * LAT_LOG_DOUBLINGS)
#define LAT_RING_SIZE 4096

struct lat_hist {
	uint64_t n;
	uint64_t max_cycles;
	uint64_t hist[LAT_BUCKETS];
};

struct lat_proto {
	struct mpdk_protocol_driver *proto;
	struct mpdk_binding *binding;
	unsigned int n_free;
	struct mpdk_nbl *free[LAT_NBLS];
	uint64_t completed;
	uint64_t failed;
	struct lat_hist h;
};

static struct {
	bool ring;
	uint16_t port;
	const char *pmd;
	struct rte_ring *txr;        /* ring mode: the TX ring the consumer drains */
	struct rte_ring *rxr;
	struct mpdk_adapter *adapter;
	struct mpdk_poller *poller;
	struct mpdk_nbl_pool *nbl_pool;
	struct rte_mempool *mp;
	struct lat_proto p;
	unsigned int consumer_lcore;
	uint32_t consumer_stop;
	uint64_t consumed;
	double ns_per_cycle;
	/* Ring mode, the raw baseline. */
	struct rte_mempool *raw_mp;  /* its mbufs: the consumer tells by pool */
	struct rte_ring *raw_done;   /* consumer -> sender: the stamps */
	int tsc_off;                 /* dynfield: TSC at rte_eth_tx_burst() */
	uint64_t raw_sent;
	struct lat_hist raw;
} lt;

static const struct rte_mbuf_dynfield lat_tsc_desc = {
	.name = "mpdk_bench_lat_tsc",
	.size = sizeof(uint64_t),
	.align = __alignof__(uint64_t),
};

static inline unsigned int
lat_bucket(double ns)
{
	double b;

	if (ns < (double)LAT_LIN_NS * LAT_LIN_BUCKETS)
		return (unsigned int)(ns / LAT_LIN_NS);
	b = LAT_LIN_BUCKETS + floor(log2(ns / ((double)LAT_LIN_NS * LAT_LIN_BUCKETS)) *
				    LAT_LOG_STEPS);
	return b < LAT_BUCKETS ? (unsigned int)b : LAT_BUCKETS - 1;
}

/* The upper edge of bucket @p b, in microseconds. */
static double
lat_bucket_top_us(unsigned int b)
{
	double lin_top = (double)LAT_LIN_NS * LAT_LIN_BUCKETS;

	if (b < LAT_LIN_BUCKETS)
		return (b + 1) * LAT_LIN_NS / 1000.0;
	return lin_top * exp2((double)(b - LAT_LIN_BUCKETS + 1) / LAT_LOG_STEPS) /
	       1000.0;
}

static inline void
lat_record(struct lat_hist *h, uint64_t cycles)
{
	h->hist[lat_bucket((double)cycles * lt.ns_per_cycle)]++;
	if (cycles > h->max_cycles)
		h->max_cycles = cycles;
	h->n++;
}

static void
lat_send_complete(void *ctx, struct mpdk_nbl *chain, uint32_t flags __rte_unused)
{
	struct lat_proto *p = ctx;
	uint64_t now = rte_rdtsc();
	struct mpdk_nbl *nbl;

	MPDK_NBL_FOREACH(nbl, chain) {
		lat_record(&p->h, now - nbl->send_tsc);
		if (nbl->status != MPDK_STATUS_SUCCESS)
			p->failed++;
		p->completed++;
		p->free[p->n_free++] = nbl;
	}
}

static void
lat_receive(void *ctx, struct mpdk_nbl *chain, uint16_t queue __rte_unused,
	    uint32_t n __rte_unused, uint32_t flags)
{
	struct lat_proto *p = ctx;

	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls(p->binding, chain, 0);
}

static mpdk_status_t
lat_bind(void *proto_ctx, struct mpdk_adapter *adapter, void *params __rte_unused)
{
	struct lat_proto *p = proto_ctx;

	return mpdk_open_adapter(p->proto, adapter, p, &p->binding);
}

static mpdk_status_t
lat_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	   struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

static const struct mpdk_protocol_ops lat_ops = {
	.name = "bench-latency",
	.bind_adapter = lat_bind,
	.unbind_adapter = lat_unbind,
	.send_nbls_complete = lat_send_complete,
	.receive_nbls = lat_receive,
};

/* Ring mode: the far end of the wire, on the second lcore. */
static int
consumer_main(void *arg __rte_unused)
{
	struct rte_mbuf *m[BENCH_MAX_BURST];
	uint64_t stamps[BENCH_MAX_BURST];
	unsigned int n, i, ns;

	while (__atomic_load_n(&lt.consumer_stop, __ATOMIC_ACQUIRE) == 0) {
		n = rte_ring_sc_dequeue_burst(lt.txr, (void **)m, BENCH_MAX_BURST,
					      NULL);
		if (n == 0)
			continue;
		for (i = 0, ns = 0; i < n; i++)
			if (m[i]->pool == lt.raw_mp)
				stamps[ns++] = *RTE_MBUF_DYNFIELD(m[i], lt.tsc_off,
								  uint64_t *);
		rte_pktmbuf_free_bulk(m, n);
		/* Room for every raw mbuf there is: never short. */
		if (ns != 0)
			rte_ring_sp_enqueue_burst_elem(lt.raw_done, stamps,
						       sizeof(stamps[0]), ns,
						       NULL);
		lt.consumed += n;
	}
	return 0;
}

int
bench_latency_init(const struct bench_opts *o)
{
	struct mpdk_adapter_config cfg = { .n_queues = 1, .socket_id = SOCKET_ID_ANY };
	static struct rte_eth_dev_info info;
	uint8_t frame[RTE_MBUF_DEFAULT_DATAROOM];
	char params[64];
	unsigned int i;
	int port;

	memset(&lt, 0, sizeof(lt));
	lt.ring = o->dev == NULL && o->fwd_pmd != NULL &&
		  strcmp(o->fwd_pmd, "ring") == 0;
	if (o->dev != NULL) {
		if (bench_port(o->dev, NULL, &lt.port) != 0)
			return -1;
	} else if (lt.ring) {
		lt.consumer_lcore = rte_get_next_lcore(rte_lcore_id(), 1, 0);
		if (lt.consumer_lcore >= RTE_MAX_LCORE) {
			fprintf(stderr, "latency on net_ring needs a second lcore\n");
			return -1;
		}
		lt.txr = rte_ring_create("bench_lat_tx", LAT_RING_SIZE, SOCKET_ID_ANY,
					 RING_F_SP_ENQ | RING_F_SC_DEQ);
		lt.rxr = rte_ring_create("bench_lat_rx", LAT_RING_SIZE, SOCKET_ID_ANY,
					 RING_F_SP_ENQ | RING_F_SC_DEQ);
		if (lt.txr == NULL || lt.rxr == NULL)
			return -1;
		port = rte_eth_from_rings("lat", &lt.rxr, 1, &lt.txr, 1,
					  SOCKET_ID_ANY);
		if (port < 0)
			return -1;
		lt.port = (uint16_t)port;
		lt.tsc_off = rte_mbuf_dynfield_register(&lat_tsc_desc);
		lt.raw_mp = rte_pktmbuf_pool_create("bench_lat_raw",
						    LAT_NBLS * 2 - 1,
						    BENCH_MBUF_CACHE, 0,
						    RTE_MBUF_DEFAULT_BUF_SIZE,
						    SOCKET_ID_ANY);
		lt.raw_done = rte_ring_create_elem("bench_lat_done",
						   sizeof(uint64_t),
						   LAT_NBLS * 2, SOCKET_ID_ANY,
						   RING_F_SP_ENQ | RING_F_SC_DEQ);
		if (lt.tsc_off < 0 || lt.raw_mp == NULL || lt.raw_done == NULL) {
			fprintf(stderr, "latency: cannot set up the raw baseline\n");
			return -1;
		}
	} else if (bench_port("net_null_lat0", "no-rx=1", &lt.port) != 0) {
		return -1;
	}
	if (rte_eth_dev_info_get(lt.port, &info) != 0)
		return -1;
	lt.pmd = info.driver_name;
	snprintf(params, sizeof(params), "port=%u", lt.port);
	cfg.params = params;
	lt.mp = bench_nb_pool(o, "bench_lat", LAT_NBLS * 2 - 1);
	lt.nbl_pool = mpdk_nbl_pool_create("bench_lat_nbl", LAT_NBLS, 0,
					   SOCKET_ID_ANY);
	if (lt.mp == NULL || lt.nbl_pool == NULL ||
	    mpdk_adapter_create("ethdev", &cfg, &lt.adapter) != MPDK_STATUS_SUCCESS ||
	    mpdk_protocol_register(&lat_ops, &lt.p, &lt.p.proto) != MPDK_STATUS_SUCCESS ||
	    mpdk_bind(lt.p.proto, lt.adapter, NULL) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_create("bench-lat", 0, &lt.poller) != MPDK_STATUS_SUCCESS ||
	    mpdk_poller_add_queue(lt.poller, lt.adapter, 0) != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "latency: cannot set up the adapter and protocol\n");
		return -1;
	}
	bench_fill_frame(frame, o->size);
	for (i = 0; i < LAT_NBLS; i++) {
		struct mpdk_nbl *nbl = mpdk_nbl_alloc(lt.nbl_pool);

		if (nbl == NULL ||
		    mpdk_nbl_add_copy(nbl, lt.mp, frame, o->size, 0) != MPDK_STATUS_SUCCESS)
			return -1;
		lt.p.free[lt.p.n_free++] = nbl;
	}
	lt.ns_per_cycle = 1e9 / (double)rte_get_tsc_hz();
	if (lt.ring) {
		__atomic_store_n(&lt.consumer_stop, 0, __ATOMIC_RELEASE);
		if (rte_eal_remote_launch(consumer_main, NULL, lt.consumer_lcore) != 0)
			return -1;
	}
	return 0;
}

static double
percentile_us(const struct lat_hist *h, double q)
{
	uint64_t target = (uint64_t)(q * (double)h->n), acc = 0;
	unsigned int b;

	if (h->n == 0)
		return 0;
	for (b = 0; b < LAT_BUCKETS; b++) {
		acc += h->hist[b];
		if (acc > target)
			return lat_bucket_top_us(b);
	}
	return lat_bucket_top_us(LAT_BUCKETS - 1);
}

/* p50, p99, p99.9 and max of @p h, in microseconds. */
static void
lat_figures(const struct lat_hist *h, double *p50, double *p99, double *p999,
	    double *max)
{
	*max = (double)h->max_cycles * lt.ns_per_cycle / 1000.0;
	/* A bucket's top edge can pass the largest sample. */
	*p50 = RTE_MIN(percentile_us(h, 0.50), *max);
	*p99 = RTE_MIN(percentile_us(h, 0.99), *max);
	*p999 = RTE_MIN(percentile_us(h, 0.999), *max);
}

/* When the next burst is due; gap 0: flat out. */
static inline uint64_t
lat_next(uint64_t next, uint64_t gap, uint64_t now)
{
	next += gap;
	if (gap != 0 && next + 1000 * gap < now)
		next = now; /* fell far behind: do not burst to catch up */
	return next;
}

/* The raw round (ring mode): at most LAT_NBLS mbufs in flight, as the
 * NBLs of the mpdk round. */
static __rte_noinline void
raw_round(const struct bench_opts *o, uint64_t gap)
{
	struct rte_mbuf *pkts[BENCH_MAX_BURST];
	uint64_t stamps[BENCH_MAX_BURST];
	uint64_t hz = rte_get_tsc_hz(), start, end, now, next, out = 0, i;
	unsigned int burst = o->burst, n, k;

	start = rte_rdtsc();
	end = start + (uint64_t)(o->duration * (double)hz);
	next = start;
	do {
		now = rte_rdtsc();
		if (out + burst <= LAT_NBLS && (gap == 0 || now >= next) &&
		    rte_pktmbuf_alloc_bulk(lt.raw_mp, pkts, burst) == 0) {
			uint16_t sent;

			for (k = 0; k < burst; k++) {
				pkts[k]->data_len = (uint16_t)o->size;
				pkts[k]->pkt_len = o->size;
				*RTE_MBUF_DYNFIELD(pkts[k], lt.tsc_off,
						   uint64_t *) = now;
			}
			sent = rte_eth_tx_burst(lt.port, 0, pkts, (uint16_t)burst);
			if (sent < burst)
				rte_pktmbuf_free_bulk(pkts + sent, burst - sent);
			out += sent;
			lt.raw_sent += sent;
			next = lat_next(next, gap, now);
		}
		n = rte_ring_sc_dequeue_burst_elem(lt.raw_done, stamps,
						   sizeof(stamps[0]),
						   BENCH_MAX_BURST, NULL);
		if (n != 0) {
			uint64_t t = rte_rdtsc();

			for (k = 0; k < n; k++)
				lat_record(&lt.raw, t - stamps[k]);
			out -= n;
		}
	} while (now < end);
	/* Everything sent comes back before the next round. */
	for (i = 0; out != 0 && i < 100000000; i++) {
		n = rte_ring_sc_dequeue_burst_elem(lt.raw_done, stamps,
						   sizeof(stamps[0]),
						   BENCH_MAX_BURST, NULL);
		if (n != 0) {
			uint64_t t = rte_rdtsc();

			for (k = 0; k < n; k++)
				lat_record(&lt.raw, t - stamps[k]);
			out -= n;
		}
	}
}

/* The mpdk round: send bursts of NBLs, poll, until @p o->duration. */
static __rte_noinline void
mpdk_lat_round(const struct bench_opts *o, uint64_t gap)
{
	struct lat_proto *p = &lt.p;
	struct mpdk_send_stats st;
	uint64_t hz = rte_get_tsc_hz(), start, end, now, next, i;
	unsigned int burst = o->burst;

	start = rte_rdtsc();
	end = start + (uint64_t)(o->duration * (double)hz);
	next = start;
	do {
		now = rte_rdtsc();
		if (p->n_free >= burst && (gap == 0 || now >= next)) {
			struct mpdk_nbl *nbls[BENCH_MAX_BURST];
			unsigned int k;

			p->n_free -= burst;
			memcpy(nbls, &p->free[p->n_free], burst * sizeof(nbls[0]));
			for (k = 0; k + 1 < burst; k++)
				nbls[k]->next = nbls[k + 1];
			nbls[burst - 1]->next = NULL;
			if (mpdk_send_nbls(p->binding, nbls[0], 0) != MPDK_STATUS_PENDING) {
				memcpy(&p->free[p->n_free], nbls, burst * sizeof(nbls[0]));
				p->n_free += burst;
			}
			next = lat_next(next, gap, now);
		}
		mpdk_poller_poll(lt.poller);
	} while (now < end);
	/* Everything sent comes back before the figures are read. */
	for (i = 0; i < 100000000; i++) {
		mpdk_binding_stats(p->binding, &st);
		if (st.outstanding == 0)
			break;
		mpdk_poller_poll(lt.poller);
	}
}

int
bench_latency(const struct bench_opts *o, struct bench_result *res)
{
	struct lat_proto *p = &lt.p;
	struct mpdk_send_stats st0, st;
	uint64_t hz = rte_get_tsc_hz(), gap = 0;
	unsigned int r, burst = o->burst;
	double secs = o->duration * o->rounds;

	if (o->rate > 0) {
		/* Paced: one burst every burst/rate seconds. */
		gap = (uint64_t)((double)burst / (o->rate * 1e6) * (double)hz);
		if (gap == 0)
			gap = 1;
	}
	memset(&p->h, 0, sizeof(p->h));
	memset(&lt.raw, 0, sizeof(lt.raw));
	lt.raw_sent = 0;
	p->completed = 0;
	p->failed = 0;
	mpdk_binding_stats(p->binding, &st0);
	for (r = 0; r < o->rounds; r++) {
		if (lt.ring) {
			bench_progress(o, "latency %s %s: round %u/%u, raw running",
				       lt.pmd, o->rate > 0 ? "paced" : "flat out",
				       r + 1, o->rounds);
			raw_round(o, gap);
		}
		bench_progress(o, "latency %s %s: round %u/%u, mpdk running",
			       lt.pmd, o->rate > 0 ? "paced" : "flat out", r + 1,
			       o->rounds);
		mpdk_lat_round(o, gap);
	}
	mpdk_binding_stats(p->binding, &st);

	res->test = "latency";
	res->mode = o->rate > 0 ? "paced" : "flat-out";
	res->pmd = lt.pmd;
	res->burst = burst;
	res->size = o->size;
	res->sent = st.sent - st0.sent;
	res->completed = p->completed;
	res->by_status[MPDK_STATUS_SUCCESS] = p->completed - p->failed;
	res->by_status[MPDK_STATUS_FAILURE] = p->failed;
	res->outstanding = st.outstanding;
	res->mpdk_mpps = (double)p->completed / secs / 1e6;
	res->has_latency = true;
	res->nb_pool = o->nb_pool;
	res->rate = o->rate;
	lat_figures(&p->h, &res->p50_us, &res->p99_us, &res->p999_us,
		    &res->max_us);
	if (lt.ring) {
		res->has_raw_latency = true;
		res->baseline = "raw";
		res->raw_mpps = (double)lt.raw.n / secs / 1e6;
		lat_figures(&lt.raw, &res->raw_p50_us, &res->raw_p99_us,
			    &res->raw_p999_us, &res->raw_max_us);
		if (lt.raw.n != lt.raw_sent)
			fprintf(stderr, "latency: raw baseline lost mbufs: %" PRIu64
				" sent, %" PRIu64 " came back\n", lt.raw_sent,
				lt.raw.n);
	}
	res->exact_once = res->sent == res->completed && st.outstanding == 0 &&
			  p->failed == 0 && p->n_free == LAT_NBLS &&
			  mpdk_debug_violations() == 0 &&
			  lt.raw.n == lt.raw_sent;
	return 0;
}

void
bench_latency_fini(void)
{
	if (lt.ring && lt.consumer_lcore != 0) {
		__atomic_store_n(&lt.consumer_stop, 1, __ATOMIC_RELEASE);
		rte_eal_wait_lcore(lt.consumer_lcore);
	}
	if (lt.poller != NULL) {
		mpdk_poller_remove_queue(lt.poller, lt.adapter, MPDK_ALL_QUEUES);
		mpdk_poller_destroy(lt.poller);
	}
	if (lt.p.binding != NULL)
		mpdk_unbind(lt.p.binding);
	if (lt.p.proto != NULL)
		mpdk_protocol_deregister(lt.p.proto);
	while (lt.p.n_free > 0)
		mpdk_nbl_free(lt.p.free[--lt.p.n_free]);
	mpdk_nbl_pool_free(lt.nbl_pool);
	if (lt.adapter != NULL)
		mpdk_adapter_destroy(lt.adapter);
	rte_mempool_free(lt.mp);
	if (lt.ring) {
		rte_ring_free(lt.txr);
		rte_ring_free(lt.rxr);
		rte_ring_free(lt.raw_done);
		rte_mempool_free(lt.raw_mp);
	}
	memset(&lt, 0, sizeof(lt));
}
