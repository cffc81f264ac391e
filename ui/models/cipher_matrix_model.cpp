#include "models/cipher_matrix_model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSet>

#include <algorithm>

#include "catalog/versions.h"

namespace mailtls::ui {

using core::ScanResult;
using core::SuiteInfo;

// ---------------------------------------------------------------------------------------------
// Grades

QStringList CipherGradeStyle::grades()
{
    return {QStringLiteral("strong"), QStringLiteral("acceptable"), QStringLiteral("weak"), QStringLiteral("insecure")};
}

int CipherGradeStyle::rank(const QString &grade)
{
    const int index = grades().indexOf(grade.toLower());
    return index < 0 ? 4 : index;
}

QString CipherGradeStyle::label(const QString &grade)
{
    switch (rank(grade)) {
    case 0: return tr("Strong");
    case 1: return tr("Acceptable");
    case 2: return tr("Weak");
    case 3: return tr("Insecure");
    }
    return tr("Unknown");
}

QString CipherGradeStyle::explanation(const QString &grade)
{
    switch (rank(grade)) {
    case 0: return tr("forward secrecy and an AEAD cipher: nothing to do");
    case 1: return tr("forward secrecy, but a CBC cipher (or CCM-8): fine to keep for older partners");
    case 2: return tr("no forward secrecy, or 3DES / IDEA / short keys: disable once your partners allow it");
    case 3: return tr("NULL, anonymous, EXPORT, RC4 or DES: an attacker can read or alter the mail; disable now");
    }
    return tr("the catalog gives no grade for this suite");
}

QColor CipherGradeStyle::fill(const QString &grade)
{
    switch (rank(grade)) {
    case 0: return QColor(0x4c, 0xaf, 0x6e);
    case 1: return QColor(0xb5, 0xd9, 0x6b);
    case 2: return QColor(0xf2, 0xa3, 0x3a);
    case 3: return QColor(0xd6, 0x3b, 0x3b);
    }
    return QColor(0xa0, 0xa8, 0xb0);
}

QColor CipherGradeStyle::text(const QString &grade)
{
    switch (rank(grade)) {
    case 0: return QColor(Qt::white);
    case 1: return QColor(0x24, 0x38, 0x00);
    case 2: return QColor(0x3d, 0x22, 0x00);
    case 3: return QColor(Qt::white);
    }
    return QColor(Qt::black);
}

QIcon CipherGradeStyle::swatch(const QString &grade)
{
    static QHash<int, QIcon> cache;   // GUI thread only, like every model call
    const int key = rank(grade);
    auto it = cache.find(key);
    if (it != cache.end())
        return it.value();
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = fill(grade);
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        const qreal inset = size / 6.0;
        p.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 6.0, size / 6.0);
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}

// ---------------------------------------------------------------------------------------------

// Rows and ranks are keyed by name: SSLv2 cipher kinds all carry code 0.
static QString suiteKey(const SuiteInfo &suite)
{
    return suite.iana.isEmpty() ? core::CipherSuite{suite.code, QString(), QString()}.codeHex() : suite.iana;
}

static bool isSslv2Kind(const SuiteInfo &suite)
{
    return suite.code == 0 && suite.iana.startsWith(QLatin1String("SSL_CK_"));
}

static bool isTls13Suite(const SuiteInfo &suite)
{
    return (suite.code >= 0x1301 && suite.code <= 0x13ff) || suite.kex.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0;
}

CipherMatrixModel::CipherMatrixModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QStringList CipherMatrixModel::versions()
{
    return core::scanVersions();   // the scan's keys (OpenSSL's spelling, as in the JSON report)
}

QString CipherMatrixModel::versionLabel(const QString &version)
{
    return core::tlsVersionLabel(version);
}

int CipherMatrixModel::columnForVersion(const QString &version)
{
    const int index = versions().indexOf(version);
    return index < 0 ? -1 : Sslv2Column + index;
}

QString CipherMatrixModel::versionForColumn(int column)
{
    if (column < Sslv2Column || column > Tls13Column)
        return QString();
    return versions().at(column - Sslv2Column);
}

