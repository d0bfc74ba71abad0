#!/bin/sh
echo "test not written yet" >&2
exit 1
