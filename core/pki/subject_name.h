#pragma once

// A certificate subject as the user types it: "CN=mail.example.org,O=Example GmbH,C=DE".
//
// Syntax (documented for --subject):
//   - attributes are separated by commas; spaces around names, '=' and commas are ignored;
//   - names are OpenSSL short or long names, case-insensitive for the common ones:
//     CN, O, OU, C, ST, L, emailAddress, DC, serialNumber, street, title, ...;
//   - a backslash makes the next character literal: "O=Smith\, Jones and Co" or "\\";
//   - a value in double quotes keeps commas and spaces: O="Smith, Jones and Co";
//   - C must be two letters (ISO 3166), no value may be empty, CN at most 64 characters.
// Order is kept as written; the certificate shows it in that order.

#include <QList>
#include <QString>

#include "base/error.h"

typedef struct X509_name_st X509_NAME;

namespace mailtls::core {

class SubjectName
{
public:
    struct Attribute {
        QString field;   // OpenSSL short name as canonical: "CN", "O", "C", "emailAddress"
        QString value;
    };

    SubjectName() = default;
    // Empty text gives an empty name (valid). On error returns an empty name and *error (kind
    // Usage) says why.
    static SubjectName parse(const QString &text, Error *error);
    static SubjectName fromX509Name(const X509_NAME *name);

    bool isEmpty() const { return attributes_.isEmpty(); }
    const QList<Attribute> &attributes() const { return attributes_; }
    QString value(const QString &field) const;   // the last value of that field, or empty
    bool has(const QString &field) const { return !value(field).isEmpty(); }
    // Appends after validating; false with *error (kind Usage) on a bad name or value.
    bool append(const QString &field, const QString &value, Error *error);

    // "CN=mail.example.org,O=Example" in the order given, escaped so parse() reads it back.
    QString toString() const;
    // A new X509_NAME the caller owns (X509_NAME_free), or null on failure.
    X509_NAME *toX509Name() const;

private:
    QList<Attribute> attributes_;
};

} // namespace mailtls::core
