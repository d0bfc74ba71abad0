/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the control path of the generic miniport over net_tap,
 * checked from the kernel's side with iproute2.
 *
 * The test makes a network namespace of its own ("mpdk_ctl_<pid>") and
 * enters it before rte_eal_init(), so the tap interface ("mpdkctl0") and
 * every command it runs live there; the host is never touched.  No IP
 * address is needed.  Two test protocols bind the one adapter; a poller
 * runs on lcore 1.  What it proves:
 *  - `ip link set mpdkctl0 down`, then `up`, on the kernel side gives
 *    exactly one link-down and one link-up indication per binding (net_tap
 *    advertises LSC but never fires it: link polling), and no duplicate
 *    arrives in the seconds after;
 *  - OID_GEN_MAXIMUM_FRAME_SIZE set to 1400 pends and completes through
 *    the callback; `ip link show` then says mtu 1400;
 *  - OID_802_3_CURRENT_ADDRESS set: the port's MAC and the kernel
 *    interface's (`ip link show`) are printed before and after, and both
 *    must show the new address (net_tap gives both the same MAC);
 *  - a reset under a running send load (a thread sending on both bindings
 *    all along): every accepted NBL completes exactly once (counted per
 *    status), sends during the reset are refused RESET_IN_PROGRESS, each
 *    binding sees RESET_START and RESET_END once, the link comes back and
 *    the MTU and MAC are replayed (`ip link show` and OID queries agree).
 *
 * Needs root, /dev/net/tun and ip; a missing prerequisite is a failure
 * with a message, never a skip.  The namespace is deleted at exit, on
 * failure and on SIGTERM/SIGINT.
 */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cmocka.h>

#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mpdk_miniport.h"
#include "mpdk_netns.h"
#include "mpdk_test.h"

#define IFACE "mpdkctl0"
#define TAP_DEV "net_tap0"
#define NEW_MTU 1400u
#define NEW_MAC "02:00:5e:c6:12:34"
#define OUT_MAX 8192
#define WAIT_MS 10000u           /* bounded waits */
#define QUIET_MS 3000u           /* "no duplicate" window */
#define LOAD_MS 300u             /* sending before and after the reset */
#define SEND_CHAIN 8u
#define MAX_SEND_IDS (TP_MAX_IDS - 1024)

struct done_rec {
	int calls;
	mpdk_status_t st;
};

/* An OID request the poller may complete later. */
struct oreq {
	struct mpdk_oid_request r;
	uint8_t buf[64];
	int done;
	mpdk_status_t st;
};

static struct {
	bool eal;
	bool mpdk;
	uint16_t port;
	struct mpdk_adapter *adapter;
	struct mpdk_poller *poller;
	bool launched;
	unsigned int worker;
	struct mpdk_nbl_pool *pool;
	struct rte_mempool *mp;
	struct test_proto pa;
	struct test_proto pb;
	bool pa_reg;
	bool pb_reg;
	struct tp_binding *tb[2];
	struct rte_ether_addr new_mac;
	bool mtu_set;
	bool mac_set;
} g;

/* ------------------------------------------------------------------ */
/* Setup failures, prerequisites (the namespace: mpdk_netns.c).       */

static int
fail_setup(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "control_tap: FAIL: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	return -1;
}

static int
check_prerequisites(void)
{
	if (geteuid() != 0)
		return fail_setup("must run as root (it creates a network namespace)");
	if (access("/dev/net/tun", R_OK | W_OK) != 0)
		return fail_setup("/dev/net/tun is missing or not usable (%s): net_tap needs it",
				  strerror(errno));
	if (mpdk_test_run(NULL, 0, "command -v ip") != 0)
		return fail_setup("'ip' not found in PATH (install iproute2)");
	return 0;
}

/* ------------------------------------------------------------------ */
/* Helpers.                                                             */

static uint64_t
now_ms(void)
{
	return rte_get_timer_cycles() * 1000 / rte_get_timer_hz();
}

#define WAIT_UNTIL(cond, ms, what) do {					\
	uint64_t end_ = now_ms() + (ms);				\
	while (!(cond) && now_ms() < end_)				\
		rte_delay_us_sleep(1000);				\
	if (!(cond))							\
		fail_msg("%s: '%s' still false after %u ms", (what),	\
			 #cond, (unsigned int)(ms));			\
} while (0)

