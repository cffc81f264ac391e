#pragma once

#include <QString>
#include <QStringList>

#include "protocol/reply_parser.h"

namespace mailtls::core {

// What an EHLO/LHLO reply advertises (RFC 5321 4.1.1.1, RFC 3207, RFC 4954).
struct EhloCapabilities {
    bool ok = false;                 // a 250 reply
    QString greeting;                // text of the first line ("mail.example.org Hello ...")
    QStringList keywordLines;        // the remaining lines' texts as sent ("SIZE 52428800")
    bool starttls = false;
    QStringList authMechanisms;      // upper case, from "AUTH ..." and the old "AUTH=..." form
    qint64 sizeLimit = -1;           // SIZE parameter, -1 when absent, 0 when "SIZE" alone
    bool pipelining = false;
    bool chunking = false;
    bool smtputf8 = false;
    bool has(const QString &keyword) const;          // case-insensitive keyword lookup
    QStringList parameters(const QString &keyword) const;
};

EhloCapabilities parseEhlo(const SmtpReply &reply);

} // namespace mailtls::core
