// The Logs tab: a small Exim 4.96 main log (lines as a GnuTLS Exim writes them: TLS 1.3, TLS 1.2
// and TLS 1.0 arrivals, a TLS 1.2 delivery, a handshake failure followed by a cleartext retry,
// plain cleartext, a line nothing understands) read through the view's own open paths (the
// reading Job, drag and drop), then the partner model and its filters, the details, the files
// panel, the plots' data and their export, "What breaks if…" (also a GnuTLS priority string,
// expanded in a Job), and Open Session / Scan through the main window's target bar.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iterator>

#include "diagnose/log_verdicts.h"
#include "main_window.h"
#include "models/log_partner_filter.h"
#include "models/log_partner_model.h"
#include "scan_controller.h"
#include "views/log_plots.h"
#include "views/log_what_breaks_panel.h"
#include "views/logs_view.h"
#include "views/target_bar.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::ui;

namespace {

// Exim 4.96 (GnuTLS 3.7) main log lines; the X= values, the TLS error and the cleartext arrival
// are as that Exim wrote them for swaks / gnutls-cli clients. Hours (UTC): 01, 02, 03, 05.
const char *const kMainlog[] = {
    "2026-12-06 01:00:02 exim 4.96 daemon started: pid=27033, no queue runs, listening for SMTP on port 25 (IPv4)",
    "2026-12-06 01:12:03 1xa2GP-0005Po-10 <= a@example.org H=(client.example.org) [127.0.0.1] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=509 id=20261206011203.020819@client.example.org",
    "2026-12-06 01:12:03 1xa2GP-0005Po-10 => :blackhole: <postmaster@test.example> R=discard_local",
    "2026-12-06 01:12:03 1xa2GP-0005Po-10 Completed",
    "2026-12-06 01:20:00 1xa3Ni-00072e-1o <= a@legacy.example H=old.legacy.example [198.51.100.7] P=esmtps "
    "X=TLS1.0:ECDHE_SECP256R1__RSA_SHA1__AES_256_CBC__SHA1:256 CV=no S=282",
    "2026-12-06 01:20:00 1xa3Ni-00072e-1o Completed",
    "2026-12-06 01:57:43 TLS error on connection from (vm) [203.0.113.5] (gnutls_handshake): No supported cipher suites have been found.",
    "2026-12-06 02:05:00 1xa3O0-00075j-1Q <= c@vm.example H=(vm) [203.0.113.5] P=esmtp S=466 id=20261206020500.027262@vm",
    "2026-12-06 02:05:00 1xa3O0-00075j-1Q Completed",
    "2026-12-06 02:46:09 1xa4AA-0006Aa-2b <= b@example.org H=(client.example.org) [127.0.0.1] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=611",
    "2026-12-06 02:46:10 1xa4AA-0006Aa-2b => bob@partner.example R=dnslookup T=remote_smtp H=mx.partner.example [192.0.2.25] "
    "X=TLS1.2:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=yes C=\"250 2.0.0 Ok: queued as 4Tq1\"",
    "2026-12-06 02:46:10 1xa4AA-0006Aa-2b Completed",
    "2026-12-06 02:50:11 1xa4AB-0006Ab-3c <= c@example.org H=(client.example.org) [127.0.0.1] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=700",
    "  a continuation line nothing understands",
    "2026-12-06 03:10:00 1xa5BB-0007Bb-4d <= d@legacy.example H=old.legacy.example [198.51.100.7] P=esmtps "
    "X=TLS1.0:ECDHE_SECP256R1__RSA_SHA1__AES_256_CBC__SHA1:256 CV=no S=300",
    "2026-12-06 03:30:00 1xa5BC-0007Bc-5e <= e@plain.example H=(plain.example) [198.51.100.20] P=esmtp S=466",
    "2026-12-06 05:00:01 1xa6CC-0008Cc-6f <= f@example.org H=(client.example.org) [127.0.0.1] P=esmtps "
    "X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=no S=512",
};
constexpr int kTlsErrorLine = 7;   // 1-based line of the TLS error

QString writeFile(const QTemporaryDir &dir, const QString &name, const QStringList &lines)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

QStringList mainlogLines()
{
    QStringList lines;
    for (const char *line : kMainlog)
        lines << QString::fromUtf8(line);
    return lines;
}

int partnerRow(const LogPartnerModel *model, const QString &address, bool outgoing)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->partner(i).address == address && model->partner(i).outgoing == outgoing)
            return i;
    return -1;
}

int nonNanPoints(QCPGraph *graph)
{
    int count = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        if (!std::isnan(it->value))
            ++count;
    return count;
}

