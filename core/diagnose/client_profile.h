#pragma once

// What a TLS client (a mail partner) offers in its ClientHello, and the named profiles of
// well-known clients. Profiles are data files (resources/profiles/*.json, compiled into core as
// ":/profiles/"), each with a note saying where its lists come from.

#include <QList>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "catalog/cipher_list_parser.h"
#include "catalog/sigalgs.h"
#include "catalog/versions.h"

namespace mailtls::core {

// One client's offer. Versions use the report's spelling ("TLSv1" … "TLSv1.3"), groups the
// scan's ("x25519", "secp256r1", "ffdhe2048"), signature algorithms the TLS 1.3 code-point names
// OpenSSL also accepts ("rsa_pss_rsae_sha256", "ecdsa_secp256r1_sha256", "rsa_pkcs1_sha1").
struct ClientOffer {
    QString name;                  // "openssl3-default", or "custom" for a pasted list
    QString title;                 // one line for people
    QString source;                // where the lists come from; says "approximation" when they are
    QStringList versions;          // oldest first
    QList<quint16> ciphers;        // TLS <= 1.2 suites, the client's order
    QList<quint16> tls13Suites;    // TLS 1.3 suites, the client's order
    QStringList groups;            // empty: not restricted (the simulator then assumes a match)
    QStringList sigalgs;           // empty: not restricted
    int minDhBits = 0;             // smallest DHE prime the client accepts; 0: any
    QStringList notes;
    QStringList unknownNames;      // names in the lists that are not in the cipher catalog

    // The versions the client really puts on the wire: TLS 1.3 only with a TLS 1.3 suite,
    // TLS <= 1.2 only with a TLS <= 1.2 suite.
    QStringList effectiveVersions() const;
    // "TLS 1.0 – TLS 1.2"; "none" when empty.
    QString versionRangeText() const;
};

// The partner behind a pasted cipher list (name "custom"): its suites, and the versions, groups
// and signature algorithms a GnuTLS priority string names. Without versions of its own, a list
// offers TLS 1.0 - 1.2, and TLS 1.3 too when it holds a TLS 1.3 suite. `source` is the
// expansion method.
ClientOffer offerFromCipherList(const ParsedCipherList &list);

// A named profile as read from its data file.
struct ClientProfile {
    QString fileName;              // ":/profiles/gateway-rsa-legacy.json"
    ClientOffer offer;
};

// Every built-in profile, sorted by name; loaded once. Files that do not parse are reported by
// profileLoadErrors() and left out.
const QList<ClientProfile> &builtinProfiles();
QStringList profileLoadErrors();
// By name, case-insensitive; nullptr when unknown.
const ClientProfile *findProfile(const QString &name);

// Reads one profile JSON document. False with an Error of kind BadFormat and a one-line message
// (bad JSON, missing key, a version, group or signature algorithm that is not known). Unknown
// suite names do not fail; they land in offer.unknownNames.
bool parseClientProfile(const QByteArray &json, ClientOffer *offer, Error *error);

} // namespace mailtls::core
