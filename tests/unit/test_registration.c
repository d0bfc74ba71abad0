/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Registration errors and object lifecycles: miniport and protocol
 * registration refuse bad characteristics (NULL, bad names, each mandatory
 * handler missing) and duplicates, and deregistration refuses while
 * adapters or bindings live; adapter creation reports the right status for
 * each bad input and for a failing or careless initialize handler, and
 * leaves no adapter behind; adapter names, given or picked, are unique; an
 * adapter with a binding or a polled queue cannot be destroyed; bind/unbind
 * reach the protocol's handlers; the binding table of an adapter is
 * bounded; every status code has its name.
 *
 * Pollers are tested in test_poller.c; the recording miniport and
 * protocol and the fixture are in registration_common.c.
 */

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <rte_common.h>

#include "mock_miniport.h"
#include "mpdk_test.h"
#include "registration_common.h"

/* ------------------------------------------------------------------ */
/* Miniport registration. */

static void
expect_miniport_refused(const struct mpdk_miniport_ops *ops)
{
	struct mpdk_miniport_driver *drv = NULL;
	struct mpdk_adapter_config cfg = { .name = "refused", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_adapter *a = NULL;

	assert_int_equal(mpdk_miniport_register(ops, NULL, &drv),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(drv);
	/* Not registered: no adapter can be made of it. */
	if (ops->name != NULL)
		assert_int_equal(mpdk_adapter_create(ops->name, &cfg, &a),
				 MPDK_STATUS_NOT_FOUND);
}

/* NULL ops or out, a missing, empty or too long name, and each mandatory
 * handler missing in turn: INVALID_PARAMETER and nothing registered. */
static void
test_miniport_register_errors(void **state __rte_unused)
{
	struct mpdk_miniport_driver *drv = NULL;
	struct mpdk_miniport_ops ops;

	assert_int_equal(mpdk_miniport_register(NULL, NULL, &drv),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_miniport_register(&min_ops, NULL, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(drv);

	ops = min_ops;
	ops.name = NULL;
	expect_miniport_refused(&ops);
	ops.name = "";
	expect_miniport_refused(&ops);
	ops.name = NAME_TOO_LONG;
	expect_miniport_refused(&ops);

	ops = min_ops;
	ops.initialize = NULL;
	expect_miniport_refused(&ops);
	ops = min_ops;
	ops.halt = NULL;
	expect_miniport_refused(&ops);
	ops = min_ops;
	ops.send_nbls = NULL;
	expect_miniport_refused(&ops);
	ops = min_ops;
	ops.return_nbls = NULL;
	expect_miniport_refused(&ops);
}

/* Mandatory handlers only: registers, makes working adapters (the ops
 * table and the name are copied); a second driver of the same name is
 * refused; deregister waits for the last adapter. */
static void
test_miniport_lifecycle(void **state)
{
	struct fx *f = *state;
	struct mpdk_miniport_ops ops = min_ops, dup = min_ops;
	struct mpdk_adapter_config cfg = { .name = "min0", .n_queues = 2,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_driver *drv, *drv2 = NULL;
	struct mpdk_adapter_attrs attrs;
	struct mpdk_adapter *a = NULL;
	char name[MPDK_NAME_LEN];

	snprintf(name, sizeof(name), "%s", NAME_LONGEST);
	ops.name = name;
	f->drec.set_attrs = true;
	drv = mk_miniport(f, &ops);
	/* The library keeps its own copy of the table and of the name. */
	ops.initialize = fail_initialize;
	memset(name, 'x', sizeof(name) - 1);

	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	assert_non_null(a);
	assert_int_equal(f->drec.init_calls, 1);
	assert_ptr_equal(mpdk_adapter_find("min0"), a);
	assert_string_equal(mpdk_adapter_name(a), "min0");
	assert_int_equal(mpdk_adapter_queue_count(a), 2);
	assert_ptr_equal(mpdk_m_adapter_context(a), &f->drec);
	mpdk_m_get_attributes(a, &attrs);
	assert_int_equal(attrs.n_queues, 2);
	assert_int_equal(attrs.mtu, 1500);

	/* Same name twice (and the name of the mock): refused. */
	dup.name = NAME_LONGEST;
	assert_int_equal(mpdk_miniport_register(&dup, NULL, &drv2),
			 MPDK_STATUS_ALREADY_EXISTS);
	dup.name = "mock";
	assert_int_equal(mpdk_miniport_register(&dup, NULL, &drv2),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_null(drv2);

	assert_int_equal(mpdk_miniport_deregister(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_BUSY);
	assert_ptr_equal(mpdk_adapter_find("min0"), a);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_SUCCESS);
	assert_int_equal(f->drec.halt_calls, 1);
	assert_ptr_equal(f->drec.halt_ctx, &f->drec);
	assert_null(mpdk_adapter_find("min0"));
	FORGET(f, drv, drv);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_SUCCESS);
	/* Gone: its name is unknown again, and free to take. */
	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a),
			 MPDK_STATUS_NOT_FOUND);
	dup.name = NAME_LONGEST;
	drv2 = mk_miniport(f, &dup);
	assert_non_null(drv2);
}

/* ------------------------------------------------------------------ */
/* Protocol registration. */

static void
expect_protocol_refused(const struct mpdk_protocol_ops *ops)
{
	struct mpdk_protocol_driver *p = NULL;

	assert_int_equal(mpdk_protocol_register(ops, NULL, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(p);
	if (ops->name != NULL)
		assert_null(mpdk_protocol_find(ops->name));
}

static void
test_protocol_register_errors(void **state __rte_unused)
{
	struct mpdk_protocol_driver *p = NULL;
	struct mpdk_protocol_ops ops;

	assert_int_equal(mpdk_protocol_register(NULL, NULL, &p),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_protocol_register(&rp_ops, NULL, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(p);
	assert_null(mpdk_protocol_find(rp_ops.name));

	ops = rp_ops;
	ops.name = NULL;
	expect_protocol_refused(&ops);
	ops.name = "";
	expect_protocol_refused(&ops);
	ops.name = NAME_TOO_LONG;
	expect_protocol_refused(&ops);

	ops = rp_ops;
	ops.bind_adapter = NULL;
	expect_protocol_refused(&ops);
	ops = rp_ops;
	ops.unbind_adapter = NULL;
	expect_protocol_refused(&ops);
	ops = rp_ops;
	ops.send_nbls_complete = NULL;
	expect_protocol_refused(&ops);
	ops = rp_ops;
	ops.receive_nbls = NULL;
	expect_protocol_refused(&ops);
}

/* Mandatory handlers only: registers and binds; the same name twice is
 * refused; deregister waits for the binding to close. */
static void
test_protocol_lifecycle(void **state)
{
	struct fx *f = *state;
	struct mpdk_protocol_driver *p, *p2 = NULL;
	struct mock_adapter *ma = mk_mock(f, "pl0", 1);

	p = mk_recorder(f);
	assert_ptr_equal(mpdk_protocol_find("recorder"), p);
	assert_int_equal(mpdk_protocol_register(&rp_ops, NULL, &p2),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_null(p2);

	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(p, ma->adapter, NULL), MPDK_STATUS_SUCCESS);
	assert_non_null(f->rp.binding);
	TRACK(f, b, f->rp.binding);
	assert_true(mpdk_binding_is_open(f->rp.binding));

	assert_int_equal(mpdk_protocol_deregister(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_protocol_deregister(p), MPDK_STATUS_BUSY);
	assert_ptr_equal(mpdk_protocol_find("recorder"), p);
	assert_int_equal(mpdk_close_adapter(f->rp.binding), MPDK_STATUS_SUCCESS);
	FORGET(f, b, f->rp.binding);
	FORGET(f, proto, p);
	assert_int_equal(mpdk_protocol_deregister(p), MPDK_STATUS_SUCCESS);
	assert_null(mpdk_protocol_find("recorder"));
}

/* ------------------------------------------------------------------ */
/* Adapters. */

static void
test_adapter_create_errors(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = "ac0", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_adapter *a = NULL, *a2 = NULL;

	assert_int_equal(mpdk_adapter_create(NULL, &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_create("mock", NULL, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_create("mock", &cfg, NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_adapter_create("no-such-driver", &cfg, &a),
			 MPDK_STATUS_NOT_FOUND);
	cfg.n_queues = MPDK_MAX_QUEUES + 1;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	cfg.n_queues = 1;
	cfg.name = "";
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	cfg.name = NAME_TOO_LONG;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(a);
	assert_null(mpdk_adapter_find("ac0"));

	/* The most queues allowed. */
	cfg.name = "ac0";
	cfg.n_queues = MPDK_MAX_QUEUES;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a);
	assert_int_equal(mpdk_adapter_queue_count(a), MPDK_MAX_QUEUES);

	/* A taken name, even on another driver. */
	cfg.n_queues = 1;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a2),
			 MPDK_STATUS_ALREADY_EXISTS);
	mk_miniport(f, &min_ops);
	f->drec.set_attrs = true;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a2),
			 MPDK_STATUS_ALREADY_EXISTS);
	assert_int_equal(f->drec.init_calls, 0);
	assert_null(a2);
	assert_ptr_equal(mpdk_adapter_find("ac0"), a);

	/* No name: the library picks a unique one. */
	cfg.name = NULL;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a2),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a2);
	assert_non_null(mpdk_adapter_name(a2));
	assert_true(strlen(mpdk_adapter_name(a2)) > 0);
	assert_string_not_equal(mpdk_adapter_name(a2), "ac0");
	assert_ptr_equal(mpdk_adapter_find(mpdk_adapter_name(a2)), a2);

	assert_int_equal(mpdk_adapter_destroy(NULL),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_null(mpdk_adapter_find(NULL));
}

/* A name the library picks (cfg->name NULL) is unique among live adapters
 * like any other (mpdk_adapter_find() finds by name): here the next picked
 * name is already taken by a named adapter. */
static void
test_adapter_picked_name_not_taken(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = NULL, .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_adapter *a1 = NULL, *a2 = NULL, *named = NULL;
	char next[MPDK_NAME_LEN * 2];
	unsigned int seq;

	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a1),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a1);
	/* "mock<N>": take "mock<N+1>" by name before the library does. */
	assert_int_equal(sscanf(mpdk_adapter_name(a1), "mock%u", &seq), 1);
	snprintf(next, sizeof(next), "mock%u", seq + 1);
	cfg.name = next;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &named),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, named);
	cfg.name = NULL;
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a2),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a2);
	assert_string_not_equal(mpdk_adapter_name(a2), mpdk_adapter_name(named));
	assert_ptr_equal(mpdk_adapter_find(mpdk_adapter_name(a2)), a2);
}

