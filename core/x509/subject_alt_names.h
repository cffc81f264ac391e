#pragma once

// subjectAltName entries as the user types them: "DNS:mail.example.org,DNS:*.example.org,
// IP:192.0.2.25,IP:::1,email:postmaster@example.org,URI:https://example.org/".
//
// Syntax (documented for --san): entries separated by commas; the type before the first
// colon (DNS, IP, email, URI; case-insensitive), so IPv6 needs no brackets. DNS names are
// checked label by label (letters, digits, '-', at most 63 each, 253 in all; a wildcard only
// as the whole leftmost label); internationalised names are stored in their ASCII (xn--) form.
// IP addresses are IPv4 or IPv6 literals. Duplicates are dropped.

#include <QList>
#include <QString>
#include <QStringList>

#include "base/error.h"

typedef struct stack_st_GENERAL_NAME GENERAL_NAMES;

namespace mailtls::core {

class SubjectAltNames
{
public:
    enum class Kind { Dns, Ip, Email, Uri };
    struct Entry {
        Kind kind = Kind::Dns;
        QString value;
        bool operator==(const Entry &o) const { return kind == o.kind && value == o.value; }
    };

    SubjectAltNames() = default;
    // Empty text gives an empty list. On error returns an empty list and *error (kind Usage)
    // says which entry.
    static SubjectAltNames parse(const QString &text, Error *error);
    // Entries of a GENERAL_NAMES (other name types are skipped).
    static SubjectAltNames fromGeneralNames(const GENERAL_NAMES *names);

    bool isEmpty() const { return entries_.isEmpty(); }
    const QList<Entry> &entries() const { return entries_; }
    // Appends after checking (false with *error, kind Usage); a duplicate is dropped.
    bool append(Kind kind, const QString &value, Error *error);
    QStringList dnsNames() const;
    // "DNS:mail.example.org", "IP:127.0.0.1", ... (the form Certificate::subjectAltNames uses).
    QStringList toStringList() const;
    QString toString() const { return toStringList().join(QLatin1Char(',')); }
    // A new GENERAL_NAMES the caller owns (GENERAL_NAMES_free), or null on failure.
    GENERAL_NAMES *toGeneralNames() const;

private:
    QList<Entry> entries_;
};

} // namespace mailtls::core
