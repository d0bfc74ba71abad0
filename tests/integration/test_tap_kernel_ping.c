/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the Linux kernel's own tools talk to the responder.
 *
 * The test makes a network namespace of its own ("mpdk_tap_<pid>") and
 * enters it before rte_eal_init(), so the tap interface net_tap creates
 * ("mpdktap0") lives there, as does every command it runs; the host's
 * interfaces are never touched.  In it:
 *
 *   kernel 198.18.0.2/24 on mpdktap0  <-- tap -->  net_tap0 port
 *   (MAC 02:00:5e:c6:12:02)                         (its own MAC)
 *                                                   "ethdev" adapter
 *                                                   poller on lcore 1
 *                                                   responder 198.18.0.1
 *
 * What it proves, end to end through the generic miniport's receive and
 * send paths (indications, returns, true TX completion):
 *  - arping gets its 3 ARP replies, from the adapter's MAC;
 *  - ping gets 100 echo replies out of 100 (10 ms apart), so the kernel
 *    accepted every reply: MACs, IP and ICMP checksums right;
 *  - the kernel's neighbour entry for 198.18.0.1, learnt by its own ARP
 *    resolution, holds the adapter's MAC and is not FAILED/INCOMPLETE;
 *  - the responder's counters agree (echo >= 100, ARP >= 1, no failed
 *    send, every reply completed);
 *  - everything tears down: responder closed, adapter destroyed, EAL
 *    cleaned up, every reply NBL and mbuf back in the responder's pools,
 *    namespace deleted (also on failure, and on SIGTERM).
 *
 * Needs root (a namespace), /dev/net/tun, ip, ping and arping; a missing
 * prerequisite is a failure with a message, never a skip.  net_tap logs
 * "failed to create multiq qdisc" on some kernels: harmless.
 */

#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
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
#include <rte_ethdev.h>
#include <rte_lcore.h>
#include <rte_mempool.h>

#include "mpdk_miniport.h"
#include "mpdk_netns.h"
#include "mpdk_responder.h"

#define IFACE "mpdktap0"
#define TAP_DEV "net_tap0"
#define RESP_IP "198.18.0.1"
#define KERNEL_IP "198.18.0.2"
#define KERNEL_CIDR KERNEL_IP "/24"
/* net_tap gives the kernel side the port's MAC; the kernel gets another
 * one, so that the replies' MAC is visibly the adapter's. */
#define KERNEL_MAC "02:00:5e:c6:12:02"
#define PING_COUNT 100
#define ARPING_COUNT 3
#define OUT_MAX 16384
#define STOP_TIMEOUT_MS 5000

static struct {
	bool eal;
	bool mpdk;
	struct mpdk_adapter *adapter;
	struct mpdk_poller *poller;
	bool launched;
	struct mpdk_responder *resp;
	struct rte_ether_addr mac;       /* the adapter's, so the responder's */
	unsigned int worker;
} g;

/* ------------------------------------------------------------------ */
/* Setup failures, prerequisites (the namespace: mpdk_netns.c).       */

static int
fail_setup(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "tap_kernel_ping: FAIL: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	return -1;
}

/* Every tool the test needs, or a failure that names what is missing. */
static int
check_prerequisites(void)
{
	static const char *const tools[] = { "ip", "ping", "arping" };
	unsigned int i;

	if (geteuid() != 0)
		return fail_setup("must run as root (it creates a network namespace)");
	if (access("/dev/net/tun", R_OK | W_OK) != 0)
		return fail_setup("/dev/net/tun is missing or not usable (%s): net_tap needs it",
				  strerror(errno));
	for (i = 0; i < RTE_DIM(tools); i++)
		if (mpdk_test_run(NULL, 0, "command -v %s", tools[i]) != 0)
			return fail_setup("'%s' not found in PATH (install %s)",
					  tools[i], strcmp(tools[i], "ip") == 0 ?
					  "iproute2" : strcmp(tools[i], "arping") == 0 ?
					  "arping (iputils-arping)" : "iputils-ping");
	return 0;
}

/* ------------------------------------------------------------------ */
/* mpdk side.                                                           */

