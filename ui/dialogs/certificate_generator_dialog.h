#pragma once

#include <QDialog>
#include <QStringList>

#include "pki/config_snippets.h"
#include "pki/private_key.h"
#include "x509/subject_alt_names.h"
#include "pki/subject_name.h"
#include "x509/certificate.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mailtls::ui {

// Tools > Generate Certificate…: a key and a self-signed certificate, a CSR, or a certificate
// signed by a mini CA directory, written to files, with the Exim / Postfix lines that use them.
// The work (key generation can take seconds) runs on a worker thread.
class CertificateGeneratorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SelfSigned, Csr, CaSigned };

    struct Request {
        core::KeyType keyType = core::KeyType::EcP256;
        core::SubjectName subject;
        core::SubjectAltNames altNames;
        int days = 365;
        Mode mode = Mode::SelfSigned;
        QString caDir;
        QByteArray caPassphrase;
        QString keyFile;
        QString outputFile;    // the certificate (leaf + intermediates) or the CSR
        bool overwrite = false;
    };
    struct Result {
        bool ok = false;
        QString error;
        core::CertificateChain chain;   // empty for a CSR
        QStringList files;              // written, certificate first, key last
        core::ConfigSnippets snippets;
    };

    explicit CertificateGeneratorDialog(QWidget *parent = nullptr);
    ~CertificateGeneratorDialog() override;

    // The whole job, synchronously (the dialog calls it on a worker thread; tests directly).
    static Result generate(const Request &request);

    // Reads the form; false with *error naming the field that is wrong.
    bool buildRequest(Request *request, QString *error) const;

    bool isBusy() const { return busy_; }
    QString hintText() const;
    QString configText() const;
    const Result &lastResult() const { return result_; }

    QComboBox *keyTypeCombo() const { return keyType_; }
    QComboBox *modeCombo() const { return mode_; }
    QLineEdit *commonNameEdit() const { return commonName_; }
    QLineEdit *organizationEdit() const { return organization_; }
    QLineEdit *countryEdit() const { return country_; }
    QLineEdit *altNamesEdit() const { return altNames_; }
    QSpinBox *daysSpin() const { return days_; }
    QLineEdit *caDirEdit() const { return caDir_; }
    QLineEdit *keyFileEdit() const { return keyFile_; }
    QLineEdit *outputFileEdit() const { return outputFile_; }
    QPushButton *generateButton() const { return generate_; }

public Q_SLOTS:
    void startGeneration();
    void updateWidgets();

Q_SIGNALS:
    // The files are written; `certificateFiles` is what File > Open Certificate would load
    // (certificate file and key), empty for a CSR.
    void generated(const QStringList &certificateFiles);
    void finished(bool ok);

private:
    void onFinished(const Result &result);
    void suggestPaths();
    void browse(QLineEdit *edit, bool directory, bool save);

    QComboBox *keyType_ = nullptr;
    QLineEdit *commonName_ = nullptr;
    QLineEdit *organization_ = nullptr;
    QLineEdit *country_ = nullptr;
    QLineEdit *altNames_ = nullptr;
    QSpinBox *days_ = nullptr;
    QComboBox *mode_ = nullptr;
    QLineEdit *caDir_ = nullptr;
    QLineEdit *caPassphrase_ = nullptr;
    QWidget *caRow_ = nullptr;
    QLabel *outputLabel_ = nullptr;
    QLineEdit *keyFile_ = nullptr;
    QLineEdit *outputFile_ = nullptr;
    QCheckBox *overwrite_ = nullptr;
    QPlainTextEdit *config_ = nullptr;
    QPushButton *copy_ = nullptr;
    QPushButton *generate_ = nullptr;
    QLabel *hint_ = nullptr;

    bool busy_ = false;
    QString suggestedOutput_;   // the paths suggestPaths() last filled in
    QString suggestedKey_;
    QString status_;    // the outcome of the last run, for the hint line
    bool statusError_ = false;
    Result result_;
};

} // namespace mailtls::ui
