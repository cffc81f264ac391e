#pragma once

// What the server offered before STARTTLS and what it offers after, side by side: RFC 3207
// makes the client forget the first list and ask again, and the two lists tell a story (AUTH
// only after TLS is right; STARTTLS gone after TLS is expected; STARTTLS missing before TLS on
// a server that has it elsewhere is what a stripping middlebox looks like). Facts only: which
// keyword was offered where, with which parameters; diagnose/ judges.

#include <QList>
#include <QString>
#include <QStringList>

namespace mailtls::core {

struct CapabilityChange {
    enum class Kind { Same, Added, Removed, Changed };
    QString keyword;       // upper case, e.g. "AUTH", "SIZE", "STARTTLS"
    QString before;        // parameters before TLS ("" for a bare keyword); null when not offered
    QString after;         // parameters after TLS; null when not offered
    Kind kind = Kind::Same;
};

// Every keyword of either list once, in the order first seen (the before list, then keywords
// new after TLS). A keyword line is "KEYWORD[ params]" as ehlo_before_tls / ehlo_after_tls
// hold them (the greeting name line excluded); comparison is by keyword, case-insensitive, and
// parameters compare as written after trimming. Bounded by the lists themselves.
QList<CapabilityChange> compareCapabilities(const QStringList &before, const QStringList &after);

// "same", "added", "removed", "changed".
QString capabilityChangeWord(CapabilityChange::Kind kind);

} // namespace mailtls::core
