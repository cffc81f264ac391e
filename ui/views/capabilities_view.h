#pragma once

#include <QWidget>

#include "model/capabilities.h"
#include "model/report.h"

class QLabel;
class QTableWidget;

namespace mailtls::ui {

// "EHLO before and after STARTTLS" in the Handshake tab: every keyword the server offered in
// either list, side by side, what changed with TLS marked (model/capabilities.h decides what
// changed). Hidden when the session has no EHLO before TLS.
class CapabilitiesView : public QWidget
{
    Q_OBJECT
public:
    enum Column { KeywordColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };

    explicit CapabilitiesView(QWidget *parent = nullptr);

    void setSmtp(const core::SmtpFacts &smtp);
    void clear();

    // The title of the box around this view for a session's dialect ("smtp", "lmtp", "imap",
    // "pop3", "sieve"; anything else reads as SMTP): what the lists are called there.
    static QString titleFor(const QString &dialect);

    QTableWidget *table() const { return table_; }
    QString summaryText() const;
    // The row of a keyword (upper case); -1 when not listed.
    int rowOf(const QString &keyword) const;
    QString cellText(const QString &keyword, int column) const;
    // The change a row shows, as capabilityChangeWord() names it; empty when not listed.
    QString changeWord(const QString &keyword) const;

private:
    QLabel *summary_ = nullptr;
    QTableWidget *table_ = nullptr;
};

} // namespace mailtls::ui