QTreeWidgetItem *resultGroup(QTreeWidget *tree, const QString &verdict)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == verdict)
            return tree->topLevelItem(i);
    return nullptr;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestLogsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateSaysWhatToDo();
    void readsLogThroughTheJob();
    void partnerModelAndFilters();
    void detailsOfAFailingPartner();
    void filesPanel();
    void plotsData();
    void plotExports();
    void whatBreaksDropTls10();
    void whatBreaksGnutlsPriorityInJob();
    void whatBreaksStartsFromTheCurrentScan();
    void secondOpenCancelsFirstAndCancelDropsRun();
    void dropOpensFiles();
    void partnerOpensSessionAndScanInMainWindow();

private:
    // Opens the files through the view and waits for the result.
    bool load(LogsView &view, const QStringList &paths);

    QTemporaryDir dir_;
    QString mainlog_;
    QString missing_;
};

void TestLogsView::initTestCase()
{
    // The fixture's hours are UTC hours; in a zone with a half-hour offset they would split.
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(dir_.isValid());
    mainlog_ = writeFile(dir_, QStringLiteral("mainlog"), mainlogLines());
    QVERIFY(!mainlog_.isEmpty());
    missing_ = dir_.filePath(QStringLiteral("mainlog.1.gz"));   // never written: cannot be opened
}

bool TestLogsView::load(LogsView &view, const QStringList &paths)
{
    QSignalSpy loaded(&view, &LogsView::inventoryLoaded);
    if (!view.openFiles(paths))
        return false;
    if (!view.isReading() || !view.cancelButton()->isVisibleTo(&view))
        return false;
    return loaded.wait(15000) && !view.isReading();
}

void TestLogsView::emptyStateSaysWhatToDo()
{
    LogsView view;
    view.resize(900, 640);
    QVERIFY(!view.hasInventory());
    QCOMPARE(view.stack()->currentWidget(), static_cast<QWidget *>(view.emptyLabel()));
    QVERIFY(view.emptyLabel()->text().contains(QLatin1String("Open Logs")));
    QVERIFY(view.emptyLabel()->text().contains(QLatin1String("drop")));
    QVERIFY(view.acceptDrops());
    QVERIFY(!view.openFiles({}));
    QVERIFY(!view.isReading());
    // Nothing to predict yet: the panel says why instead of running.
    QVERIFY(!view.whatBreaksPanel()->run());
    QVERIFY(view.whatBreaksPanel()->summaryLabel()->text().contains(QLatin1String("Open mail logs first")));
    view.show();
    saveScreenshot(view, QStringLiteral("logs_view_empty.png"));
}

void TestLogsView::readsLogThroughTheJob()
{
    LogsView view;
    QSignalSpy reading(&view, &LogsView::readingChanged);
    QVERIFY(load(view, {mainlog_, missing_}));
    QCOMPARE(reading.count(), 2);
    QCOMPARE(reading.at(0).at(0).toBool(), true);
    QCOMPARE(reading.at(1).at(0).toBool(), false);
    QVERIFY(!view.progressBar()->isVisibleTo(&view));
    QVERIFY(!view.cancelButton()->isVisibleTo(&view));
    QCOMPARE(view.stack()->currentWidget(), static_cast<QWidget *>(view.pages()));
    const core::LogInventory &inventory = view.inventory();
    QCOMPARE(inventory.files.size(), 2);
    QCOMPARE(inventory.partners.size(), 5);
    // The summary counts what was read; the banner names the file that could not be.
    const QString summary = view.summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("5 partners")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 TLS failure ")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 line not understood")), qPrintable(summary));
    QVERIFY(view.bannerLabel()->isVisibleTo(&view));
    QVERIFY2(view.bannerLabel()->text().contains(QLatin1String("mainlog.1.gz")), qPrintable(view.bannerLabel()->text()));
    // The first partner (most failures first) is selected and shown.
    QVERIFY(view.selectedPartner() >= 0);
    QVERIFY(!view.detailsBrowser()->toPlainText().isEmpty());
}