/* The same for a driver whose name fills the whole name length, leaving
 * no room for a number. */
static void
test_adapter_picked_name_long_driver(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = NULL, .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_ops ops = min_ops;
	struct mpdk_adapter *a1 = NULL, *a2 = NULL;

	ops.name = NAME_LONGEST;
	mk_miniport(f, &ops);
	f->drec.set_attrs = true;
	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a1),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a1);
	assert_int_equal(mpdk_adapter_create(NAME_LONGEST, &cfg, &a2),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a2);
	assert_string_not_equal(mpdk_adapter_name(a1), mpdk_adapter_name(a2));
	assert_ptr_equal(mpdk_adapter_find(mpdk_adapter_name(a2)), a2);
}

/* An initialize that fails: its status comes back, no adapter is left, the
 * driver has no adapter to wait for, halt is not called. */
static void
test_adapter_initialize_fails(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = "if0", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_driver *drv = mk_miniport(f, &min_ops);
	struct mpdk_adapter *a = NULL;

	f->drec.set_attrs = true;
	f->drec.init_status = MPDK_STATUS_MEDIA_DISCONNECTED;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_MEDIA_DISCONNECTED);
	assert_int_equal(f->drec.init_calls, 1);
	assert_int_equal(f->drec.halt_calls, 0);
	assert_null(mpdk_adapter_find("if0"));

	f->drec.init_status = MPDK_STATUS_RESOURCES;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_RESOURCES);
	assert_null(mpdk_adapter_find("if0"));
	assert_null(a);

	/* Nothing left: the driver goes at once, the name is free. */
	FORGET(f, drv, drv);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_create("mock", &cfg, &a),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, ad, a);
	assert_ptr_equal(mpdk_adapter_find("if0"), a);
}

