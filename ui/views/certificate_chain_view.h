#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace mailtls::ui {

class CertificateChainModel;

// The served chain as a tree (leaf on top) and every field of the selected certificate below,
// ending with the full `openssl x509 -text` dump.
class CertificateChainView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateChainView(QWidget *parent = nullptr);

    void setChainModel(CertificateChainModel *model);
    QTreeView *tree() const { return tree_; }
    QString fieldText(const QString &field) const;
    QString dumpText() const;

private:
    void onModelReset();
    void showCertificate(int position);
    QLabel *addField(const QString &key, const QString &label);

    CertificateChainModel *model_ = nullptr;
    QTreeView *tree_ = nullptr;
    QLabel *placeholder_ = nullptr;
    QWidget *details_ = nullptr;
    QFormLayout *form_ = nullptr;
    QHash<QString, QLabel *> fields_;
    QPlainTextEdit *dump_ = nullptr;
};

} // namespace mailtls::ui
