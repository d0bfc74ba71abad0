/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Integration: the "l2fwd" sample protocol replays real kernel traffic from
 * one net_pcap port to another, and the output capture equals the input
 * byte for byte, in order.
 *
 * The input is made here, from real traffic: two network namespaces joined
 * by a veth pair (198.18.1.1/24 and 198.18.1.2/24, the benchmarking range;
 * nothing leaves the namespaces), tcpdump on one end, 20 pings and a TCP
 * connection carrying 100,000 random bytes (netcat).  Segmentation offloads
 * are turned off so every frame fits the MTU; the capture is checked
 * (more than 40 frames, TCP over IPv4 present, none over 1514 bytes).
 *
 * Then, for each case, net_pcap port "in" (rx_pcap=in.pcap, which stops at
 * the end of the file) and port "out" (tx_pcap=out.pcap) become two
 * "ethdev" adapters joined by an l2fwd, one poller runs both, and the test
 * polls until l2fwd forwarded every frame of the capture and every send
 * completed.  After stopping l2fwd and destroying the adapters (closing a
 * net_pcap port closes its dump file) out.pcap must equal in.pcap: same
 * number of frames, same lengths, same bytes, same order.  Cases:
 *  - zero copy: the indicated NBLs themselves are sent; nothing is copied;
 *  - buffers low: the input adapter's hold limit is tiny, so frames come
 *    with MPDK_RECEIVE_F_RESOURCES and l2fwd sends copies from its own
 *    pools;
 *  - shared frames: a second protocol (a sniffer) is bound to the input
 *    adapter too, so l2fwd sends copies (two senders must never share the
 *    mbufs); the sniffer sees every frame as well.
 * In every case the input adapter's RX pools are full once l2fwd stopped:
 * every indicated NBL went back to the miniport.
 *
 * Missing tools (ip, tcpdump, nc, ping) fail the test with a message; the
 * namespaces and the temporary files are removed at exit in any case.
 */

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <pcap/pcap.h>

#include <rte_ethdev.h>
#include <rte_mempool.h>

#include "mpdk_test.h"
#include "mpdk_l2fwd.h"

#define ADDR_A "198.18.1.1"
#define ADDR_B "198.18.1.2"
#define TCP_PORT 5000
#define TCP_BYTES 100000
#define PINGS 20
#define MIN_FRAMES 40u
#define MAX_FRAME 1514u       /* MTU 1500 + Ethernet header */
#define WAIT_MS 20000u        /* bound on each wait for a process */
#define IDLE_LIMIT 1000000u   /* poll steps without progress before failing */
#define CLOSE_STEPS 1000000u

/* State of the capture, for the exit cleanup. */
static char tmpdir[256];
static char in_path[300];
static char ns_a[48];
static char ns_b[48];
static bool ns_made;
static pid_t tcpdump_pid = -1;
static pid_t listener_pid = -1;
static unsigned int in_frames;
static bool eal_up;

