#!/bin/sh
# package.deb: builds the Debian package from a copy of the source tree, checks it with
# lintian, installs it with apt-get and runs the installed programs, one session included.
#
#   check_deb_package.sh SOURCE_DIR WORK_DIR
#
# Exit 77 (ctest: skipped) when not root or when the Debian tools are missing. The system is
# left as found: the package is removed again unless it was installed before, or
# MAILTLS_PACKAGE_KEEP=1 is set. MAILTLS_PACKAGE_JOBS (default 2) sets the build's parallel=N.
# MAILTLS_PACKAGE_DEB=FILE skips the build and checks that package instead (a CI job that has
# built the package once).
set -eu

source=$1
work=$2
jobs=${MAILTLS_PACKAGE_JOBS:-2}

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: package.deb installs the package with apt-get and needs root"
    exit 77
fi
for tool in dpkg-buildpackage dh dpkg-checkbuilddeps apt-get openssl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian packages dpkg-dev, debhelper, apt, openssl)"
        exit 77
    fi
done

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

rm -rf "$work"
mkdir -p "$work/src"
seconds=0
if [ -n "${MAILTLS_PACKAGE_DEB:-}" ]; then
    deb=$(cd "$(dirname "$MAILTLS_PACKAGE_DEB")" && pwd)/$(basename "$MAILTLS_PACKAGE_DEB")
    [ -f "$deb" ] || { echo "FAIL: MAILTLS_PACKAGE_DEB=$MAILTLS_PACKAGE_DEB is not a file"; exit 1; }
    ok "checking $deb (no build)"
else

    # --- a copy of the tree: the files git knows and new ones it does not ignore -----------------
    if git -C "$source" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        (cd "$source" && git ls-files -z --cached --others --exclude-standard \
            | xargs -0 sh -c 'for f; do [ -f "$f" ] && printf "%s\0" "$f"; done' sh \
            | tar --null -T - -cf -) | tar -xf - -C "$work/src"
    else
        (cd "$source" && tar --exclude='./build*' -cf - .) | tar -xf - -C "$work/src"
    fi
    ok "source copied to $work/src"

    cd "$work/src"
    if ! missing=$(dpkg-checkbuilddeps -Pnocheck 2>&1); then
        echo "$missing"
        echo "FAIL: build dependencies missing (apt-get build-dep --no-install-recommends -Pnocheck $work/src)"
        exit 1
    fi

    # --- build -----------------------------------------------------------------------------------
    start=$(date +%s)
    # Debug information (Debian's -g) makes the build about half as slow again and is not what
    # this check is about: off unless MAILTLS_PACKAGE_DEBUG_INFO=1 (a release build keeps it).
    extra_flags=-g0
    [ "${MAILTLS_PACKAGE_DEBUG_INFO:-0}" = 1 ] && extra_flags=
    if ! DEB_CXXFLAGS_APPEND="$extra_flags" DEB_BUILD_OPTIONS="nocheck parallel=$jobs" \
            dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1; then
        tail -60 "$work/build.log"
        echo "FAIL: dpkg-buildpackage (whole log: $work/build.log)"
        exit 1
    fi
    seconds=$(( $(date +%s) - start ))
    ok "dpkg-buildpackage -us -uc -b with parallel=$jobs: ${seconds} s"
    deb=$(ls "$work"/mailtls-workbench_*.deb | head -1)
    ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
fi

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/mailtls ./usr/bin/mailtls-workbench \
         ./usr/share/applications/io.github.mailtls.Workbench.desktop \
         ./usr/share/metainfo/io.github.mailtls.Workbench.metainfo.xml \
         ./usr/share/mime/packages/io.github.mailtls.Workbench.xml \
         ./usr/share/icons/hicolor/scalable/apps/mailtls-workbench.svg \
         ./usr/share/icons/hicolor/256x256/apps/mailtls-workbench.png \
         ./usr/share/doc/mailtls-workbench/copyright; do
    echo "$contents" | grep -q " $f\$" || fail "not in the package: $f"
done
ok "package contents checked"

# --- lintian -----------------------------------------------------------------------------------
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on error --info "$deb" >"$work/lintian.log" 2>&1 && rc=0 || rc=$?
    cat "$work/lintian.log"
    errors=$(grep -c '^E:' "$work/lintian.log" || true)
    warnings=$(grep -c '^W:' "$work/lintian.log" || true)
    if [ "$rc" -eq 0 ]; then
        ok "lintian: $errors errors, $warnings warnings"
    else
        fail "lintian: $errors errors, $warnings warnings (exit $rc)"
    fi
else
    echo "SKIP: lintian not installed"
fi

