#!/usr/bin/env bash
# Builds the mediasoup worker binary from the mediasoup npm tarball and Debian
# packages only, for machines that cannot reach mediasoup's prebuilt-worker
# download (GitHub) nor PyPI/meson wrapdb (which its own source build needs):
# locked-down networks, some CI machines, this project's own CI.
#
#   scripts/build-mediasoup-worker.sh [VERSION]
#   export MEDIASOUP_WORKER_BIN=$(scripts/build-mediasoup-worker.sh | tail -n 1)
#   MEDIASOUP_WORKER_BIN=... npm ci   # mediasoup's postinstall then skips its download
#
# VERSION defaults to the mediasoup version in package.json (or ./node_modules).
# Supported: 3.19.x (3.20.1+ need ankerl/unordered_dense, which neither npm nor
# Debian bookworm ships). Needs root or sudo for apt-get. The binary is cached per
# version and build revision under
# ${MEDIASOUP_WORKER_CACHE:-$HOME/.cache/mediasoup-worker}/VERSION-rN/ and reused.
# The last line printed is the binary's path: use it as MEDIASOUP_WORKER_BIN.
# Differences from the official build: Debian's shared libuv, OpenSSL, abseil,
# flatbuffers, usrsctp and libsrtp2 (through a small libsrtp3 shim); io_uring off;
# the patches below (each says why).
set -euo pipefail

VERSION="${1:-}"
if [ -z "$VERSION" ]; then
	VERSION=$(node -p 'require("./package.json").dependencies.mediasoup' 2>/dev/null || true)
fi
if [ -z "$VERSION" ]; then
	VERSION=$(node -p 'require("./node_modules/mediasoup/package.json").version' 2>/dev/null || true)
fi
[ -n "$VERSION" ] || { echo "usage: $0 VERSION (or run it where node_modules/mediasoup is installed)" >&2; exit 2; }
case "$VERSION" in
	3.19.*) ;;
	*) echo "mediasoup $VERSION: only 3.19.x builds from npm + Debian sources (3.20.1+ need unordered_dense)" >&2; exit 2 ;;
esac

