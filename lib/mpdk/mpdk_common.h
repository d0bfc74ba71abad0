/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */

#ifndef MPDK_COMMON_H
#define MPDK_COMMON_H

/**
 * @file
 * Definitions shared by every mpdk header: export macro, handle types and
 * the library-wide limits.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Marks a symbol of the public API (the shared library hides the rest). */
#define MPDK_EXPORT __attribute__((visibility("default")))

/** Library version, as "major.minor.patch". */
#define MPDK_VERSION_STR "0.1.0"

/** Maximum number of TX (and RX) queues of one adapter. */
#define MPDK_MAX_QUEUES 16

/** Maximum number of bindings (protocols) open on one adapter. */
#define MPDK_MAX_BINDINGS 8

/** Maximum length of driver, adapter and poller names, NUL included. */
#define MPDK_NAME_LEN 32

/*
 * Opaque handles.  NDIS names in brackets.
 */
struct mpdk_miniport_driver; /**< [NDIS_HANDLE NdisMiniportDriverHandle] */
struct mpdk_protocol_driver; /**< [NDIS_HANDLE NdisProtocolHandle] */
struct mpdk_adapter;         /**< [NDIS_HANDLE MiniportAdapterHandle] */
struct mpdk_binding;         /**< [NDIS_HANDLE NdisBindingHandle] */
struct mpdk_poller;          /**< [the DPC / interrupt context] */
struct mpdk_nbl;             /**< [NET_BUFFER_LIST] */
struct mpdk_nbl_pool;        /**< [NDIS_HANDLE NdisPoolHandle] */
struct mpdk_oid_request;     /**< [NDIS_OID_REQUEST] */
struct mpdk_transfer;        /**< [NdisTransferData request, NDIS 5] */

#ifdef __cplusplus
}
#endif

#endif /* MPDK_COMMON_H */
