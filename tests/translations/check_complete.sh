#!/bin/sh
# Fails when the window or the CLI has a user-visible string that a translation lacks: runs
# lupdate over ui/ and app/cli/ into copies of translations/*.ts (the files in the repository stay as they are) and
# lists every entry left unfinished. Fix: build the target update_translations, translate the
# new entries (Qt Linguist, or by hand in the .ts files), and commit them.
#
#   tests/translations/check_complete.sh LUPDATE SOURCE_DIR WORK_DIR
set -eu
lupdate=$1
src=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
for ts in "$src"/translations/*.ts; do
    cp "$ts" "$work/"
done
"$lupdate" -silent -no-obsolete -locations none "$src/ui" "$src/app/cli" -ts "$work"/*.ts >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log"
    exit 1
}
status=0
for ts in "$work"/*.ts; do
    name=$(basename "$ts")
    count=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$count" -gt 0 ]; then
        status=1
        echo "$name: $count untranslated string(s):"
        # The source text of each unfinished entry (at most 40 shown).
        awk '/<source>/ { src = $0 } /type="unfinished"/ { gsub(/^[ \t]*<source>|<\/source>[ \t]*$/, "", src); print "    " src }' "$ts" | head -n 40
    else
        echo "$name: complete"
    fi
done
exit "$status"
