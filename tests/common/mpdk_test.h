/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_TEST_H
#define MPDK_TEST_H

/*
 * Helpers shared by the unit and integration tests: EAL start-up without
 * hugepages, virtual devices, and a test protocol that proves every NBL it
 * sends comes back exactly once.
 */

#include <stdbool.h>
#include <stdint.h>

#include <rte_spinlock.h>

#include "mpdk_protocol.h"

/* Start EAL (--no-huge -m 512 --no-pci --no-shconf -l 0-1, a file prefix
 * unique to this process) and mpdk.  Returns 0 or -1. */
int mpdk_test_init(const char *name);
void mpdk_test_fini(void);

/* Create a virtual device (rte_vdev_init) and return its port id, or -1. */
int mpdk_test_vdev(const char *name, const char *args);

/* Run the command through /bin/sh; returns its exit status. */
int mpdk_test_sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * The test protocol.  Each NBL it sends carries an id in
 * protocol_reserved[0]; the send-complete handler checks the id was
 * outstanding and marks it back, so a double or foreign completion is a
 * test failure, and at the end "outstanding == 0" means every NBL came back.
 */
#define TP_MAX_IDS (1u << 21)

struct tp_binding {
	struct mpdk_binding *binding;
	struct test_proto *tp;
	rte_spinlock_t lock;            /* completions may come from 2 lcores */
	uint8_t *out;                   /* out[id] = 1 while outstanding */
	uint64_t sent;
	uint64_t completed;
	uint64_t complete_calls;
	uint64_t foreign;               /* NBLs of another binding */
	uint64_t twice;                 /* NBLs completed while not outstanding */
	uint64_t pending_status;        /* completed with PENDING */
	uint64_t by_status[MPDK_STATUS__COUNT];
	uint64_t inline_calls;
	unsigned int max_chain;
	int close_completed;
	int open_completed;
	mpdk_status_t open_status;
	/* Optional: called for each completed NBL (e.g. to recycle it). */
	void (*on_complete)(struct tp_binding *tb, struct mpdk_nbl *nbl);
	/* Receive: NBLs are returned at once unless on_receive is set (it
	 * then owns the chain and must return it). */
	uint64_t rx_nbls;
	uint64_t rx_calls;
	void (*on_receive)(struct tp_binding *tb, struct mpdk_nbl *chain,
			   uint32_t n, uint32_t flags);
	/* OID completions and status indications. */
	uint64_t oid_completed;
	mpdk_status_t oid_last_status;
	void (*on_oid_complete)(struct tp_binding *tb,
				struct mpdk_oid_request *req, mpdk_status_t st);
	uint64_t status_count[MPDK_STATUS__COUNT];
	uint64_t link_up;
	uint64_t link_down;
	struct mpdk_link_state last_link;
	void (*on_status)(struct tp_binding *tb,
			  const struct mpdk_status_indication *ind);
	void *user;
};

struct test_proto {
	struct mpdk_protocol_driver *proto;
	struct tp_binding *last_bound;  /* set by the bind handler */
};

/* Register a test protocol named @p name. */
int tp_register(struct test_proto *tp, const char *name);
void tp_deregister(struct test_proto *tp);
/* Open a binding to @p adapter (through mpdk_bind). NULL on failure. */
struct tp_binding *tp_bind(struct test_proto *tp, struct mpdk_adapter *adapter);
void tp_binding_free(struct tp_binding *tb);

/* Tag an NBL with an id and send it (or a chain of them); returns the
 * status of mpdk_send_nbls*().  Ids must be < TP_MAX_IDS. */
void tp_tag(struct tp_binding *tb, struct mpdk_nbl *nbl, uint32_t id);
mpdk_status_t tp_send(struct tp_binding *tb, struct mpdk_nbl *chain,
		      uint32_t flags);
mpdk_status_t tp_send_on_queue(struct tp_binding *tb, uint16_t queue,
			       struct mpdk_nbl *chain, uint32_t flags);
/* NBLs sent and not yet completed. */
uint64_t tp_outstanding(struct tp_binding *tb);

/* True when every segment of every NB of @p nbl is at refcnt 1: no PMD
 * (or consumer) holds it any more. */
bool tp_nbl_released(const struct mpdk_nbl *nbl);

#endif /* MPDK_TEST_H */
