#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace mailtls::ui {

class CipherFilterProxy;
class CipherMatrixModel;
class FindingsModel;
class HygienePanel;
class StrengthChart;

// The "Cipher matrix" tab: a summary line, the scan's progress with Cancel, filters, the
// suite × version grid, and beside it the strength chart, the grade legend and the server's
// preference order for one version.
class CipherGridView : public QWidget
{
    Q_OBJECT
public:
    explicit CipherGridView(QWidget *parent = nullptr);

    void setMatrixModel(CipherMatrixModel *model);
    // The findings the hygiene panel names next to its checks (the window's Findings list).
    void setFindingsModel(FindingsModel *model);
    CipherMatrixModel *matrixModel() const { return model_; }
    CipherFilterProxy *proxy() const { return proxy_; }

    // Scan progress: shown with Cancel while a scan runs.
    void setScanning(bool scanning, const QString &target = QString());
    void setProgress(int done, int total, const QString &step);
    bool isScanning() const { return scanning_; }

    QTableView *table() const { return table_; }
    StrengthChart *chart() const { return chart_; }
    HygienePanel *hygienePanel() const { return hygiene_; }
    QCheckBox *onlyAcceptedBox() const { return onlyAccepted_; }
    QCheckBox *onlyWeakBox() const { return onlyWeak_; }
    QCheckBox *catalogBox() const { return showCatalog_; }
    QComboBox *nameStyleCombo() const { return nameStyle_; }
    QLineEdit *searchEdit() const { return search_; }
    QComboBox *preferenceVersionCombo() const { return preferenceVersion_; }
    QListWidget *preferenceList() const { return preferenceList_; }
    QProgressBar *progressBar() const { return progress_; }
    QPushButton *cancelButton() const { return cancel_; }
    QString summaryText() const;
    QString hintText() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void onModelReset();
    void updateSummary();
    void updateHint();
    void updatePreferenceVersions();
    void showPreferenceOrder();
    void updateCounts();
    void updateHygiene();

    CipherMatrixModel *model_ = nullptr;
    CipherFilterProxy *proxy_ = nullptr;
    QLabel *summary_ = nullptr;
    QLabel *hint_ = nullptr;
    QWidget *progressRow_ = nullptr;
    QProgressBar *progress_ = nullptr;
    QLabel *progressLabel_ = nullptr;
    QPushButton *cancel_ = nullptr;
    QCheckBox *onlyAccepted_ = nullptr;
    QCheckBox *onlyWeak_ = nullptr;
    QCheckBox *showCatalog_ = nullptr;
    QComboBox *nameStyle_ = nullptr;
    QLineEdit *search_ = nullptr;
    QLabel *rowCount_ = nullptr;
    QSplitter *splitter_ = nullptr;
    QTableView *table_ = nullptr;
    StrengthChart *chart_ = nullptr;
    HygienePanel *hygiene_ = nullptr;
    FindingsModel *findings_ = nullptr;
    QComboBox *preferenceVersion_ = nullptr;
    QLabel *preferenceNote_ = nullptr;
    QListWidget *preferenceList_ = nullptr;
    bool scanning_ = false;
    QString target_;
};

} // namespace mailtls::ui
