/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * OID commands (NdisOidRequest through the port's testpmd binding):
 *
 *   oid list <port>                      OID_GEN_SUPPORTED_LIST, by name
 *   oid query <port> <OID>               the value, printed by its kind
 *   oid query <port> <OID> <buflen>      with a buffer of that many bytes
 *                                        (NDIS's buffer rules show)
 *   oid query <port> OID_MPDK_XSTAT <name>   the method form
 *   oid set <port> <OID> <value...>      the value (the rest of the line)
 *                                        parsed by the OID's kind
 *                                        (mpdk_oid_from_name): u32 decimal
 *                                        or 0x..., MAC aa:bb:cc:dd:ee:ff,
 *                                        lists comma separated
 *
 * <OID> is an NDIS name (case does not matter) or a 0x code.  A value
 * that does not parse is refused here and nothing is sent.  A request
 * that pends (an MTU change restarts the port on the control thread) is
 * waited for, pollers running.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <rte_ether.h>

#include "testpmd.h"

#define OID_BUF 2048

/* A request and its buffer; freed by whoever sees the other side done. */
struct oid_wait {
	struct mpdk_oid_request req;
	uint32_t state;          /* 0 pending, 1 completed, 2 abandoned */
	mpdk_status_t status;
	uint8_t buf[];
};

void
tp_oid_complete(struct mpdk_oid_request *req, mpdk_status_t st)
{
	struct oid_wait *w = req->context;

	w->status = st;
	if (__atomic_exchange_n(&w->state, 1, __ATOMIC_ACQ_REL) == 2)
		free(w);
}

static bool
oid_done(void *arg)
{
	struct oid_wait *w = arg;

	return __atomic_load_n(&w->state, __ATOMIC_ACQUIRE) == 1;
}

int
tp_oid_run(struct tp_port *p, enum mpdk_oid_type type, uint32_t oid,
	   void *buf, uint32_t buf_len, uint32_t input_len,
	   struct tp_oid_result *res)
{
	struct mpdk_binding *b = tp_binding(p);
	enum mpdk_adapter_state as = mpdk_adapter_get_state(p->adapter);
	struct oid_wait *w;
	mpdk_status_t st;

	if (b == NULL) {
		tp_err("Port %u: l2fwd holds the port (its testpmd binding is closed): 'stop' first",
		       p->port_id);
		return -1;
	}
	if (as == MPDK_ADAPTER_RESETTING) {
		tp_err("Port %u is resetting: OID request not sent", p->port_id);
		return -1;
	}
	if (as != MPDK_ADAPTER_RUNNING)
		printf("Port %u is %s: OID requests still run (as in NDIS)\n",
		       p->port_id, tp_state_str(as));
	w = calloc(1, sizeof(*w) + buf_len);
	if (w == NULL) {
		tp_err("Out of memory");
		return -1;
	}
	if (input_len != 0)
		memcpy(w->buf, buf, input_len);
	w->req.type = type;
	w->req.oid = oid;
	w->req.buf = buf_len != 0 ? w->buf : NULL;
	w->req.buf_len = buf_len;
	w->req.input_len = type == MPDK_OID_METHOD ? input_len : 0;
	w->req.context = w;
	st = mpdk_oid_request(b, &w->req);
	if (st == MPDK_STATUS_PENDING) {
		if (!tp_wait(oid_done, w, 2 * TP_WAIT_MS) &&
		    __atomic_exchange_n(&w->state, 2, __ATOMIC_ACQ_REL) != 1) {
			tp_err("Port %u: OID request still pending after %d ms (it completes later)",
			       p->port_id, 2 * TP_WAIT_MS);
			return -1;
		}
		st = w->status;
	}
	res->status = st;
	res->bytes_written = w->req.bytes_written;
	res->bytes_needed = w->req.bytes_needed;
	if (type != MPDK_OID_SET && buf_len != 0)
		memcpy(buf, w->buf, RTE_MIN(w->req.bytes_written, buf_len));
	free(w);
	return 0;
}

/* ------------------------------------------------------------ OID names */

/* An OID by NDIS name or 0x code; its kind (raw bytes: U32_LIST when
 * unknown to mpdk). */
static int
parse_oid(const char *s, uint32_t *oid, enum mpdk_oid_kind *kind,
	  const char **name)
{
	char *end;
	unsigned long v;

	if (mpdk_oid_from_name(s, oid, kind) == 0) {
		*name = mpdk_oid_name(*oid);
		return 0;
	}
	if (strncasecmp(s, "0x", 2) == 0) {
		errno = 0;
		v = strtoul(s, &end, 16);
		if (errno == 0 && *end == '\0' && v <= UINT32_MAX) {
			*oid = (uint32_t)v;
			*name = mpdk_oid_name(*oid);
			if (*name == NULL || mpdk_oid_from_name(*name, oid, kind) != 0)
				*kind = MPDK_OID_KIND_U32_LIST;
			return 0;
		}
	}
	tp_err("Unknown OID '%s' (an NDIS name such as OID_GEN_LINK_SPEED, or a 0x code; 'oid list <port>')",
	       s);
	return -1;
}

static const char *
kind_str(enum mpdk_oid_kind k)
{
	static const char *const names[] = {
		[MPDK_OID_KIND_U32] = "u32", [MPDK_OID_KIND_U64] = "u64",
		[MPDK_OID_KIND_U16] = "u16", [MPDK_OID_KIND_MAC] = "MAC",
		[MPDK_OID_KIND_MAC_LIST] = "MAC list",
		[MPDK_OID_KIND_STRING] = "string",
		[MPDK_OID_KIND_U32_LIST] = "u32 list",
		[MPDK_OID_KIND_LINK_STATE] = "link state",
		[MPDK_OID_KIND_XSTAT] = "xstat (method: name in, u64 out)",
	};

	return (unsigned int)k < RTE_DIM(names) && names[k] != NULL ?
		names[k] : "?";
}

static const struct {
	const char *name;
	uint32_t bit;
} filter_bits[] = {
	{ "DIRECTED", MPDK_PACKET_TYPE_DIRECTED },
	{ "MULTICAST", MPDK_PACKET_TYPE_MULTICAST },
	{ "ALL_MULTICAST", MPDK_PACKET_TYPE_ALL_MULTICAST },
	{ "BROADCAST", MPDK_PACKET_TYPE_BROADCAST },
	{ "PROMISCUOUS", MPDK_PACKET_TYPE_PROMISCUOUS },
};

/* ------------------------------------------------------- value printing */

static void
print_value(struct tp_port *p, const char *name, uint32_t oid,
	    enum mpdk_oid_kind kind, const uint8_t *buf,
	    const struct tp_oid_result *r)
{
	char mac[RTE_ETHER_ADDR_FMT_SIZE];
	uint32_t n = r->bytes_written, i, v32 = 0;
	uint64_t v64 = 0;
	uint16_t v16 = 0;

	printf("Port %u: %s =", p->port_id, name);
	switch (kind) {
	case MPDK_OID_KIND_U32:
		memcpy(&v32, buf, RTE_MIN(n, 4u));
		printf(" %u (0x%08x)", v32, v32);
		if (oid == MPDK_OID_GEN_LINK_SPEED)
			printf(" = %.0f Mbps", (double)v32 / 10000.0);
		if (oid == MPDK_OID_GEN_MEDIA_CONNECT_STATUS)
			printf(" = %s", v32 == 0 ? "connected" : "disconnected");
		if (oid == MPDK_OID_GEN_CURRENT_PACKET_FILTER) {
			printf(" =");
			for (i = 0; i < RTE_DIM(filter_bits); i++)
				if (v32 & filter_bits[i].bit)
					printf(" %s", filter_bits[i].name);
			if (v32 == 0)
				printf(" none (receive nothing)");
		}
		break;
	case MPDK_OID_KIND_U16:
		memcpy(&v16, buf, RTE_MIN(n, 2u));
		printf(" %u (0x%04x)", v16, v16);
		break;
	case MPDK_OID_KIND_U64:
	case MPDK_OID_KIND_XSTAT:
		memcpy(&v64, buf, RTE_MIN(n, 8u));
		printf(" %" PRIu64, v64);
		if (n < 8)
			printf(" (low 32 bits: %u-byte buffer, %u needed)", n,
			       r->bytes_needed);
		break;
	case MPDK_OID_KIND_MAC:
		if (n >= RTE_ETHER_ADDR_LEN) {
			rte_ether_format_addr(mac, sizeof(mac),
					      (const struct rte_ether_addr *)buf);
			printf(" %s", mac);
		}
		break;
	case MPDK_OID_KIND_MAC_LIST:
		for (i = 0; i + RTE_ETHER_ADDR_LEN <= n; i += RTE_ETHER_ADDR_LEN) {
			rte_ether_format_addr(mac, sizeof(mac),
					      (const struct rte_ether_addr *)(buf + i));
			printf("%s%s", i == 0 ? " " : ",", mac);
		}
		if (n == 0)
			printf(" (empty)");
		break;
	case MPDK_OID_KIND_STRING:
		printf(" \"%.*s\"", (int)strnlen((const char *)buf, n), buf);
		break;
	case MPDK_OID_KIND_LINK_STATE:
		if (n >= sizeof(struct mpdk_link_state)) {
			struct mpdk_link_state ls;

			memcpy(&ls, buf, sizeof(ls));
			printf(" %s, %s, %" PRIu64 " Mbps", ls.up ? "up" : "down",
			       ls.full_duplex ? "full-duplex" : "half-duplex",
			       ls.speed_bps / 1000000);
		}
		break;
	case MPDK_OID_KIND_U32_LIST:
	default:
		for (i = 0; i + 4 <= n; i += 4) {
			memcpy(&v32, buf + i, 4);
			printf("%s0x%08x", i == 0 ? " " : ",", v32);
		}
		if (n % 4 != 0 || n == 0)
			printf(" (%u bytes)", n);
		break;
	}
	printf("\n");
}

/* -------------------------------------------------------- value parsing */

static int
parse_u(const char *name, const char *s, uint64_t max, uint64_t *v)
{
	unsigned long long x;
	char *end;

	errno = 0;
	x = strtoull(s, &end, 0);
	if (errno != 0 || end == s || *end != '\0' || s[0] == '-' || x > max) {
		tp_err("Bad value '%s' for %s: expected an integer 0..%" PRIu64
		       " (decimal or 0x...)", s, name, max);
		return -1;
	}
	*v = x;
	return 0;
}

/* DIRECTED|BROADCAST, ... or a number. */
static int
parse_filter(const char *name, const char *s, uint32_t *v)
{
	char copy[256], *save = NULL, *w;
	uint64_t x;
	unsigned int i;

	if ((s[0] >= '0' && s[0] <= '9')) {
		if (parse_u(name, s, UINT32_MAX, &x) != 0)
			return -1;
		*v = (uint32_t)x;
		return 0;
	}
	*v = 0;
	snprintf(copy, sizeof(copy), "%s", s);
	for (w = strtok_r(copy, "|, \t", &save); w != NULL;
	     w = strtok_r(NULL, "|, \t", &save)) {
		if (strcasecmp(w, "none") == 0)
			continue;
		for (i = 0; i < RTE_DIM(filter_bits); i++)
			if (strcasecmp(w, filter_bits[i].name) == 0)
				break;
		if (i == RTE_DIM(filter_bits)) {
			tp_err("Bad value '%s' for %s: a number, or bits DIRECTED|MULTICAST|ALL_MULTICAST|BROADCAST|PROMISCUOUS (or none)",
			       s, name);
			return -1;
		}
		*v |= filter_bits[i].bit;
	}
	return 0;
}

static int
parse_mac(const char *name, const char *s, uint8_t *out)
{
	struct rte_ether_addr ea;
	unsigned int i, colons = 0;

	for (i = 0; s[i] != '\0'; i++)
		colons += s[i] == ':';
	if (strlen(s) != 17 || colons != 5 || rte_ether_unformat_addr(s, &ea) != 0) {
		tp_err("Bad value '%s' for %s: expected a MAC address aa:bb:cc:dd:ee:ff",
		       s, name);
		return -1;
	}
	memcpy(out, ea.addr_bytes, RTE_ETHER_ADDR_LEN);
	return 0;
}

/* The value of @p s for an OID of @p kind into @p buf; its length, or -1. */
static int
parse_value(const char *name, uint32_t oid, enum mpdk_oid_kind kind,
	    const char *s, uint8_t *buf, uint32_t size)
{
	char copy[OID_BUF], *save = NULL, *w;
	uint32_t v32, len = 0;
	uint64_t v;
	uint16_t v16;

	switch (kind) {
	case MPDK_OID_KIND_U32:
		if (oid == MPDK_OID_GEN_CURRENT_PACKET_FILTER) {
			if (parse_filter(name, s, &v32) != 0)
				return -1;
		} else {
			if (parse_u(name, s, UINT32_MAX, &v) != 0)
				return -1;
			v32 = (uint32_t)v;
		}
		memcpy(buf, &v32, 4);
		return 4;
	case MPDK_OID_KIND_U16:
		if (parse_u(name, s, UINT16_MAX, &v) != 0)
			return -1;
		v16 = (uint16_t)v;
		memcpy(buf, &v16, 2);
		return 2;
	case MPDK_OID_KIND_U64:
		if (parse_u(name, s, UINT64_MAX, &v) != 0)
			return -1;
		memcpy(buf, &v, 8);
		return 8;
	case MPDK_OID_KIND_MAC:
		return parse_mac(name, s, buf) == 0 ? RTE_ETHER_ADDR_LEN : -1;
	case MPDK_OID_KIND_MAC_LIST:
	case MPDK_OID_KIND_U32_LIST:
		if (strcmp(s, "none") == 0 || strcmp(s, "-") == 0)
			return 0;
		snprintf(copy, sizeof(copy), "%s", s);
		for (w = strtok_r(copy, ",", &save); w != NULL;
		     w = strtok_r(NULL, ",", &save)) {
			if (kind == MPDK_OID_KIND_MAC_LIST) {
				if (len + RTE_ETHER_ADDR_LEN > size ||
				    parse_mac(name, w, buf + len) != 0)
					return -1;
				len += RTE_ETHER_ADDR_LEN;
			} else {
				if (len + 4 > size ||
				    parse_u(name, w, UINT32_MAX, &v) != 0)
					return -1;
				v32 = (uint32_t)v;
				memcpy(buf + len, &v32, 4);
				len += 4;
			}
		}
		return (int)len;
	case MPDK_OID_KIND_STRING:
		len = (uint32_t)strlen(s) + 1;
		if (len > size)
			return -1;
		memcpy(buf, s, len);
		return (int)len;
	default:
		tp_err("%s: no value syntax for a %s OID (query it)", name,
		       kind_str(kind));
		return -1;
	}
}

/* ------------------------------------------------------------- commands */

static const char *
oid_label(uint32_t oid, const char *name, char *buf, size_t len)
{
	if (name != NULL)
		return name;
	snprintf(buf, len, "0x%08x", oid);
	return buf;
}

static void
cmd_oid_query(int argc, char **argv)
{
	uint8_t buf[OID_BUF];
	struct tp_oid_result r;
	enum mpdk_oid_kind kind;
	enum mpdk_oid_type type = MPDK_OID_QUERY;
	uint32_t oid, buf_len = sizeof(buf), in = 0;
	const char *name;
	char label[16];
	struct tp_port *p;
	uint64_t v;

	if (tp_parse_port(argv[2], false, &p) != 0 ||
	    parse_oid(argv[3], &oid, &kind, &name) != 0)
		return;
	name = oid_label(oid, name, label, sizeof(label));
	if (kind == MPDK_OID_KIND_XSTAT) {
		if (argc != 5) {
			tp_err("%s is a method: oid query <port> %s <xstat name>, e.g. rx_good_packets",
			       name, name);
			return;
		}
		in = (uint32_t)strlen(argv[4]) + 1;
		memcpy(buf, argv[4], in);
		type = MPDK_OID_METHOD;
	} else if (argc == 5) {
		if (tp_parse_u64("buffer length", argv[4], 0, OID_BUF, &v) != 0)
			return;
		buf_len = (uint32_t)v;
	}
	if (tp_oid_run(p, type, oid, buf, buf_len, in, &r) != 0)
		return;
	if (r.status == MPDK_STATUS_BUFFER_TOO_SHORT ||
	    r.status == MPDK_STATUS_INVALID_LENGTH) {
		tp_err("Port %u: %s query: %s (buffer %u bytes, %u needed)",
		       p->port_id, name, mpdk_status_str(r.status), buf_len,
		       r.bytes_needed);
		return;
	}
	if (r.status != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: %s query: %s", p->port_id, name,
		       mpdk_status_str(r.status));
		return;
	}
	print_value(p, name, oid, kind, buf, &r);
}

static void
cmd_oid_set(int argc __rte_unused, char **argv)
{
	uint8_t buf[OID_BUF];
	struct tp_oid_result r;
	enum mpdk_oid_kind kind;
	const char *name;
	char label[16];
	struct tp_port *p;
	uint32_t oid;
	int len;

	if (tp_parse_port(argv[2], false, &p) != 0 ||
	    parse_oid(argv[3], &oid, &kind, &name) != 0)
		return;
	name = oid_label(oid, name, label, sizeof(label));
	len = parse_value(name, oid, kind, argv[4], buf, sizeof(buf));
	if (len < 0)
		return;
	if (tp_oid_run(p, MPDK_OID_SET, oid, buf, (uint32_t)len, (uint32_t)len,
		       &r) != 0)
		return;
	if (r.status == MPDK_STATUS_INVALID_LENGTH) {
		tp_err("Port %u: %s set %s: INVALID_LENGTH (%d bytes given, %u expected)",
		       p->port_id, name, argv[4], len, r.bytes_needed);
		return;
	}
	if (r.status != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: %s set %s: %s", p->port_id, name, argv[4],
		       mpdk_status_str(r.status));
		return;
	}
	printf("Port %u: %s set to %s\n", p->port_id, name, argv[4]);
}

