#pragma once

// A public key as a user describes it, read from OpenSSL in one place and spelled in one place.

#include <QByteArray>
#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace mailtls::core {

// A public key as a user describes it: "RSA 2048", "EC 256 (prime256v1)", "Ed25519".
struct KeyInfo {
    QString type;   // "RSA", "RSA-PSS", "EC", "DSA", "DH", "Ed25519", "Ed448", or OpenSSL's name
    int bits = 0;
    QString curve;  // EC only: OpenSSL short name, e.g. "prime256v1"; empty otherwise
};

// What `pkey` (a public or a private key) is; an empty KeyInfo for null. A curve OpenSSL names
// by its NIST alias ("P-256") is reported by its short name ("prime256v1"). Leaves OpenSSL's
// error queue empty.
KeyInfo keyInfoOf(EVP_PKEY *pkey);

enum class KeyTextForm {
    // Reports, inspections, findings, comparisons: "RSA 2048", "EC 256 (prime256v1)", "Ed25519".
    Long,
    // What certificate generation prints, in the words of the key types a user picks
    // (ec-p256): "RSA 2048", "EC P-256", "Ed25519".
    Short,
};

// The one spelling of a key. Ed25519 and Ed448 carry their size in the name; a key without
// a size is its type alone; an empty KeyInfo is "unknown".
QString keyInfoText(const KeyInfo &key, KeyTextForm form = KeyTextForm::Long);

// SHA-256 of a DER SubjectPublicKeyInfo in colon-separated upper-case hex: what DANE (selector
// 1) and HPKP pin, unchanged when a certificate is renewed with the same key. Empty for none.
QString subjectPublicKeyInfoSha256(const QByteArray &der);
// The same over the SubjectPublicKeyInfo of `pkey` (a public or a private key).
QString publicKeySha256(EVP_PKEY *pkey);

} // namespace mailtls::core