/* An initialize that returns SUCCESS without attributes (or with refused
 * ones): FAILURE, halt called once, no adapter. */
static void
test_adapter_initialize_without_attributes(void **state)
{
	struct fx *f = *state;
	struct mpdk_adapter_config cfg = { .name = "na0", .n_queues = 1,
					   .socket_id = SOCKET_ID_ANY };
	struct mpdk_miniport_driver *drv = mk_miniport(f, &min_ops);
	struct mpdk_adapter *a = NULL;

	f->drec.set_attrs = false;
	f->drec.init_status = MPDK_STATUS_SUCCESS;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_FAILURE);
	assert_int_equal(f->drec.init_calls, 1);
	assert_int_equal(f->drec.halt_calls, 1);
	assert_ptr_equal(f->drec.halt_ctx, &f->drec);
	assert_null(mpdk_adapter_find("na0"));
	assert_null(a);

	/* Attributes with too many queues are refused, so the same. */
	f->drec.set_attrs = true;
	f->drec.attr_queues = MPDK_MAX_QUEUES + 1;
	assert_int_equal(mpdk_adapter_create("minimal", &cfg, &a),
			 MPDK_STATUS_FAILURE);
	assert_int_equal(f->drec.attrs_status, MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(f->drec.halt_calls, 2);
	assert_null(mpdk_adapter_find("na0"));

	FORGET(f, drv, drv);
	assert_int_equal(mpdk_miniport_deregister(drv), MPDK_STATUS_SUCCESS);
}

