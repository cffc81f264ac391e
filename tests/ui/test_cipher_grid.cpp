// The cipher matrix: model and proxy through QAbstractItemModelTester with a hand-built
// ScanResult, then what an admin sees: cell colours by grade, server ranks, the tooltip that
// takes a suite apart, the filters, the strength chart and the server-order list, and a
// screenshot of the whole tab (MAILTLS_ARTIFACTS_DIR/cipher_grid.png).

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QSplitter>
#include <QSpinBox>
#include <QToolBar>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <QTcpServer>
#include <QTcpSocket>

#include "main_window.h"
#include "models/cipher_filter_proxy.h"
#include "models/cipher_matrix_model.h"
#include "scan_controller.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/cipher_grid_view.h"
#include "views/target_bar.h"
#include "views/strength_chart.h"
#include "test_registry.h"

using namespace mailtls;
using core::ScanResult;
using core::SuiteInfo;
using ui::CipherFilterProxy;
using ui::CipherGradeStyle;
using ui::CipherMatrixModel;
using CellState = CipherMatrixModel::CellState;

namespace {

SuiteInfo suite(quint16 code, const char *iana, const char *openssl, const char *gnutls, const char *kex,
                const char *auth, const char *enc, const char *mac, int bits, const char *grade)
{
    SuiteInfo s;
    s.code = code;
    s.iana = QString::fromLatin1(iana);
    s.openssl = QString::fromLatin1(openssl);
    s.gnutls = QString::fromLatin1(gnutls);
    s.kex = QString::fromLatin1(kex);
    s.auth = QString::fromLatin1(auth);
    s.enc = QString::fromLatin1(enc);
    s.mac = QString::fromLatin1(mac);
    s.bits = bits;
    s.grade = QString::fromLatin1(grade);
    return s;
}

const SuiteInfo kAes256Gcm13 = suite(0x1302, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", "any", "any", "AES-256-GCM", "AEAD", 256, "strong");
const SuiteInfo kChacha13 = suite(0x1303, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", "any", "any", "CHACHA20-POLY1305", "AEAD", 256, "strong");
const SuiteInfo kAes128Gcm13 = suite(0x1301, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", "any", "any", "AES-128-GCM", "AEAD", 128, "strong");
const SuiteInfo kEcdheAes256Gcm = suite(0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_AES_256_GCM_SHA384", "ECDHE", "RSA", "AES-256-GCM", "AEAD", 256, "strong");
const SuiteInfo kEcdheAes128Gcm = suite(0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_AES_128_GCM_SHA256", "ECDHE", "RSA", "AES-128-GCM", "AEAD", 128, "strong");
const SuiteInfo kDheAes256Gcm = suite(0x009F, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_AES_256_GCM_SHA384", "DHE", "RSA", "AES-256-GCM", "AEAD", 256, "strong");
const SuiteInfo kEcdheAes256Cbc = suite(0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_AES_256_CBC_SHA1", "ECDHE", "RSA", "AES-256-CBC", "SHA1", 256, "acceptable");
const SuiteInfo kRsaAes256Gcm = suite(0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384", "AES256-GCM-SHA384", "TLS_RSA_AES_256_GCM_SHA384", "RSA", "RSA", "AES-256-GCM", "AEAD", 256, "weak");
const SuiteInfo kRsaAes128Cbc = suite(0x002F, "TLS_RSA_WITH_AES_128_CBC_SHA", "AES128-SHA", "TLS_RSA_AES_128_CBC_SHA1", "RSA", "RSA", "AES-128-CBC", "SHA1", 128, "weak");
const SuiteInfo kRsa3Des = suite(0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "DES-CBC3-SHA", "TLS_RSA_3DES_EDE_CBC_SHA1", "RSA", "RSA", "3DES-EDE-CBC", "SHA1", 112, "weak");
const SuiteInfo kRsaRc4 = suite(0x0005, "TLS_RSA_WITH_RC4_128_SHA", "RC4-SHA", "TLS_RSA_ARCFOUR_128_SHA1", "RSA", "RSA", "RC4-128", "SHA1", 128, "insecure");
// In the catalog only: never accepted by the sample server.
const SuiteInfo kAnonAes = suite(0x0034, "TLS_DH_anon_WITH_AES_128_CBC_SHA", "ADH-AES128-SHA", "TLS_DH_ANON_AES_128_CBC_SHA1", "DH", "anon", "AES-128-CBC", "SHA1", 128, "insecure");
const SuiteInfo kCamellia = suite(0x0088, "TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA", "DHE-RSA-CAMELLIA256-SHA", "TLS_DHE_RSA_CAMELLIA_256_CBC_SHA1", "DHE", "RSA", "CAMELLIA-256-CBC", "SHA1", 256, "acceptable");

// A 2015-era Exim after a half-done hardening: TLS 1.0 still on, RC4 and 3DES still there,
// its own order in TLS 1.0 and 1.2, the client's order in TLS 1.3.
ScanResult sampleScan()
{
    ScanResult scan;
    scan.present = true;
    scan.protocols = {{QStringLiteral("SSLv2"), false}, {QStringLiteral("SSLv3"), false}, {QStringLiteral("TLSv1"), true},
                      {QStringLiteral("TLSv1.1"), false}, {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), true}};
    scan.ciphers.insert(QStringLiteral("TLSv1.3"), {kAes256Gcm13, kChacha13, kAes128Gcm13});
    scan.ciphers.insert(QStringLiteral("TLSv1.2"), {kEcdheAes256Gcm, kEcdheAes128Gcm, kDheAes256Gcm, kEcdheAes256Cbc,
                                                   kRsaAes256Gcm, kRsaAes128Cbc, kRsa3Des, kRsaRc4});
    scan.ciphers.insert(QStringLiteral("TLSv1"), {kEcdheAes256Cbc, kRsaAes128Cbc, kRsa3Des, kRsaRc4});
    scan.serverPreference = {{QStringLiteral("TLSv1"), true}, {QStringLiteral("TLSv1.2"), true}, {QStringLiteral("TLSv1.3"), false}};
    scan.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("ffdhe2048")};
    scan.dhBits = 1024;
    scan.certificateTypes = {QStringLiteral("RSA")};
    scan.connections = 24;
    scan.handshakes = 21;
    return scan;
}

QList<SuiteInfo> sampleCatalog()
{
    return {kRsaRc4, kRsa3Des, kRsaAes128Cbc, kAnonAes, kCamellia, kRsaAes256Gcm, kDheAes256Gcm,
            kAes128Gcm13, kAes256Gcm13, kChacha13, kEcdheAes256Cbc, kEcdheAes128Gcm, kEcdheAes256Gcm};
}

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QColor backgroundOf(const QModelIndex &index)
{
    return index.data(Qt::BackgroundRole).value<QBrush>().color();
}

QString artifactsDir()
{
    const QString dir = qEnvironmentVariableIsSet("MAILTLS_ARTIFACTS_DIR") ? qEnvironmentVariable("MAILTLS_ARTIFACTS_DIR")
                                                                           : QStringLiteral(MAILTLS_ARTIFACTS_DIR);
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestCipherGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTester();
    void rowsInServerOrderNewestVersionFirst();
    void cellsColouredByGradeWithRanks();
    void versionHeaders();
    void tooltipTakesSuiteApart();
    void dissectedNameParts_data();
    void dissectedNameParts();
    void catalogRowsAndNameStyle();
    void sslv2KindsShareCodeZero();
    void proxyFilters();
    void proxySortsCodesNumerically();
    void countsByGrade();
    void chartShowsCounts();
    void gridViewWiring();
    void progressAndCancel();
    void screenshot();
    void controllerOptionsFromTargetBar();
    void controllerScansOffTheGuiThread();
    void controllerCancelsAtOnce();
    void mainWindowScanActionAndTab();
};

void TestCipherGrid::modelPassesTester()
{
    CipherMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CipherFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setScan(sampleScan());
    model.setCatalog(sampleCatalog());
    model.setShowCatalogSuites(true);
    proxy.setOnlyWeak(true);
    proxy.setSearchText(QStringLiteral("RSA"));
    proxy.sort(CipherMatrixModel::CodeColumn);
    proxy.setOnlyAccepted(true);
    model.setNameStyle(CipherMatrixModel::NameStyle::OpenSsl);
    model.setShowCatalogSuites(false);
    proxy.setOnlyWeak(false);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setScan(sampleScan());
    QCOMPARE(model.rowCount(), 11);
}

void TestCipherGrid::rowsInServerOrderNewestVersionFirst()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, CipherMatrixModel::SuiteColumn).data().toString();
    // TLS 1.3 as scanned, then TLS 1.2 in the server's order; TLS 1.0 adds nothing new.
    QCOMPARE(names, (QStringList{kAes256Gcm13.iana, kChacha13.iana, kAes128Gcm13.iana, kEcdheAes256Gcm.iana,
                                 kEcdheAes128Gcm.iana, kDheAes256Gcm.iana, kEcdheAes256Cbc.iana, kRsaAes256Gcm.iana,
                                 kRsaAes128Cbc.iana, kRsa3Des.iana, kRsaRc4.iana}));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.index(3, CipherMatrixModel::CodeColumn).data().toString(), QStringLiteral("0xC030"));
    QCOMPARE(model.index(3, CipherMatrixModel::KexColumn).data().toString(), QStringLiteral("ECDHE"));
    QCOMPARE(model.index(3, CipherMatrixModel::EncColumn).data().toString(), QStringLiteral("AES-256-GCM"));
    QCOMPARE(model.index(3, CipherMatrixModel::BitsColumn).data().toInt(), 256);
    QCOMPARE(model.index(3, CipherMatrixModel::GradeColumn).data().toString(), QStringLiteral("Strong"));
}

void TestCipherGrid::cellsColouredByGradeWithRanks()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    const int tls12 = CipherMatrixModel::columnForVersion(QStringLiteral("TLSv1.2"));
    const int tls10 = CipherMatrixModel::columnForVersion(QStringLiteral("TLSv1"));
    const int tls11 = CipherMatrixModel::columnForVersion(QStringLiteral("TLSv1.1"));
    const int tls13 = CipherMatrixModel::columnForVersion(QStringLiteral("TLSv1.3"));
    QCOMPARE(tls12, int(CipherMatrixModel::Tls12Column));
    QCOMPARE(tls10, int(CipherMatrixModel::Tls10Column));

    const int c030 = model.rowForCode(0xC030);
    const int rc4 = model.rowForCode(0x0005);
    const int des3 = model.rowForCode(0x000A);
    const int aes13 = model.rowForCode(0x1302);
    QVERIFY(c030 >= 0 && rc4 >= 0 && des3 >= 0 && aes13 >= 0);

    // Accepted, server order: the rank, in the grade's colours.
    QModelIndex cell = model.index(c030, tls12);
    QCOMPARE(cell.data().toString(), QStringLiteral("1"));
    QCOMPARE(cell.data(CipherMatrixModel::RankRole).toInt(), 1);
    QCOMPARE(cell.data(CipherMatrixModel::AcceptedRole).toBool(), true);
    QCOMPARE(backgroundOf(cell), CipherGradeStyle::fill(QStringLiteral("strong")));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), CipherGradeStyle::text(QStringLiteral("strong")));

    cell = model.index(rc4, tls12);
    QCOMPARE(cell.data().toString(), QStringLiteral("8"));
    QCOMPARE(backgroundOf(cell), CipherGradeStyle::fill(QStringLiteral("insecure")));
    cell = model.index(rc4, tls10);
    QCOMPARE(cell.data().toString(), QStringLiteral("4"));
    QCOMPARE(backgroundOf(model.index(des3, tls10)), CipherGradeStyle::fill(QStringLiteral("weak")));
    QCOMPARE(backgroundOf(model.index(model.rowForCode(0xC014), tls10)), CipherGradeStyle::fill(QStringLiteral("acceptable")));
    // Four distinct colours, red for insecure, green for strong.
    QVERIFY(CipherGradeStyle::fill(QStringLiteral("insecure")).red() > 180);
    QVERIFY(CipherGradeStyle::fill(QStringLiteral("strong")).green() > CipherGradeStyle::fill(QStringLiteral("strong")).red());

    // Accepted without server order (TLS 1.3 here): a tick, no rank.
    cell = model.index(aes13, tls13);
    QCOMPARE(cell.data().toString(), QStringLiteral("✓"));
    QCOMPARE(cell.data(CipherMatrixModel::RankRole).toInt(), 0);

    // A refused version, a suite that does not exist in a version, a plain "no".
    cell = model.index(c030, tls11);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotApplicable);   // GCM: TLS 1.2 only
    cell = model.index(rc4, tls11);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::VersionRefused);
    QCOMPARE(cell.data().toString(), QStringLiteral("–"));
    QVERIFY(backgroundOf(cell) != CipherGradeStyle::fill(QStringLiteral("insecure")));
    cell = model.index(c030, tls13);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotApplicable);
    cell = model.index(aes13, tls12);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotApplicable);
    cell = model.index(model.rowForCode(0xC014), tls12);
    QCOMPARE(cell.data().toString(), QStringLiteral("4"));
    cell = model.index(model.rowForCode(0xC02F), tls10);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotApplicable);
    cell = model.index(model.rowForCode(0x009F), tls12);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::Accepted);
    // SSLv2 was tested and refused: TLS suites do not exist there at all.
    cell = model.index(rc4, CipherMatrixModel::Sslv2Column);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotApplicable);
    cell = model.index(rc4, CipherMatrixModel::Sslv3Column);
    QCOMPARE(cell.data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::VersionRefused);

    QVERIFY(model.isAccepted(0x0005, QStringLiteral("TLSv1")));
    QVERIFY(!model.isAccepted(0x009D, QStringLiteral("TLSv1")));
    QCOMPARE(model.preferenceRank(0x000A, QStringLiteral("TLSv1")), 3);
}

