/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * hello_send: the smallest complete mpdk program, built against the
 * installed library only (pkg-config --static mpdk).
 *
 * It creates an adapter of the generic "ethdev" miniport over a DPDK port,
 * registers a tiny protocol driver, binds it, gives the adapter's queue to
 * a poller, sends N NBLs (one 64-byte frame each, built with
 * mpdk_nbl_add_copy) and polls until every NBL came back.  It exits 0 only
 * if each NBL was completed exactly once, with MPDK_STATUS_SUCCESS.
 *
 *   hello_send [EAL options] [-- ] [dev=NAME] [count=N]
 *   hello_send --no-huge -m 512 --no-pci --no-shconf -l 0-1 \
 *              --vdev=net_null0
 *
 * Everything runs on the main lcore: the program calls mpdk_poller_poll()
 * in its own loop (run-to-completion), so the send-complete handler runs
 * inside that call, on the same thread as the sends.
 */

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_ether.h>
#include <rte_mbuf.h>

#include <mpdk_protocol.h>

#define DEFAULT_DEV "net_null0"
#define DEFAULT_COUNT 100000u
#define MAX_COUNT 10000000u
#define FRAME_LEN 64u          /* bytes per frame, Ethernet header included */
#define BURST 32u              /* NBLs chained per mpdk_send_nbls() call */
#define NBL_POOL_SIZE 2048u    /* NBLs outstanding at most */
#define MBUF_POOL_SIZE 4095u   /* one mbuf per NB */
#define TIMEOUT_SEC 30u        /* give up if the NBLs do not come back */
#define ETHERTYPE_LOCAL 0x88B5 /* IEEE 802 local experimental */

/* The protocol's state: one binding, and the exactly-once bookkeeping. */
struct hello {
	struct mpdk_protocol_driver *proto;
	struct mpdk_binding *binding;
	uint8_t *out;           /* out[id] = 1 while NBL number id is sent */
	uint32_t count;         /* NBLs to send */
	uint64_t sent;          /* accepted by mpdk_send_nbls() */
	uint64_t refused;       /* refused at submit (no completion follows) */
	uint64_t completed;     /* handed back once, as expected */
	uint64_t bad;           /* handed back twice, or never sent */
	uint64_t by_status[MPDK_STATUS__COUNT];
	bool closed;            /* close_adapter_complete ran */
};

/*
 * ProtocolSendNetBufferListsComplete.  The chain holds only this binding's
 * NBLs and the protocol owns them again: check each one, then free it
 * (mpdk_nbl_free frees its NBs too).  Runs inside mpdk_poller_poll().
 */
static void
hello_send_complete(void *binding_ctx, struct mpdk_nbl *chain,
		    uint32_t flags __rte_unused)
{
	struct hello *h = binding_ctx;
	struct mpdk_nbl *nbl, *next;

	MPDK_NBL_FOREACH_SAFE(nbl, chain, next) {
		uint64_t id = nbl->protocol_reserved[0];

		if (id >= h->count || !h->out[id]) {
			h->bad++;
		} else {
			h->out[id] = 0;
			h->completed++;
			if ((uint32_t)nbl->status < MPDK_STATUS__COUNT)
				h->by_status[nbl->status]++;
		}
		nbl->next = NULL;
		mpdk_nbl_free(nbl);
	}
}

/* ProtocolBindAdapterEx: open a binding (NdisOpenAdapterEx). */
static mpdk_status_t
hello_bind(void *proto_ctx, struct mpdk_adapter *adapter,
	   void *bind_params __rte_unused)
{
	struct hello *h = proto_ctx;

	return mpdk_open_adapter(h->proto, adapter, h, &h->binding);
}

/* ProtocolUnbindAdapterEx: close it (NdisCloseAdapterEx); may pend. */
static mpdk_status_t
hello_unbind(void *proto_ctx __rte_unused, void *binding_ctx __rte_unused,
	     struct mpdk_binding *binding)
{
	return mpdk_close_adapter(binding);
}

/* ProtocolCloseAdapterCompleteEx: a PENDING close finished. */
static void
hello_close_complete(void *binding_ctx)
{
	struct hello *h = binding_ctx;

	h->closed = true;
}

/* ProtocolReceiveNetBufferLists: this sender keeps nothing it receives
 * (net_null makes up frames unless created with no-rx=1). */
static void
hello_receive(void *binding_ctx, struct mpdk_nbl *chain,
	      uint16_t queue __rte_unused, uint32_t n_nbls __rte_unused,
	      uint32_t flags)
{
	struct hello *h = binding_ctx;

	/* With RESOURCES the NBLs are the miniport's again on return. */
	if (!(flags & MPDK_RECEIVE_F_RESOURCES))
		mpdk_return_nbls(h->binding, chain, 0);
}

static const struct mpdk_protocol_ops hello_ops = {
	.name = "hello",
	.bind_adapter = hello_bind,
	.unbind_adapter = hello_unbind,
	.close_adapter_complete = hello_close_complete,
	.send_nbls_complete = hello_send_complete,
	.receive_nbls = hello_receive,
};

