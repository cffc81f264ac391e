#pragma once

#include <QWidget>

class QTableView;
class QTextBrowser;

namespace mailtls::ui {

class FindingsModel;

// Findings table (severity badge, id, title) and, for the selected one, what it means, the
// evidence and the Exim/Postfix configuration that fixes it.
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setFindingsModel(FindingsModel *model);
    QTableView *table() const { return table_; }
    QString detailText() const;   // plain text of the detail pane

private:
    void onModelReset();
    void showFinding(int row);

    FindingsModel *model_ = nullptr;
    QTableView *table_ = nullptr;
    QTextBrowser *detail_ = nullptr;
};

} // namespace mailtls::ui