void TestCipherGrid::versionHeaders()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    QCOMPARE(model.headerData(CipherMatrixModel::Tls12Column, Qt::Horizontal).toString(), QStringLiteral("TLS 1.2 ⇣"));
    QCOMPARE(model.headerData(CipherMatrixModel::Tls13Column, Qt::Horizontal).toString(), QStringLiteral("TLS 1.3"));
    QCOMPARE(model.headerData(CipherMatrixModel::Tls10Column, Qt::Horizontal).toString(), QStringLiteral("TLS 1.0 ⇣"));
    QCOMPARE(model.headerData(CipherMatrixModel::Sslv3Column, Qt::Horizontal).toString(), QStringLiteral("SSL 3.0"));
    QVERIFY(model.headerData(CipherMatrixModel::Tls11Column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("refuses TLS 1.1")));
    QVERIFY(model.headerData(CipherMatrixModel::Tls12Column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("8 suites")));
    QVERIFY(model.headerData(CipherMatrixModel::Tls13Column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("client's order")));
    QCOMPARE(model.headerData(CipherMatrixModel::SuiteColumn, Qt::Horizontal).toString(), QStringLiteral("Suite (IANA name)"));
}

void TestCipherGrid::tooltipTakesSuiteApart()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    const int row = model.rowForCode(0xC030);
    const QString cellTip = plain(model.index(row, CipherMatrixModel::Tls12Column).data(Qt::ToolTipRole).toString());
    QVERIFY2(cellTip.contains(QStringLiteral("Accepted with TLS 1.2 — the server's choice 1 of 8")), qPrintable(cellTip));
    for (const char *part : {"Key exchange", "ECDHE", "Authentication", "RSA", "Cipher", "AES-256-GCM (256 bits)", "MAC", "AEAD",
                             "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
                             "TLS_ECDHE_RSA_AES_256_GCM_SHA384", "0xC030", "IANA", "OpenSSL", "Strong",
                             "key exchange · authentication · cipher · MAC"})
        QVERIFY2(cellTip.contains(QString::fromUtf8(part)), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(QString::fromUtf8(part), cellTip)));

    const QString refused = plain(model.index(model.rowForCode(0x0005), CipherMatrixModel::Tls11Column).data(Qt::ToolTipRole).toString());
    QVERIFY2(refused.contains(QLatin1String("refuses TLS 1.1 altogether")), qPrintable(refused));
    const QString rc4 = plain(model.index(model.rowForCode(0x0005), CipherMatrixModel::SuiteColumn).data(Qt::ToolTipRole).toString());
    QVERIFY2(rc4.contains(QLatin1String("Insecure")) && rc4.contains(QLatin1String("RC4-128")), qPrintable(rc4));
    QVERIFY2(rc4.contains(QLatin1String("Accepted with TLS 1.0 (#4), TLS 1.2 (#8)")), qPrintable(rc4));
    const QString tls13 = plain(model.index(model.rowForCode(0x1301), CipherMatrixModel::Tls13Column).data(Qt::ToolTipRole).toString());
    QVERIFY2(tls13.contains(QLatin1String("client's order")), qPrintable(tls13));
}

