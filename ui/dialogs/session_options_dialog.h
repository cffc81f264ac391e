#pragma once

#include <QDialog>

#include "model/session_options.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mailtls::ui {

// The less common session settings: SNI and verification name, trust and client credentials,
// TLS version limits, cipher/group lists, EHLO name, timeout and security level; the proxy
// every connection goes through (URL and password; TargetBar keeps the URL in the settings,
// never the password).
class SessionOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SessionOptionsDialog(const core::SessionOptions &options, QWidget *parent = nullptr);

    // The given options with this dialog's fields applied.
    core::SessionOptions options() const;
    QString hint() const;
    bool isAcceptable() const;

public Q_SLOTS:
    void updateWidgets();

private:
    QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &objectName,
                          const QString &filter);
    QString problem() const;   // first thing that stops OK, or empty

    core::SessionOptions options_;
    QLineEdit *ehloName_ = nullptr;
    QCheckBox *sendSni_ = nullptr;
    QLineEdit *sni_ = nullptr;
    QLineEdit *servername_ = nullptr;
    QLineEdit *caFile_ = nullptr;
    QLineEdit *clientCert_ = nullptr;
    QLineEdit *clientKey_ = nullptr;
    QComboBox *tlsMin_ = nullptr;
    QComboBox *tlsMax_ = nullptr;
    QLineEdit *ciphers_ = nullptr;
    QLineEdit *ciphersuites_ = nullptr;
    QLineEdit *groups_ = nullptr;
    QSpinBox *securityLevel_ = nullptr;
    QSpinBox *timeout_ = nullptr;
    QLineEdit *proxyUrl_ = nullptr;
    QLineEdit *proxyPassword_ = nullptr;
    QLabel *hint_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

} // namespace mailtls::ui
