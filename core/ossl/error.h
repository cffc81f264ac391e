#pragma once

#include <QString>
#include <QStringList>

namespace mailtls::core::ossl {

// One entry of OpenSSL's error queue, kept as data.
struct ErrorEntry {
    unsigned long code = 0;
    QString library;
    QString reason;
};

// A typed error built from OpenSSL's error queue plus our context ("loading CA file x").
struct Error {
    QString context;
    QList<ErrorEntry> entries;

    bool isEmpty() const { return entries.isEmpty() && context.isEmpty(); }
    // "context: reason (library)" joined for every queued entry.
    QString message() const;
};

// Drains the calling thread's OpenSSL error queue (always leaves it empty).
Error drainErrors(const QString &context = QString());

} // namespace mailtls::core::ossl