void TestCipherGrid::dissectedNameParts_data()
{
    // The suite by IANA name (SuiteInfo is not a registered metatype; the name is enough).
    QTest::addColumn<QString>("iana");
    QTest::addColumn<QStringList>("parts");   // kex, auth, cipher, mac (empty: none)
    QTest::newRow("ecdhe-rsa-gcm") << kEcdheAes256Gcm.iana << QStringList{"ECDHE", "RSA", "AES_256_GCM", "SHA384"};
    QTest::newRow("rsa-cbc-sha") << kRsaAes128Cbc.iana << QStringList{"RSA", "", "AES_128_CBC", "SHA"};
    QTest::newRow("tls13") << kAes256Gcm13.iana << QStringList{"", "", "AES_256_GCM", "SHA384"};
    QTest::newRow("anon") << kAnonAes.iana << QStringList{"DH", "anon", "AES_128_CBC", "SHA"};
    QTest::newRow("ccm no mac") << QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_128_CCM") << QStringList{"ECDHE", "ECDSA", "AES_128_CCM", ""};
    QTest::newRow("export") << QStringLiteral("TLS_RSA_EXPORT_WITH_RC4_40_MD5") << QStringList{"RSA", "EXPORT", "RC4_40", "MD5"};
}

void TestCipherGrid::dissectedNameParts()
{
    QFETCH(QString, iana);
    QFETCH(QStringList, parts);
    SuiteInfo suite;
    suite.iana = iana;
    const QString html = CipherMatrixModel::dissectedName(suite);
    QCOMPARE(plain(html), suite.iana);   // nothing lost or added
    const QStringList colors{QStringLiteral("#1f5fbf"), QStringLiteral("#8a2fa8"), QStringLiteral("#1d7a3a"), QStringLiteral("#b0560f")};
    for (int i = 0; i < 4; ++i) {
        const QString span = QStringLiteral("<span style='color:%1'>%2</span>").arg(colors.at(i), parts.at(i));
        if (parts.at(i).isEmpty())
            QVERIFY2(!html.contains(QStringLiteral("color:%1").arg(colors.at(i))), qPrintable(html));
        else
            QVERIFY2(html.contains(span), qPrintable(html + QStringLiteral("\nmissing ") + span));
    }
}