# --- install and run -----------------------------------------------------------------------------
installed_before=no
dpkg-query -W -f='${Status}' mailtls-workbench 2>/dev/null | grep -q "install ok installed" && installed_before=yes
cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
    if [ "$installed_before" = no ] && [ "${MAILTLS_PACKAGE_KEEP:-0}" != 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y mailtls-workbench >"$work/remove.log" 2>&1 || true
    fi
}
trap cleanup EXIT
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    fail "apt-get install $deb"
    exit 1
fi
ok "apt-get install $(basename "$deb")"

cd "$work"
out=$(/usr/bin/mailtls --version 2>&1) && ok "/usr/bin/mailtls --version: $out" || fail "/usr/bin/mailtls --version: $out"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/mailtls-workbench --version 2>&1) \
    && ok "/usr/bin/mailtls-workbench --version: $out" || fail "/usr/bin/mailtls-workbench --version: $out"
[ -e /usr/share/man/man1/mailtls.1.gz ] && ok "man page mailtls(1) installed" || echo "note: no mailtls(1) man page in the package"

# A session against openssl s_server on loopback (bare TLS), with a certificate the installed
# mailtls makes itself.
/usr/bin/mailtls cert selfsigned --cn localhost --san DNS:localhost --out-cert "$work/cert.pem" \
    --out-key "$work/key.pem" >"$work/cert.log" 2>&1 || fail "mailtls cert selfsigned: $(cat "$work/cert.log")"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
       || echo $((20000 + $$ % 20000)))
# -www: s_server answers by itself instead of reading stdin (EOF there would end it at once).
openssl s_server -accept "127.0.0.1:$port" -cert "$work/cert.pem" -key "$work/key.pem" -www \
    >"$work/s_server.log" 2>&1 </dev/null &
server_pid=$!
# s_server says ACCEPT once it listens (probing the port would use up a connection).
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    grep -q ACCEPT "$work/s_server.log" 2>/dev/null && break
    sleep 0.25
done
rc=0
/usr/bin/mailtls session "127.0.0.1:$port" --starttls none --servername localhost --ca-file "$work/cert.pem" \
    --json "$work/session.json" >"$work/session.log" 2>&1 || rc=$?
if [ "$rc" -le 1 ] && grep -q '"established": true' "$work/session.json"; then
    ok "mailtls session 127.0.0.1:$port --starttls none: TLS established (exit $rc): $(grep -m1 '"version": "TLS' "$work/session.json" | tr -d ' ,')"
else
    cat "$work/session.log"
    fail "mailtls session against openssl s_server: exit $rc"
fi

# The same installed mailtls over SMTP with STARTTLS against Exim (the Debian build, GnuTLS) on
# loopback, when Exim is installed.
exim_bin=$(command -v exim4 || command -v exim || true)
if [ -n "$exim_bin" ]; then
    exim_user=Debian-exim
    id "$exim_user" >/dev/null 2>&1 || exim_user=root
    mkdir -p "$work/exim/spool" "$work/exim/log"
    cp "$work/cert.pem" "$work/key.pem" "$work/exim/"
    chown -R "$exim_user" "$work/exim"
    exim_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$work/exim/exim.conf" <<CONF
# package.deb test peer (generated; test only)
primary_hostname = localhost
exim_user = $exim_user
exim_group = $exim_user
spool_directory = $work/exim/spool
log_file_path = $work/exim/log/%slog
keep_environment =
local_interfaces = <; 127.0.0.1
host_lookup =
rfc1413_hosts =
tls_certificate = $work/exim/cert.pem
tls_privatekey = $work/exim/key.pem
tls_advertise_hosts = *
acl_smtp_rcpt = acl_check_rcpt
begin acl
acl_check_rcpt:
  deny
CONF
    chmod 0644 "$work/exim/exim.conf"
    "$exim_bin" -C "$work/exim/exim.conf" -bdf -oX "$exim_port" -oP "$work/exim/exim.pid" >"$work/exim/exim.out" 2>&1 &
    exim_pid=$!
    for _ in $(seq 1 40); do
        [ -s "$work/exim/exim.pid" ] && break
        sleep 0.25
    done
    rc=0
    /usr/bin/mailtls session "127.0.0.1:$exim_port" --servername localhost --ca-file "$work/cert.pem" \
        --json "$work/exim-session.json" >"$work/exim-session.log" 2>&1 || rc=$?
    kill "$exim_pid" 2>/dev/null || true
    if [ "$rc" -le 1 ] && grep -q '"established": true' "$work/exim-session.json"; then
        ok "mailtls session against Exim with STARTTLS: TLS established (exit $rc): $(grep -m1 '"version": "TLS' "$work/exim-session.json" | tr -d ' ,')"
    else
        cat "$work/exim-session.log" "$work/exim/exim.out" "$work/exim/log/mainlog" 2>/dev/null | tail -40
        fail "mailtls session against Exim: exit $rc"
    fi
else
    echo "note: Exim is not installed; the STARTTLS session against it is left out"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "package.deb: all checks passed (build ${seconds} s)"