static void
cmd_oid_list(int argc __rte_unused, char **argv)
{
	uint32_t buf[OID_BUF / 4], i, n;
	enum mpdk_oid_kind kind;
	struct tp_oid_result r;
	const char *name;
	struct tp_port *p;
	uint32_t code;

	if (tp_parse_port(argv[2], false, &p) != 0)
		return;
	if (tp_oid_run(p, MPDK_OID_QUERY, MPDK_OID_GEN_SUPPORTED_LIST, buf,
		       sizeof(buf), 0, &r) != 0)
		return;
	if (r.status != MPDK_STATUS_SUCCESS) {
		tp_err("Port %u: OID_GEN_SUPPORTED_LIST: %s", p->port_id,
		       mpdk_status_str(r.status));
		return;
	}
	n = r.bytes_written / 4;
	printf("Port %u: %u OIDs supported\n", p->port_id, n);
	for (i = 0; i < n; i++) {
		name = mpdk_oid_name(buf[i]);
		if (name == NULL || mpdk_oid_from_name(name, &code, &kind) != 0) {
			printf("  %-34s 0x%08x\n", "(unknown to mpdk)", buf[i]);
			continue;
		}
		printf("  %-34s 0x%08x  %s\n", name, buf[i], kind_str(kind));
	}
}

static const struct tp_cmd oid_cmds[] = {
	{ "oid list <port>", "List the OIDs the adapter supports.", cmd_oid_list },
	{ "oid query <port> <OID>", "Query an OID (NDIS name or 0x code).",
	  cmd_oid_query },
	{ "oid query <port> <OID> <buflen|xstat>",
	  "Query with a buffer of buflen bytes; OID_MPDK_XSTAT: an xstat name.",
	  cmd_oid_query },
	{ "oid set <port> <OID> <value...>",
	  "Set an OID: u32 (or 0x), MAC aa:bb:cc:dd:ee:ff, lists a,b,c.",
	  cmd_oid_set },
};

static struct tp_cmd_group oid_group = {
	.name = "oid",
	.title = "OID commands (NdisOidRequest)",
	.order = 30,
	.cmds = oid_cmds,
	.n_cmds = RTE_DIM(oid_cmds),
};

TP_CLI_REGISTER(oid_group)
