#include "dialogs/certificate_generator_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>


#include "jobs/certificate_job.h"
#include "jobs/job.h"
#include "pki/certificate_factory.h"

namespace mailtls::ui {

using namespace core;

namespace {

QString safeFileStem(const QString &commonName)
{
    QString stem = commonName.trimmed();
    stem.replace(QLatin1Char('*'), QStringLiteral("wildcard"));
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return stem.isEmpty() ? QStringLiteral("server") : stem;
}

} // namespace

CertificateGeneratorDialog::Result CertificateGeneratorDialog::generate(const Request &request)
{
    core::CertificateOrder order;
    order.kind = request.mode == Mode::Csr ? core::CertificateKind::Request
                 : request.mode == Mode::CaSigned ? core::CertificateKind::CaSigned
                                                  : core::CertificateKind::SelfSigned;
    order.keyType = request.keyType;
    order.newKeyFile = request.keyFile;
    order.spec.subject = request.subject;
    order.spec.altNames = request.altNames;
    order.spec.usage = CertificateUsage::Server;
    order.spec.days = request.days;
    order.caDir = request.caDir;
    order.caPassphrase = request.caPassphrase;
    order.outputFile = request.outputFile;
    order.overwrite = request.overwrite;
    const core::MadeCertificate made = core::makeCertificate(order);

    Result result;
    if (!made.ok()) {
        result.error = core::shownMessage(made.error);   // shown, in the window's language
        return result;
    }
    result.chain = made.chain;
    result.snippets = made.snippets;
    result.files = {request.outputFile, request.keyFile};
    result.ok = true;
    return result;
}

CertificateGeneratorDialog::CertificateGeneratorDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("CertificateGeneratorDialog"));
    setWindowTitle(tr("Generate Certificate"));
    auto *layout = new QVBoxLayout(this);

    auto *what = new QGroupBox(tr("Certificate"), this);
    auto *form = new QFormLayout(what);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mode_ = new QComboBox(what);
    mode_->setObjectName(QStringLiteral("mode"));
    mode_->addItem(tr("Self-signed certificate"), int(Mode::SelfSigned));
    mode_->addItem(tr("Certificate signing request (CSR) for a CA"), int(Mode::Csr));
    mode_->addItem(tr("Certificate signed by a CA directory"), int(Mode::CaSigned));
    form->addRow(tr("&Make:"), mode_);

    caRow_ = new QWidget(what);
    auto *caLayout = new QHBoxLayout(caRow_);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caDir_ = new QLineEdit(caRow_);
    caDir_->setObjectName(QStringLiteral("caDir"));
    caDir_->setPlaceholderText(tr("directory made by mailtls cert ca init"));
    auto *caBrowse = new QToolButton(caRow_);
    caBrowse->setText(tr("…"));
    caPassphrase_ = new QLineEdit(caRow_);
    caPassphrase_->setObjectName(QStringLiteral("caPassphrase"));
    caPassphrase_->setEchoMode(QLineEdit::Password);
    caPassphrase_->setPlaceholderText(tr("CA key passphrase (if any)"));
    caLayout->addWidget(caDir_, 2);
    caLayout->addWidget(caBrowse);
    caLayout->addWidget(caPassphrase_, 1);
    form->addRow(tr("CA:"), caRow_);

    keyType_ = new QComboBox(what);
    keyType_->setObjectName(QStringLiteral("keyType"));
    for (const QString &name : keyTypeNames())
        keyType_->addItem(name, name);
    keyType_->setCurrentIndex(qMax(0, keyType_->findData(QStringLiteral("ec-p256"))));
    form->addRow(tr("&Key type:"), keyType_);

    commonName_ = new QLineEdit(what);
    commonName_->setObjectName(QStringLiteral("commonName"));
    commonName_->setPlaceholderText(tr("mail.example.org"));
    form->addRow(tr("Common &name (CN):"), commonName_);
    organization_ = new QLineEdit(what);
    organization_->setObjectName(QStringLiteral("organization"));
    organization_->setPlaceholderText(tr("optional, e.g. Example GmbH"));
    form->addRow(tr("&Organization (O):"), organization_);
    country_ = new QLineEdit(what);
    country_->setObjectName(QStringLiteral("country"));
    country_->setMaxLength(2);
    country_->setPlaceholderText(tr("optional, two letters, e.g. DE"));
    form->addRow(tr("&Country (C):"), country_);
    altNames_ = new QLineEdit(what);
    altNames_->setObjectName(QStringLiteral("altNames"));
    altNames_->setPlaceholderText(tr("DNS:mail.example.org,DNS:mx2.example.org,IP:192.0.2.25 (empty: DNS:<CN>)"));
    form->addRow(tr("&Alternative names:"), altNames_);
    days_ = new QSpinBox(what);
    days_->setObjectName(QStringLiteral("days"));
    days_->setRange(1, 36500);
    days_->setValue(365);
    days_->setSuffix(tr(" days"));
    form->addRow(tr("&Validity:"), days_);
    layout->addWidget(what);

    auto *out = new QGroupBox(tr("Output files"), this);
    auto *outForm = new QFormLayout(out);
    outForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto fileRow = [this, out](QLineEdit **edit, const QString &name) {
        auto *row = new QWidget(out);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        *edit = new QLineEdit(row);
        (*edit)->setObjectName(name);
        auto *button = new QToolButton(row);
        button->setText(tr("…"));
        h->addWidget(*edit, 1);
        h->addWidget(button);
        QLineEdit *target = *edit;
        connect(button, &QToolButton::clicked, this, [this, target] { browse(target, false, true); });
        return row;
    };
    outputLabel_ = new QLabel(tr("Certificate:"), out);
    outForm->addRow(outputLabel_, fileRow(&outputFile_, QStringLiteral("outputFile")));
    outForm->addRow(tr("Private key (0600):"), fileRow(&keyFile_, QStringLiteral("keyFile")));
    overwrite_ = new QCheckBox(tr("Replace existing files"), out);
    overwrite_->setObjectName(QStringLiteral("overwrite"));
    outForm->addRow(QString(), overwrite_);
    layout->addWidget(out);

    auto *configBox = new QGroupBox(tr("Exim and Postfix configuration"), this);
    auto *configLayout = new QVBoxLayout(configBox);
    config_ = new QPlainTextEdit(configBox);
    config_->setObjectName(QStringLiteral("configText"));
    config_->setReadOnly(true);
    config_->setLineWrapMode(QPlainTextEdit::NoWrap);
    config_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    config_->setPlaceholderText(tr("The lines that use the generated files appear here."));
    config_->setMinimumHeight(140);
    configLayout->addWidget(config_);
    copy_ = new QPushButton(tr("&Copy to Clipboard"), configBox);
    copy_->setObjectName(QStringLiteral("copyConfig"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(copy_);
    configLayout->addLayout(copyRow);
    layout->addWidget(configBox, 1);

    hint_ = new QLabel(this);
    hint_->setObjectName(QStringLiteral("hint"));
    hint_->setWordWrap(true);
    layout->addWidget(hint_);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    generate_ = buttons->addButton(tr("&Generate"), QDialogButtonBox::ActionRole);
    generate_->setObjectName(QStringLiteral("generateButton"));
    generate_->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(generate_, &QPushButton::clicked, this, &CertificateGeneratorDialog::startGeneration);
    connect(copy_, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(config_->toPlainText()); });
    connect(caBrowse, &QToolButton::clicked, this, [this] { browse(caDir_, true, false); });
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] {
        suggestPaths();
        updateWidgets();
    });
    connect(commonName_, &QLineEdit::textChanged, this, [this] {
        suggestPaths();
        updateWidgets();
    });
    for (QLineEdit *edit : {organization_, country_, altNames_, caDir_, keyFile_, outputFile_})
        connect(edit, &QLineEdit::textChanged, this, &CertificateGeneratorDialog::updateWidgets);

    resize(620, 640);
    suggestPaths();
    updateWidgets();
}

