#pragma once

// The TLSA records a mail server's admin publishes (RFC 7672, RFC 7671 §8), made from the
// files the server uses: "3 1 1" (DANE-EE, SHA-256 of the SubjectPublicKeyInfo) for the leaf or
// a key, "2 1 1" (DANE-TA) for the issuing CA, and the next key's record for a rollover.
//
// Why these two forms: SPKI rather than the whole certificate, so that renewing the certificate
// with the same key leaves the record valid (RFC 7671 §5.1); SHA-256 because every DANE
// implementation supports it (RFC 7671 §10.1.2 asks for no exotic digests). A 3 1 1 record
// ignores names and dates (RFC 7672 §3.1.1); a 2 1 1 record only matches while the server
// sends that CA certificate in its chain, and then the leaf must carry the MX host name.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "base/error.h"
#include "x509/dane.h"

namespace mailtls::core {

enum class TlsaRole {
    Current,   // what the server serves now
    Next,      // the key (or certificate) that takes over at the next rollover
};
QString tlsaRoleName(TlsaRole role);   // "current", "next"

// One record made from a file, and what it stands for.
struct GeneratedTlsa {
    TlsaRecord record;
    TlsaRole role = TlsaRole::Current;
    QString file;         // the file it was made from
    QString what;         // "leaf CN=mx1.example.org", "issuer CN=R11,O=Let's Encrypt", "public key EC 256 (prime256v1)"
    QString note;         // what to know before publishing it; empty when nothing
};

// The records of one file:
// - certificates (PEM, DER, PKCS#7, PKCS#12, via the x509 loader): 2 1 1 for each issuer in
//   the file (a certificate that issued another one of the file, or a CA certificate with
//   keyCertSign), 3 1 1 for the leaf (the first certificate that is no issuer; a self-signed
//   server certificate with CA:TRUE but without keyCertSign, as `openssl req -x509` makes
//   them, is a leaf). A file holding one CA certificate alone gives its 2 1 1 record.
// - keys only: 3 1 1 of each key's SubjectPublicKeyInfo, private ("PRIVATE KEY", "EC PRIVATE
//   KEY", ..., encrypted with `passphrase`) or public ("PUBLIC KEY", PEM or DER).
// Private keys beside certificates add nothing (their certificate's record says it), unless a
// key belongs to no certificate of the file: then its 3 1 1 record is added with a note.
// The file is read through base/read_file.h within limits::kCertificateFileBytes. False with
// ErrorKind FileUnreadable, BadFormat, PassphraseNeeded or WrongPassphrase and "FILE: why".
bool tlsaRecordsFromFile(const QString &path, const QByteArray &passphrase, TlsaRole role,
                         QList<GeneratedTlsa> *out, Error *error);

// The same for bytes in memory; `name` stands for the file in messages and in `file`.
bool tlsaRecordsFromData(const QByteArray &data, const QString &name, const QByteArray &passphrase, TlsaRole role,
                         QList<GeneratedTlsa> *out, Error *error);

// `current` then `next`, with every record kept once: a next-key record equal to a current one
// is dropped (with a note on the current record: "the next key is the current key"), as is a
// record equal to an earlier one of the same role.
QList<GeneratedTlsa> mergeTlsaRecords(const QList<GeneratedTlsa> &current, const QList<GeneratedTlsa> &next);

} // namespace mailtls::core
