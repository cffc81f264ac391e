#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

#include "model/report.h"

namespace mailtls::ui {

// Colours and names of the catalog's strength grades ("strong", "acceptable", "weak",
// "insecure"), shared by the grid, its legend and the strength chart.
class CipherGradeStyle
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ui::CipherGradeStyle)
public:
    static QStringList grades();                    // best first
    static int rank(const QString &grade);          // 0 strong … 3 insecure, 4 unknown
    static QString label(const QString &grade);     // translated, capitalised
    static QString explanation(const QString &grade);
    static QColor fill(const QString &grade);       // cell background of an accepted suite
    static QColor text(const QString &grade);       // text drawn on fill()
    static bool isWeak(const QString &grade) { return rank(grade) == 2 || rank(grade) == 3; }
    static QIcon swatch(const QString &grade);       // a small rounded square in fill()
};

// The scan's cipher matrix: one row per cipher suite, one column per protocol version.
// Rows are the suites the server accepted in any version (and, on request, every other suite
// of the catalog); a version cell says whether the suite was accepted there and, where the
// server enforces its own order, its rank in that order. Reads a ScanResult snapshot only.
class CipherMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SuiteColumn,   // the name, with a swatch in its grade's colour
        Sslv2Column,
        Sslv3Column,
        Tls10Column,
        Tls11Column,
        Tls12Column,
        Tls13Column,
        GradeColumn,
        CodeColumn,
        KexColumn,
        AuthColumn,
        EncColumn,
        MacColumn,
        BitsColumn,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1,   // quint16 (every column)
        GradeRole,                     // "strong" … (every column)
        AcceptedRole,                  // version cell: accepted there; other columns: in any version
        RankRole,                      // version cell: 1-based server-preference rank, 0 when none
        CellStateRole,                 // version cell: CellState
        SortRole,                      // a value that sorts the column sensibly
        VersionRole,                   // version cell: "TLSv1.2" (the scan's key)
    };
    enum class CellState { Accepted, NotAccepted, VersionRefused, NotTested, NotApplicable };
    Q_ENUM(CellState)
    enum class NameStyle { Iana, OpenSsl };
    Q_ENUM(NameStyle)

    explicit CipherMatrixModel(QObject *parent = nullptr);

    // The versions of the columns, in column order.
    static QStringList versions();   // the scan's keys: "SSLv2" … "TLSv1" … "TLSv1.3"
    static QString versionLabel(const QString &version);   // "TLS 1.2"
    static int columnForVersion(const QString &version);   // -1 when unknown
    static QString versionForColumn(int column);           // empty for other columns
    // "TLS_<kex>_<auth>_WITH_<cipher>_<mac>" taken apart as rich text, each part coloured.
    static QString dissectedName(const core::SuiteInfo &suite);

    void setScan(const core::ScanResult &scan);
    // Every suite the catalog knows; rows for those the server did not accept appear when
    // setShowCatalogSuites(true).
    void setCatalog(const QList<core::SuiteInfo> &catalog);
    void setShowCatalogSuites(bool show);
    bool showCatalogSuites() const { return showCatalog_; }
    bool hasCatalog() const { return !catalog_.isEmpty(); }
    void setNameStyle(NameStyle style);
    NameStyle nameStyle() const { return nameStyle_; }
    void clear();

    const core::ScanResult &scan() const { return scan_; }
    core::SuiteInfo suite(int row) const;
    int rowForCode(quint16 code) const;   // -1 when not shown
    bool isAccepted(quint16 code, const QString &version) const;
    int preferenceRank(quint16 code, const QString &version) const;   // 1-based; 0: none / no order
    bool isAccepted(const core::SuiteInfo &suite, const QString &version) const;
    int preferenceRank(const core::SuiteInfo &suite, const QString &version) const;
    // Distinct accepted suites per grade (a suite accepted in several versions counts once).
    QHash<QString, int> acceptedCountByGrade() const;
    int acceptedSuiteCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        core::SuiteInfo suite;
        bool acceptedAnywhere = false;
    };
    void rebuild();
    CellState cellState(const Row &row, const QString &version) const;
    static bool definedFor(const core::SuiteInfo &suite, const QString &version);
    QVariant versionCellData(const Row &row, const QString &version, int role) const;
    QString suiteToolTip(const Row &row, const QString &version) const;
    QString versionHeaderToolTip(const QString &version) const;

    core::ScanResult scan_;
    QList<core::SuiteInfo> catalog_;
    bool showCatalog_ = false;
    NameStyle nameStyle_ = NameStyle::Iana;
    QList<Row> rows_;
    QHash<QString, QHash<QString, int>> rank_;   // version -> suite key -> 1-based rank, 0 when unordered
};

} // namespace mailtls::ui