static void
cleanup(void)
{
	if (tcpdump_pid > 0) {
		kill(tcpdump_pid, SIGKILL);
		waitpid(tcpdump_pid, NULL, 0);
		tcpdump_pid = -1;
	}
	if (listener_pid > 0) {
		kill(listener_pid, SIGKILL);
		waitpid(listener_pid, NULL, 0);
		listener_pid = -1;
	}
	if (ns_made) {
		mpdk_test_sh("ip netns del %s 2>/dev/null; ip netns del %s 2>/dev/null",
			     ns_a, ns_b);
		ns_made = false;
	}
	if (tmpdir[0] != '\0') {
		/* Flat: in.pcap, out*.pcap, tcpdump.err. */
		DIR *d = opendir(tmpdir);
		struct dirent *e;
		char path[600];

		while (d != NULL && (e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s", tmpdir, e->d_name);
			unlink(path);
		}
		if (d != NULL)
			closedir(d);
		if (rmdir(tmpdir) != 0)
			fprintf(stderr, "pcap_l2fwd: cannot remove %s: %s\n", tmpdir,
				strerror(errno));
		tmpdir[0] = '\0';
	}
}

/* A timeout or ^C: clean up anyway, then die of the signal. */
static void
on_signal(int sig)
{
	cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Run a shell command; print it and fail on a non-zero status. */
static int
sh_ok(const char *what, const char *fmt, ...)
{
	char cmd[1024];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = mpdk_test_sh("%s", cmd);
	if (rc != 0)
		fprintf(stderr, "pcap_l2fwd: %s failed (exit %d): %s\n", what, rc,
			cmd);
	return rc == 0 ? 0 : -1;
}

/* Start "sh -c 'exec CMD'" in the background: the pid is CMD's own. */
static pid_t
spawn(const char *cmd)
{
	pid_t pid = fork();

	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	if (pid < 0)
		fprintf(stderr, "pcap_l2fwd: fork: %s\n", strerror(errno));
	return pid;
}

/* Wait for @p pid to exit, at most WAIT_MS; its exit status, or -1. */
static int
wait_exit(pid_t pid, const char *what)
{
	unsigned int ms;
	int status;

	for (ms = 0; ms < WAIT_MS; ms += 10) {
		pid_t r = waitpid(pid, &status, WNOHANG);

		if (r == pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) :
				128 + WTERMSIG(status);
		if (r < 0) {
			fprintf(stderr, "pcap_l2fwd: waitpid(%s): %s\n", what,
				strerror(errno));
			return -1;
		}
		usleep(10000);
	}
	fprintf(stderr, "pcap_l2fwd: %s still running after %u ms\n", what,
		WAIT_MS);
	return -1;
}

/* Poll a shell condition every 10 ms, at most WAIT_MS. */
static int
wait_until(const char *what, const char *cond)
{
	unsigned int ms;

	for (ms = 0; ms < WAIT_MS; ms += 10) {
		if (mpdk_test_sh("%s", cond) == 0)
			return 0;
		usleep(10000);
	}
	fprintf(stderr, "pcap_l2fwd: %s: not true after %u ms: %s\n", what,
		WAIT_MS, cond);
	return -1;
}

static int
check_tools(void)
{
	static const char *const tools[][2] = {
		{ "ip", "iproute2" },
		{ "tcpdump", "tcpdump" },
		{ "nc", "netcat-openbsd" },
		{ "ping", "iputils-ping" },
		{ "head", "coreutils" },
		{ "timeout", "coreutils" },
	};
	unsigned int i;
	int bad = 0;

	for (i = 0; i < RTE_DIM(tools); i++) {
		if (mpdk_test_sh("command -v %s >/dev/null 2>&1", tools[i][0]) != 0) {
			fprintf(stderr, "pcap_l2fwd: required tool '%s' not found in PATH (package %s)\n",
				tools[i][0], tools[i][1]);
			bad = 1;
		}
	}
	if (geteuid() != 0) {
		fprintf(stderr, "pcap_l2fwd: must run as root (network namespaces, tcpdump)\n");
		bad = 1;
	}
	return bad ? -1 : 0;
}

/* Two namespaces, one veth pair, offloads off. */
static int
make_namespaces(void)
{
	static const char *const side[2][3] = {
		{ ns_a, "veth0", ADDR_A }, { ns_b, "veth1", ADDR_B },
	};
	bool have_ethtool = mpdk_test_sh("command -v ethtool >/dev/null 2>&1") == 0;
	unsigned int i;

	snprintf(ns_a, sizeof(ns_a), "mpdk_l2fwd_%d_a", (int)getpid());
	snprintf(ns_b, sizeof(ns_b), "mpdk_l2fwd_%d_b", (int)getpid());
	if (sh_ok("ip netns add", "ip netns add %s", ns_a) != 0)
		return -1;
	ns_made = true;
	if (sh_ok("ip netns add", "ip netns add %s", ns_b) != 0 ||
	    sh_ok("veth pair", "ip -n %s link add veth0 type veth peer name veth1 netns %s",
		  ns_a, ns_b) != 0)
		return -1;
	for (i = 0; i < 2; i++) {
		const char *ns = side[i][0], *dev = side[i][1], *addr = side[i][2];

		/* IPv6 off: only the traffic made here is captured. */
		mpdk_test_sh("ip netns exec %s sysctl -qw net.ipv6.conf.all.disable_ipv6=1 >/dev/null 2>&1",
			     ns);
		if (sh_ok("address", "ip -n %s addr add %s/24 dev %s", ns, addr,
			  dev) != 0 ||
		    sh_ok("mtu", "ip -n %s link set dev %s mtu 1500", ns, dev) != 0 ||
		    sh_ok("link up", "ip -n %s link set dev %s up && ip -n %s link set dev lo up",
			  ns, dev, ns) != 0)
			return -1;
		/* Segmentation offloads would hand tcpdump frames of up to
		 * 64 KB; without ethtool, lower the GSO limit and rely on the
		 * check of the capture. */
		if (have_ethtool) {
			if (sh_ok("ethtool -K", "ip netns exec %s ethtool -K %s tso off gso off gro off >/dev/null 2>&1",
				  ns, dev) != 0)
				return -1;
		} else {
			mpdk_test_sh("ip -n %s link set dev %s gso_max_size 1500 >/dev/null 2>&1",
				     ns, dev);
		}
	}
	return 0;
}

/* Real traffic on the veth pair, captured by tcpdump into in.pcap. */
static int
make_capture(void)
{
	char cmd[1024], err_path[300];

	snprintf(err_path, sizeof(err_path), "%s/tcpdump.err", tmpdir);
	snprintf(cmd, sizeof(cmd),
		 "exec ip netns exec %s tcpdump -i veth0 -w '%s' -U --immediate-mode -n -s 0 -Z root 2>'%s'",
		 ns_a, in_path, err_path);
	tcpdump_pid = spawn(cmd);
	if (tcpdump_pid < 0)
		return -1;
	snprintf(cmd, sizeof(cmd), "grep -qs 'listening on' '%s'", err_path);
	if (wait_until("tcpdump started", cmd) != 0) {
		mpdk_test_sh("cat '%s' >&2", err_path);
		return -1;
	}

	if (sh_ok("ping", "ip netns exec %s timeout 30 ping -n -q -c %d -i 0.01 -W 2 %s >/dev/null",
		  ns_a, PINGS, ADDR_B) != 0)
		return -1;

	snprintf(cmd, sizeof(cmd), "exec ip netns exec %s nc -l %s %d >/dev/null",
		 ns_b, ADDR_B, TCP_PORT);
	listener_pid = spawn(cmd);
	if (listener_pid < 0)
		return -1;
	/* Listening: local port 5000 (0x1388), state LISTEN (0A). */
	snprintf(cmd, sizeof(cmd),
		 "ip netns exec %s grep -q ':1388 00000000:0000 0A' /proc/net/tcp",
		 ns_b);
	if (wait_until("nc listening", cmd) != 0)
		return -1;
	if (sh_ok("nc client", "head -c %d /dev/urandom | ip netns exec %s timeout 30 nc -N %s %d",
		  TCP_BYTES, ns_a, ADDR_B, TCP_PORT) != 0)
		return -1;
	if (wait_exit(listener_pid, "nc listener") != 0)
		return -1;
	listener_pid = -1;

	/* The last FIN/ACKs crossed the veth before nc returned; -U wrote
	 * each frame as it came.  Stop tcpdump and let it finish the file. */
	usleep(200000);
	kill(tcpdump_pid, SIGINT);
	if (wait_exit(tcpdump_pid, "tcpdump") != 0) {
		mpdk_test_sh("cat '%s' >&2", err_path);
		return -1;
	}
	tcpdump_pid = -1;
	mpdk_test_sh("cat '%s' >&2", err_path);
	return 0;
}

/* The capture: Ethernet, > MIN_FRAMES frames, TCP over IPv4, none
 * truncated or over the MTU. */
static int
check_capture(void)
{
	char err[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *h;
	const u_char *d;
	unsigned int n = 0, tcp = 0, icmp = 0, bad = 0;
	pcap_t *p = pcap_open_offline(in_path, err);
	int r;

	if (p == NULL) {
		fprintf(stderr, "pcap_l2fwd: %s: %s\n", in_path, err);
		return -1;
	}
	if (pcap_datalink(p) != DLT_EN10MB) {
		fprintf(stderr, "pcap_l2fwd: %s: link type %d, not Ethernet\n",
			in_path, pcap_datalink(p));
		pcap_close(p);
		return -1;
	}
	while ((r = pcap_next_ex(p, &h, &d)) == 1) {
		n++;
		if (h->caplen != h->len || h->len < 14 || h->len > MAX_FRAME) {
			if (bad++ < 5)
				fprintf(stderr, "pcap_l2fwd: frame %u: %u bytes captured of %u (want 14..%u, whole)\n",
					n, h->caplen, h->len, MAX_FRAME);
			continue;
		}
		if (h->caplen >= 34 && d[12] == 0x08 && d[13] == 0x00 &&
		    (d[14] >> 4) == 4) {
			tcp += d[23] == 6;
			icmp += d[23] == 1;
		}
	}
	pcap_close(p);
	in_frames = n;
	fprintf(stderr, "pcap_l2fwd: capture: %u frames, %u TCP/IPv4, %u ICMP/IPv4\n",
		n, tcp, icmp);
	if (r != -2) {
		fprintf(stderr, "pcap_l2fwd: %s: read error\n", in_path);
		return -1;
	}
	if (bad != 0) {
		fprintf(stderr, "pcap_l2fwd: %u frames truncated or over %u bytes (segmentation offloads still on?)\n",
			bad, MAX_FRAME);
		return -1;
	}
	if (n <= MIN_FRAMES || tcp == 0 || icmp == 0) {
		fprintf(stderr, "pcap_l2fwd: the capture needs more than %u frames with TCP and ICMP over IPv4\n",
			MIN_FRAMES);
		return -1;
	}
	return 0;
}

static int
group_setup(void **state __rte_unused)
{
	atexit(cleanup);
	signal(SIGTERM, on_signal);
	signal(SIGINT, on_signal);
	signal(SIGHUP, on_signal);
	if (check_tools() != 0)
		return -1;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/mpdk_pcap_l2fwd.XXXXXX");
	if (mkdtemp(tmpdir) == NULL) {
		fprintf(stderr, "pcap_l2fwd: mkdtemp: %s\n", strerror(errno));
		tmpdir[0] = '\0';
		return -1;
	}
	snprintf(in_path, sizeof(in_path), "%s/in.pcap", tmpdir);
	if (make_namespaces() != 0 || make_capture() != 0)
		return -1;
	/* The traffic is done: the namespaces can go now. */
	mpdk_test_sh("ip netns del %s; ip netns del %s", ns_a, ns_b);
	ns_made = false;
	if (check_capture() != 0)
		return -1;
	if (mpdk_test_init("test_pcap_l2fwd") != 0)
		return -1;
	eal_up = true;
	return 0;
}

static int
group_teardown(void **state __rte_unused)
{
	if (eal_up)
		mpdk_test_fini();
	cleanup();
	return 0;
}

/* Frame by frame: same count, lengths, bytes and order. */
static void
compare_captures(const char *a_path, const char *b_path)
{
	char err[PCAP_ERRBUF_SIZE];
	pcap_t *a = pcap_open_offline(a_path, err), *b;
	struct pcap_pkthdr *ha, *hb;
	const u_char *da, *db;
	unsigned int n = 0;
	int ra, rb;

	if (a == NULL)
		fail_msg("%s: %s", a_path, err);
	b = pcap_open_offline(b_path, err);
	if (b == NULL) {
		pcap_close(a);
		fail_msg("%s: %s", b_path, err);
	}
	assert_int_equal(pcap_datalink(b), DLT_EN10MB);
	for (;;) {
		ra = pcap_next_ex(a, &ha, &da);
		rb = pcap_next_ex(b, &hb, &db);
		if (ra != 1 || rb != 1)
			break;
		if (ha->caplen != hb->caplen || ha->len != hb->len) {
			pcap_close(a);
			pcap_close(b);
			fail_msg("frame %u: %u/%u bytes in, %u/%u out", n,
				 ha->caplen, ha->len, hb->caplen, hb->len);
		}
		if (memcmp(da, db, ha->caplen) != 0) {
			unsigned int i = 0;

			while (da[i] == db[i])
				i++;
			pcap_close(a);
			pcap_close(b);
			fail_msg("frame %u (%u bytes): first difference at byte %u (0x%02x in, 0x%02x out)",
				 n, ha->caplen, i, da[i], db[i]);
		}
		n++;
	}
	pcap_close(a);
	pcap_close(b);
	if (ra != -2 || rb != -2)
		fail_msg("frame counts differ or read error: input %s after %u frames, output %s",
			 ra == -2 ? "ended" : "goes on", n,
			 rb == -2 ? "ended" : "goes on");
	assert_int_equal(n, in_frames);
	print_message("%s: %u frames, identical to the input\n", b_path, n);
}

/* Every mbuf and NBL of the adapter's RX pools is back. */
static void
check_rx_pools(int port)
{
	static const char *const kinds[] = { "rx", "rxnbl" };
	char name[RTE_MEMPOOL_NAMESIZE];
	unsigned int i;

	for (i = 0; i < RTE_DIM(kinds); i++) {
		struct rte_mempool *mp;

		snprintf(name, sizeof(name), "mpdk_%s_%d", kinds[i], port);
		mp = rte_mempool_lookup(name);
		if (mp == NULL)
			fail_msg("no mempool %s", name);
		if (rte_mempool_avail_count(mp) != mp->size)
			fail_msg("%s: %u of %u free", name,
				 rte_mempool_avail_count(mp), mp->size);
	}
}

enum replay_case {
	CASE_ZERO_COPY,
	CASE_LOW_BUFFERS,
	CASE_SHARED,
};

static void
replay(enum replay_case c)
{
	static unsigned int seq;
	struct mpdk_adapter_config cfg = {
		.n_queues = 1,
		.socket_id = SOCKET_ID_ANY,
	};
	char out_path[300], args[400], name_in[32], name_out[32], params[128];
	struct mpdk_adapter *ain, *aout;
	struct mpdk_l2fwd *fwd;
	struct mpdk_l2fwd_stats st;
	struct mpdk_poller *p;
	struct test_proto sniffer;
	struct tp_binding *sb = NULL;
	struct mpdk_receive_stats rs;
	unsigned int idle = 0, i, k = seq++;
	uint64_t done;
	mpdk_status_t s;
	int port_in, port_out;

	snprintf(out_path, sizeof(out_path), "%s/out%u.pcap", tmpdir, k);
	/* net_pcap's vdev names must start with "net_pcap". */
	snprintf(name_in, sizeof(name_in), "net_pcap_in%u", k);
	snprintf(name_out, sizeof(name_out), "net_pcap_out%u", k);
	snprintf(args, sizeof(args), "rx_pcap=%s", in_path);
	port_in = mpdk_test_vdev(name_in, args);
	snprintf(args, sizeof(args), "tx_pcap=%s", out_path);
	port_out = mpdk_test_vdev(name_out, args);
	assert_true(port_in >= 0);
	assert_true(port_out >= 0);

	/* Buffers low: with rx_pool=1024, rxd=64 and rx_low=703 the input
	 * adapter lets protocols hold 1024 - (64 + its burst cap of 256) -
	 * 703 = 1 frame: every burst of 2 frames or more comes with
	 * MPDK_RECEIVE_F_RESOURCES. */
	snprintf(params, sizeof(params), "dev=%s%s", name_in,
		 c == CASE_LOW_BUFFERS ? ",rx_pool=1024,rxd=64,rx_low=703" : "");
	cfg.params = params;
	assert_int_equal(mpdk_adapter_create("ethdev", &cfg, &ain),
			 MPDK_STATUS_SUCCESS);
	snprintf(params, sizeof(params), "dev=%s", name_out);
	assert_int_equal(mpdk_adapter_create("ethdev", &cfg, &aout),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_create("pcap_l2fwd", 0, &p),
			 MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, ain, 0), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_poller_add_queue(p, aout, 0), MPDK_STATUS_SUCCESS);

	assert_int_equal(mpdk_l2fwd_create(ain, aout, &fwd), MPDK_STATUS_SUCCESS);
	if (c == CASE_SHARED) {
		/* Bound after l2fwd: it sees every frame too, and returns
		 * each chain at once. */
		assert_int_equal(tp_register(&sniffer, "proto-sniffer"), 0);
		sb = tp_bind(&sniffer, ain);
		assert_non_null(sb);
	}

	/* Until every frame of the capture was forwarded (or failed): the
	 * input ends at the end of the file. */
	for (;;) {
		assert_int_equal(mpdk_l2fwd_stats_get(fwd, &st), MPDK_STATUS_SUCCESS);
		done = st.dir[0].forwarded + st.dir[0].tx_failed + st.dir[0].dropped;
		if (done >= in_frames)
			break;
		if (mpdk_poller_poll(p) != 0)
			idle = 0;
		else if (++idle == IDLE_LIMIT)
			fail_msg("l2fwd: %" PRIu64 " received, %" PRIu64 " forwarded, %" PRIu64
				 " failed, %" PRIu64 " dropped of %u frames; nothing more after %u poll steps",
				 st.dir[0].rx, st.dir[0].forwarded,
				 st.dir[0].tx_failed, st.dir[0].dropped, in_frames,
				 IDLE_LIMIT);
	}
	/* A few more steps: nothing else may come. */
	for (i = 0; i < 1000; i++)
		mpdk_poller_poll(p);
	assert_int_equal(mpdk_l2fwd_stats_get(fwd, &st), MPDK_STATUS_SUCCESS);
	print_message("l2fwd in->out: rx %" PRIu64 " forwarded %" PRIu64 " copied %" PRIu64
		      " tx_failed %" PRIu64 " dropped %" PRIu64 "; out->in: rx %" PRIu64 "\n",
		      st.dir[0].rx, st.dir[0].forwarded, st.dir[0].copied,
		      st.dir[0].tx_failed, st.dir[0].dropped, st.dir[1].rx);
	assert_int_equal(st.dir[0].rx, in_frames);
	assert_int_equal(st.dir[0].forwarded, in_frames);
	assert_int_equal(st.dir[0].tx_failed, 0);
	assert_int_equal(st.dir[0].dropped, 0);
	assert_int_equal(st.dir[1].rx, 0);
	assert_int_equal(st.dir[1].forwarded, 0);
	switch (c) {
	case CASE_ZERO_COPY:
		assert_int_equal(st.dir[0].copied, 0);
		break;
	case CASE_LOW_BUFFERS:
		/* Only a burst of one frame escapes RESOURCES. */
		assert_true(st.dir[0].copied > in_frames / 2);
		break;
	case CASE_SHARED:
		assert_int_equal(st.dir[0].copied, in_frames);
		assert_int_equal(sb->rx_nbls, in_frames);
		break;
	}

	s = mpdk_l2fwd_stop(fwd);
	assert_true(s == MPDK_STATUS_SUCCESS || s == MPDK_STATUS_PENDING);
	for (i = 0; i < CLOSE_STEPS && !mpdk_l2fwd_closed(fwd); i++)
		mpdk_poller_poll(p);
	if (!mpdk_l2fwd_closed(fwd))
		fail_msg("l2fwd not closed after %u poll steps", CLOSE_STEPS);
	assert_int_equal(mpdk_l2fwd_free(fwd), MPDK_STATUS_SUCCESS);
	if (sb != NULL) {
		assert_int_equal(mpdk_binding_receive_stats(sb->binding, &rs),
				 MPDK_STATUS_SUCCESS);
		assert_int_equal(rs.missed, 0);
		assert_int_equal(rs.held, 0);
		s = mpdk_close_adapter(sb->binding);
		assert_true(s == MPDK_STATUS_SUCCESS || s == MPDK_STATUS_PENDING);
		for (i = 0; i < CLOSE_STEPS && s == MPDK_STATUS_PENDING &&
		     !__atomic_load_n(&sb->close_completed, __ATOMIC_ACQUIRE); i++)
			mpdk_poller_poll(p);
		tp_deregister(&sniffer);
		tp_binding_free(sb);
	}
	/* Everything l2fwd was indicated went back to the miniport. */
	check_rx_pools(port_in);

	assert_int_equal(mpdk_poller_destroy(p), MPDK_STATUS_SUCCESS);
	/* Closing the output port closes its dump file. */
	assert_int_equal(mpdk_adapter_destroy(aout), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(ain), MPDK_STATUS_SUCCESS);

	compare_captures(in_path, out_path);
}

static void
test_replay_zero_copy(void **state __rte_unused)
{
	replay(CASE_ZERO_COPY);
}

static void
test_replay_low_buffers(void **state __rte_unused)
{
	replay(CASE_LOW_BUFFERS);
}

static void
test_replay_shared(void **state __rte_unused)
{
	replay(CASE_SHARED);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay_zero_copy),
		cmocka_unit_test(test_replay_low_buffers),
		cmocka_unit_test(test_replay_shared),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