void TestCipherGrid::catalogRowsAndNameStyle()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    model.setCatalog(sampleCatalog());
    QCOMPARE(model.rowCount(), 11);
    model.setShowCatalogSuites(true);
    QCOMPARE(model.rowCount(), 13);
    // Not-accepted catalog suites come last, in code order, greyed.
    QCOMPARE(model.suite(11).code, quint16(0x0034));
    QCOMPARE(model.suite(12).code, quint16(0x0088));
    QCOMPARE(model.index(11, CipherMatrixModel::SuiteColumn).data(CipherMatrixModel::AcceptedRole).toBool(), false);
    QCOMPARE(model.index(11, CipherMatrixModel::Tls12Column).data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotAccepted);
    QCOMPARE(model.index(11, CipherMatrixModel::Tls12Column).data(Qt::BackgroundRole), QVariant());
    QCOMPARE(model.index(11, CipherMatrixModel::SuiteColumn).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x8a, 0x90, 0x99));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNameStyle(CipherMatrixModel::NameStyle::OpenSsl);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(model.rowForCode(0xC030), 0).data().toString(), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
    QCOMPARE(model.index(model.rowForCode(0x000A), 0).data().toString(), QStringLiteral("DES-CBC3-SHA"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Suite (OpenSSL name)"));
}

void TestCipherGrid::sslv2KindsShareCodeZero()
{
    // SSLv2 cipher kinds have 3-byte codes; the catalog gives them code 0 and SSL_CK_ names.
    ScanResult scan;
    scan.present = true;
    scan.protocols = {{QStringLiteral("SSLv2"), true}, {QStringLiteral("TLSv1.2"), false}};
    SuiteInfo rc4 = suite(0, "SSL_CK_RC4_128_WITH_MD5", "RC4-MD5", "", "RSA", "RSA", "RC4-128", "MD5", 128, "insecure");
    SuiteInfo des = suite(0, "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "DES-CBC3-MD5", "", "RSA", "RSA", "3DES-EDE-CBC", "MD5", 112, "weak");
    scan.ciphers.insert(QStringLiteral("SSLv2"), {rc4, des});
    CipherMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScan(scan);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, CipherMatrixModel::Sslv2Column).data(CipherMatrixModel::AcceptedRole).toBool(), true);
    QCOMPARE(model.index(1, CipherMatrixModel::Sslv2Column).data().toString(), QStringLiteral("✓"));
    QCOMPARE(model.index(0, CipherMatrixModel::Tls12Column).data(CipherMatrixModel::CellStateRole).value<CellState>(), CellState::NotApplicable);
    QCOMPARE(model.index(0, CipherMatrixModel::CodeColumn).data().toString(), QStringLiteral("0x0000"));
}