QString CipherMatrixModel::dissectedName(const SuiteInfo &suite)
{
    // Colours of the four parts; the legend under the name repeats them.
    static const char *kexColor = "#1f5fbf";
    static const char *authColor = "#8a2fa8";
    static const char *encColor = "#1d7a3a";
    static const char *macColor = "#b0560f";
    auto span = [](const QString &text, const char *color) {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(QLatin1String(color), text.toHtmlEscaped());
    };

    const QString name = suite.iana;
    const int with = name.indexOf(QLatin1String("_WITH_"));
    const int prefixEnd = name.indexOf(QLatin1Char('_'));
    if (prefixEnd < 0)
        return name.toHtmlEscaped();
    const QString prefix = name.left(prefixEnd + 1);   // "TLS_" / "SSL_"

    QString kexPart, authPart, encPart, macPart;
    QString bulk;
    if (with >= 0) {
        const QString left = name.mid(prefixEnd + 1, with - prefixEnd - 1);   // "ECDHE_RSA"
        const int split = left.indexOf(QLatin1Char('_'));
        kexPart = split < 0 ? left : left.left(split);
        authPart = split < 0 ? QString() : left.mid(split + 1);
        bulk = name.mid(with + 6);   // "AES_256_GCM_SHA384"
    } else {
        bulk = name.mid(prefixEnd + 1);   // TLS 1.3: "AES_256_GCM_SHA384"
    }
    const int lastUnderscore = bulk.lastIndexOf(QLatin1Char('_'));
    const QString last = lastUnderscore < 0 ? QString() : bulk.mid(lastUnderscore + 1);
    const bool lastIsHash = last == QLatin1String("SHA") || last == QLatin1String("MD5")
        || (last.startsWith(QLatin1String("SHA")) && last.size() > 3 && last.at(3).isDigit());
    if (lastIsHash) {
        encPart = bulk.left(lastUnderscore);
        macPart = last;
    } else {
        encPart = bulk;
    }

    QString html = prefix.toHtmlEscaped();
    if (!kexPart.isEmpty())
        html += span(kexPart, kexColor);
    if (!authPart.isEmpty())
        html += QStringLiteral("_") + span(authPart, authColor);
    if (with >= 0)
        html += QStringLiteral("_WITH_");
    html += span(encPart, encColor);
    if (!macPart.isEmpty())
        html += QStringLiteral("_") + span(macPart, macColor);
    return html;
}

void CipherMatrixModel::setScan(const ScanResult &scan)
{
    beginResetModel();
    scan_ = scan;
    rebuild();
    endResetModel();
}

void CipherMatrixModel::setCatalog(const QList<SuiteInfo> &catalog)
{
    beginResetModel();
    catalog_ = catalog;
    rebuild();
    endResetModel();
}

void CipherMatrixModel::setShowCatalogSuites(bool show)
{
    if (showCatalog_ == show)
        return;
    beginResetModel();
    showCatalog_ = show;
    rebuild();
    endResetModel();
}

void CipherMatrixModel::setNameStyle(NameStyle style)
{
    if (nameStyle_ == style)
        return;
    nameStyle_ = style;
    if (!rows_.isEmpty())
        Q_EMIT dataChanged(index(0, SuiteColumn), index(rows_.size() - 1, SuiteColumn), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, SuiteColumn, SuiteColumn);
}

void CipherMatrixModel::clear()
{
    setScan(ScanResult());
}

void CipherMatrixModel::rebuild()
{
    rows_.clear();
    rank_.clear();
    QSet<QString> shown;

    // Newest version first, each in the order the scan lists it (the server's, when it has one),
    // so the top rows are what a modern client ends up with.
    const QStringList all = versions();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QString &version = *it;
        const QList<SuiteInfo> suites = scan_.ciphers.value(version);
        const bool ordered = scan_.serverPreference.value(version, false);
        QHash<QString, int> &ranks = rank_[version];
        for (int i = 0; i < suites.size(); ++i) {
            const SuiteInfo &suite = suites.at(i);
            const QString key = suiteKey(suite);
            ranks.insert(key, ordered ? i + 1 : 0);
            if (!shown.contains(key)) {
                shown.insert(key);
                rows_.append(Row{suite, true});
            }
        }
    }
    if (showCatalog_) {
        QList<SuiteInfo> others;
        for (const SuiteInfo &suite : std::as_const(catalog_))
            if (!shown.contains(suiteKey(suite)))
                others.append(suite);
        std::stable_sort(others.begin(), others.end(),
                         [](const SuiteInfo &a, const SuiteInfo &b) { return a.code < b.code; });
        for (const SuiteInfo &suite : std::as_const(others)) {
            shown.insert(suiteKey(suite));
            rows_.append(Row{suite, false});
        }
    }
}

