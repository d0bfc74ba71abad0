/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 *
 * Library start-up: log type, NB dynamic fields and the NB pool driver,
 * built-in drivers, and the exactly-once violation counter.
 */

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_mbuf_dyn.h>

#include "mpdk_private.h"
#include "mpdk_builtin_drivers.h"

int mpdk__logtype = -1;
int mpdk_nb_dynfield_offset = -1;
rte_spinlock_t mpdk__global_lock = RTE_SPINLOCK_INITIALIZER;

RTE_DEFINE_PER_LCORE(struct mpdk__lcore_ctx, mpdk__lctx);

struct builtin_driver {
	const char *name;
	mpdk_status_t (*entry)(void);
	void (*unload)(void);
};

#define BUILTIN_ENTRY(n, e, u) { n, e, u },
static const struct builtin_driver builtin_drivers[] = {
	MPDK_BUILTIN_DRIVERS(BUILTIN_ENTRY)
};

static bool initialized;
static uint64_t debug_violations;

bool
mpdk__initialized(void)
{
	return initialized;
}

mpdk_status_t
mpdk_init(void)
{
	static const struct rte_mbuf_dynfield nb_link = {
		.name = MPDK_NB_DYNFIELD_NAME,
		.size = sizeof(struct rte_mbuf *),
		.align = __alignof__(struct rte_mbuf *),
	};
	unsigned int i;
	mpdk_status_t st;

	if (initialized)
		return MPDK_STATUS_SUCCESS;
	if (rte_lcore_count() == 0) /* rte_eal_init() not run */
		return MPDK_STATUS_FAILURE;

	if (mpdk__logtype < 0)
		mpdk__logtype = rte_log_register_type_and_pick_level("lib.mpdk",
								     RTE_LOG_INFO);
	if (mpdk__logtype < 0)
		mpdk__logtype = RTE_LOGTYPE_USER1;

	mpdk_nb_dynfield_offset = rte_mbuf_dynfield_register(&nb_link);
	if (mpdk_nb_dynfield_offset < 0) {
		MPDK_LOG(ERR, "cannot register mbuf dynfield %s: %s",
			 nb_link.name, rte_strerror(rte_errno));
		return MPDK_STATUS_FAILURE;
	}
	if (mpdk__nb_pool_init() != 0)
		return MPDK_STATUS_FAILURE;

	initialized = true;
	for (i = 0; i < RTE_DIM(builtin_drivers); i++) {
		st = builtin_drivers[i].entry();
		if (st != MPDK_STATUS_SUCCESS) {
			MPDK_LOG(ERR, "built-in driver %s failed: %s",
				 builtin_drivers[i].name,
				 mpdk_status_str(st));
			mpdk_fini();
			return st;
		}
	}
	MPDK_LOG(DEBUG, "mpdk %s ready", MPDK_VERSION_STR);
	return MPDK_STATUS_SUCCESS;
}

void
mpdk_fini(void)
{
	unsigned int i;

	if (!initialized)
		return;
	if (mpdk__adapter_count() != 0) {
		MPDK_LOG(ERR, "mpdk_fini: %u adapter(s) still alive; destroy them first",
			 mpdk__adapter_count());
		return;
	}
	for (i = RTE_DIM(builtin_drivers); i-- > 0;)
		if (builtin_drivers[i].unload != NULL)
			builtin_drivers[i].unload();
	mpdk__work_fini();
	initialized = false;
}

void
mpdk__debug_violation(const char *what, const struct mpdk_nbl *nbl)
{
	__atomic_fetch_add(&debug_violations, 1, __ATOMIC_RELAXED);
	MPDK_LOG(ERR, "exactly-once violation: %s (nbl %p, state %u, binding %p)",
		 what, (const void *)nbl, nbl != NULL ? nbl->state : 0,
		 nbl != NULL ? (void *)nbl->source_handle : NULL);
}

uint64_t
mpdk_debug_violations(void)
{
	return __atomic_load_n(&debug_violations, __ATOMIC_RELAXED);
}
