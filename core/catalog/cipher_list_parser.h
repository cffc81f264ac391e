#pragma once

// A cipher list as an admin pastes it, turned into catalog suite codes in the client's order:
//  - OpenSSL cipher strings: plain names ("ECDHE-RSA-AES128-SHA:RC4-SHA") map name by name,
//    so suites this OpenSSL no longer has (RC4, 3DES, IDEA) keep their place; strings with
//    keywords or operators ("HIGH:!aNULL:@STRENGTH", "DEFAULT") are expanded by the linked
//    OpenSSL at security level 0 (SSL_CTX_set_cipher_list + SSL_CTX_get_ciphers), which only
//    yields suites it has.
//  - IANA names, separated by colons, commas or spaces ("TLS_RSA_WITH_AES_128_CBC_SHA, ...").
//  - GnuTLS priority strings ("NORMAL:-VERS-ALL:+VERS-TLS1.2:+3DES-CBC"): expanded by
//    `gnutls-cli --priority STRING -l` when gnutls-cli is installed (exactly what GnuTLS would
//    offer, versions, groups and signature algorithms included); otherwise by a built-in subset
//    (base sets NORMAL, PERFORMANCE, SECURE128, SECURE192, SECURE256, NONE; +/-/! of VERS-*,
//    ciphers, MACs, key exchanges, GROUP-*, SIGN-*) that approximates GnuTLS 3.7.

#include <QList>
#include <QString>
#include <QStringList>

#include "base/phrase.h"
#include "catalog/cipher_catalog.h"
#include "catalog/suite_info.h"

namespace mailtls::core {

enum class CipherListSyntax { Auto, OpenSsl, Iana, Gnutls };

QString cipherListSyntaxName(CipherListSyntax syntax);   // "openssl", "iana", "gnutls", "auto"
bool parseCipherListSyntax(const QString &text, CipherListSyntax *out);

struct ParsedCipherList {
    CipherListSyntax syntax = CipherListSyntax::Auto;   // what was used (never Auto on success)
    QList<quint16> ciphers;       // TLS <= 1.2 suites, in order
    QList<quint16> tls13Suites;   // TLS 1.3 suites, in order
    QStringList versions;         // only GnuTLS priority strings name versions; else empty
    QStringList groups;           // likewise (report spelling, "x25519")
    QStringList sigalgs;          // likewise (canonical names, "rsa_pss_rsae_sha256")
    QStringList unknown;          // names that map to no suite
    QString method;               // how it was expanded, one line ("gnutls-cli 3.7.9", ...)
    QString error;                // non-empty: nothing usable
    Phrase errorPhrase;           // `error` as written, for the faces
    bool ok() const { return error.isEmpty(); }
};

// gnutlsCli: program to run for GnuTLS strings; empty: "gnutls-cli" from PATH; "-": do not
// run it (built-in table only, used by tests to check the fallback).
ParsedCipherList parseCipherList(const QString &text, CipherListSyntax syntax = CipherListSyntax::Auto,
                                 const QString &gnutlsCli = QString());

// Which syntax Auto picks for this text.
CipherListSyntax detectCipherListSyntax(const QString &text);

// A suite by IANA, OpenSSL (current or pre-1.1 spelling, e.g. "DES-CBC3-SHA", "RC4-SHA"),
// GnuTLS or "SSL_"-prefixed name; nullptr when unknown. (opensslNameOf: catalog/cipher_catalog.h.)
const SuiteInfo *suiteByAnyName(const QString &name);

} // namespace mailtls::core