SuiteInfo CipherMatrixModel::suite(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).suite : SuiteInfo();
}

int CipherMatrixModel::rowForCode(quint16 code) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).suite.code == code)
            return i;
    return -1;
}

bool CipherMatrixModel::isAccepted(quint16 code, const QString &version) const
{
    const int row = rowForCode(code);
    return row >= 0 && isAccepted(rows_.at(row).suite, version);
}

int CipherMatrixModel::preferenceRank(quint16 code, const QString &version) const
{
    const int row = rowForCode(code);
    return row >= 0 ? preferenceRank(rows_.at(row).suite, version) : 0;
}

bool CipherMatrixModel::isAccepted(const SuiteInfo &suite, const QString &version) const
{
    return rank_.value(version).contains(suiteKey(suite));
}

int CipherMatrixModel::preferenceRank(const SuiteInfo &suite, const QString &version) const
{
    return rank_.value(version).value(suiteKey(suite), 0);
}

QHash<QString, int> CipherMatrixModel::acceptedCountByGrade() const
{
    QHash<QString, int> counts;
    for (const Row &row : rows_)
        if (row.acceptedAnywhere)
            ++counts[row.suite.grade.toLower()];
    return counts;
}

int CipherMatrixModel::acceptedSuiteCount() const
{
    return int(std::count_if(rows_.cbegin(), rows_.cend(), [](const Row &row) { return row.acceptedAnywhere; }));
}

int CipherMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows_.size();
}

int CipherMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CipherMatrixModel::definedFor(const SuiteInfo &suite, const QString &version)
{
    // SSLv2 has cipher kinds of its own; TLS suites do not exist there and vice versa.
    if (version == QLatin1String("SSLv2") || isSslv2Kind(suite))
        return version == QLatin1String("SSLv2") && isSslv2Kind(suite);
    if (suite.code == 0)
        return false;   // TLS_NULL_WITH_NULL_NULL: never negotiable
    const bool tls13 = isTls13Suite(suite);
    if (version == QLatin1String("TLSv1.3"))
        return tls13;
    if (tls13)
        return false;
    // AEAD and SHA-2 MAC suites exist from TLS 1.2 on.
    const bool tls12Only = suite.mac.compare(QLatin1String("AEAD"), Qt::CaseInsensitive) == 0
        || suite.mac.startsWith(QLatin1String("SHA256"), Qt::CaseInsensitive)
        || suite.mac.startsWith(QLatin1String("SHA384"), Qt::CaseInsensitive);
    if (tls12Only)
        return version == QLatin1String("TLSv1.2");
    return true;
}

CipherMatrixModel::CellState CipherMatrixModel::cellState(const Row &row, const QString &version) const
{
    if (isAccepted(row.suite, version))
        return CellState::Accepted;
    if (!definedFor(row.suite, version))
        return CellState::NotApplicable;
    if (!scan_.protocols.contains(version))
        return CellState::NotTested;
    if (!scan_.protocols.value(version))
        return CellState::VersionRefused;
    return CellState::NotAccepted;
}

QString CipherMatrixModel::versionHeaderToolTip(const QString &version) const
{
    const QString label = versionLabel(version);
    if (!scan_.present)
        return label;
    if (!scan_.protocols.contains(version))
        return tr("%1 was not tested").arg(label);
    if (!scan_.protocols.value(version))
        return tr("The server refuses %1").arg(label);
    const int count = scan_.ciphers.value(version).size();
    const QString suites = count == 1 ? tr("1 suite accepted") : tr("%1 suites accepted").arg(count);
    return scan_.serverPreference.value(version)
        ? tr("%1: %2; the server enforces its own order (the numbers are its ranks)").arg(label, suites)
        : tr("%1: %2; the server follows the client's order").arg(label, suites);
}

