#pragma once

// `mailtls queue FILE|-`: a mail queue listing (exim -bp, postqueue -j, postqueue -p) read as
// "what is stuck": a summary line, the destination domains most stuck first, the messages by
// age, the frozen (held) messages; with --log, the TLS failures the server's own logs show for
// the partners of each stuck domain.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "cli_settings.h"
#include "logs/log_inventory.h"
#include "logs/mail_queue.h"

namespace mailtls::cli {

struct QueueSettings {
    CliSettings cli;
    QString path;                 // the listing; "-" standard input
    core::QueueFilter filter;
    int top = 20;                 // domains and frozen messages listed in the text; 0: all
    QStringList logPaths;         // --log FILE (repeatable)
};

// Parses the arguments after the word "queue" (args[0] is the program name). False with a
// one-line message on a usage error.
bool parseQueueArgs(const QStringList &args, QueueSettings *settings, QString *error);
QString queueHelpText();

// The outbound partners of the logs whose host name is the domain or ends with ".domain"
// (an address literal "[192.0.2.1]" matches the partner's address). A name match only: MX
// hosts named under another domain are not found.
QList<const core::LogPartner *> partnersForDomain(const core::LogInventory &inventory, const QString &domain);

// The text an admin reads; every value from the input is escaped (no control characters).
// `inventory` is null without --log.
QString queueText(const core::MailQueue &queue, const core::QueueFilter &filter, int top, bool color,
                  const core::LogInventory *inventory);

// The JSON document (schema "mailtls.queue/1", docs/CONTRACTS.md).
QByteArray queueJsonBytes(const core::MailQueue &queue, const core::QueueFilter &filter, const core::LogInventory *inventory);

int runQueueCommand(const QStringList &args);

} // namespace mailtls::cli