/* Application arguments after the EAL ones: dev=NAME, count=N. */
static int
parse_args(int argc, char **argv, const char **dev, uint32_t *count)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "dev=", 4) == 0 && argv[i][4] != '\0') {
			*dev = argv[i] + 4;
		} else if (strncmp(argv[i], "count=", 6) == 0) {
			char *end;
			unsigned long v = strtoul(argv[i] + 6, &end, 10);

			if (argv[i][6] == '\0' || *end != '\0' || v == 0 ||
			    v > MAX_COUNT) {
				fprintf(stderr, "hello_send: bad %s (1..%u)\n",
					argv[i], MAX_COUNT);
				return -1;
			}
			*count = (uint32_t)v;
		} else {
			fprintf(stderr, "hello_send: unknown argument '%s' "
				"(expected dev=NAME or count=N)\n", argv[i]);
			return -1;
		}
	}
	return 0;
}

/* An Ethernet frame: broadcast, locally administered source, payload. */
static void
build_frame(uint8_t *frame)
{
	struct rte_ether_hdr *eth = (struct rte_ether_hdr *)frame;
	static const struct rte_ether_addr src = {
		.addr_bytes = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 } };
	static const char msg[] = "hello from mpdk";

	memset(frame, 0, FRAME_LEN);
	memset(&eth->dst_addr, 0xff, sizeof(eth->dst_addr));
	rte_ether_addr_copy(&src, &eth->src_addr);
	eth->ether_type = rte_cpu_to_be_16(ETHERTYPE_LOCAL);
	memcpy(frame + sizeof(*eth), msg, sizeof(msg));
}

/* Allocate up to BURST NBLs, one frame each, tagged with their number. */
static struct mpdk_nbl *
build_chain(struct hello *h, struct mpdk_nbl_pool *pool, struct rte_mempool *mp,
	    const uint8_t *frame, uint32_t *next_id)
{
	struct mpdk_nbl *head = NULL, *tail = NULL, *nbl;
	unsigned int i;

	for (i = 0; i < BURST && *next_id < h->count; i++) {
		nbl = mpdk_nbl_alloc(pool);
		if (nbl == NULL)
			break; /* all outstanding: poll first */
		if (mpdk_nbl_add_copy(nbl, mp, frame, FRAME_LEN, 0) !=
		    MPDK_STATUS_SUCCESS) {
			mpdk_nbl_free(nbl);
			break;
		}
		nbl->protocol_reserved[0] = *next_id;
		h->out[*next_id] = 1;
		(*next_id)++;
		if (tail != NULL)
			tail->next = nbl;
		else
			head = nbl;
		tail = nbl;
	}
	return head;
}

/* Send every NBL and poll until they are all back (or the timeout). */
static void
run(struct hello *h, struct mpdk_poller *poller, struct mpdk_nbl_pool *pool,
    struct rte_mempool *mp)
{
	uint8_t frame[FRAME_LEN];
	uint32_t next_id = 0;
	uint64_t deadline = rte_get_timer_cycles() +
			    (uint64_t)TIMEOUT_SEC * rte_get_timer_hz();

	build_frame(frame);
	while (h->completed + h->bad + h->refused < h->count &&
	       rte_get_timer_cycles() < deadline) {
		struct mpdk_nbl *chain = build_chain(h, pool, mp, frame, &next_id);

		if (chain != NULL) {
			unsigned int n = mpdk_nbl_chain_count(chain);
			mpdk_status_t st = mpdk_send_nbls(h->binding, chain, 0);

			if (st == MPDK_STATUS_PENDING) {
				h->sent += n;
			} else {
				/* Refused as a whole: still ours, no completion. */
				fprintf(stderr, "hello_send: send refused: %s\n",
					mpdk_status_str(st));
				h->refused += n;
				mpdk_nbl_free_chain(chain);
				break;
			}
		}
		/* Reap TX completions and deliver them to hello_send_complete. */
		mpdk_poller_poll(poller);
	}
}

/* Unbind and wait for a pending close, polling so that it can finish. */
static bool
unbind_and_wait(struct hello *h, struct mpdk_poller *poller)
{
	uint64_t deadline = rte_get_timer_cycles() +
			    (uint64_t)TIMEOUT_SEC * rte_get_timer_hz();
	mpdk_status_t st = mpdk_unbind(h->binding);

	if (st == MPDK_STATUS_SUCCESS)
		return true;
	if (st != MPDK_STATUS_PENDING) {
		fprintf(stderr, "hello_send: unbind: %s\n", mpdk_status_str(st));
		return false;
	}
	while (!h->closed && rte_get_timer_cycles() < deadline)
		mpdk_poller_poll(poller);
	if (!h->closed)
		fprintf(stderr, "hello_send: close did not complete\n");
	return h->closed;
}

