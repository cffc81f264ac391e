#!/bin/sh
# install.moved_prefix: installs a built tree into a temporary prefix, moves the prefix, and
# checks that the installed programs run from the new place and that the desktop integration
# is complete, consistent and (when the validators are installed) valid.
#
#   check_install.sh CMAKE BUILD_DIR SOURCE_DIR WORK_DIR
#
# A validator that is missing is skipped with a message saying which package brings it; every
# other check fails the test.
set -eu

cmake=$1
build=$2
source=$3
work=$4
app_id=io.github.mailtls.Workbench

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
skip() { echo "SKIP: $*"; }

rm -rf "$work"
mkdir -p "$work"
"$cmake" --install "$build" --prefix "$work/first-prefix" >"$work/install.log" 2>&1 || {
    cat "$work/install.log"
    echo "FAIL: cmake --install $build"
    exit 1
}
ok "cmake --install into $work/first-prefix"
mkdir -p "$work/elsewhere"
mv "$work/first-prefix" "$work/elsewhere/moved"
prefix=$work/elsewhere/moved
ok "prefix moved to $prefix"

# --- what must be there -------------------------------------------------------------------
for f in bin/mailtls bin/mailtls-workbench \
         share/applications/$app_id.desktop \
         share/metainfo/$app_id.metainfo.xml \
         share/mime/packages/$app_id.xml \
         share/icons/hicolor/scalable/apps/mailtls-workbench.svg \
         share/icons/hicolor/16x16/apps/mailtls-workbench.png \
         share/icons/hicolor/32x32/apps/mailtls-workbench.png \
         share/icons/hicolor/64x64/apps/mailtls-workbench.png \
         share/icons/hicolor/128x128/apps/mailtls-workbench.png \
         share/icons/hicolor/256x256/apps/mailtls-workbench.png; do
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done
# Nothing from the build: no static libraries, headers or test programs.
extra=$(cd "$prefix" && find . \( -name '*.a' -o -name '*.h' -o -name '*_tests' -o -name '*_replay' \) -print)
[ -z "$extra" ] || fail "installed but should not be: $extra"
[ -x "$prefix/bin/mailtls" ] && [ -x "$prefix/bin/mailtls-workbench" ] && ok "programs installed"

# --- the programs, run from the moved prefix, away from the build and source trees ---------
cd "$work/elsewhere"
out=$("$prefix/bin/mailtls" --version 2>&1) || fail "mailtls --version exited $?: $out"
case $out in "mailtls "[0-9]*) ok "mailtls --version: $out" ;; *) fail "mailtls --version said: $out" ;; esac
# The cipher catalog and the client profiles are Qt resources inside the binary.
out=$("$prefix/bin/mailtls" explain 0xC030 2>&1) || fail "mailtls explain exited $?: $out"
echo "$out" | grep -q "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" && ok "mailtls explain reads the built-in catalog" \
    || fail "mailtls explain 0xC030 did not name the suite: $out"
out=$("$prefix/bin/mailtls" simulate --list-profiles 2>&1) || fail "mailtls simulate --list-profiles exited $?: $out"
echo "$out" | grep -q "gateway-rsa-legacy" && ok "mailtls reads the built-in client profiles" \
    || fail "the client profiles are missing: $out"