void TestCipherGrid::proxyFilters()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    model.setCatalog(sampleCatalog());
    model.setShowCatalogSuites(true);
    CipherFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 13);

    QSignalSpy filterChanged(&proxy, &CipherFilterProxy::filterChanged);
    proxy.setOnlyAccepted(true);
    QCOMPARE(proxy.rowCount(), 11);
    QCOMPARE(filterChanged.count(), 1);

    proxy.setOnlyWeak(true);
    QStringList codes;
    for (int row = 0; row < proxy.rowCount(); ++row)
        codes << proxy.index(row, CipherMatrixModel::CodeColumn).data().toString();
    QCOMPARE(codes, (QStringList{"0x009D", "0x002F", "0x000A", "0x0005"}));

    proxy.setOnlyAccepted(false);   // the anonymous suite of the catalog is insecure too
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setOnlyWeak(false);

    proxy.setSearchText(QStringLiteral("chacha"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("0xc0"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("DES-CBC3"));   // OpenSSL name
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("ARCFOUR"));    // GnuTLS name
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 13);
}

void TestCipherGrid::proxySortsCodesNumerically()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    CipherFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CipherMatrixModel::CodeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CipherMatrixModel::CodeColumn).data().toString(), QStringLiteral("0x0005"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, CipherMatrixModel::CodeColumn).data().toString(), QStringLiteral("0xC030"));
    proxy.sort(CipherMatrixModel::GradeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CipherMatrixModel::GradeColumn).data(CipherMatrixModel::GradeRole).toString(), QStringLiteral("strong"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, CipherMatrixModel::GradeColumn).data(CipherMatrixModel::GradeRole).toString(), QStringLiteral("insecure"));
    // A version column sorts by the server's rank there, the not-accepted last.
    proxy.sort(CipherMatrixModel::Tls10Column, Qt::AscendingOrder);
    QStringList first;
    for (int row = 0; row < 4; ++row)
        first << proxy.index(row, CipherMatrixModel::CodeColumn).data().toString();
    QCOMPARE(first, (QStringList{"0xC014", "0x002F", "0x000A", "0x0005"}));
}