int
main(int argc, char **argv)
{
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	struct hello h = { .count = DEFAULT_COUNT };
	struct mpdk_adapter *adapter = NULL;
	struct mpdk_poller *poller = NULL;
	struct mpdk_nbl_pool *pool = NULL;
	struct rte_mempool *mp = NULL;
	struct mpdk_send_stats bs;
	const char *dev = DEFAULT_DEV;
	char params[128];
	bool ok = false, bound = false;
	mpdk_status_t st;
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "hello_send: rte_eal_init failed; try: %s --no-huge "
			"-m 512 --no-pci --no-shconf -l 0-1 --vdev=net_null0\n",
			argv[0]);
		return 1;
	}
	argc -= ret;
	argv += ret;
	if (parse_args(argc, argv, &dev, &h.count) != 0) {
		rte_eal_cleanup();
		return 2;
	}
	st = mpdk_init();
	if (st != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "hello_send: mpdk_init: %s\n", mpdk_status_str(st));
		rte_eal_cleanup();
		return 1;
	}

	h.out = calloc(h.count, 1);
	/* An NB pool: the miniport lends its mbufs to the PMD rather than
	 * taking a reference on them (any packet pool would do). */
	mp = mpdk_nb_pool_create("hello_nbs", MBUF_POOL_SIZE, 0,
				 RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	pool = mpdk_nbl_pool_create("hello_nbls", NBL_POOL_SIZE, 0, SOCKET_ID_ANY);
	if (h.out == NULL || mp == NULL || pool == NULL) {
		fprintf(stderr, "hello_send: out of memory\n");
		goto out;
	}

	/* The generic miniport wraps the DPDK port named by dev=. */
	snprintf(params, sizeof(params), "dev=%s", dev);
	cfg.params = params;
	st = mpdk_adapter_create("ethdev", &cfg, &adapter);
	if (st != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "hello_send: adapter on %s: %s (did you pass "
			"--vdev=%s?)\n", dev, mpdk_status_str(st), dev);
		goto out;
	}

	st = mpdk_protocol_register(&hello_ops, &h, &h.proto);
	if (st == MPDK_STATUS_SUCCESS)
		st = mpdk_bind(h.proto, adapter, NULL);
	if (st != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "hello_send: register/bind: %s\n",
			mpdk_status_str(st));
		goto out;
	}
	bound = true;

	/* Sends are refused (ADAPTER_NOT_READY) until a poller owns the queue. */
	st = mpdk_poller_create("hello", 0, &poller);
	if (st == MPDK_STATUS_SUCCESS)
		st = mpdk_poller_add_queue(poller, adapter, MPDK_ALL_QUEUES);
	if (st != MPDK_STATUS_SUCCESS) {
		fprintf(stderr, "hello_send: poller: %s\n", mpdk_status_str(st));
		goto out;
	}

	run(&h, poller, pool, mp);

	mpdk_binding_stats(h.binding, &bs);
	printf("hello_send: sent %" PRIu64 " completed %" PRIu64
	       " (SUCCESS %" PRIu64 ")\n", h.sent, h.completed,
	       h.by_status[MPDK_STATUS_SUCCESS]);
	ok = h.sent == h.count && h.completed == h.count &&
	     h.by_status[MPDK_STATUS_SUCCESS] == h.count && h.bad == 0 &&
	     h.refused == 0 && bs.sent == h.count && bs.completed == h.count &&
	     bs.outstanding == 0 && mpdk_debug_violations() == 0;
	if (!ok) {
		unsigned int i;

		fprintf(stderr, "hello_send: FAILED: %" PRIu64 " completed twice "
			"or never sent, %" PRIu64 " refused, library counters: "
			"sent %" PRIu64 " completed %" PRIu64 " outstanding %"
			PRIu64 "\n", h.bad, h.refused, bs.sent, bs.completed,
			bs.outstanding);
		for (i = 0; i < MPDK_STATUS__COUNT; i++)
			if (h.by_status[i] != 0)
				fprintf(stderr, "hello_send:   completed with %s: %"
					PRIu64 "\n", mpdk_status_str(i),
					h.by_status[i]);
	}

out:
	/* Tear down in reverse order: close the binding while its queue is
	 * still polled (the poller finishes a pending close), then the
	 * poller, the protocol, the adapter, the pools. */
	if (bound && !unbind_and_wait(&h, poller))
		ok = false;
	if (poller != NULL)
		mpdk_poller_destroy(poller);
	if (h.proto != NULL &&
	    mpdk_protocol_deregister(h.proto) != MPDK_STATUS_SUCCESS)
		ok = false;
	if (adapter != NULL &&
	    mpdk_adapter_destroy(adapter) != MPDK_STATUS_SUCCESS)
		ok = false;
	if (pool != NULL && mpdk_nbl_pool_avail(pool) != mpdk_nbl_pool_size(pool)) {
		fprintf(stderr, "hello_send: %u NBLs leaked\n",
			mpdk_nbl_pool_size(pool) - mpdk_nbl_pool_avail(pool));
		ok = false;
	}
	if (mp != NULL && rte_mempool_avail_count(mp) != MBUF_POOL_SIZE) {
		fprintf(stderr, "hello_send: %u mbufs leaked\n",
			MBUF_POOL_SIZE - rte_mempool_avail_count(mp));
		ok = false;
	}
	mpdk_nbl_pool_free(pool);
	rte_mempool_free(mp);
	free(h.out);
	mpdk_fini();
	rte_eal_cleanup();
	return ok ? 0 : 1;
}
