/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright (c) 2026 The mpdk authors
 */
/* Placeholder: this test is being written; it fails until then. */
#include <stdio.h>
int
main(void)
{
	fprintf(stderr, "test not written yet\n");
	return 1;
}
