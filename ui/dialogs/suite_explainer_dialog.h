#pragma once

// Tools > Explain Cipher Suite…: type a suite in IANA, OpenSSL or GnuTLS notation (or its
// code), or pick one from the list, and see it taken apart: key exchange, authentication,
// cipher, MAC/PRF, versions, forward secrecy, AEAD, the grade with its reasons and the
// certificate the server needs. The same breakdown as `mailtls explain`.

#include <QDialog>

#include "explain/suite_explainer.h"

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace mailtls::ui {

class SuiteExplainerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SuiteExplainerDialog(QWidget *parent = nullptr);

    // Shows the breakdown of `name` (as if typed and Enter pressed). False when unknown.
    bool explain(const QString &name);

    const core::SuiteExplanation &explanation() const { return explanation_; }
    QLineEdit *lineEdit() const { return edit_; }
    QListWidget *suiteList() const { return list_; }
    QComboBox *notationCombo() const { return notation_; }
    QCompleter *completer() const { return completer_; }
    QString resultText() const;
    QString resultHtml() const;
    QString hintText() const;

    static QString explanationHtml(const core::SuiteExplanation &e);

public Q_SLOTS:
    void updateWidgets();

private:
    void fillList();
    void filterList(const QString &text);
    void onTextEdited(const QString &text);

    QLineEdit *edit_ = nullptr;
    QCompleter *completer_ = nullptr;
    QComboBox *notation_ = nullptr;
    QListWidget *list_ = nullptr;
    QTextBrowser *result_ = nullptr;
    QLabel *hint_ = nullptr;
    core::SuiteExplanation explanation_;
};

} // namespace mailtls::ui