void TestLogsView::partnerModelAndFilters()
{
    LogsView view;
    QVERIFY(load(view, {mainlog_}));
    LogPartnerModel *model = view.partnerModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view.partnerFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->columnCount(), int(LogPartnerModel::ColumnCount));

    const int modern = partnerRow(model, QStringLiteral("127.0.0.1"), false);
    const int legacy = partnerRow(model, QStringLiteral("198.51.100.7"), false);
    const int failing = partnerRow(model, QStringLiteral("203.0.113.5"), false);
    const int plain = partnerRow(model, QStringLiteral("198.51.100.20"), false);
    const int outbound = partnerRow(model, QStringLiteral("192.0.2.25"), true);
    QVERIFY(modern >= 0 && legacy >= 0 && failing >= 0 && plain >= 0 && outbound >= 0);

    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(modern, LogPartnerModel::HostColumn), QStringLiteral("client.example.org"));
    QCOMPARE(cell(modern, LogPartnerModel::DirectionColumn), QStringLiteral("in"));
    QCOMPARE(cell(modern, LogPartnerModel::MessagesColumn), QStringLiteral("4"));
    QCOMPARE(cell(modern, LogPartnerModel::TlsShareColumn), QStringLiteral("100 %"));
    QCOMPARE(cell(modern, LogPartnerModel::VersionsColumn), QStringLiteral("TLS 1.3 ×4"));
    QCOMPARE(cell(modern, LogPartnerModel::CipherColumn), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(cell(modern, LogPartnerModel::VerifiedColumn), QStringLiteral("no ×4"));
    QCOMPARE(cell(modern, LogPartnerModel::FirstSeenColumn), QStringLiteral("2026-12-06 01:12"));
    QCOMPARE(cell(modern, LogPartnerModel::LastSeenColumn), QStringLiteral("2026-12-06 05:00"));

    QCOMPARE(cell(legacy, LogPartnerModel::HostColumn), QStringLiteral("old.legacy.example"));
    QCOMPARE(cell(legacy, LogPartnerModel::VersionsColumn), QStringLiteral("TLS 1.0 ×2"));
    QCOMPARE(cell(legacy, LogPartnerModel::CipherColumn), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"));
    QCOMPARE(model->index(legacy, LogPartnerModel::VersionsColumn).data(Qt::ForegroundRole).value<QColor>(),
             LogPartnerModel::cleartextColor());

    // The handshake failure, then the same host in cleartext within the hour: fell back.
    QCOMPARE(cell(failing, LogPartnerModel::HostColumn), QStringLiteral("vm"));
    QCOMPARE(cell(failing, LogPartnerModel::CleartextColumn), QStringLiteral("1"));
    QCOMPARE(cell(failing, LogPartnerModel::FellBackColumn), QStringLiteral("1"));
    QCOMPARE(cell(failing, LogPartnerModel::TlsShareColumn), QStringLiteral("0 %"));
    const QString failures = cell(failing, LogPartnerModel::FailuresColumn);
    QVERIFY2(failures.startsWith(QStringLiteral("1 · ")), qPrintable(failures));
    QVERIFY2(failures.contains(core::logCauseInfo(QStringLiteral("no_shared_cipher")).title), qPrintable(failures));
    QCOMPARE(model->index(failing, LogPartnerModel::FailuresColumn).data(Qt::ForegroundRole).value<QColor>(),
             LogPartnerModel::failureColor());

    QCOMPARE(cell(outbound, LogPartnerModel::HostColumn), QStringLiteral("mx.partner.example"));
    QCOMPARE(cell(outbound, LogPartnerModel::DirectionColumn), QStringLiteral("out"));
    QCOMPARE(cell(outbound, LogPartnerModel::VersionsColumn), QStringLiteral("TLS 1.2 ×1"));
    QCOMPARE(cell(outbound, LogPartnerModel::VerifiedColumn), QStringLiteral("yes ×1"));
    QCOMPARE(cell(plain, LogPartnerModel::VersionsColumn), QString());
    QCOMPARE(cell(plain, LogPartnerModel::TlsShareColumn), QStringLiteral("0 %"));

    // Sorting by the sort role: messages as numbers, most first.
    LogPartnerFilter *filter = view.partnerFilter();
    view.partnerTable()->sortByColumn(LogPartnerModel::MessagesColumn, Qt::DescendingOrder);
    QCOMPARE(filter->partnerRow(0), modern);
    view.partnerTable()->sortByColumn(LogPartnerModel::FailuresColumn, Qt::DescendingOrder);
    QCOMPARE(filter->partnerRow(0), failing);

    // The filters, each through its widget; the count line follows.
    QCOMPARE(filter->rowCount(), 5);
    QCOMPARE(view.countLabel()->text(), QStringLiteral("5 partners"));
    view.failingOnlyBox()->setChecked(true);
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->partnerRow(0), failing);
    QCOMPARE(view.countLabel()->text(), QStringLiteral("1 of 5 partners"));
    view.failingOnlyBox()->setChecked(false);
    view.cleartextOnlyBox()->setChecked(true);
    QCOMPARE(filter->rowCount(), 2);
    view.cleartextOnlyBox()->setChecked(false);

    view.directionCombo()->setCurrentIndex(view.directionCombo()->findData(int(LogPartnerFilter::Outbound)));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->partnerRow(0), outbound);
    view.directionCombo()->setCurrentIndex(view.directionCombo()->findData(int(LogPartnerFilter::Inbound)));
    QCOMPARE(filter->rowCount(), 4);
    view.directionCombo()->setCurrentIndex(0);

    // The version filter offers the versions the logs hold, newest first.
    QCOMPARE(view.versionCombo()->count(), 4);   // any, 1.3, 1.2, 1.0
    QCOMPARE(view.versionCombo()->itemData(1).toString(), QStringLiteral("TLSv1.3"));
    view.versionCombo()->setCurrentIndex(view.versionCombo()->findData(QStringLiteral("TLSv1")));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->partnerRow(0), legacy);
    view.versionCombo()->setCurrentIndex(0);

    view.verificationCombo()->setCurrentIndex(view.verificationCombo()->findData(QStringLiteral("yes")));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->partnerRow(0), outbound);
    view.verificationCombo()->setCurrentIndex(view.verificationCombo()->findData(QStringLiteral("dane")));
    QCOMPARE(filter->rowCount(), 0);
    view.verificationCombo()->setCurrentIndex(0);

    QTest::keyClicks(view.searchEdit(), QStringLiteral("LEGACY"));
    QCOMPARE(filter->rowCount(), 1);
    view.searchEdit()->setText(QStringLiteral("198.51.100"));
    QCOMPARE(filter->rowCount(), 2);
    // A filtered-out partner asked for (from "What breaks if…") brings every partner back.
    QVERIFY(view.selectPartner(outbound));
    QCOMPARE(view.searchEdit()->text(), QString());
    QCOMPARE(filter->rowCount(), 5);
    QCOMPARE(view.selectedPartner(), outbound);
}