void TestCipherGrid::countsByGrade()
{
    CipherMatrixModel model;
    model.setScan(sampleScan());
    const QHash<QString, int> counts = model.acceptedCountByGrade();
    QCOMPARE(counts.value(QStringLiteral("strong")), 6);
    QCOMPARE(counts.value(QStringLiteral("acceptable")), 1);
    QCOMPARE(counts.value(QStringLiteral("weak")), 3);
    QCOMPARE(counts.value(QStringLiteral("insecure")), 1);
    QCOMPARE(model.acceptedSuiteCount(), 11);
    model.setCatalog(sampleCatalog());
    model.setShowCatalogSuites(true);
    QCOMPARE(model.acceptedCountByGrade(), counts);   // catalog rows are not accepted ones
}

void TestCipherGrid::chartShowsCounts()
{
    ui::StrengthChart chart;
    chart.resize(320, 220);
    chart.setCounts({{QStringLiteral("strong"), 6}, {QStringLiteral("weak"), 3}, {QStringLiteral("insecure"), 1}});
    QCustomPlot *plot = chart.plot();
    QCOMPARE(plot->plottableCount(), 4);
    QList<double> values;
    QList<QColor> fills;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(i));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 1);
        values << bars->data()->at(0)->value;
        fills << bars->brush().color();
    }
    QCOMPARE(values, (QList<double>{6, 0, 3, 1}));
    QCOMPARE(fills, (QList<QColor>{CipherGradeStyle::fill(QStringLiteral("strong")), CipherGradeStyle::fill(QStringLiteral("acceptable")),
                                   CipherGradeStyle::fill(QStringLiteral("weak")), CipherGradeStyle::fill(QStringLiteral("insecure"))}));
    QVERIFY(plot->yAxis->range().upper >= 6);
    QCOMPARE(plot->itemCount(), 4);   // the count above each bar
    chart.clear();
    QCOMPARE(qobject_cast<QCPBars *>(plot->plottable(0))->data()->at(0)->value, 0.0);
}

void TestCipherGrid::gridViewWiring()
{
    CipherMatrixModel model;
    model.setCatalog(sampleCatalog());
    ui::CipherGridView view;
    view.setMatrixModel(&model);
    QVERIFY(view.summaryText().contains(QLatin1String("no scan yet")));
    QVERIFY(view.hintText().contains(QLatin1String("Press Scan")));
    QVERIFY(!view.preferenceVersionCombo()->isEnabled());

    model.setScan(sampleScan());
    const QString summary = QTextDocumentFragment::fromHtml(view.summaryText()).toPlainText();
    QVERIFY2(summary.contains(QLatin1String("accepts TLS 1.0, TLS 1.2, TLS 1.3")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("11 suites")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("DH 1024 bits")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("24 connections, 21 handshakes")), qPrintable(summary));
    QVERIFY2(view.hintText().contains(QLatin1String("4 accepted suites are weak or insecure")), qPrintable(view.hintText()));

    // The chart follows the model.
    QCOMPARE(view.chart()->counts().value(QStringLiteral("strong")), 6);

    // Server order list: newest version with suites first; TLS 1.3 is client-ordered here.
    QCOMPARE(view.preferenceVersionCombo()->count(), 3);
    QCOMPARE(view.preferenceVersionCombo()->currentData().toString(), QStringLiteral("TLSv1.3"));
    QCOMPARE(view.preferenceList()->count(), 3);
    QVERIFY(!view.preferenceList()->item(0)->text().startsWith(QLatin1String("1.")));
    view.preferenceVersionCombo()->setCurrentIndex(1);
    QCOMPARE(view.preferenceVersionCombo()->currentData().toString(), QStringLiteral("TLSv1.2"));
    QCOMPARE(view.preferenceList()->count(), 8);
    QCOMPARE(view.preferenceList()->item(0)->text(), QStringLiteral("1. TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
    QCOMPARE(view.preferenceList()->item(7)->text(), QStringLiteral("8. TLS_RSA_WITH_RC4_128_SHA"));

    // Filters on the widgets drive the proxy.
    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 11);
    view.onlyWeakBox()->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 4);
    view.onlyWeakBox()->setChecked(false);
    QVERIFY(view.catalogBox()->isEnabled());
    view.catalogBox()->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 13);
    view.onlyAcceptedBox()->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 11);
    view.searchEdit()->setText(QStringLiteral("RC4"));
    QCOMPARE(table->model()->rowCount(), 1);
    view.searchEdit()->clear();
    view.nameStyleCombo()->setCurrentIndex(1);
    QCOMPARE(model.nameStyle(), CipherMatrixModel::NameStyle::OpenSsl);
    QCOMPARE(view.preferenceList()->item(0)->text(), QStringLiteral("1. ECDHE-RSA-AES256-GCM-SHA384"));
    view.nameStyleCombo()->setCurrentIndex(0);
}

