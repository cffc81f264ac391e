#pragma once

#include <QWidget>

#include "model/session_options.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace mailtls::ui {

// Host, port, dialect and the "Options…" button; the session actions sit beside it in the
// main window's tool bar. Everything else a session needs lives in options() via the dialog.
class TargetBar : public QWidget
{
    Q_OBJECT
public:
    // ImplicitTls is SMTPS; the access protocols follow (IMAP/POP3 with STARTTLS/STLS, and
    // inside implicit TLS, which ports 993/995 select; ManageSieve on 4190).
    enum Dialect { SmtpStartTls, LmtpStartTls, ImplicitTls, PlainTcp, ImapStartTls, ImapImplicitTls, Pop3StartTls,
                   Pop3ImplicitTls, SieveStartTls };

    explicit TargetBar(QWidget *parent = nullptr);

    core::SessionOptions options() const;
    void setOptions(const core::SessionOptions &options);
    void setEditable(bool editable);

    QLineEdit *hostEdit() const { return host_; }
    QSpinBox *portSpin() const { return port_; }
    QComboBox *dialectCombo() const { return dialect_; }
    Dialect dialect() const;
    void setDialect(Dialect dialect);

    // The proxy setting of this desk (QSettings key "network/proxy"): the URL without password,
    // read when the bar is made and written when the options dialog is accepted. The password
    // lives in memory alone, for the window's lifetime.
    static constexpr const char *kProxySettingKey = "network/proxy";
    static core::ProxySettings storedProxySetting();
    static void storeProxySetting(const core::ProxySettings &proxy);

Q_SIGNALS:
    void connectRequested();
    void targetChanged();

private:
    void editOptions();
    void onPortChanged(int port);

    QLineEdit *host_ = nullptr;
    QSpinBox *port_ = nullptr;
    QComboBox *dialect_ = nullptr;
    QToolButton *optionsButton_ = nullptr;
    core::SessionOptions extra_;   // the dialog's part: SNI, files, TLS limits, EHLO name, ...
};

} // namespace mailtls::ui