void TestLogsView::detailsOfAFailingPartner()
{
    LogsView view;
    QVERIFY(load(view, {mainlog_}));
    const int failing = partnerRow(view.partnerModel(), QStringLiteral("203.0.113.5"), false);
    QVERIFY(view.selectPartner(failing));
    const QString text = view.detailsBrowser()->toPlainText();
    const core::LogCauseInfo info = core::logCauseInfo(QStringLiteral("no_shared_cipher"));
    QVERIFY2(text.contains(info.title), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("No supported cipher suites have been found.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1:%2").arg(mainlog_).arg(kTlsErrorLine)), qPrintable(text));
    QVERIFY(!info.meaning.isEmpty() && !info.nextStep.isEmpty());
    QVERIFY2(text.contains(info.meaning.left(40)), qPrintable(text));
    QVERIFY2(text.contains(info.nextStep.left(40)), qPrintable(text));

    const int legacy = partnerRow(view.partnerModel(), QStringLiteral("198.51.100.7"), false);
    QVERIFY(view.selectPartner(legacy));
    const QString legacyText = view.detailsBrowser()->toPlainText();
    QVERIFY2(legacyText.contains(QLatin1String("TLS 1.0")), qPrintable(legacyText));
    QVERIFY2(legacyText.contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA")), qPrintable(legacyText));
    // Inbound: the session and the scan go to the address that connected.
    QVERIFY(view.sessionButton()->isEnabled());
    QSignalSpy session(&view, &LogsView::sessionRequested);
    QSignalSpy scan(&view, &LogsView::scanRequested);
    QTest::mouseClick(view.sessionButton(), Qt::LeftButton);
    QTest::mouseClick(view.scanButton(), Qt::LeftButton);
    QCOMPARE(session.count(), 1);
    QCOMPARE(session.at(0).at(0).toString(), QStringLiteral("198.51.100.7"));
    QCOMPARE(scan.count(), 1);
    // Outbound: the MX by name.
    QVERIFY(view.selectPartner(partnerRow(view.partnerModel(), QStringLiteral("192.0.2.25"), true)));
    QTest::mouseClick(view.scanButton(), Qt::LeftButton);
    QCOMPARE(scan.at(1).at(0).toString(), QStringLiteral("mx.partner.example"));
}

void TestLogsView::filesPanel()
{
    LogsView view;
    QVERIFY(load(view, {mainlog_, missing_}));
    QTreeWidget *files = view.filesTree();
    QCOMPARE(files->topLevelItemCount(), 2);
    QTreeWidgetItem *good = nullptr;
    QTreeWidgetItem *bad = nullptr;
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem *item = files->topLevelItem(i);
        (item->text(0) == QLatin1String("mainlog") ? good : bad) = item;
    }
    QVERIFY(good && bad);
    QCOMPARE(good->text(1), QStringLiteral("exim"));
    QCOMPARE(good->text(2), QStringLiteral("none"));
    QCOMPARE(good->text(3), QString::number(int(std::size(kMainlog))));
    QCOMPARE(good->text(5), QStringLiteral("1"));
    QCOMPARE(good->text(6), QString());
    // The line that was not understood, with its number, under its file.
    QCOMPARE(good->childCount(), 1);
    QVERIFY2(good->child(0)->text(0).contains(QLatin1String("a continuation line nothing understands")), qPrintable(good->child(0)->text(0)));
    QVERIFY(good->child(0)->text(0).startsWith(QLatin1String("line 14")));
    QCOMPARE(bad->text(0), QStringLiteral("mainlog.1.gz"));
    QVERIFY2(!bad->text(6).isEmpty(), "the file that cannot be opened says why");
    QCOMPARE(bad->foreground(0).color(), LogPartnerModel::failureColor());
    QCOMPARE(view.pages()->tabText(LogsView::FilesPage), QStringLiteral("Files (2)"));
    QVERIFY(!view.pages()->tabIcon(LogsView::FilesPage).isNull());

    // A file that holds no mail log: no partners, and the Files page comes forward.
    const QString notes = writeFile(dir_, QStringLiteral("notes.txt"), {QStringLiteral("shopping list"), QStringLiteral("milk")});
    QVERIFY(load(view, {notes}));
    QCOMPARE(view.partnerModel()->rowCount(), 0);
    QCOMPARE(view.pages()->currentIndex(), int(LogsView::FilesPage));
    QCOMPARE(view.filesTree()->topLevelItem(0)->foreground(0).color(), LogPartnerModel::failureColor());
    QVERIFY(view.detailsBrowser()->toPlainText().contains(QLatin1String("No partner")));
}