void TestCipherGrid::progressAndCancel()
{
    ui::CipherGridView view;
    view.show();
    QVERIFY(!view.progressBar()->isVisible());
    view.setScanning(true, QStringLiteral("127.0.0.1:2525"));
    QVERIFY(view.progressBar()->isVisible());
    QVERIFY(view.hintText().contains(QLatin1String("127.0.0.1:2525")));
    view.setProgress(7, 20, QStringLiteral("TLS 1.2: 6 suites so far"));
    QCOMPARE(view.progressBar()->maximum(), 20);
    QCOMPARE(view.progressBar()->value(), 7);
    QSignalSpy cancel(&view, &ui::CipherGridView::cancelRequested);
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    view.setScanning(false);
    QVERIFY(!view.progressBar()->isVisible());
}

void TestCipherGrid::screenshot()
{
    CipherMatrixModel model;
    model.setCatalog(sampleCatalog());
    model.setScan(sampleScan());
    ui::CipherGridView view;
    view.setMatrixModel(&model);
    view.resize(1100, 760);
    view.preferenceVersionCombo()->setCurrentIndex(1);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString dir = artifactsDir();
    const QString file = QDir(dir).filePath(QStringLiteral("cipher_grid.png"));
    QVERIFY(view.grab().save(file));
    QVERIFY(QFileInfo(file).size() > 10000);

    // The tooltip of one cell, rendered the way Qt shows rich-text tooltips.
    QLabel tip;
    tip.setTextFormat(Qt::RichText);
    tip.setText(model.index(model.rowForCode(0xC030), CipherMatrixModel::Tls12Column).data(Qt::ToolTipRole).toString());
    tip.setStyleSheet(QStringLiteral("QLabel { background: #ffffdc; border: 1px solid #999; padding: 4px; }"));
    tip.adjustSize();
    QVERIFY(tip.grab().save(QDir(dir).filePath(QStringLiteral("cipher_grid_tooltip.png"))));
}

void TestCipherGrid::controllerOptionsFromTargetBar()
{
    core::SessionOptions session;
    session.host = QStringLiteral("mx.example.org");
    session.port = 587;
    session.dialect = QStringLiteral("smtp");
    session.ehloName = QStringLiteral("probe.example.net");
    session.timeoutMs = 7000;
    core::ScanOptions o = ui::ScanController::optionsFor(session);
    QCOMPARE(o.target.host, QStringLiteral("mx.example.org"));
    QCOMPARE(o.target.port, quint16(587));
    QCOMPARE(o.target.dialect, QStringLiteral("smtp"));
    QCOMPARE(o.target.ehloName, QStringLiteral("probe.example.net"));
    QCOMPARE(o.target.sni, QStringLiteral("mx.example.org"));
    QCOMPARE(o.target.timeoutMs, 7000);
    session.host = QStringLiteral("127.0.0.1");   // no SNI for an address
    QCOMPARE(ui::ScanController::optionsFor(session).target.sni, QString());
    session.sendSni = false;
    session.host = QStringLiteral("mx.example.org");
    QCOMPARE(ui::ScanController::optionsFor(session).target.sni, QString());
}

void TestCipherGrid::controllerScansOffTheGuiThread()
{
    // A real scan through the controller: openssl s_server with two TLS 1.2 suites only.
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    test::OpensslServerOptions options;
    options.certFile = pki.rsaLeaf().certFile;
    options.keyFile = pki.rsaLeaf().keyFile;
    options.chainFile = pki.intermediateFile();
    options.cipher = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA");
    options.extraArgs = {QStringLiteral("-tls1_2")};
    test::OpensslServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    core::SessionOptions session;
    session.host = QStringLiteral("127.0.0.1");
    session.port = server.port();
    session.dialect = QStringLiteral("none");
    session.timeoutMs = 5000;

    ui::ScanController controller;
    QSignalSpy scanning(&controller, &ui::ScanController::scanningChanged);
    QSignalSpy progress(&controller, &ui::ScanController::progress);
    QSignalSpy finished(&controller, &ui::ScanController::finished);
    Qt::HANDLE guiThread = QThread::currentThreadId();
    Qt::HANDLE progressThread = nullptr;
    connect(&controller, &ui::ScanController::progress, this, [&progressThread] { progressThread = QThread::currentThreadId(); });

    QElapsedTimer timer;
    timer.start();
    controller.start(ui::ScanController::optionsFor(session));
    // start() returns at once; the event loop stays free while the scan runs.
    QVERIFY(timer.elapsed() < 500);
    QVERIFY(controller.isScanning());
    QCOMPARE(scanning.count(), 1);
    QVERIFY2(finished.wait(120000), "the scan did not finish in 120 s");
    QVERIFY(!controller.isScanning());
    QVERIFY(progress.count() > 0);
    QCOMPARE(progressThread, guiThread);   // delivered queued, on the GUI thread

    const core::Report report = finished.at(0).at(0).value<core::Report>();
    QVERIFY2(report.outcome.errorKind == core::ErrorKind::None, qPrintable(report.outcome.error));
    QVERIFY(report.scan.present);
    QCOMPARE(report.scan.protocols.value(QStringLiteral("TLSv1.2")), true);
    QCOMPARE(report.scan.protocols.value(QStringLiteral("TLSv1.3")), false);
    QSet<quint16> codes;
    for (const SuiteInfo &suite : report.scan.ciphers.value(QStringLiteral("TLSv1.2")))
        codes.insert(suite.code);
    QCOMPARE(codes, (QSet<quint16>{0xC02F, 0xC014}));

    CipherMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScan(report.scan);
    QCOMPARE(model.acceptedSuiteCount(), 2);
    QCOMPARE(model.index(model.rowForCode(0xC02F), CipherMatrixModel::Tls12Column).data(CipherMatrixModel::AcceptedRole).toBool(), true);
}