/* Destroy refuses while a binding is open or a poller holds a queue, and
 * changes nothing then. */
static void
test_adapter_destroy_busy(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "db0", 2);
	struct mpdk_adapter *a = ma->adapter;
	struct mpdk_poller *p = mk_poller(f, "db-p");

	mk_recorder(f);
	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(f->rp.proto, a, NULL), MPDK_STATUS_SUCCESS);
	TRACK(f, b, f->rp.binding);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_BUSY);
	assert_int_equal(ma->halted, 0);
	assert_ptr_equal(mpdk_adapter_find("db0"), a);
	assert_true(mpdk_binding_is_open(f->rp.binding));
	assert_int_equal(mpdk_close_adapter(f->rp.binding), MPDK_STATUS_SUCCESS);

	assert_int_equal(mpdk_poller_add_queue(p, a, 1), MPDK_STATUS_SUCCESS);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_BUSY);
	assert_ptr_equal(mpdk_adapter_find("db0"), a);
	assert_int_equal(mpdk_poller_remove_queue(p, a, 1), MPDK_STATUS_SUCCESS);

	FORGET(f, ad, a);
	assert_int_equal(mpdk_adapter_destroy(a), MPDK_STATUS_SUCCESS);
	assert_null(mpdk_adapter_find("db0"));
}

/* ------------------------------------------------------------------ */
/* Bind and unbind. */