CertificateGeneratorDialog::~CertificateGeneratorDialog() = default;

void CertificateGeneratorDialog::suggestPaths()
{
    // Next to the last file chosen, else in Documents (or home when there is none).
    QString base = QFileInfo(outputFile_->text()).absolutePath();
    if (outputFile_->text().isEmpty() || !QFileInfo(base).isDir()) {
        base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (base.isEmpty() || !QFileInfo(base).isDir())
            base = QDir::homePath();
    }
    const QString stem = QDir(base).filePath(safeFileStem(commonName_->text()));
    const bool csr = Mode(mode_->currentData().toInt()) == Mode::Csr;
    // A path the user typed or picked stays; only our own earlier suggestion follows the CN.
    const QString output = stem + (csr ? QStringLiteral(".csr") : QStringLiteral(".pem"));
    if (outputFile_->text().isEmpty() || outputFile_->text() == suggestedOutput_)
        outputFile_->setText(output);
    suggestedOutput_ = output;
    const QString key = stem + QStringLiteral(".key");
    if (keyFile_->text().isEmpty() || keyFile_->text() == suggestedKey_)
        keyFile_->setText(key);
    suggestedKey_ = key;
}

void CertificateGeneratorDialog::browse(QLineEdit *edit, bool directory, bool save)
{
    const QString current = edit->text();
    QString chosen;
    if (directory)
        chosen = QFileDialog::getExistingDirectory(this, tr("CA Directory"), current);
    else if (save)
        chosen = QFileDialog::getSaveFileName(this, tr("Output File"), current, QString(), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    edit->setText(chosen);
}

bool CertificateGeneratorDialog::buildRequest(Request *request, QString *error) const
{
    Request r;
    const std::optional<KeyType> type = keyTypeFromName(keyType_->currentData().toString());
    if (!type) {
        *error = tr("Choose a key type.");
        return false;
    }
    r.keyType = *type;
    r.mode = Mode(mode_->currentData().toInt());
    const QString cn = commonName_->text().trimmed();
    if (cn.isEmpty()) {
        *error = tr("Enter the host name partners connect to as the common name, e.g. mail.example.org.");
        return false;
    }
    Error parseError;
    if (!r.subject.append(QStringLiteral("CN"), cn, &parseError)
        || (!organization_->text().trimmed().isEmpty()
            && !r.subject.append(QStringLiteral("O"), organization_->text().trimmed(), &parseError))
        || (!country_->text().trimmed().isEmpty()
            && !r.subject.append(QStringLiteral("C"), country_->text().trimmed().toUpper(), &parseError))) {
        *error = tr("Subject: %1").arg(core::shownMessage(parseError));
        return false;
    }
    const QString sanText = altNames_->text().trimmed().isEmpty()
        ? (cn.startsWith(QLatin1String("*.")) || !cn.contains(QLatin1Char(' ')) ? QStringLiteral("DNS:") + cn : QString())
        : altNames_->text().trimmed();
    r.altNames = SubjectAltNames::parse(sanText, &parseError);
    if (parseError.isError()) {
        *error = tr("Alternative names: %1").arg(core::shownMessage(parseError));
        return false;
    }
    r.days = days_->value();
    if (r.mode == Mode::CaSigned) {
        r.caDir = caDir_->text().trimmed();
        if (r.caDir.isEmpty()) {
            *error = tr("Choose the CA directory (made with mailtls cert ca init).");
            return false;
        }
        r.caPassphrase = caPassphrase_->text().toUtf8();
    }
    r.outputFile = outputFile_->text().trimmed();
    r.keyFile = keyFile_->text().trimmed();
    if (r.outputFile.isEmpty() || r.keyFile.isEmpty()) {
        *error = tr("Choose where to write the files.");
        return false;
    }
    if (QFileInfo(r.outputFile).absoluteFilePath() == QFileInfo(r.keyFile).absoluteFilePath()) {
        *error = tr("The key needs a file of its own.");
        return false;
    }
    r.overwrite = overwrite_->isChecked();
    *request = r;
    return true;
}

QString CertificateGeneratorDialog::hintText() const
{
    return hint_->text();
}

QString CertificateGeneratorDialog::configText() const
{
    return config_->toPlainText();
}

void CertificateGeneratorDialog::updateWidgets()
{
    const Mode mode = Mode(mode_->currentData().toInt());
    caRow_->setEnabled(mode == Mode::CaSigned && !busy_);
    outputLabel_->setText(mode == Mode::Csr ? tr("Request (CSR):") : tr("Certificate:"));
    days_->setEnabled(mode != Mode::Csr && !busy_);
    for (QWidget *w : std::initializer_list<QWidget *>{mode_, keyType_, commonName_, organization_, country_, altNames_,
                                                       keyFile_, outputFile_, overwrite_})
        w->setEnabled(!busy_);
    copy_->setEnabled(!config_->toPlainText().isEmpty());

    Request request;
    QString problem;
    const bool ready = buildRequest(&request, &problem);
    generate_->setEnabled(ready && !busy_);

    QString hint;
    bool error = false;
    if (busy_) {
        hint = tr("Generating the key and %1… (RSA 4096 can take a few seconds)")
                   .arg(mode == Mode::Csr ? tr("the request") : tr("the certificate"));
    } else if (!status_.isEmpty()) {
        hint = status_;
        error = statusError_;
    } else if (!ready) {
        hint = problem;
    } else {
        hint = mode == Mode::Csr
            ? tr("Press Generate to write the key and the request; then send the request to your CA.")
            : tr("Press Generate to write the key and the certificate; the chain then opens in the Certificates tab.");
    }
    hint_->setText(hint);
    hint_->setStyleSheet(error ? QStringLiteral("color: #b81d2a;") : QString());
}

void CertificateGeneratorDialog::startGeneration()
{
    if (busy_)
        return;
    Request request;
    QString problem;
    if (!buildRequest(&request, &problem)) {
        status_ = problem;
        statusError_ = true;
        updateWidgets();
        return;
    }
    busy_ = true;
    status_.clear();
    statusError_ = false;
    config_->clear();
    updateWidgets();

    // A job: the key may take seconds; if the dialog goes first, the files are still written
    // (all or none) and the result reaches nobody.
    Job *job = Job::start<Result>(
        this, [request](JobContext &) { return generate(request); }, [this](const Result &result) { onFinished(result); });
    connect(job, &Job::finished, job, &QObject::deleteLater);
}

void CertificateGeneratorDialog::onFinished(const Result &result)
{
    busy_ = false;
    result_ = result;
    if (!result.ok) {
        status_ = tr("Nothing was written: %1").arg(result.error);
        statusError_ = true;
    } else {
        config_->setPlainText(result.snippets.exim.trimmed() + QStringLiteral("\n\n") + result.snippets.postfix.trimmed()
                              + QLatin1Char('\n'));
        const Mode mode = Mode(mode_->currentData().toInt());
        status_ = mode == Mode::Csr
            ? tr("Written: %1 and %2. Send the request to your CA; the lines below use its answer.")
                  .arg(QDir::toNativeSeparators(result.files.value(0)), QDir::toNativeSeparators(result.files.value(1)))
            : tr("Written: %1 and %2. The chain is shown in the Certificates tab; copy the lines below into Exim or Postfix.")
                  .arg(QDir::toNativeSeparators(result.files.value(0)), QDir::toNativeSeparators(result.files.value(1)));
        statusError_ = false;
    }
    updateWidgets();
    if (result.ok && !result.chain.isEmpty())
        Q_EMIT generated(result.files);
    Q_EMIT finished(result.ok);
}

} // namespace mailtls::ui
