#pragma once

#include <QWidget>

#include "model/report.h"

class QFormLayout;
class QGroupBox;
class QLabel;
class QTableView;

namespace mailtls::ui {

class CapabilitiesView;
class HandshakeModel;

// What was negotiated (protocol, cipher, group, keys, verification) above the message list.
class HandshakeView : public QWidget
{
    Q_OBJECT
public:
    explicit HandshakeView(QWidget *parent = nullptr);

    void setHandshakeModel(HandshakeModel *model);
    // Fills the summary from a report; an empty report clears it.
    void setReport(const core::Report &report);
    void clear();

    // The text shown for one summary field (tests and accessibility).
    QString fieldText(const QString &field) const;
    QTableView *messageTable() const { return table_; }
    // EHLO before and after STARTTLS; its box is hidden when the session has no EHLO.
    CapabilitiesView *capabilitiesView() const { return capabilities_; }
    bool capabilitiesShown() const;

private:
    enum Tone { Neutral, Good, Warning, Bad };
    void setStatus(const QString &text, Tone tone);
    QLabel *addField(const QString &key, const QString &label);
    void setField(const QString &key, const QString &text, const QColor &color = QColor());

    QFormLayout *form_ = nullptr;
    QLabel *status_ = nullptr;
    QHash<QString, QLabel *> fields_;
    QTableView *table_ = nullptr;
    QGroupBox *capabilitiesBox_ = nullptr;
    CapabilitiesView *capabilities_ = nullptr;
};

// Plain-language sentences, shared with the status bar.
QString verificationText(const core::TlsFacts &tls);

} // namespace mailtls::ui