QString CipherMatrixModel::suiteToolTip(const Row &row, const QString &version) const
{
    const SuiteInfo &s = row.suite;
    QString html;
    if (!version.isEmpty()) {
        const QString label = versionLabel(version);
        QString status;
        switch (cellState(row, version)) {
        case CellState::Accepted: {
            const int rank = preferenceRank(s, version);
            const int total = scan_.ciphers.value(version).size();
            status = rank > 0 ? tr("Accepted with %1 — the server's choice %2 of %3").arg(label).arg(rank).arg(total)
                              : tr("Accepted with %1 (the server follows the client's order)").arg(label);
            break;
        }
        case CellState::NotAccepted: status = tr("Not accepted with %1").arg(label); break;
        case CellState::VersionRefused: status = tr("The server refuses %1 altogether").arg(label); break;
        case CellState::NotTested: status = tr("%1 was not tested").arg(label); break;
        case CellState::NotApplicable: status = tr("This suite does not exist in %1").arg(label); break;
        }
        html += QStringLiteral("<p><b>%1</b></p>").arg(status.toHtmlEscaped());
    }
    html += QStringLiteral("<p style='white-space:pre'><b>%1</b><br/><small>"
                           "<span style='color:#1f5fbf'>%2</span> · <span style='color:#8a2fa8'>%3</span> · "
                           "<span style='color:#1d7a3a'>%4</span> · <span style='color:#b0560f'>%5</span></small></p>")
                .arg(dissectedName(s), tr("key exchange"), tr("authentication"), tr("cipher"), tr("MAC"));

    auto row2 = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:10px'>%1</td><td><b>%2</b></td></tr>")
            .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString none = tr("—");
    html += QStringLiteral("<table cellspacing='0'>");
    html += row2(tr("Key exchange"), s.kex.isEmpty() ? none : s.kex);
    html += row2(tr("Authentication"), s.auth.isEmpty() ? none : s.auth);
    html += row2(tr("Cipher"), s.enc.isEmpty() ? none : (s.bits > 0 ? tr("%1 (%2 bits)").arg(s.enc).arg(s.bits) : s.enc));
    html += row2(tr("MAC"), s.mac.isEmpty() ? none : s.mac);
    // The names each program uses, one under the other so they line up.
    html += QStringLiteral("<tr><td colspan='2' style='font-size:4px'>&nbsp;</td></tr>");
    html += row2(tr("IANA"), s.iana);
    html += row2(tr("OpenSSL"), s.openssl.isEmpty() ? tr("— (OpenSSL has no name for it)") : s.openssl);
    html += row2(tr("GnuTLS"), s.gnutls.isEmpty() ? none : s.gnutls);
    html += row2(tr("Code"), core::CipherSuite{s.code, QString(), QString()}.codeHex());
    html += QStringLiteral("</table>");

    const QColor fill = CipherGradeStyle::fill(s.grade);
    html += QStringLiteral("<p><span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span> %4</p>")
                .arg(fill.name(), CipherGradeStyle::text(s.grade).name(), CipherGradeStyle::label(s.grade).toHtmlEscaped(),
                     CipherGradeStyle::explanation(s.grade).toHtmlEscaped());

    if (version.isEmpty()) {
        QStringList where;
        for (const QString &v : versions()) {
            if (!isAccepted(s, v))
                continue;
            const int rank = preferenceRank(s, v);
            where << (rank > 0 ? tr("%1 (#%2)").arg(versionLabel(v)).arg(rank) : versionLabel(v));
        }
        html += QStringLiteral("<p>%1</p>").arg(
            (where.isEmpty() ? tr("Not accepted in any version") : tr("Accepted with %1").arg(where.join(QStringLiteral(", "))))
                .toHtmlEscaped());
    }
    return html;
}

