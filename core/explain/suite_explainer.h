#pragma once

// Takes a cipher suite name apart for a person: key exchange, authentication, bulk cipher,
// MAC/PRF, the versions it exists in, forward secrecy, AEAD, the grade with its reasons and
// the certificate a server needs to use it. The name may be IANA, OpenSSL or GnuTLS notation,
// or the two-byte code; the facts come from CipherCatalog, the words from here. Shared by the
// workbench's Suite Explainer and `mailtls explain`.

#include <QString>
#include <QStringList>

#include "base/phrase.h"
#include "catalog/suite_info.h"

namespace mailtls::core {

class CipherCatalog;

// Every text for people is kept twice: the English QString (what JSON writes, the contract) and
// the Phrase it was made from (context "Explain"), which the faces show with localized().
struct SuitePart {
    QString name;      // "ECDHE", "RSA", "AES-256-GCM", "AEAD (SHA-384 PRF)"
    QString meaning;   // one plain sentence
    Phrase namePhrase;      // mostly a plain token; "(EC)DHE, negotiated", "none" translatable
    Phrase meaningPhrase;
    QString shownName() const { return shownPhrase(namePhrase, name); }
    QString shownMeaning() const { return shownPhrase(meaningPhrase, meaning); }
};

struct SuiteExplanation {
    bool found = false;
    QString input;              // as typed
    QString notation;           // "IANA", "OpenSSL", "GnuTLS", "code", "SSLv2"; several joined by "/" when equal
    SuiteInfo suite;
    QString codeHex;            // "0xC030"; "0x0700C0" for SSLv2 kinds
    SuitePart keyExchange;
    SuitePart authentication;
    SuitePart cipher;
    SuitePart mac;
    QStringList versions;       // "TLSv1.2", ...
    QString versionsText;       // "TLS 1.2 only", "SSLv3 – TLS 1.2"
    bool forwardSecrecy = false;
    QString forwardSecrecyText;
    bool aead = false;
    QString aeadText;
    QString grade;              // "strong", "acceptable", "weak", "insecure"
    QStringList gradeReasons;   // why, most important first
    QString certificate;        // which certificate the server needs
    QStringList suggestions;    // close names when not found
    // The Phrases the English texts above were made from (shown localized by the faces).
    Phrase versionsPhrase;
    Phrase forwardSecrecyPhrase;
    Phrase aeadPhrase;
    Phrase certificatePhrase;
    QList<Phrase> gradeReasonPhrases;

    QString error() const;      // "unknown cipher suite 'X'" + suggestions, empty when found
    Phrase errorPhrase() const; // the same as a Phrase (empty when found)
    // What a face shows: the localized text (English where no Phrase is kept).
    QString shownVersions() const;
    QString shownForwardSecrecy() const;
    QString shownAead() const;
    QString shownCertificate() const;
    QStringList shownGradeReasons() const;
};

// Explains `name` (any notation, any case, or "0xC030" / "C0,30"). Not found: suggestions set.
SuiteExplanation explainSuite(const QString &name);
SuiteExplanation explainSuite(const QString &name, const CipherCatalog &catalog);

// Up to `most` catalog names (any notation) closest to `input`, best first.
QStringList closeSuiteNames(const QString &input, int most = 5);

// Every name the catalog knows, in one notation ("IANA", "OpenSSL", "GnuTLS") or all three
// (empty notation), sorted, without duplicates. For completers and pick lists.
QStringList allSuiteNames(const QString &notation = QString());

// Plain text (the CLI's output); the JSON is report/explanation_json's. English as written;
// with `localized` the labels and sentences in the installed language (the grade word too,
// passed through `styleGrade` when given, e.g. to colour it).
QString explanationText(const SuiteExplanation &e);
QString explanationText(const SuiteExplanation &e, bool localized, QString (*styleGrade)(const QString &grade, const QString &shown) = nullptr);

// "strong", "acceptable", "weak", "insecure" in the installed language (other words unchanged).
QString shownGrade(const QString &grade);
// SuiteExplanation::notation as shown: "code" in the installed language, names ("IANA") unchanged.
QString shownNotation(const QString &notation);

// "TLSv1.2" -> "TLS 1.2"; "SSLv3" stays.
QString explainedVersionName(const QString &version);

} // namespace mailtls::core