static int
eal_start(void)
{
	char prefix[64];
	char *argv[] = {
		"test_tap_kernel_ping", "--no-huge", "-m", "512", "--no-pci",
		"--no-shconf", "-l", "0-1", prefix,
		"--vdev=" TAP_DEV ",iface=" IFACE, "--log-level=lib.eal:error",
		NULL,
	};
	int argc = (int)RTE_DIM(argv) - 1, i;

	snprintf(prefix, sizeof(prefix), "--file-prefix=tap_ping_%d",
		 (int)getpid());
	printf("EAL:");
	for (i = 0; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
	fflush(stdout);
	if (rte_eal_init(argc, argv) < 0)
		return fail_setup("rte_eal_init failed: %s", rte_strerror(rte_errno));
	g.eal = true;
	return 0;
}

static int
mpdk_start(void)
{
	struct mpdk_adapter_config cfg = {
		.name = "tap0",
		.params = "dev=" TAP_DEV,
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	struct mpdk_adapter_attrs attrs;
	char mac[RTE_ETHER_ADDR_FMT_SIZE];
	struct in_addr ip;
	mpdk_status_t st;

	st = mpdk_init();
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("mpdk_init: %s", mpdk_status_str(st));
	g.mpdk = true;
	st = mpdk_adapter_create("ethdev", &cfg, &g.adapter);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("adapter on %s: %s", TAP_DEV, mpdk_status_str(st));
	mpdk_m_get_attributes(g.adapter, &attrs);
	g.mac = attrs.mac;
	rte_ether_format_addr(mac, sizeof(mac), &g.mac);
	printf("adapter %s on %s, MAC %s\n", mpdk_adapter_name(g.adapter),
	       TAP_DEV, mac);

	if (inet_pton(AF_INET, RESP_IP, &ip) != 1)
		return fail_setup("bad address %s", RESP_IP);
	st = mpdk_responder_create(g.adapter, ip.s_addr, &g.resp);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("mpdk_responder_create: %s", mpdk_status_str(st));

	st = mpdk_poller_create("tap", 0, &g.poller);
	if (st == MPDK_STATUS_SUCCESS)
		st = mpdk_poller_add_queue(g.poller, g.adapter, MPDK_ALL_QUEUES);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("poller: %s", mpdk_status_str(st));
	g.worker = rte_get_next_lcore(-1, 1, 0);
	if (g.worker >= RTE_MAX_LCORE)
		return fail_setup("no worker lcore (-l 0-1 expected)");
	st = mpdk_poller_launch(g.poller, g.worker);
	if (st != MPDK_STATUS_SUCCESS)
		return fail_setup("mpdk_poller_launch on lcore %u: %s", g.worker,
				  mpdk_status_str(st));
	g.launched = true;
	printf("responder %s on %s, poller on lcore %u\n", RESP_IP,
	       mpdk_adapter_name(g.adapter), g.worker);
	return 0;
}

static int
kernel_setup(void)
{
	char mac[RTE_ETHER_ADDR_FMT_SIZE];

	if (mpdk_test_run(NULL, 0, "ip link show %s", IFACE) != 0)
		return fail_setup("net_tap did not create %s in %s", IFACE, mpdk_test_netns_name());
	if (mpdk_test_run(NULL, 0, "ip link set lo up") != 0 ||
	    mpdk_test_run(NULL, 0, "ip link set %s down", IFACE) != 0 ||
	    mpdk_test_run(NULL, 0, "ip link set %s address %s", IFACE, KERNEL_MAC) != 0 ||
	    mpdk_test_run(NULL, 0, "ip addr add %s dev %s", KERNEL_CIDR, IFACE) != 0 ||
	    mpdk_test_run(NULL, 0, "ip link set %s up", IFACE) != 0)
		return fail_setup("cannot configure %s", IFACE);
	mpdk_test_run(NULL, 0, "ip addr show dev %s", IFACE);
	rte_ether_format_addr(mac, sizeof(mac), &g.mac);
	if (strcasecmp(mac, KERNEL_MAC) == 0)
		return fail_setup("the adapter's MAC is the kernel's %s", KERNEL_MAC);
	return 0;
}

static void
print_stats(void)
{
	struct mpdk_responder_stats st;
	unsigned int i;

	if (g.resp == NULL ||
	    mpdk_responder_stats_get(g.resp, &st) != MPDK_STATUS_SUCCESS)
		return;
	printf("responder: rx %" PRIu64 ", arp replies %" PRIu64
	       ", echo replies %" PRIu64 ", tx completed %" PRIu64
	       ", tx failed %" PRIu64 "\n", st.rx_frames, st.arp_replies,
	       st.echo_replies, st.tx_completed, st.tx_failed);
	for (i = 0; i < MPDK_RESP_DROP__COUNT; i++)
		if (st.drops[i] != 0)
			printf("  dropped %s: %" PRIu64 "\n",
			       mpdk_responder_drop_str(i), st.drops[i]);
}

/* The responder's reply pools (named resp_*): every NBL and mbuf back? */
static void
pool_full_cb(struct rte_mempool *mp, void *arg)
{
	int *rc = arg;

	if (strncmp(mp->name, "resp_", 5) == 0 &&
	    rte_mempool_avail_count(mp) != mp->size) {
		printf("pool %s: %u of %u free after the close\n", mp->name,
		       rte_mempool_avail_count(mp), mp->size);
		*rc = -1;
	}
}

/* Tear down in order; each step only if its setup happened.  Returns -1
 * if something would not go. */
static int
teardown_all(void)
{
	uint64_t deadline;
	mpdk_status_t st;
	int rc = 0;

	print_stats();
	if (g.resp != NULL) {
		/* Close while the poller runs: it finishes the close. */
		st = mpdk_responder_stop(g.resp);
		printf("mpdk_responder_stop: %s\n", mpdk_status_str(st));
		deadline = rte_get_timer_cycles() +
			   rte_get_timer_hz() * STOP_TIMEOUT_MS / 1000;
		while (g.launched && !mpdk_responder_closed(g.resp) &&
		       rte_get_timer_cycles() < deadline)
			rte_delay_ms(1);
	}
	if (g.launched) {
		st = mpdk_poller_stop(g.poller);
		if (st != MPDK_STATUS_SUCCESS) {
			printf("mpdk_poller_stop: %s\n", mpdk_status_str(st));
			rc = -1;
		}
		g.launched = false;
	}
	if (g.resp != NULL) {
		/* Not closed yet: poll from here. */
		deadline = rte_get_timer_cycles() +
			   rte_get_timer_hz() * STOP_TIMEOUT_MS / 1000;
		while (g.poller != NULL && !mpdk_responder_closed(g.resp) &&
		       rte_get_timer_cycles() < deadline)
			mpdk_poller_poll(g.poller);
		if (mpdk_responder_closed(g.resp))
			rte_mempool_walk(pool_full_cb, &rc);
		st = mpdk_responder_free(g.resp);
		if (st != MPDK_STATUS_SUCCESS) {
			printf("mpdk_responder_free: %s (closed: %d)\n",
			       mpdk_status_str(st), mpdk_responder_closed(g.resp));
			rc = -1;
		}
		g.resp = NULL;
	}
	if (g.poller != NULL) {
		if (mpdk_poller_destroy(g.poller) != MPDK_STATUS_SUCCESS)
			rc = -1;
		g.poller = NULL;
	}
	if (g.adapter != NULL) {
		st = mpdk_adapter_destroy(g.adapter);
		if (st != MPDK_STATUS_SUCCESS) {
			printf("mpdk_adapter_destroy: %s\n", mpdk_status_str(st));
			rc = -1;
		}
		g.adapter = NULL;
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
	if (check_prerequisites() != 0 || mpdk_test_netns_enter("mpdk_tap") != 0 || eal_start() != 0 ||
	    mpdk_start() != 0 || kernel_setup() != 0) {
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

/* A number printed just before @p what in @p s, or -1. */
static long
number_before(const char *s, const char *what)
{
	const char *p = strstr(s, what);

	if (p == NULL)
		return -1;
	while (p > s && p[-1] == ' ')
		p--;
	while (p > s && p[-1] >= '0' && p[-1] <= '9')
		p--;
	return strtol(p, NULL, 10);
}

static void
test_arping(void **state __rte_unused)
{
	char out[OUT_MAX], mac[RTE_ETHER_ADDR_FMT_SIZE];
	int rc;
	long got;

	rc = mpdk_test_run(out, sizeof(out), "arping -c %d -w 5 -I %s %s", ARPING_COUNT,
		 IFACE, RESP_IP);
	/* iputils: "Received 3 response(s)"; exit 0 when answered. */
	got = strstr(out, "Received") != NULL ?
		strtol(strstr(out, "Received") + 8, NULL, 10) : -1;
	if (rc != 0 || got < ARPING_COUNT)
		fail_msg("arping: exit %d, %ld of %d responses", rc, got,
			 ARPING_COUNT);
	/* "Unicast reply from 198.18.0.1 [<the adapter's MAC>]" */
	rte_ether_format_addr(mac, sizeof(mac), &g.mac);
	if (strcasestr(out, mac) == NULL)
		fail_msg("arping replies do not come from the adapter's MAC %s",
			 mac);
}

static void
test_ping(void **state __rte_unused)
{
	char out[OUT_MAX];
	long sent, received;
	int rc;

	rc = mpdk_test_run(out, sizeof(out), "ping -c %d -i 0.01 -W 2 %s", PING_COUNT,
		 RESP_IP);
	sent = number_before(out, "packets transmitted");
	received = number_before(out, "received");
	if (rc != 0 || sent != PING_COUNT || received < PING_COUNT ||
	    strstr(out, " 0% packet loss") == NULL)
		fail_msg("ping: exit %d, %ld transmitted, %ld received", rc, sent,
			 received);
}

static void
test_neighbour(void **state __rte_unused)
{
	char out[OUT_MAX], mac[RTE_ETHER_ADDR_FMT_SIZE];
	int rc;

	/* The kernel resolved 198.18.0.1 itself for ping (arping's replies
	 * do not create neighbour entries): the entry must hold the
	 * adapter's MAC, the source of every reply. */
	rte_ether_format_addr(mac, sizeof(mac), &g.mac);
	rc = mpdk_test_run(out, sizeof(out), "ip neigh show %s dev %s", RESP_IP, IFACE);
	assert_int_equal(rc, 0);
	if (strcasestr(out, mac) == NULL)
		fail_msg("no neighbour entry with lladdr %s for %s", mac, RESP_IP);
	if (strstr(out, "FAILED") != NULL || strstr(out, "INCOMPLETE") != NULL ||
	    (strstr(out, "REACHABLE") == NULL && strstr(out, "STALE") == NULL &&
	     strstr(out, "DELAY") == NULL && strstr(out, "PROBE") == NULL))
		fail_msg("neighbour entry for %s not usable: %s", RESP_IP, out);
}

static void
test_counters(void **state __rte_unused)
{
	struct mpdk_responder_stats st;
	uint64_t deadline = rte_get_timer_cycles() + rte_get_timer_hz() * 2;

	/* The last replies' completions may still be on their way. */
	do {
		assert_int_equal(mpdk_responder_stats_get(g.resp, &st),
				 MPDK_STATUS_SUCCESS);
		if (st.tx_completed + st.tx_failed ==
		    st.arp_replies + st.echo_replies)
			break;
		rte_delay_ms(10);
	} while (rte_get_timer_cycles() < deadline);
	print_stats();
	assert_true(st.echo_replies >= PING_COUNT);
	assert_true(st.arp_replies >= 1);
	assert_int_equal(st.tx_failed, 0);
	assert_int_equal(st.tx_completed, st.arp_replies + st.echo_replies);
	assert_int_equal(st.drops[MPDK_RESP_DROP_NO_BUFFER], 0);
	assert_int_equal(st.drops[MPDK_RESP_DROP_SEND_REFUSED], 0);
	assert_int_equal(st.drops[MPDK_RESP_DROP_ICMP_CHECKSUM], 0);
	assert_int_equal(st.drops[MPDK_RESP_DROP_IP_CHECKSUM], 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arping),
		cmocka_unit_test(test_ping),
		cmocka_unit_test(test_neighbour),
		cmocka_unit_test(test_counters),
	};
	int rc;

	rc = cmocka_run_group_tests(tests, group_setup, group_teardown);
	/* Whatever cmocka ran: nothing may stay behind. */
	if (teardown_all() != 0 && rc == 0)
		rc = 1;
	return rc;
}