QVariant CipherMatrixModel::versionCellData(const Row &row, const QString &version, int role) const
{
    const CellState state = cellState(row, version);
    switch (role) {
    case Qt::DisplayRole:
        if (state == CellState::Accepted) {
            const int rank = preferenceRank(row.suite, version);
            return rank > 0 ? QString::number(rank) : QStringLiteral("✓");
        }
        if (state == CellState::VersionRefused)
            return QStringLiteral("–");
        return QString();
    case Qt::BackgroundRole:
        switch (state) {
        case CellState::Accepted: return QBrush(CipherGradeStyle::fill(row.suite.grade));
        case CellState::VersionRefused: return QBrush(QColor(0xe4, 0xe6, 0xea));
        case CellState::NotApplicable: return QBrush(QColor(0xd8, 0xdb, 0xe0), Qt::BDiagPattern);
        case CellState::NotTested: return QBrush(QColor(0xf1, 0xee, 0xe0));
        case CellState::NotAccepted: return QVariant();
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (state == CellState::Accepted)
            return QBrush(CipherGradeStyle::text(row.suite.grade));
        return QBrush(QColor(0x8a, 0x90, 0x99));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (state == CellState::Accepted) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return suiteToolTip(row, version);
    case AcceptedRole:
        return state == CellState::Accepted;
    case RankRole:
        return preferenceRank(row.suite, version);
    case CellStateRole:
        return QVariant::fromValue(state);
    case VersionRole:
        return version;
    case SortRole: {
        // Accepted first, by rank; then the rest.
        if (state != CellState::Accepted)
            return 100000 + int(state);
        const int rank = preferenceRank(row.suite, version);
        return rank > 0 ? rank : 50000;
    }
    }
    return QVariant();
}

QVariant CipherMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = rows_.at(index.row());
    const SuiteInfo &s = row.suite;
    const int column = index.column();

    switch (role) {
    case CodeRole: return QVariant::fromValue<quint16>(s.code);
    case GradeRole: return s.grade;
    default: break;
    }

    const QString version = versionForColumn(column);
    if (!version.isEmpty())
        return versionCellData(row, version, role);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SuiteColumn:
            if (nameStyle_ == NameStyle::OpenSsl && !s.openssl.isEmpty())
                return s.openssl;
            return s.iana;
        case CodeColumn: return core::CipherSuite{s.code, QString(), QString()}.codeHex();
        case GradeColumn: return CipherGradeStyle::label(s.grade);
        case KexColumn: return s.kex;
        case AuthColumn: return s.auth;
        case EncColumn: return s.enc;
        case MacColumn: return s.mac;
        case BitsColumn: return s.bits > 0 ? QVariant(s.bits) : QVariant(QString());
        }
        return QVariant();
    case Qt::ToolTipRole:
        return suiteToolTip(row, QString());
    case Qt::DecorationRole:
        if (column == SuiteColumn)
            return CipherGradeStyle::swatch(s.grade);
        return QVariant();
    case Qt::BackgroundRole:
        if (column == GradeColumn)
            return QBrush(CipherGradeStyle::fill(s.grade));
        return QVariant();
    case Qt::ForegroundRole:
        if (column == GradeColumn)
            return QBrush(CipherGradeStyle::text(s.grade));
        if (!row.acceptedAnywhere)
            return QBrush(QColor(0x8a, 0x90, 0x99));
        return QVariant();
    case Qt::FontRole:
        if (column == CodeColumn) {
            QFont f(QStringLiteral("monospace"));
            f.setStyleHint(QFont::Monospace);
            return f;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == CodeColumn || column == GradeColumn)
            return int(Qt::AlignCenter);
        if (column == BitsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case AcceptedRole:
        return row.acceptedAnywhere;
    case RankRole:
        return 0;
    case SortRole:
        switch (column) {
        case CodeColumn: return int(s.code);
        case GradeColumn: return CipherGradeStyle::rank(s.grade);
        case BitsColumn: return s.bits;
        case SuiteColumn: return data(index, Qt::DisplayRole);
        default: return data(index, Qt::DisplayRole);
        }
    }
    return QVariant();
}

QVariant CipherMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rows_.size())
            return section + 1;
        return QVariant();
    }
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    const QString version = versionForColumn(section);
    if (!version.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole:
            // "⇣" marks a version whose order the server enforces.
            return scan_.serverPreference.value(version, false) && scan_.protocols.value(version, false)
                ? versionLabel(version) + QStringLiteral(" ⇣")
                : versionLabel(version);
        case Qt::ToolTipRole: return versionHeaderToolTip(version);
        case Qt::ForegroundRole:
            if (scan_.present && !scan_.protocols.value(version, false))
                return QBrush(QColor(0x8a, 0x90, 0x99));
            return QVariant();
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        case VersionRole: return version;
        }
        return QVariant();
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SuiteColumn: return nameStyle_ == NameStyle::OpenSsl ? tr("Suite (OpenSSL name)") : tr("Suite (IANA name)");
        case CodeColumn: return tr("Code");
        case GradeColumn: return tr("Strength");
        case KexColumn: return tr("Key exchange");
        case AuthColumn: return tr("Auth");
        case EncColumn: return tr("Cipher");
        case MacColumn: return tr("MAC");
        case BitsColumn: return tr("Bits");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SuiteColumn: return tr("The cipher suite; hover over a name to see it taken apart");
        case CodeColumn: return tr("The suite's two-byte IANA code point");
        case GradeColumn: return tr("Strength grade from the cipher catalog");
        }
    }
    return QVariant();
}

} // namespace mailtls::ui