# The -rN suffix is the build revision: bump it whenever a patch below changes,
# so a binary built without it is never reused.
CACHE="${MEDIASOUP_WORKER_CACHE:-$HOME/.cache/mediasoup-worker}/$VERSION-r3"
BIN="$CACHE/mediasoup-worker"
if [ -x "$BIN" ] && [ -s "$BIN" ]; then
	echo "$BIN"
	exit 0
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LOG="$WORK/build.log"
{
# 1. Toolchain and libraries from Debian.
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
	g++ pkg-config python3 meson ninja-build \
	libuv1-dev libssl-dev libsrtp2-dev libabsl-dev libusrsctp-dev \
	libflatbuffers-dev flatbuffers-compiler

# 2. Sources from the npm registry.
cd "$WORK"
npm pack --silent "mediasoup@${VERSION}"
tar xzf "mediasoup-${VERSION}.tgz"
cd package/worker

# 3. Point meson.build at Debian's libraries instead of the subprojects.
python3 - <<'PY'
import re

def edit(path, rules):
    s = open(path).read()
    for pat, rep in rules:
        s, n = re.subn(pat, rep, s, flags=re.M)
        assert n, f"{path}: pattern not found: {pat}"
    open(path, "w").write(s)

proj = r"^( *)%s = subproject\(\n(?:.*\n)*?\1\)\n"
uses = r"(libuv|openssl|libsrtp3|flatbuffers|usrsctp)_proj\.get_variable\('\1_dep'\)"
absl = " ".join(f"dependency('absl_{m}')," for m in
    ["strings", "optional", "memory", "flat_hash_map", "flat_hash_set", "btree", "inlined_vector"])
edit("meson.build", [
    (r"'>= 1\.1\.0'", "'>= 1.0.0'"),  # bookworm has meson 1.0.1
    (proj % "libuv_proj", "libuv_dep = dependency('libuv')\n"),
    (proj % "openssl_proj", "openssl_dep = dependency('openssl')\n"),
    (proj % "libsrtp3_proj", "libsrtp3_dep = declare_dependency(\n"
        "  include_directories: include_directories('compat/srtp3'),\n"
        "  dependencies: dependency('libsrtp2'),\n)\n"),
    (proj % "usrsctp_proj", "usrsctp_dep = dependency('usrsctp')\n"),
    (proj % "flatbuffers_proj", "flatbuffers_dep = dependency('flatbuffers')\n"),
    (proj % "abseil_cpp_proj", "absl_deps = [" + absl + "]\n"),
    (uses, r"\1_dep"),
    (r"abseil_cpp_proj\.get_variable\('absl_container_dep'\)", "absl_deps"),
    (r"^link_whole = \[\n(?:  .*\n)*\]\n", "link_whole = [libwebrtc]\n"),
])
edit("deps/libwebrtc/meson.build", [
    (proj % "abseil_cpp_proj", ""),
    (uses, r"\1_dep"),
    (r"abseil_cpp_proj\.get_variable\('absl_strings_dep'\)", "absl_deps"),
    (r"^ *abseil_cpp_proj\.get_variable\('absl_types_dep'\),\n", ""),
])
PY

# 3b. Debian's libssl3 is built with kernel TLS; mediasoup's write-BIO callback
#     answers 1 to every BIO ctrl (it compares operationType with == instead of
#     testing the BIO_CB_RETURN bit), so OpenSSL believes kTLS is on, never
#     allocates its DTLS write buffer, and the worker crashes on the first
#     ServerHello. Test the bit instead (harmless with kTLS off).
python3 - <<'PY'
p = "src/RTC/DtlsTransport.cpp"
s = open(p).read()
old = "(operationType == BIO_CB_RETURN) ? static_cast<long>(ret) : 1"
assert old in s, f"{p}: BIO callback line not found"
open(p, "w").write(s.replace(old, "(operationType & BIO_CB_RETURN) ? static_cast<long>(ret) : 1"))
PY

# 3c. GHSA-jhm4-v227-4375 (CWE-787), fixed upstream in 3.23.0 (PR #1868):
#     RTP::Packet::UpdateDependencyDescriptor() copies a re-serialised AV1
#     dependency descriptor over the packet's extension value without checking
#     that it fits, so a descriptor longer than the slot the sender sized writes
#     past it. 3.19.x is the last line that builds here, so apply upstream's
#     bounds check. In 3.19.22 nothing arms that path (its only caller is the
#     AV1 retransmission encoder, which is never created) and Cercle's router
#     offers no AV1 or H264; the check keeps a future change from opening it.
python3 - <<'PY'
p = "src/RTC/RTP/Packet.cpp"
s = open(p).read()
old = """\t\t\tstd::memcpy(extenValue, data, len);

\t\t\tSetExtensionLength(this->headerExtensionIds.dependencyDescriptor, len);"""
new = """\t\t\t// Cercle backport of mediasoup PR #1868 (GHSA-jhm4-v227-4375).
\t\t\tif (len > extenLen)
\t\t\t{
\t\t\t\tMS_WARN_TAG(rtp, "updated dependency descriptor does not fit its slot [needed:%zu, available:%" PRIu8 "]", len, extenLen);

\t\t\t\treturn false;
\t\t\t}

""" + old
assert s.count(old) == 1, f"{p}: UpdateDependencyDescriptor() copy not found"
open(p, "w").write(s.replace(old, new))
PY

# 4. libsrtp3 protect/unprotect shim over Debian's libsrtp2 (3.19.22 still fills a
#    libsrtp2-style srtp_policy_t itself, so no policy emulation is needed).
mkdir -p compat/srtp3
cat > compat/srtp3/srtp.h <<'EOF'
// The libsrtp3 calls mediasoup makes, emulated on Debian's libsrtp2.
#pragma once
#include <cstdint>
#include <cstring>
#include <srtp2/srtp.h>
constexpr auto srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
constexpr auto srtp_err_status_cryptex_err  = static_cast<srtp_err_status_t>(29);
inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc) { return srtp_remove_stream(session, ssrc); }
// libsrtp3 has separate in/out buffers and size_t lengths; libsrtp2 works in place.
inline srtp_err_status_t ms_srtp3_apply(srtp_err_status_t (*fn)(srtp_t, void*, int*), srtp_t c, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t room)
{
	if (*outLen < inLen + room) return srtp_err_status_buffer_small;
	if (out != in) std::memmove(out, in, inLen);
	int len             = static_cast<int>(inLen);
	srtp_err_status_t e = fn(c, out, &len);
	if (e == srtp_err_status_ok) *outLen = static_cast<size_t>(len);
	return e;
}
inline srtp_err_status_t srtp_protect(srtp_t c, const uint8_t* i, size_t il, uint8_t* o, size_t* ol, size_t /*mki*/) { return ms_srtp3_apply(::srtp_protect, c, i, il, o, ol, SRTP_MAX_TRAILER_LEN); }
inline srtp_err_status_t srtp_protect_rtcp(srtp_t c, const uint8_t* i, size_t il, uint8_t* o, size_t* ol, size_t /*mki*/) { return ms_srtp3_apply(::srtp_protect_rtcp, c, i, il, o, ol, SRTP_MAX_TRAILER_LEN + 4); }
inline srtp_err_status_t srtp_unprotect(srtp_t c, const uint8_t* i, size_t il, uint8_t* o, size_t* ol) { return ms_srtp3_apply(::srtp_unprotect, c, i, il, o, ol, 0); }
inline srtp_err_status_t srtp_unprotect_rtcp(srtp_t c, const uint8_t* i, size_t il, uint8_t* o, size_t* ol) { return ms_srtp3_apply(::srtp_unprotect_rtcp, c, i, il, o, ol, 0); }
EOF

# 5. Configure and build (same buildtype as mediasoup's tasks.py). Debian's
#    liburing 2.3 is too old for this worker, so io_uring support is disabled.
meson setup "$WORK/build" --buildtype release -Db_ndebug=true -Dms_disable_liburing=true --wrap-mode=nodownload
ninja -C "$WORK/build" fbs/FBS # generate FBS headers first (3.19 lacks that dependency edge)
time ninja -C "$WORK/build" -j"$(nproc)" mediasoup-worker

mkdir -p "$CACHE"
cp "$WORK/build/mediasoup-worker" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
} >"$LOG" 2>&1 || { echo "mediasoup worker build failed; last lines of the log:" >&2; tail -n 40 "$LOG" >&2; exit 1; }
echo "$BIN"
