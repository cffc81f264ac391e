#pragma once

// DANE (RFC 6698, 7671, 7672): TLSA records as values, and whether a served chain matches them,
// decided by OpenSSL's own DANE code (SSL_dane_enable / SSL_dane_tlsa_add) on a chain that was
// already received, the way a DANE-enforcing sender's TLS library would decide it.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "x509/certificate.h"

namespace mailtls::core {

// One TLSA record: "3 1 1 <hex>".
struct TlsaRecord {
    int usage = -1;          // 0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE
    int selector = -1;       // 0 full certificate, 1 SubjectPublicKeyInfo
    int matchingType = -1;   // 0 exact, 1 SHA-256, 2 SHA-512
    QByteArray data;         // the association data, raw bytes

    QString text() const;    // presentation form, hex upper case: "3 1 1 0A1B..."
    bool operator==(const TlsaRecord &other) const;
};

// A TLSA record from its presentation form ("3 1 1 ab12...", spaces inside the hex allowed).
// False with *why set when it is not one.
bool parseTlsaRecord(const QString &text, TlsaRecord *out, QString *why = nullptr);
// A TLSA record from its wire rdata (usage, selector, matching type, data).
bool tlsaFromRdata(const QByteArray &rdata, TlsaRecord *out, QString *why = nullptr);

// "DANE-EE", "DANE-TA", "PKIX-EE", "PKIX-TA"; "usage 7" for unknown ones. Likewise "SPKI"/"Cert",
// "SHA-256"/"SHA-512"/"Full".
QString tlsaUsageName(int usage);
QString tlsaSelectorName(int selector);
QString tlsaMatchingTypeName(int matchingType);

// The association data a certificate gives for a selector and matching type (what a record
// must carry to match it). Empty when the type is unknown.
QByteArray tlsaAssociationData(const Certificate &certificate, int selector, int matchingType);

struct DaneVerification {
    bool attempted = false;     // records and a chain were there to check
    bool verified = false;      // OpenSSL's DANE verification accepted the chain
    int matchedRecord = -1;     // index into the records OpenSSL matched (-1: none or unknown)
    int matchedDepth = -1;      // depth in the chain of the certificate that matched
    QString error;              // OpenSSL's verify error text when not verified
    // Our own look, per record (same order as the records): the chain depth whose certificate
    // (or key) the record's data equals, -1 when none; usable records only (usage 2/3, known
    // selector and matching type), -2 for a record OpenSSL would not use.
    QList<int> recordDepths;
};

// Verifies `chain` (leaf first, as served) against `records` the way OpenSSL verifies a DANE
// peer: SMTP rules (RFC 7672: usages 0 and 1 are unusable; a DANE-EE match ignores names and
// dates), reference names `names` (the MX host name, then the TLSA base domain), and for
// DANE-TA the name check against those names. No trust store: SMTP DANE has no PKIX part.
DaneVerification verifyDane(const CertificateChain &chain, const QList<TlsaRecord> &records,
                            const QStringList &names);

} // namespace mailtls::core
