#pragma once

// The OpenSSL server context of each practice personality: versions, suites, certificates,
// DH parameters and client-certificate policy (see practice_personality.h for what each one
// teaches).

#include <QString>
#include <QStringList>

#include "ossl/handles.h"
#include "practice/practice_personality.h"
#include "practice/practice_pki.h"

namespace mailtls::core {

// A ready SSL_CTX (shared by every connection of one server), or null with *error.
ossl::SslCtxPtr makePracticeTlsContext(const PracticePersonality &personality, const PracticePki &pki,
                                       QString *error);

// What the context serves, in words, for the CLI's start-up text ("TLSv1.2–TLSv1.3; RSA, ECDSA").
struct PracticeTlsProfile {
    QString minVersion;        // "TLSv1", "TLSv1.2"
    QString maxVersion;        // "TLSv1", "TLSv1.3"
    QStringList keyTypes;      // "RSA", "ECDSA"
    QString cipherList;        // the TLS <= 1.2 list given to OpenSSL
    int dhPrimeBits = 0;       // weak-dh: 1024
    int securityLevel = 1;
};
PracticeTlsProfile practiceTlsProfile(const PracticePersonality &personality);

} // namespace mailtls::core
