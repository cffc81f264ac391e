#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace mailtls::ui {

class CertificateChainModel;
class ValidityTimeline;

// A chain (served by a server, or read from files) as a tree (leaf on top), its validity
// timeline, and every field of the selected certificate below with the extensions decoded,
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
    ValidityTimeline *timeline() const { return timeline_; }

    // Where the chain came from, shown above the tree: empty for a served chain, else e.g.
    // "from file /etc/exim4/exim.crt". The position field then speaks of file order.
    void setSourceText(const QString &text);
    QString sourceText() const;
    // For the timeline's "expires soon" colour (default 30, as --warn-days).
    void setWarnDays(int days);

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
    QLabel *source_ = nullptr;
    ValidityTimeline *timeline_ = nullptr;
    int warnDays_ = 30;
};

} // namespace mailtls::ui
