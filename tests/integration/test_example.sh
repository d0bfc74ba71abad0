#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2026 The mpdk authors
#
# The installed library, used from outside the tree: install the build into
# a temporary DESTDIR, build docs/examples/hello_send there with nothing but
# "pkg-config --static mpdk", run it on net_null and check that it linked
# libmpdk and DPDK statically.
#
#   test_example.sh <build root> <source root> [<b_sanitize>]

set -u

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

ok() {
	echo "ok: $*"
}

[ $# -eq 2 ] || [ $# -eq 3 ] ||
	fail "usage: $0 <build root> <source root> [<b_sanitize>]"
build=$1
src=$2
# The build's b_sanitize ("none", "address,undefined"...): an instrumented
# libmpdk.a needs the program linked with the same sanitizers.
sanitize=${3:-none}
san_flags=
if [ "$sanitize" != none ] && [ -n "$sanitize" ]; then
	san_flags="-fsanitize=$sanitize"
	echo "example: the library is built with $san_flags; so is the example"
fi
[ -f "$build/build.ninja" ] || fail "$build is not a meson build directory"
[ -d "$src/docs/examples/hello_send" ] || fail "no $src/docs/examples/hello_send"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mpdk_example.XXXXXX") || fail "mktemp -d failed"
# EAL leaves its runtime directory (/var/run/dpdk/<prefix> for root,
# $XDG_RUNTIME_DIR/dpdk/<prefix> otherwise) even with --no-shconf.
prefix="hello_$$"
# shellcheck disable=SC2317 # called through the trap
cleanup() {
	rm -rf "$tmp"
	for d in /var/run/dpdk "${XDG_RUNTIME_DIR:-/tmp}/dpdk"; do
		[ ! -d "$d/$prefix" ] || rm -rf "${d:?}/$prefix"
	done
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# 1. Install into a fresh DESTDIR.
if ! meson install -C "$build" --no-rebuild --quiet --destdir "$tmp/root" \
		>"$tmp/install.log" 2>&1; then
	cat "$tmp/install.log" >&2
	fail "meson install -C $build --destdir $tmp/root failed"
fi
ok "meson install --destdir into $tmp/root"

# 2. The pkg-config files, the static archive and the public headers.
pc=$(find "$tmp/root" -path '*/pkgconfig/mpdk.pc' | head -n 1)
[ -n "$pc" ] || fail "mpdk.pc was not installed"
pcdir=$(dirname "$pc")
[ -f "$pcdir/mpdk-libs.pc" ] || fail "mpdk-libs.pc is not next to $pc"
ok "installed ${pc#"$tmp/root"} and mpdk-libs.pc"

lib=$(find "$tmp/root" -name libmpdk.a | head -n 1)
[ -n "$lib" ] || fail "libmpdk.a was not installed"
[ "$(dirname "$lib")" = "$(cd "$pcdir/.." && pwd)" ] ||
	fail "libmpdk.a is in $(dirname "$lib"), not in the libdir of $pc"
ok "installed ${lib#"$tmp/root"}"

inc=$(find "$tmp/root" -path '*/include/mpdk/mpdk.h' | head -n 1)
[ -n "$inc" ] || fail "include/mpdk/mpdk.h was not installed"
incdir=$(dirname "$inc")
for h in mpdk.h mpdk_common.h mpdk_status.h mpdk_nbl.h mpdk_oid.h \
	 mpdk_poller.h mpdk_protocol.h mpdk_miniport.h; do
	[ -f "$incdir/$h" ] || fail "public header $h was not installed"
done
for h in mpdk_private.h ethdev_private.h mpdk_builtin_drivers.h; do
	[ ! -e "$incdir/$h" ] || fail "private header $h was installed"
done
ok "public headers installed in ${incdir#"$tmp/root"}, private ones not"

# 3. Build the example out of tree: a copy, so the source tree stays clean.
cp -R "$src/docs/examples/hello_send" "$tmp/src" || fail "cannot copy the example"
rm -f "$tmp/src/hello_send"
if [ -n "$san_flags" ]; then
	set -- CFLAGS="-O2 -g $san_flags" LDFLAGS="$san_flags"
else
	set --
fi
if ! make -C "$tmp/src" PKG_CONFIG_PATH="$pcdir" "$@" >"$tmp/make.log" 2>&1; then
	cat "$tmp/make.log" >&2
	missing=$(sed -n 's/.*cannot find \(-l[^[:space:]]*\).*/\1/p' \
		"$tmp/make.log" | sed 's/:$//' | sort -u)
	for l in $missing; do
		case $l in
		-l:librte_*.a) pkg="libdpdk-dev (DPDK's static archives)" ;;
		-l:libmpdk.a) pkg="none (libmpdk.a is missing from the install)" ;;
		-lsystemd) pkg=libsystemd-dev ;;
		-lpcap) pkg=libpcap-dev ;;
		-lnuma) pkg=libnuma-dev ;;
		-lbsd) pkg=libbsd-dev ;;
		-lmd) pkg=libmd-dev ;;
		-lfdt) pkg=libfdt-dev ;;
		-lelf) pkg=libelf-dev ;;
		-lz) pkg=zlib1g-dev ;;
		-lbpf) pkg=libbpf-dev ;;
		-lxdp) pkg=libxdp-dev ;;
		-ljansson) pkg=libjansson-dev ;;
		-lisal) pkg=libisal-dev ;;
		-lIPSec_MB) pkg=libipsec-mb-dev ;;
		-lcrypto) pkg=libssl-dev ;;
		-ldbus-1) pkg=libdbus-1-dev ;;
		-lnl-3) pkg=libnl-3-dev ;;
		-lnl-route-3) pkg=libnl-route-3-dev ;;
		-latomic) pkg="libatomic1 (comes with gcc)" ;;
		-libverbs|-lmlx4|-lmlx5|-lefa|-lmana|-l*-rdmav34) pkg=libibverbs-dev ;;
		*) pkg= ;;
		esac
		if [ -n "$pkg" ]; then
			echo "missing library $l: install Debian package $pkg" >&2
		else
			echo "missing library $l: find its -dev package with" \
				"apt-file search lib${l#-l}.so" >&2
		fi
	done
	fail "building the example with PKG_CONFIG_PATH=$pcdir failed" \
		"(static DPDK linking needs the -dev packages of every library" \
		"listed by pkg-config --static --libs libdpdk)"