void TestLogsView::plotsData()
{
    LogsView view;
    QVERIFY(load(view, {mainlog_}));
    LogPlots *plots = view.plots();
    QCOMPARE(plots->hours().size(), 4);   // 01, 02, 03, 05

    // Versions: newest at the bottom of the stack, one bar per hour the version was used in.
    QCOMPARE(plots->seriesKeys(LogPlots::VersionsPlot),
             QStringList({QStringLiteral("TLSv1.3"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1")}));
    auto *tls13 = qobject_cast<QCPBars *>(plots->series(LogPlots::VersionsPlot, QStringLiteral("TLSv1.3")));
    auto *tls12 = qobject_cast<QCPBars *>(plots->series(LogPlots::VersionsPlot, QStringLiteral("TLSv1.2")));
    auto *tls10 = qobject_cast<QCPBars *>(plots->series(LogPlots::VersionsPlot, QStringLiteral("TLSv1")));
    QVERIFY(tls13 && tls12 && tls10);
    QCOMPARE(tls13->dataCount(), 3);   // hours 01, 02 (two messages), 05
    QCOMPARE(tls12->dataCount(), 1);
    QCOMPARE(tls10->dataCount(), 2);
    QCOMPARE(tls12->barBelow(), tls13);
    QCOMPARE(tls10->barBelow(), tls12);
    double most = 0;
    for (auto it = tls13->data()->constBegin(); it != tls13->data()->constEnd(); ++it)
        most = qMax(most, it->value);
    QCOMPARE(most, 2.0);
    QCOMPARE(tls13->name(), QStringLiteral("TLS 1.3"));
    QVERIFY(plots->plot(LogPlots::VersionsPlot)->legend->visible());
    QVERIFY(plots->emptyText(LogPlots::VersionsPlot).isEmpty());

    // Failures by cause.
    QCOMPARE(plots->seriesKeys(LogPlots::FailuresPlot), QStringList({QStringLiteral("no_shared_cipher")}));
    auto *causeBars = qobject_cast<QCPBars *>(plots->series(LogPlots::FailuresPlot, QStringLiteral("no_shared_cipher")));
    QVERIFY(causeBars);
    QCOMPARE(causeBars->dataCount(), 1);
    QCOMPARE(causeBars->data()->constBegin()->value, 1.0);
    QCOMPARE(causeBars->name(), core::logCauseInfo(QStringLiteral("no_shared_cipher")).title);

    // Cleartext share: a point per hour with mail, a gap for hour 04.
    auto *share = qobject_cast<QCPGraph *>(plots->series(LogPlots::CleartextPlot, QStringLiteral("cleartext")));
    QVERIFY(share);
    QCOMPARE(nonNanPoints(share), 4);
    QCOMPARE(share->dataCount(), 5);
    QList<double> values;
    for (auto it = share->data()->constBegin(); it != share->data()->constEnd(); ++it)
        if (!std::isnan(it->value))
            values << it->value;
    // 01: 2 TLS; 02: 3 TLS + 1 cleartext; 03: 1 TLS + 1 cleartext; 05: 1 TLS.
    QCOMPARE(values, QList<double>({0.0, 25.0, 50.0, 0.0}));

    // The time axis is the same on all three, with dates, and follows a zoom on any of them.
    for (int i = 0; i < LogPlots::PlotCount; ++i) {
        QCustomPlot *plot = plots->plot(LogPlots::Plot(i));
        QVERIFY(plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>());
        QVERIFY(plot->xAxis->label().startsWith(QLatin1String("local time")));
        QVERIFY(!plot->yAxis->label().isEmpty());
        QCOMPARE(plot->xAxis->range(), plots->plot(LogPlots::VersionsPlot)->xAxis->range());
    }
    plots->plot(LogPlots::FailuresPlot)->xAxis->setRange(1e9, 1e9 + 7200);
    QCOMPARE(plots->plot(LogPlots::CleartextPlot)->xAxis->range().lower, 1e9);
    plots->resetRange();
    QVERIFY(plots->plot(LogPlots::CleartextPlot)->xAxis->range().lower > 1.7e9);

    view.resize(1000, 760);
    view.pages()->setCurrentIndex(LogsView::PlotsPage);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The three time axes start at the same x, whatever their y axes' labels need.
    QTRY_COMPARE(plots->plot(LogPlots::FailuresPlot)->axisRect()->left(), plots->plot(LogPlots::VersionsPlot)->axisRect()->left());
    QCOMPARE(plots->plot(LogPlots::CleartextPlot)->axisRect()->left(), plots->plot(LogPlots::VersionsPlot)->axisRect()->left());
    saveScreenshot(view, QStringLiteral("logs_view_plots.png"));

    // Logs with no failure: the plot says so instead of showing an empty frame.
    const QString quiet = writeFile(dir_, QStringLiteral("quiet-mainlog"), mainlogLines().mid(0, 4));
    QVERIFY(load(view, {quiet}));
    QVERIFY(plots->seriesKeys(LogPlots::FailuresPlot).isEmpty());
    QCOMPARE(plots->emptyText(LogPlots::FailuresPlot), QStringLiteral("No TLS failure in these logs"));
}

void TestLogsView::plotExports()
{
    LogsView view;
    view.resize(900, 700);
    QVERIFY(load(view, {mainlog_}));
    LogPlots *plots = view.plots();
    QSignalSpy exported(plots, &LogPlots::exported);
    const QString png = dir_.filePath(QStringLiteral("versions.png"));
    const QString pdf = dir_.filePath(QStringLiteral("failures.pdf"));
    QVERIFY(plots->exportPlot(LogPlots::VersionsPlot, png));
    QVERIFY(plots->exportPlot(LogPlots::FailuresPlot, pdf));
    QVERIFY(!plots->exportPlot(LogPlots::CleartextPlot, dir_.filePath(QStringLiteral("share.svg"))));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 15000);
    for (const QList<QVariant> &signal : std::as_const(exported))
        QVERIFY2(signal.at(1).toString().isEmpty(), qPrintable(signal.at(1).toString()));
    QCOMPARE(plots->runningExports(), 0);

    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(2200, 880));   // 1100 × 440 at twice the resolution
    // Not a blank page: the TLS 1.3 bars' green is in it.
    bool green = false;
    for (int y = 0; y < image.height() && !green; y += 4)
        for (int x = 0; x < image.width() && !green; x += 4)
            green = image.pixelColor(x, y) == QColor(0x2e, 0x7d, 0x32);
    QVERIFY(green);

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 2000, QByteArray::number(bytes.size()).constData());

    // A directory that does not exist: the signal carries the reason, the window goes on.
    QVERIFY(plots->exportPlot(LogPlots::CleartextPlot, dir_.filePath(QStringLiteral("no/such/dir/share.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 15000);
    QVERIFY(!exported.at(2).at(1).toString().isEmpty());
    QVERIFY(view.summaryLabel()->text().startsWith(QLatin1String("Could not save")));
}

void TestLogsView::whatBreaksDropTls10()
{
    LogsView view;
    QVERIFY(load(view, {mainlog_}));
    LogWhatBreaksPanel *panel = view.whatBreaksPanel();
    // No change chosen: nothing to run, and the panel says what to choose.
    QVERIFY(!panel->run());
    QVERIFY(panel->summaryLabel()->text().contains(QLatin1String("Choose a change")));

    panel->dropTls10Box()->setChecked(true);
    QCOMPARE(panel->change().dropVersions, QStringList({QStringLiteral("TLSv1")}));
    QCOMPARE(panel->direction(), 1);
    QSignalSpy ready(panel, &LogWhatBreaksPanel::impactReady);
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QCOMPARE(ready.count(), 1);   // in memory: at once, no Job
    QVERIFY(panel->hasImpact());
    const core::ChangeImpact &impact = panel->impact();
    QVERIFY2(impact.error.isEmpty(), qPrintable(impact.error));
    const int legacy = partnerRow(view.partnerModel(), QStringLiteral("198.51.100.7"), false);
    QCOMPARE(impact.losing.size(), 1);
    QCOMPARE(impact.losing.first().partner, legacy);
    QCOMPARE(impact.losing.first().messages, qint64(2));
    QCOMPARE(impact.atRisk.size(), 0);
    QCOMPARE(impact.unaffected, 1);      // client.example.org, TLS 1.3
    QCOMPARE(impact.cleartextOnly, 2);   // vm and plain.example never used TLS

    QTreeWidgetItem *losing = resultGroup(panel->resultTree(), QStringLiteral("loses-tls"));
    QVERIFY(losing);
    QCOMPARE(losing->text(0), QStringLiteral("Would lose TLS: 1 partner"));
    QCOMPARE(losing->childCount(), 1);
    QVERIFY2(losing->child(0)->text(0).startsWith(QLatin1String("old.legacy.example [198.51.100.7]")), qPrintable(losing->child(0)->text(0)));
    QCOMPARE(losing->child(0)->text(LogWhatBreaksPanel::MessagesColumn), QStringLiteral("2"));
    QCOMPARE(losing->child(0)->text(LogWhatBreaksPanel::LastSeenColumn), QStringLiteral("2026-12-06 03:10"));
    QVERIFY(!losing->child(0)->text(LogWhatBreaksPanel::ReasonColumn).isEmpty());
    // The losing partner is selected and its whole reason is shown under the list.
    QCOMPARE(panel->resultTree()->currentItem(), losing->child(0));
    QVERIFY(panel->reasonLabel()->isVisibleTo(panel));
    QVERIFY(panel->reasonLabel()->text().contains(QLatin1String("old.legacy.example")));
    QTreeWidgetItem *keeps = resultGroup(panel->resultTree(), QStringLiteral("keeps-tls"));
    QVERIFY(keeps);
    QCOMPARE(keeps->text(0), QStringLiteral("Keep TLS: 1 partner"));
    QVERIFY(resultGroup(panel->resultTree(), QStringLiteral("cleartext-only")));
    QVERIFY(panel->summaryLabel()->text().contains(QLatin1String("1 would lose TLS")));
    QVERIFY(!panel->caveatsLabel()->text().isEmpty());

    // A double click on the losing partner shows it in the partner table.
    view.pages()->setCurrentIndex(LogsView::WhatBreaksPage);
    Q_EMIT panel->resultTree()->itemDoubleClicked(losing->child(0), 0);
    QCOMPARE(view.pages()->currentIndex(), int(LogsView::PartnersPage));
    QCOMPARE(view.selectedPartner(), legacy);

    // Outbound: our client drops TLS 1.0; the one server we delivered to used TLS 1.2.
    panel->directionCombo()->setCurrentIndex(1);
    QVERIFY(!panel->certificateCombo()->isEnabled());
    QVERIFY(panel->run());
    QCOMPARE(panel->impact().losing.size(), 0);
    QCOMPARE(panel->impact().unaffected, 1);

    // Dropping TLS 1.2 as well, inbound: still only the TLS 1.0 partner loses.
    panel->directionCombo()->setCurrentIndex(0);
    panel->dropTls11Box()->setChecked(true);
    panel->dropTls12Box()->setChecked(true);
    QVERIFY(panel->run());
    QCOMPARE(panel->impact().losing.size(), 1);

    view.resize(1000, 700);
    view.pages()->setCurrentIndex(LogsView::WhatBreaksPage);
    view.show();
    saveScreenshot(view, QStringLiteral("logs_view_what_breaks.png"));
}

void TestLogsView::whatBreaksGnutlsPriorityInJob()
{
    if (QStandardPaths::findExecutable(QStringLiteral("gnutls-cli")).isEmpty())
        QSKIP("gnutls-cli is not installed");
    LogsView view;
    QVERIFY(load(view, {mainlog_}));
    LogWhatBreaksPanel *panel = view.whatBreaksPanel();
    panel->cipherListEdit()->setText(QStringLiteral("NORMAL:-VERS-TLS1.0:-VERS-TLS1.1"));
    QSignalSpy ready(panel, &LogWhatBreaksPanel::impactReady);
    QVERIFY(panel->run());
    // gnutls-cli runs on the job's thread; the button waits for it.
    QVERIFY(panel->isRunning());
    QVERIFY(!panel->runButton()->isEnabled());
    QVERIFY(!panel->run());
    QVERIFY(ready.wait(15000));
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->runButton()->isEnabled());
    QVERIFY2(panel->impact().error.isEmpty(), qPrintable(panel->impact().error));
    const int legacy = partnerRow(view.partnerModel(), QStringLiteral("198.51.100.7"), false);
    QCOMPARE(panel->impact().losing.size(), 1);
    QCOMPARE(panel->impact().losing.first().partner, legacy);

    // A list that names nothing: the reason, no partners.
    panel->cipherListEdit()->setText(QStringLiteral("NO-SUCH-CIPHER"));
    QVERIFY(panel->run() || ready.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 15000);
    QVERIFY(!panel->impact().error.isEmpty());
    QVERIFY(panel->summaryLabel()->text().startsWith(QLatin1String("The change cannot be read")));
    QCOMPARE(panel->resultTree()->topLevelItemCount(), 0);
}

void TestLogsView::secondOpenCancelsFirstAndCancelDropsRun()
{
    const QString other = writeFile(dir_, QStringLiteral("other-mainlog"), mainlogLines().mid(0, 2));
    LogsView view;
    QSignalSpy loaded(&view, &LogsView::inventoryLoaded);
    // A second set while the first is read: only the second is shown.
    QVERIFY(view.openFiles({mainlog_}));
    QVERIFY(view.openFiles({other}));
    QCOMPARE(view.readingPaths(), QStringList({other}));
    QVERIFY(loaded.wait(15000));
    QTest::qWait(200);   // the first run's result, had it not been dropped, would have come by now
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(view.inventory().files.size(), 1);
    QCOMPARE(view.inventory().files.first().path, other);
    QCOMPARE(view.partnerModel()->rowCount(), 1);

    // Cancel: the run is dropped at once, what was shown stays.
    QVERIFY(view.openFiles({mainlog_}));
    QVERIFY(view.cancelButton()->isVisibleTo(&view));
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QVERIFY(!view.isReading());
    QVERIFY(!view.cancelButton()->isVisibleTo(&view));
    QVERIFY2(view.summaryLabel()->text().startsWith(QLatin1String("Reading cancelled")), qPrintable(view.summaryLabel()->text()));
    QTest::qWait(300);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(view.partnerModel()->rowCount(), 1);
}

void TestLogsView::dropOpensFiles()
{
    LogsView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(mainlog_)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy loaded(&view, &LogsView::inventoryLoaded);
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(view.isReading());
    QVERIFY(loaded.wait(15000));
    QCOMPARE(view.partnerModel()->rowCount(), 5);

    // Text that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent textEnter(QPoint(100, 100), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

// A scan in the window becomes the starting point of "what breaks if": offered, checked, and
// passed on as the change's base; unchecked, the change is judged against "everything" again.
void TestLogsView::whatBreaksStartsFromTheCurrentScan()
{
    LogWhatBreaksPanel panel;
    QVERIFY(!panel.baseScanBox()->isVisibleTo(&panel));
    QVERIFY(!panel.change().hasBase);
    core::ScanResult scan;
    scan.present = true;
    scan.protocols = {{QStringLiteral("TLSv1.2"), true}};
    panel.setBaseScan(scan, QStringLiteral("127.0.0.1:2525"));
    QVERIFY(panel.baseScanBox()->isVisibleTo(&panel));
    QVERIFY(panel.baseScanBox()->text().contains(QLatin1String("127.0.0.1:2525")));
    QVERIFY(panel.change().hasBase);
    QCOMPARE(panel.change().base.protocols.value(QStringLiteral("TLSv1.2")), true);
    panel.baseScanBox()->setChecked(false);
    QVERIFY(!panel.change().hasBase);
}

void TestLogsView::partnerOpensSessionAndScanInMainWindow()
{
    // The partner's session and scan go to 127.0.0.1:25, which must be closed so that both end
    // at once; a machine with a mail server there would make this a real scan.
    {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, 25);
        if (probe.waitForConnected(1000))
            QSKIP("something listens on 127.0.0.1:25; this test needs that port closed");
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openLogsAction());
    QCOMPARE(window.openLogsAction()->text(), QStringLiteral("Open &Mail Logs…"));
    LogsView *view = window.logsView();
    QVERIFY(view);
    const int logsTab = window.tabs()->indexOf(view);
    QVERIFY(logsTab >= 0);
    QCOMPARE(window.tabs()->tabText(logsTab), QStringLiteral("Logs"));
    window.tabs()->setCurrentIndex(logsTab);
    QVERIFY(load(*view, {mainlog_, missing_}));
    saveScreenshot(window, QStringLiteral("logs_view_main_window.png"));

    // The inbound partner on loopback: Open Session sets the target bar to it, port 25, and
    // starts the window's own session (nothing listens there, so it ends quickly).
    core::SessionOptions before = window.targetBar()->options();
    before.host = QStringLiteral("mx.elsewhere.invalid");
    before.port = 587;
    before.sni = QStringLiteral("mx.elsewhere.invalid");
    window.targetBar()->setOptions(before);
    const int modern = partnerRow(view->partnerModel(), QStringLiteral("127.0.0.1"), false);
    QVERIFY(view->selectPartner(modern));
    QTest::mouseClick(view->sessionButton(), Qt::LeftButton);
    const core::SessionOptions options = window.targetBar()->options();
    QCOMPARE(options.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(options.port, quint16(25));
    QCOMPARE(options.dialect, QStringLiteral("smtp"));
    QVERIFY(!options.implicitTls);
    QVERIFY(options.sni.isEmpty());   // the old target's SNI does not follow
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::HandshakeTab));
    QVERIFY(window.controller()->isBusy() || window.hasReport());
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 20000);
    QCOMPARE(window.report().target.port, quint16(25));

    // Scan from the context of the same partner: the window's scan, the matrix tab in front.
    window.tabs()->setCurrentIndex(logsTab);
    QTest::mouseClick(view->scanButton(), Qt::LeftButton);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::CipherMatrixTab));
    QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isScanning(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(window.scanController()->finishingThreadCount(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->finishingThreadCount(), 0, 5000);
}

MAILTLS_TEST_MAIN(TestLogsView)
#include "test_logs_view.moc"