static void
test_bind_unbind_handlers(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "bu0", 1);
	struct mpdk_protocol_driver *p = mk_recorder(f);
	int params;

	assert_int_equal(mpdk_bind(NULL, ma->adapter, &params),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_bind(p, NULL, &params),
			 MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(mpdk_unbind(NULL), MPDK_STATUS_INVALID_PARAMETER);
	assert_int_equal(f->rp.bind_calls, 0);
	assert_int_equal(f->rp.unbind_calls, 0);

	/* The handler's status is mpdk_bind()'s. */
	f->rp.bind_ret = MPDK_STATUS_MEDIA_DISCONNECTED;
	assert_int_equal(mpdk_bind(p, ma->adapter, &params),
			 MPDK_STATUS_MEDIA_DISCONNECTED);
	assert_int_equal(f->rp.bind_calls, 1);
	assert_ptr_equal(f->rp.bind_proto_ctx, &f->rp);
	assert_ptr_equal(f->rp.bind_adapter, ma->adapter);
	assert_ptr_equal(f->rp.bind_params, &params);
	assert_null(f->rp.binding);

	f->rp.bind_ret = MPDK_STATUS_SUCCESS;
	f->rp.open_on_bind = true;
	assert_int_equal(mpdk_bind(p, ma->adapter, NULL), MPDK_STATUS_SUCCESS);
	assert_int_equal(f->rp.bind_calls, 2);
	assert_null(f->rp.bind_params);
	assert_non_null(f->rp.binding);
	TRACK(f, b, f->rp.binding);
	assert_true(mpdk_binding_is_open(f->rp.binding));
	assert_ptr_equal(mpdk_binding_context(f->rp.binding), &f->rp.bctx);
	assert_ptr_equal(mpdk_binding_adapter(f->rp.binding), ma->adapter);

	/* Unbind: the handler gets both contexts and the binding; its status
	 * is mpdk_unbind()'s. */
	f->rp.unbind_ret = MPDK_STATUS_NOT_SUPPORTED;
	assert_int_equal(mpdk_unbind(f->rp.binding), MPDK_STATUS_NOT_SUPPORTED);
	assert_int_equal(f->rp.unbind_calls, 1);
	assert_ptr_equal(f->rp.unbind_proto_ctx, &f->rp);
	assert_ptr_equal(f->rp.unbind_binding_ctx, &f->rp.bctx);
	assert_ptr_equal(f->rp.unbind_binding, f->rp.binding);
	assert_int_equal(f->rp.close_status, MPDK_STATUS_SUCCESS);
	assert_false(mpdk_binding_is_open(f->rp.binding));
	FORGET(f, ad, ma->adapter);
	assert_int_equal(mpdk_adapter_destroy(ma->adapter), MPDK_STATUS_SUCCESS);
}

/* Three protocols bound to one adapter at once, each with its binding. */
static void
test_three_protocols_one_adapter(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "tp0", 1);
	unsigned int i, j;
	char name[16];

	for (i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "proto%u", i);
		assert_int_equal(tp_register(&f->tp[i], name), 0);
		f->tp_on[i] = true;
		f->tb[i] = tp_bind(&f->tp[i], ma->adapter);
		assert_non_null(f->tb[i]);
	}
	for (i = 0; i < 3; i++) {
		struct mpdk_binding *b = f->tb[i]->binding;

		assert_true(mpdk_binding_is_open(b));
		assert_ptr_equal(mpdk_binding_adapter(b), ma->adapter);
		assert_ptr_equal(mpdk_binding_context(b), f->tb[i]);
		for (j = 0; j < i; j++)
			assert_ptr_not_equal(b, f->tb[j]->binding);
	}
	/* Each unbinds on its own; the adapter waits for the last one. */
	for (i = 0; i < 3; i++) {
		assert_int_equal(mpdk_adapter_destroy(ma->adapter),
				 MPDK_STATUS_BUSY);
		assert_int_equal(mpdk_unbind(f->tb[i]->binding),
				 MPDK_STATUS_SUCCESS);
		assert_false(mpdk_binding_is_open(f->tb[i]->binding));
		for (j = i + 1; j < 3; j++)
			assert_true(mpdk_binding_is_open(f->tb[j]->binding));
	}
	FORGET(f, ad, ma->adapter);
	assert_int_equal(mpdk_adapter_destroy(ma->adapter), MPDK_STATUS_SUCCESS);
}