void TestCipherGrid::controllerCancelsAtOnce()
{
    // A tarpit: accepts and never says a word. The scan would wait for its banner.
    QTcpServer tarpit;
    QVERIFY(tarpit.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&tarpit, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = tarpit.nextPendingConnection())
            held << s;
    });
    core::SessionOptions session;
    session.host = QStringLiteral("127.0.0.1");
    session.port = tarpit.serverPort();
    session.dialect = QStringLiteral("smtp");
    session.timeoutMs = 30000;

    ui::ScanController controller;
    QSignalSpy finished(&controller, &ui::ScanController::finished);
    QSignalSpy cancelled(&controller, &ui::ScanController::cancelled);
    controller.start(ui::ScanController::optionsFor(session));
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);   // the scanner is waiting for a banner now

    QElapsedTimer timer;
    timer.start();
    controller.cancel();
    QVERIFY(timer.elapsed() < 100);   // no join on the GUI thread
    QVERIFY(!controller.isScanning());
    QCOMPARE(cancelled.count(), 1);
    // The worker thread notices the cancel promptly and ends; its late report is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(controller.finishingThreadCount(), 0, 10000);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    qDeleteAll(held);
}

void TestCipherGrid::mainWindowScanActionAndTab()
{
    ui::MainWindow window;
    QVERIFY(window.scanAction());
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::CipherMatrixTab), QStringLiteral("Cipher matrix"));
    QCOMPARE(window.tabs()->widget(ui::MainWindow::CipherMatrixTab), window.cipherGridView());
    QCOMPARE(window.cipherGridView()->matrixModel(), window.cipherMatrixModel());
    // The action sits in the tool bar right after Connect.
    bool afterConnect = false;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        const QList<QAction *> actions = bar->actions();
        const int connectAt = actions.indexOf(window.connectAction());
        if (connectAt >= 0 && connectAt + 1 < actions.size() && actions.at(connectAt + 1) == window.scanAction())
            afterConnect = true;
    }
    QVERIFY(afterConnect);

    window.targetBar()->hostEdit()->clear();
    QVERIFY(!window.scanAction()->isEnabled());
    window.targetBar()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    QVERIFY(window.scanAction()->isEnabled());

    window.resize(1400, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Scan: against a tarpit (accepts, never greets), so it stays running until cancelled.
    QTcpServer tarpit;
    QVERIFY(tarpit.listen(QHostAddress::LocalHost));
    window.tabs()->setCurrentIndex(ui::MainWindow::HandshakeTab);
    window.targetBar()->portSpin()->setValue(tarpit.serverPort());
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    window.scanAction()->trigger();
    QVERIFY(window.scanController()->isScanning());
    QCOMPARE(window.tabs()->currentIndex(), int(ui::MainWindow::CipherMatrixTab));
    QVERIFY(splitter->sizes().at(1) >= splitter->width() / 2);   // the grid got the room
    QVERIFY(window.cipherGridView()->progressBar()->isVisible());
    QVERIFY(!window.scanAction()->isEnabled());
    QVERIFY(!window.connectAction()->isEnabled());
    QVERIFY(window.cancelAction()->isEnabled());
    QTest::mouseClick(window.cipherGridView()->cancelButton(), Qt::LeftButton);
    QVERIFY(!window.scanController()->isScanning());
    QVERIFY(!window.cipherGridView()->progressBar()->isVisible());
    QVERIFY(window.statusText().contains(QLatin1String("cancelled")));
    QVERIFY(window.scanAction()->isEnabled());

    // A finished scan fills the grid and names the tab after the accepted suites.
    core::Report report;
    report.kind = QStringLiteral("scan");
    report.target.host = QStringLiteral("127.0.0.1");
    report.target.port = 2525;
    report.scan = sampleScan();
    window.onScanFinished(report);
    QCOMPARE(window.cipherMatrixModel()->rowCount(), 11);
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::CipherMatrixTab), QStringLiteral("Cipher matrix (11)"));
    QVERIFY(window.hasReport());
    QVERIFY(window.report().scan.present);

    QVERIFY(window.grab().save(QDir(artifactsDir()).filePath(QStringLiteral("cipher_grid_main_window.png"))));
}

MAILTLS_TEST_MAIN(TestCipherGrid)
#include "test_cipher_grid.moc"
