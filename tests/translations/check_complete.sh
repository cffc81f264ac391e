#!/bin/sh
# Fails when the window or the CLI has a user-visible string that a translation lacks: runs
# lupdate over ui/, app/cli/ and core's texts for people (phrase(), core/base/phrase.h) into copies of translations/*.ts (the files in the repository stay as they are) and
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
"$lupdate" -silent -no-obsolete -locations none -tr-function-alias QT_TRANSLATE_NOOP+=phrase \
    "$src/ui" "$src/app/cli" "$src/core" "$src/app/gui/workbench_args.cpp" \
    -ts "$work"/*.ts >"$work/lupdate.log" 2>&1 || {
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
# A translation must keep every placeholder of its source (%1 ... %99, %n): a lost one drops a
# value, an extra one shows a raw "%2".
if ! python3 - "$work"/*.ts <<'PY'
import re, sys, xml.etree.ElementTree as ET
bad = 0
for path in sys.argv[1:]:
    for message in ET.parse(path).getroot().iter('message'):
        source = message.findtext('source') or ''
        translation = message.find('translation')
        if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        texts = [n.text or '' for n in translation.findall('numerusform')] or [translation.text or '']
        want = sorted(set(re.findall(r'%(?:L?[1-9][0-9]?|n)', source)))
        for text in texts:
            got = sorted(set(re.findall(r'%(?:L?[1-9][0-9]?|n)', text)))
            if got != want:
                bad += 1
                if bad <= 40:
                    print('%s: placeholders %s in the translation of "%s" (source has %s)' % (path.rsplit('/', 1)[-1], got, source[:80], want))
sys.exit(1 if bad else 0)
PY
then
    status=1
fi
exit "$status"