fi
[ -x "$tmp/src/hello_send" ] || fail "make succeeded but built no hello_send"
ok "built hello_send out of tree with pkg-config --static mpdk"

# 4. Linked statically: no libmpdk.so, no DPDK shared library.
if command -v readelf >/dev/null 2>&1; then
	needed=$(readelf -d "$tmp/src/hello_send" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
	how="readelf -d"
else
	needed=$(ldd "$tmp/src/hello_send" | awk '{ print $1 }')
	how=ldd
fi
for n in $needed; do
	case $n in
	libmpdk.so*) fail "hello_send depends on $n ($how): libmpdk was linked dynamically" ;;
	librte_*.so*) fail "hello_send depends on $n ($how): DPDK was linked dynamically" ;;
	esac
done
ok "hello_send needs neither libmpdk.so nor librte_*.so ($how)"

# 5. Run it on net_null and check its verdict.
set -- "$tmp/src/hello_send" --no-huge -m 512 --no-pci --no-shconf -l 0-1 \
	--file-prefix="$prefix" --vdev=net_null0
echo "running: $*"
if command -v timeout >/dev/null 2>&1; then
	timeout 300 "$@" >"$tmp/run.log" 2>&1
else
	"$@" >"$tmp/run.log" 2>&1
fi
rc=$?
cat "$tmp/run.log"
line=$(grep '^hello_send: sent ' "$tmp/run.log")
[ -n "$line" ] || fail "hello_send printed no result line (exit status $rc)"
echo "$line" | grep -Eq '^hello_send: sent ([1-9][0-9]*) completed \1 \(SUCCESS \1\)$' ||
	fail "unexpected result: '$line' (want: sent N completed N (SUCCESS N))"
[ "$rc" -eq 0 ] || fail "hello_send exited with status $rc"
ok "hello_send: every NBL came back exactly once with SUCCESS, exit status 0"

echo "PASS"
exit 0