/* At most MPDK_MAX_BINDINGS bindings open on one adapter. */
static void
test_max_bindings(void **state)
{
	struct fx *f = *state;
	struct mock_adapter *ma = mk_mock(f, "mb0", 1);
	struct mock_adapter *mb = mk_mock(f, "mb1", 1);
	struct mpdk_protocol_driver *p = mk_recorder(f);
	struct mpdk_binding *b[MPDK_MAX_BINDINGS], *extra, *sentinel;
	unsigned int i;

	for (i = 0; i < MPDK_MAX_BINDINGS; i++) {
		b[i] = NULL;
		assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &b[i]),
				 MPDK_STATUS_SUCCESS);
		assert_non_null(b[i]);
		TRACK(f, b, b[i]);
	}
	sentinel = (struct mpdk_binding *)&sentinel;
	extra = sentinel;
	assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &extra),
			 MPDK_STATUS_RESOURCES);
	assert_ptr_equal(extra, sentinel);
	for (i = 0; i < MPDK_MAX_BINDINGS; i++)
		assert_true(mpdk_binding_is_open(b[i]));

	/* The limit is per adapter. */
	extra = NULL;
	assert_int_equal(mpdk_open_adapter(p, mb->adapter, NULL, &extra),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, b, extra);

	/* A closed binding frees its slot. */
	assert_int_equal(mpdk_close_adapter(b[3]), MPDK_STATUS_SUCCESS);
	extra = NULL;
	assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &extra),
			 MPDK_STATUS_SUCCESS);
	TRACK(f, b, extra);
	assert_int_equal(mpdk_open_adapter(p, ma->adapter, NULL, &extra),
			 MPDK_STATUS_RESOURCES);
}

/* ------------------------------------------------------------------ */

static void
test_status_str(void **state __rte_unused)
{
	static const char *const names[MPDK_STATUS__COUNT] = {
		"SUCCESS", "PENDING", "RESOURCES", "FAILURE", "PAUSED",
		"RESET_IN_PROGRESS", "SEND_ABORTED", "REQUEST_ABORTED",
		"INVALID_LENGTH", "BUFFER_TOO_SHORT", "INVALID_OID",
		"INVALID_DATA", "INVALID_PARAMETER", "NOT_SUPPORTED", "CLOSING",
		"ADAPTER_NOT_OPEN", "ADAPTER_NOT_READY", "MEDIA_DISCONNECTED",
		"ALREADY_EXISTS", "NOT_FOUND", "BUSY", "LINK_STATE",
		"RESET_START", "RESET_END", "HANG_DETECTED",
	};
	unsigned int i;

	/* The table above lists every code, in enum order. */
	_Static_assert(MPDK_STATUS__COUNT == 25, "status added: extend names[]");
	_Static_assert(MPDK_STATUS_BUSY == 20, "status order changed");
	_Static_assert(MPDK_STATUS_HANG_DETECTED == 24, "status order changed");
	for (i = 0; i < MPDK_STATUS__COUNT; i++) {
		const char *s = mpdk_status_str((mpdk_status_t)i);

		assert_non_null(names[i]);
		assert_non_null(s);
		assert_string_equal(s, names[i]);
	}
	assert_string_equal(mpdk_status_str(MPDK_STATUS_INVALID_LENGTH),
			    "INVALID_LENGTH");
	assert_string_equal(mpdk_status_str(MPDK_STATUS__COUNT), "UNKNOWN");
	assert_string_equal(mpdk_status_str((mpdk_status_t)1000), "UNKNOWN");
	assert_string_equal(mpdk_status_str((mpdk_status_t)0x7fffffff),
			    "UNKNOWN");
}

/* ------------------------------------------------------------------ */

static int
group_setup(void **state __rte_unused)
{
	return registration_group_setup("test_registration");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_miniport_register_errors,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_miniport_lifecycle, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_protocol_register_errors,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_protocol_lifecycle, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_adapter_create_errors, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_adapter_picked_name_not_taken,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_adapter_picked_name_long_driver,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_adapter_initialize_fails,
						setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_adapter_initialize_without_attributes, setup,
			teardown),
		cmocka_unit_test_setup_teardown(test_adapter_destroy_busy, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_bind_unbind_handlers, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_three_protocols_one_adapter,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_max_bindings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_status_str, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