static uint64_t
ld(const uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static void
on_oid(struct tp_binding *tb __rte_unused, struct mpdk_oid_request *req,
       mpdk_status_t st)
{
	struct oreq *o = req->context;

	if (o == NULL)
		return;
	o->st = st;
	__atomic_store_n(&o->done, o->done + 1, __ATOMIC_RELEASE);
}

static void
on_done(struct mpdk_adapter *a __rte_unused, mpdk_status_t st, void *arg)
{
	struct done_rec *d = arg;

	d->st = st;
	__atomic_store_n(&d->calls, d->calls + 1, __ATOMIC_RELEASE);
}

static void
free_on_complete(struct tp_binding *tb __rte_unused, struct mpdk_nbl *nbl)
{
	mpdk_nbl_free(nbl);
}

/* Submit; a PENDING request is waited for.  Returns the final status. */
static mpdk_status_t
oid_do(struct oreq *o, enum mpdk_oid_type type, uint32_t oid, const void *in,
       uint32_t len, bool *pended)
{
	mpdk_status_t st;

	memset(o, 0, sizeof(*o));
	o->r.type = type;
	o->r.oid = oid;
	o->r.buf = o->buf;
	o->r.buf_len = len;
	o->r.context = o;
	if (in != NULL)
		memcpy(o->buf, in, len);
	st = mpdk_oid_request(g.tb[0]->binding, &o->r);
	if (pended != NULL)
		*pended = st == MPDK_STATUS_PENDING;
	if (st != MPDK_STATUS_PENDING)
		return st;
	WAIT_UNTIL(__atomic_load_n(&o->done, __ATOMIC_ACQUIRE) != 0, WAIT_MS,
		   "OID completion");
	assert_int_equal(o->done, 1);
	assert_int_equal(o->r.status, o->st);
	return o->st;
}

static uint32_t
oid_u32(uint32_t oid)
{
	static struct oreq o;
	uint32_t v;

	assert_int_equal(oid_do(&o, MPDK_OID_QUERY, oid, NULL, 4, NULL),
			 MPDK_STATUS_SUCCESS);
	memcpy(&v, o.buf, sizeof(v));
	return v;
}

static struct rte_ether_addr
oid_mac(void)
{
	static struct oreq o;
	struct rte_ether_addr mac;

	assert_int_equal(oid_do(&o, MPDK_OID_QUERY, MPDK_OID_802_3_CURRENT_ADDRESS,
				NULL, 6, NULL), MPDK_STATUS_SUCCESS);
	memcpy(&mac, o.buf, sizeof(mac));
	return mac;
}

/* The kernel's view of the interface: MAC (lower case) and MTU. */
static void
kernel_link(char *mac, size_t mac_len, unsigned int *mtu, bool *up)
{
	char out[OUT_MAX];
	const char *p;

	assert_int_equal(mpdk_test_run(out, sizeof(out), "ip link show %s", IFACE), 0);
	p = strstr(out, "link/ether ");
	assert_non_null(p);
	snprintf(mac, mac_len, "%.17s", p + strlen("link/ether "));
	p = strstr(out, " mtu ");
	assert_non_null(p);
	*mtu = (unsigned int)strtoul(p + 5, NULL, 10);
	/* "<BROADCAST,MULTICAST,UP,LOWER_UP>" */
	*up = strstr(out, ",UP") != NULL || strstr(out, "<UP") != NULL;
}

static void
fmt_mac(char *buf, size_t len, const struct rte_ether_addr *mac)
{
	rte_ether_format_addr(buf, (uint16_t)len, mac);
	for (; *buf != '\0'; buf++)
		if (*buf >= 'A' && *buf <= 'F')
			*buf = (char)(*buf - 'A' + 'a');
}

/* ------------------------------------------------------------------ */
/* Setup and teardown.                                                  */

static int
eal_start(void)
{
	char prefix[64];
	char *argv[] = {
		"test_control_tap", "--no-huge", "-m", "512", "--no-pci",
		"--no-shconf", "-l", "0-1", prefix,
		"--vdev=" TAP_DEV ",iface=" IFACE, "--log-level=lib.eal:error",
		NULL,
	};
	int argc = (int)RTE_DIM(argv) - 1;

	snprintf(prefix, sizeof(prefix), "--file-prefix=ctl_tap_%d",
		 (int)getpid());
	if (rte_eal_init(argc, argv) < 0)
		return fail_setup("rte_eal_init failed: %s", rte_strerror(rte_errno));
	g.eal = true;
	return 0;
}

static int
mpdk_start(void)
{
	struct mpdk_adapter_config cfg = {
		.name = "ctltap",
		.params = "dev=" TAP_DEV,
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	mpdk_status_t st;
	unsigned int i;

	st = mpdk_init();
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("mpdk_init: %s", mpdk_status_str(st));
	g.mpdk = true;
	if (rte_eth_dev_get_port_by_name(TAP_DEV, &g.port) != 0)
		return fail_setup("no port %s", TAP_DEV);
	g.pool = mpdk_nbl_pool_create("ctltap_nbl", 8192, 0, SOCKET_ID_ANY);
	g.mp = rte_pktmbuf_pool_create("ctltap_mbuf", 16383, 256, 0,
				       RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY);
	if (g.pool == NULL || g.mp == NULL)
		return fail_setup("pools: %s", rte_strerror(rte_errno));
	st = mpdk_adapter_create("ethdev", &cfg, &g.adapter);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("adapter on %s: %s", TAP_DEV, mpdk_status_str(st));
	if (tp_register(&g.pa, "ctltap-a") != 0)
		return fail_setup("protocol a");
	g.pa_reg = true;
	if (tp_register(&g.pb, "ctltap-b") != 0)
		return fail_setup("protocol b");
	g.pb_reg = true;
	g.tb[0] = tp_bind(&g.pa, g.adapter);
	g.tb[1] = tp_bind(&g.pb, g.adapter);
	if (g.tb[0] == NULL || g.tb[1] == NULL)
		return fail_setup("bind");
	for (i = 0; i < 2; i++) {
		g.tb[i]->on_complete = free_on_complete;
		g.tb[i]->on_oid_complete = on_oid;
	}
	st = mpdk_poller_create("ctltap", 0, &g.poller);
	if (st == MPDK_STATUS_SUCCESS)
		st = mpdk_poller_add_queue(g.poller, g.adapter, MPDK_ALL_QUEUES);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("poller: %s", mpdk_status_str(st));
	g.worker = rte_get_next_lcore(-1, 1, 0);
	if (g.worker >= RTE_MAX_LCORE)
		return fail_setup("no worker lcore (-l 0-1 expected)");
	st = mpdk_poller_launch(g.poller, g.worker);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("mpdk_poller_launch: %s", mpdk_status_str(st));
	g.launched = true;
	return 0;
}

/* The bindings learn the link once the port runs (link polling). */
static int
link_initial(void)
{
	uint64_t end = now_ms() + WAIT_MS;

	if (mpdk_test_run(NULL, 0, "ip link show %s", IFACE) != 0)
		return fail_setup("net_tap did not create %s in %s", IFACE, mpdk_test_netns_name());
	while (now_ms() < end &&
	       (ld(&g.tb[0]->link_up) == 0 || ld(&g.tb[1]->link_up) == 0))
		rte_delay_us_sleep(1000);
	if (ld(&g.tb[0]->link_up) == 0 || ld(&g.tb[1]->link_up) == 0)
		return fail_setup("no link-up indication within %u ms (down: %" PRIu64 "/%" PRIu64 ")",
				  WAIT_MS, ld(&g.tb[0]->link_down),
				  ld(&g.tb[1]->link_down));
	printf("initial link: up %" PRIu64 "/%" PRIu64 ", down %" PRIu64 "/%" PRIu64 ", speed %" PRIu64 " bps\n",
	       ld(&g.tb[0]->link_up), ld(&g.tb[1]->link_up),
	       ld(&g.tb[0]->link_down), ld(&g.tb[1]->link_down),
	       g.tb[0]->last_link.speed_bps);
	return 0;
}

static int
teardown_all(void)
{
	uint64_t end;
	int rc = 0, i;

	for (i = 0; i < 2; i++) {
		mpdk_status_t st;

		if (g.tb[i] == NULL)
			continue;
		st = mpdk_close_adapter(g.tb[i]->binding);
		end = now_ms() + WAIT_MS;
		while (g.launched && st == MPDK_STATUS_PENDING &&
		       __atomic_load_n(&g.tb[i]->close_completed, __ATOMIC_ACQUIRE) == 0 &&
		       now_ms() < end)
			rte_delay_us_sleep(1000);
	}
	if (g.launched) {
		if (mpdk_poller_stop(g.poller) != MPDK_STATUS_SUCCESS)
			rc = -1;
		g.launched = false;
	}
	for (i = 0; i < 2; i++) {
		if (g.tb[i] == NULL)
			continue;
		if (tp_outstanding(g.tb[i]) != 0) {
			printf("binding %d: %" PRIu64 " NBLs outstanding at teardown\n",
			       i, tp_outstanding(g.tb[i]));
			rc = -1;
		}
	}
	if (g.pa_reg) {
		tp_deregister(&g.pa);
		g.pa_reg = false;
	}
	if (g.pb_reg) {
		tp_deregister(&g.pb);
		g.pb_reg = false;
	}
	for (i = 0; i < 2; i++) {
		tp_binding_free(g.tb[i]);
		g.tb[i] = NULL;
	}
	if (g.poller != NULL) {
		mpdk_poller_destroy(g.poller);
		g.poller = NULL;
	}
	if (g.adapter != NULL) {
		mpdk_status_t st = mpdk_adapter_destroy(g.adapter);

		if (st != MPDK_STATUS_SUCCESS) {
			printf("mpdk_adapter_destroy: %s\n", mpdk_status_str(st));
			rc = -1;
		}
		g.adapter = NULL;
	}
	if (g.pool != NULL) {
		if (mpdk_nbl_pool_avail(g.pool) != 8192) {
			printf("NBL pool: %u of 8192 free\n",
			       mpdk_nbl_pool_avail(g.pool));
			rc = -1;
		}
		mpdk_nbl_pool_free(g.pool);
		g.pool = NULL;
	}
	if (g.mp != NULL) {
		rte_mempool_free(g.mp);
		g.mp = NULL;
	}
	if (g.mpdk) {
		mpdk_fini();
		g.mpdk = false;
	}
	if (g.eal) {
		if (rte_eal_cleanup() != 0)
			rc = -1;
		g.eal = false;
	}
	mpdk_test_netns_delete();
	return rc;
}

static int
group_setup(void **state __rte_unused)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (check_prerequisites() != 0 || mpdk_test_netns_enter("mpdk_ctl") != 0 || eal_start() != 0 ||
	    mpdk_start() != 0 || link_initial() != 0) {
		teardown_all();
		return -1;
	}
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	return teardown_all();
}

/* ------------------------------------------------------------------ */
/* Tests.                                                               */

static void
test_link_down_up(void **state __rte_unused)
{
	uint64_t up0[2], down0[2];
	char mac[32];
	unsigned int mtu, i;
	bool up;

	for (i = 0; i < 2; i++) {
		up0[i] = ld(&g.tb[i]->link_up);
		down0[i] = ld(&g.tb[i]->link_down);
	}
	assert_int_equal(mpdk_test_run(NULL, 0, "ip link set %s down", IFACE), 0);
	kernel_link(mac, sizeof(mac), &mtu, &up);
	assert_false(up);
	WAIT_UNTIL(ld(&g.tb[0]->link_down) == down0[0] + 1 &&
		   ld(&g.tb[1]->link_down) == down0[1] + 1, WAIT_MS,
		   "link-down indication to both bindings");
	assert_int_equal(g.tb[0]->last_link.up, 0);
	assert_int_equal(oid_u32(MPDK_OID_GEN_MEDIA_CONNECT_STATUS), 1);

	assert_int_equal(mpdk_test_run(NULL, 0, "ip link set %s up", IFACE), 0);
	WAIT_UNTIL(ld(&g.tb[0]->link_up) == up0[0] + 1 &&
		   ld(&g.tb[1]->link_up) == up0[1] + 1, WAIT_MS,
		   "link-up indication to both bindings");
	assert_int_equal(g.tb[0]->last_link.up, 1);
	assert_int_equal(g.tb[1]->last_link.up, 1);

	/* Link polling keeps running: nothing more may arrive. */
	rte_delay_us_sleep(QUIET_MS * 1000);
	for (i = 0; i < 2; i++) {
		printf("binding %u: link up %" PRIu64 " (was %" PRIu64 "), down %" PRIu64 " (was %" PRIu64 ")\n",
		       i, ld(&g.tb[i]->link_up), up0[i], ld(&g.tb[i]->link_down),
		       down0[i]);
		if (ld(&g.tb[i]->link_up) != up0[i] + 1 ||
		    ld(&g.tb[i]->link_down) != down0[i] + 1)
			fail_msg("binding %u: %" PRIu64 " link-up and %" PRIu64 " link-down indications for one down/up (expected 1 and 1)",
				 i, ld(&g.tb[i]->link_up) - up0[i],
				 ld(&g.tb[i]->link_down) - down0[i]);
		assert_int_equal(ld(&g.tb[i]->status_count[MPDK_STATUS_LINK_STATE]),
				 ld(&g.tb[i]->link_up) + ld(&g.tb[i]->link_down));
	}
	assert_int_equal(oid_u32(MPDK_OID_GEN_MEDIA_CONNECT_STATUS), 0);
}

static void
test_mtu_set(void **state __rte_unused)
{
	static struct oreq o;
	struct mpdk_adapter_attrs attrs;
	uint32_t mtu = NEW_MTU;
	unsigned int kmtu;
	uint16_t pmtu = 0;
	char mac[32];
	bool pended = false, up;

	assert_int_equal(oid_do(&o, MPDK_OID_SET, MPDK_OID_GEN_MAXIMUM_FRAME_SIZE,
				&mtu, sizeof(mtu), &pended), MPDK_STATUS_SUCCESS);
	if (!pended)
		fail_msg("OID_GEN_MAXIMUM_FRAME_SIZE set completed at once; docs/oids.md says it pends");
	assert_int_equal(o.r.bytes_written, 4);
	g.mtu_set = true;
	kernel_link(mac, sizeof(mac), &kmtu, &up);
	assert_int_equal(rte_eth_dev_get_mtu(g.port, &pmtu), 0);
	printf("after the MTU OID: kernel mtu %u, port mtu %u\n", kmtu, pmtu);
	assert_int_equal(kmtu, NEW_MTU);
	assert_int_equal(pmtu, NEW_MTU);
	assert_int_equal(oid_u32(MPDK_OID_GEN_MAXIMUM_FRAME_SIZE), NEW_MTU);
	assert_int_equal(oid_u32(MPDK_OID_GEN_MAXIMUM_TOTAL_SIZE), NEW_MTU + 14);
	mpdk_m_get_attributes(g.adapter, &attrs);
	assert_int_equal(attrs.mtu, NEW_MTU);
	assert_int_equal(attrs.max_frame, NEW_MTU + 14);
}

static void
test_mac_set(void **state __rte_unused)
{
	static struct oreq o;
	struct rte_ether_addr port_before, port_after, got;
	char k_before[32], k_after[32], p_before[32], p_after[32], want[32];
	unsigned int mtu;
	bool up, pended = false;

	assert_int_equal(rte_ether_unformat_addr(NEW_MAC, &g.new_mac), 0);
	fmt_mac(want, sizeof(want), &g.new_mac);
	kernel_link(k_before, sizeof(k_before), &mtu, &up);
	assert_int_equal(rte_eth_macaddr_get(g.port, &port_before), 0);
	fmt_mac(p_before, sizeof(p_before), &port_before);

	assert_int_equal(oid_do(&o, MPDK_OID_SET, MPDK_OID_802_3_CURRENT_ADDRESS,
				&g.new_mac, 6, &pended), MPDK_STATUS_SUCCESS);
	g.mac_set = true;
	kernel_link(k_after, sizeof(k_after), &mtu, &up);
	assert_int_equal(rte_eth_macaddr_get(g.port, &port_after), 0);
	fmt_mac(p_after, sizeof(p_after), &port_after);
	got = oid_mac();
	print_message("MAC set through the OID (%s): DPDK port %s -> %s; kernel %s %s -> %s\n",
		      pended ? "pended" : "at once", p_before, p_after, IFACE,
		      k_before, k_after);
	assert_memory_equal(&got, &g.new_mac, 6);
	if (strcmp(p_after, want) != 0)
		fail_msg("DPDK port MAC is %s after the OID, expected %s", p_after,
			 want);
	if (strcasecmp(k_after, want) != 0)
		fail_msg("`ip link show %s` says %s after the OID, expected %s (the kernel side did not change)",
			 IFACE, k_after, want);
	/* The permanent address does not move. */
	{
		struct rte_ether_addr perm;
		struct oreq *q = &o;

		assert_int_equal(oid_do(q, MPDK_OID_QUERY,
					MPDK_OID_802_3_PERMANENT_ADDRESS, NULL, 6,
					NULL), MPDK_STATUS_SUCCESS);
		memcpy(&perm, q->buf, 6);
		assert_memory_equal(&perm, &port_before, 6);
	}
}

/* The sending thread: chains of SEND_CHAIN NBLs, alternating bindings,
 * until told to stop. */
struct sender {
	volatile int stop;
	uint32_t next_id[2];
	uint64_t accepted[2];
	uint64_t refused[2][MPDK_STATUS__COUNT];
	uint64_t no_nbl;
	uint64_t rounds;
	uint64_t accepted_after_reset;  /* accepted once the reset was done */
	struct done_rec *reset_done;
};

static void *
sender_main(void *arg)
{
	static const uint8_t hdr[14] = {
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0x5e, 0, 0, 1,
		0x88, 0xb5,
	};
	struct sender *s = arg;
	uint8_t frame[64];
	unsigned int b = 0;

	memset(frame, 0x5a, sizeof(frame));
	memcpy(frame, hdr, sizeof(hdr));
	while (!s->stop) {
		struct mpdk_nbl *head = NULL, **tailp = &head, *nbl;
		struct tp_binding *tb = g.tb[b];
		mpdk_status_t st;
		unsigned int i, n = 0;

		if (s->next_id[b] + SEND_CHAIN >= MAX_SEND_IDS)
			break;
		for (i = 0; i < SEND_CHAIN; i++) {
			nbl = mpdk_nbl_alloc(g.pool);
			if (nbl == NULL)
				break;
			if (mpdk_nbl_add_copy(nbl, g.mp, frame, sizeof(frame), 0) !=
			    MPDK_STATUS_SUCCESS) {
				mpdk_nbl_free(nbl);
				break;
			}
			tp_tag(tb, nbl, s->next_id[b]++);
			*tailp = nbl;
			tailp = &nbl->next;
			n++;
		}
		if (n == 0) {
			s->no_nbl++;
			sched_yield();
			continue;
		}
		st = tp_send(tb, head, 0);
		if (st == MPDK_STATUS_PENDING) {
			s->accepted[b] += n;
			if (__atomic_load_n(&s->reset_done->calls, __ATOMIC_ACQUIRE))
				s->accepted_after_reset += n;
		} else {
			s->refused[b][st] += n;
			mpdk_nbl_free_chain(head);
		}
		s->rounds++;
		b ^= 1;
	}
	return NULL;
}

static void
test_reset_under_load(void **state __rte_unused)
{
	static struct sender s;
	static struct done_rec d;
	struct rte_ether_addr pmac, omac;
	char kmac[32], want[32];
	unsigned int kmtu, i;
	uint16_t pmtu = 0;
	uint64_t start0[2], end0[2], lup0[2], ldown0[2];
	pthread_t th;
	bool up;

	if (!g.mtu_set || !g.mac_set)
		fail_msg("the MTU and MAC tests must have passed first (replay check)");
	memset(&s, 0, sizeof(s));
	d = (struct done_rec){ 0 };
	s.reset_done = &d;
	for (i = 0; i < 2; i++) {
		start0[i] = ld(&g.tb[i]->status_count[MPDK_STATUS_RESET_START]);
		end0[i] = ld(&g.tb[i]->status_count[MPDK_STATUS_RESET_END]);
		lup0[i] = ld(&g.tb[i]->link_up);
		ldown0[i] = ld(&g.tb[i]->link_down);
	}
	assert_int_equal(pthread_create(&th, NULL, sender_main, &s), 0);
	rte_delay_us_sleep(LOAD_MS * 1000);
	assert_int_equal(mpdk_adapter_reset(g.adapter, on_done, &d),
			 MPDK_STATUS_PENDING);
	WAIT_UNTIL(__atomic_load_n(&d.calls, __ATOMIC_ACQUIRE) != 0, WAIT_MS,
		   "reset done");
	rte_delay_us_sleep(LOAD_MS * 1000);
	s.stop = 1;
	assert_int_equal(pthread_join(th, NULL), 0);
	WAIT_UNTIL(tp_outstanding(g.tb[0]) == 0 && tp_outstanding(g.tb[1]) == 0,
		   WAIT_MS, "every accepted NBL completed");
	rte_delay_us_sleep(200 * 1000);

	for (i = 0; i < 2; i++) {
		struct tp_binding *tb = g.tb[i];
		uint64_t sum = 0;
		unsigned int k;

		rte_spinlock_lock(&tb->lock);
		printf("binding %u: accepted %" PRIu64 ", completed %" PRIu64 ": SUCCESS %" PRIu64 ", RESET_IN_PROGRESS %" PRIu64 ", RESOURCES %" PRIu64 "; refused at submit: RESET_IN_PROGRESS %" PRIu64 "; twice %" PRIu64 "\n",
		       i, s.accepted[i], tb->completed,
		       tb->by_status[MPDK_STATUS_SUCCESS],
		       tb->by_status[MPDK_STATUS_RESET_IN_PROGRESS],
		       tb->by_status[MPDK_STATUS_RESOURCES],
		       s.refused[i][MPDK_STATUS_RESET_IN_PROGRESS], tb->twice);
		for (k = 0; k < MPDK_STATUS__COUNT; k++)
			sum += tb->by_status[k];
		rte_spinlock_unlock(&tb->lock);
		assert_int_equal(tb->twice, 0);
		assert_int_equal(tb->foreign, 0);
		assert_int_equal(tb->completed, s.accepted[i]);
		assert_int_equal(sum, s.accepted[i]);
		for (k = 0; k < MPDK_STATUS__COUNT; k++)
			if (k != MPDK_STATUS_SUCCESS &&
			    k != MPDK_STATUS_RESET_IN_PROGRESS &&
			    k != MPDK_STATUS_RESOURCES && tb->by_status[k] != 0)
				fail_msg("binding %u: %" PRIu64 " NBLs completed %s", i,
					 tb->by_status[k], mpdk_status_str(k));
		for (k = 0; k < MPDK_STATUS__COUNT; k++)
			if (k != MPDK_STATUS_RESET_IN_PROGRESS && s.refused[i][k] != 0)
				fail_msg("binding %u: %" PRIu64 " sends refused %s", i,
					 s.refused[i][k], mpdk_status_str(k));
		assert_int_equal(ld(&tb->status_count[MPDK_STATUS_RESET_START]),
				 start0[i] + 1);
		assert_int_equal(ld(&tb->status_count[MPDK_STATUS_RESET_END]),
				 end0[i] + 1);
	}
	printf("sender: %" PRIu64 " rounds, %" PRIu64 " accepted after the reset, %" PRIu64 " waits for an NBL\n",
	       s.rounds, s.accepted_after_reset, s.no_nbl);
	assert_true(s.accepted[0] > 0 && s.accepted[1] > 0);
	assert_true(s.accepted_after_reset > 0);
	if (d.st != MPDK_STATUS_SUCCESS)
		fail_msg("reset completed %s", mpdk_status_str(d.st));

	/* The link is back; MTU and MAC replayed. */
	WAIT_UNTIL(oid_u32(MPDK_OID_GEN_MEDIA_CONNECT_STATUS) == 0, WAIT_MS,
		   "link up after the reset");
	kernel_link(kmac, sizeof(kmac), &kmtu, &up);
	fmt_mac(want, sizeof(want), &g.new_mac);
	assert_int_equal(rte_eth_dev_get_mtu(g.port, &pmtu), 0);
	assert_int_equal(rte_eth_macaddr_get(g.port, &pmac), 0);
	omac = oid_mac();
	printf("after the reset: kernel mtu %u mac %s %s; port mtu %u; OID mtu %u\n",
	       kmtu, kmac, up ? "UP" : "DOWN", pmtu,
	       oid_u32(MPDK_OID_GEN_MAXIMUM_FRAME_SIZE));
	for (i = 0; i < 2; i++)
		printf("binding %u: link indications across the reset: %" PRIu64 " up, %" PRIu64 " down\n",
		       i, ld(&g.tb[i]->link_up) - lup0[i],
		       ld(&g.tb[i]->link_down) - ldown0[i]);
	assert_true(up);
	assert_int_equal(kmtu, NEW_MTU);
	assert_int_equal(pmtu, NEW_MTU);
	assert_int_equal(oid_u32(MPDK_OID_GEN_MAXIMUM_FRAME_SIZE), NEW_MTU);
	assert_string_equal(kmac, want);
	assert_memory_equal(&pmac, &g.new_mac, 6);
	assert_memory_equal(&omac, &g.new_mac, 6);
	assert_int_equal(g.tb[0]->last_link.up, 1);
	assert_int_equal(g.tb[1]->last_link.up, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_link_down_up),
		cmocka_unit_test(test_mtu_set),
		cmocka_unit_test(test_mac_set),
		cmocka_unit_test(test_reset_under_load),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, group_setup, group_teardown);
	if (teardown_all() != 0 && rc == 0)
		rc = 1;
	return rc;
}