export QT_QPA_PLATFORM=offscreen
out=$("$prefix/bin/mailtls-workbench" --version 2>&1) || fail "mailtls-workbench --version exited $?: $out"
case $out in "mailtls-workbench "[0-9]*) ok "mailtls-workbench --version: $out" ;; *) fail "mailtls-workbench --version said: $out" ;; esac
out=$("$prefix/bin/mailtls-workbench" --help 2>&1) || fail "mailtls-workbench --help exited $?"
echo "$out" | grep -q "smtps://HOST" && ok "mailtls-workbench --help" || fail "mailtls-workbench --help said: $out"
rc=0
out=$("$prefix/bin/mailtls-workbench" --no-such-option 2>&1) || rc=$?
[ "$rc" -eq 2 ] && ok "unknown option: exit 2 ($out)" || fail "unknown option: exit $rc, expected 2: $out"
rc=0
out=$("$prefix/bin/mailtls-workbench" gopher://mail.example.org 2>&1) || rc=$?
[ "$rc" -eq 2 ] && ok "bad target: exit 2" || fail "bad target: exit $rc, expected 2: $out"

# No path into the build or source tree inside the programs: nothing is looked up there. The
# names of source files (OpenSSL's allocation macros record __FILE__ for its debug reports) are
# not lookups and are let through.
paths_found=0
for program in mailtls mailtls-workbench; do
    for tree in "$build" "$source"; do
        found=$(tr -c '[:print:]' '\n' <"$prefix/bin/$program" | grep -F -- "$tree/" | grep -v -E '\.(c|cc|cpp|h)$' | head -3 || true)
        if [ -n "$found" ]; then
            fail "$program holds paths into $tree: $found"
            paths_found=1
        fi
    done
done
[ "$paths_found" -eq 0 ] && ok "no paths into the build or source tree in the programs"

# --- the desktop files agree with each other ----------------------------------------------
desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
mime=$prefix/share/mime/packages/$app_id.xml
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$prefix/bin/$exec_name" ] && ok "Exec=$exec_name is installed" || fail "Exec=$exec_name is not in $prefix/bin"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -e "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] && ok "Icon=$icon is installed" || fail "Icon=$icon has no icon"
grep -q "<id>$app_id</id>" "$metainfo" && ok "metainfo id $app_id" || fail "metainfo has no <id>$app_id</id>"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    && ok "metainfo launches $app_id.desktop" || fail "metainfo's launchable is not $app_id.desktop"
for type in $(sed -n 's/^MimeType=//p' "$desktop" | tr ';' ' '); do
    grep -q "<mime-type type=\"$type\">" "$mime" && ok "MimeType $type is declared" || fail "MimeType $type is not declared in $mime"
    grep -q "<mediatype>$type</mediatype>" "$metainfo" || fail "metainfo does not provide $type"
done

# --- validators, when installed ------------------------------------------------------------
if command -v desktop-file-validate >/dev/null 2>&1; then
    if out=$(desktop-file-validate "$desktop" 2>&1); then
        ok "desktop-file-validate: no errors, $(echo "$out" | grep -c 'warning:') warnings, $(echo "$out" | grep -c 'hint:') hints"
        if [ -n "$out" ]; then echo "$out"; fi
    else
        echo "$out"
        fail "desktop-file-validate $desktop"
    fi
else
    skip "desktop-file-validate not installed (Debian package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
        ok "appstreamcli validate --no-net: $(echo "$out" | tail -1)"
    else
        echo "$out"
        fail "appstreamcli validate --no-net $metainfo"
    fi
else
    skip "appstreamcli not installed (Debian package appstream)"
fi
# The MIME types: compiled with update-mime-database (it refuses malformed XML), then, with
# GLib's gio, a saved report (*.json) and a workspace are recognised by their content.
if command -v update-mime-database >/dev/null 2>&1; then
    if out=$(update-mime-database "$prefix/share/mime" 2>&1); then
        if grep -q "application/x-mailtls-workspace" "$prefix/share/mime/types" \
           && grep -q "application/x-mailtls-report" "$prefix/share/mime/types"; then
            ok "update-mime-database registers both MIME types"
        else
            fail "update-mime-database did not register the MIME types: $(cat "$prefix/share/mime/types")"
        fi
    else
        echo "$out"
        fail "update-mime-database $prefix/share/mime"
    fi
    if command -v gio >/dev/null 2>&1 && [ -e /usr/share/mime/packages/freedesktop.org.xml ]; then
        samples=$work/samples
        mkdir -p "$samples"
        cp "$source/tests/fuzz/corpus/fuzz_report_json/session.json" "$samples/report.json"
        printf '{\n  "schema": "mailtls.workspace/1",\n  "tool": {\n    "name": "mailtls"\n  }\n}\n' >"$samples/saved.mailtls-workspace"
        cp "$samples/saved.mailtls-workspace" "$samples/workspace-without-extension"
        for pair in report.json=application/x-mailtls-report \
                    saved.mailtls-workspace=application/x-mailtls-workspace \
                    workspace-without-extension=application/x-mailtls-workspace; do
            file=${pair%%=*}
            want=${pair#*=}
            got=$(XDG_DATA_DIRS="$prefix/share:/usr/share" XDG_DATA_HOME="$work/no-data-home" \
                  gio info -a standard::content-type "$samples/$file" 2>&1 | sed -n 's/.*standard::content-type: //p')
            [ "$got" = "$want" ] && ok "gio: $file is $want" || fail "gio: $file is '$got', expected $want"
        done
    else
        skip "gio or the freedesktop MIME database not installed (Debian packages libglib2.0-bin, shared-mime-info): content detection not checked"
    fi
else
    skip "update-mime-database not installed (Debian package shared-mime-info)"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all install checks passed"
