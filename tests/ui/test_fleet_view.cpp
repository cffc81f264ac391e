// The Fleet tab: hand-built reports (a TLS 1.3 session with a high finding and a certificate
// that has 40 days left, a TLS 1.2 session whose certificate has expired, a refused target and a
// scan that accepts TLS 1.2 and 1.3) fed into the view as the pool would hand them back: the
// table's cells, sorting by worst finding and by expiry, the chart's bars, the progress text
// with its estimate, the workspace key, a double click opening the report in the window's tabs,
// the Logs tab's partners as a list; then a real run against a refusing port that ends with a
// failure row without hanging.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "main_window.h"
#include "models/fleet_model.h"
#include "models/severity_style.h"
#include "report/workspace.h"
#include "views/fleet_view.h"
#include "views/logs_view.h"
#include "views/qcustomplot_include.h"
#include "workspace_controller.h"
#include "test_registry.h"
#include "test_servers.h"

using namespace mailtls;
using namespace mailtls::ui;
using core::Report;
using Col = FleetModel::Column;

namespace {

core::Certificate makeCertificate(const QTemporaryDir &dir, const QString &name, int days)
{
    const QString cert = dir.filePath(name + QStringLiteral(".pem"));
    QProcess openssl;
    QStringList args = {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"), cert,
                        QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(name)};
    args << QStringLiteral("-days") << QString::number(days);
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile in(cert);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QList<core::Certificate> certs = core::Certificate::listFromPem(in.readAll());
    return certs.isEmpty() ? core::Certificate() : certs.first();
}

core::Finding finding(const QString &id, core::Severity severity)
{
    core::Finding f;
    f.id = id;
    f.severity = severity;
    f.title = id + QStringLiteral(" title");
    return f;
}

core::FleetTarget target(const QString &host, quint16 port, int line)
{
    core::FleetTarget t;
    t.text = QStringLiteral("%1:%2").arg(host).arg(port);
    t.host = host;
    t.port = port;
    t.line = line;
    return t;
}

Report sessionReport(const QString &host, const QString &version, const QString &suite, const core::Certificate &leaf,
                     const QList<core::Finding> &findings, qint64 ms)
{
    Report r;
    r.kind = QStringLiteral("session");
    r.target.host = host;
    r.target.port = 25;
    r.target.dialect = QStringLiteral("smtp");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.durationMs = ms;
    r.outcome.connected = true;
    r.outcome.completed = true;
    r.smtp.starttlsOffered = true;
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.version = version;
    r.tls.cipher.iana = suite;
    if (!leaf.isNull())
        r.certificates << leaf;
    r.findings = findings;
    return r;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QString cell(const FleetView &view, int proxyRow, int column)
{
    return view.proxy()->index(proxyRow, column).data().toString();
}

} // namespace

class TestFleetView : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;
    core::Certificate fresh_;
    core::Certificate expired_;
    core::Certificate scanned_;

    QList<core::FleetTarget> targets() const
    {
        return {target(QStringLiteral("mx1.example.org"), 25, 1), target(QStringLiteral("mx2.example.org"), 25, 2),
                target(QStringLiteral("down.example.org"), 25, 3), target(QStringLiteral("scan.example.org"), 25, 4)};
    }

    QList<QPair<int, Report>> results() const
    {
        Report refused;
        refused.target.host = QStringLiteral("down.example.org");
        refused.target.port = 25;
        refused.durationMs = 15;
        refused.outcome.errorKind = core::ErrorKind::Refused;
        refused.outcome.error = QStringLiteral("connection refused");

        Report scan;
        scan.kind = QStringLiteral("scan");
        scan.target.host = QStringLiteral("scan.example.org");
        scan.target.port = 25;
        scan.durationMs = 9000;
        scan.scan.present = true;
        scan.scan.protocols.insert(QStringLiteral("TLSv1.3"), true);
        scan.scan.protocols.insert(QStringLiteral("TLSv1.2"), true);
        scan.scan.protocols.insert(QStringLiteral("TLSv1.1"), false);
        scan.scan.ciphers[QStringLiteral("TLSv1.3")] = QList<core::SuiteInfo>(3);
        scan.scan.ciphers[QStringLiteral("TLSv1.2")] = QList<core::SuiteInfo>(5);
        scan.scan.servedChains << core::CertificateChain{scanned_};
        scan.findings << finding(QStringLiteral("scan.weak_suite"), core::Severity::Low);

        return {
            qMakePair(1, sessionReport(QStringLiteral("mx2.example.org"), QStringLiteral("TLSv1.2"),
                                       QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), expired_,
                                       {finding(QStringLiteral("cert.expired"), core::Severity::Medium)}, 1200)),
            qMakePair(0, sessionReport(QStringLiteral("mx1.example.org"), QStringLiteral("TLSv1.3"),
                                       QStringLiteral("TLS_AES_256_GCM_SHA384"), fresh_,
                                       {finding(QStringLiteral("cert.self_signed"), core::Severity::High),
                                        finding(QStringLiteral("tls.info"), core::Severity::Info)}, 800)),
            qMakePair(2, refused),
            qMakePair(3, scan),
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        fresh_ = makeCertificate(dir_, QStringLiteral("mx1.example.org"), 40);
        QFile expired(QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/leaf-expired.pem"));
        QVERIFY(expired.open(QIODevice::ReadOnly));
        expired_ = core::Certificate::listFromPem(expired.readAll()).value(0);
        scanned_ = makeCertificate(dir_, QStringLiteral("scan.example.org"), 200);
        QVERIFY(!fresh_.isNull());
        QVERIFY(!expired_.isNull());
        QVERIFY(!scanned_.isNull());
    }

    void listParserIsShared()
    {
        QByteArray text("# partners\nmx1.example.org\nsmtps://mail.example.net\nlmtp://[2001:db8::1]:2424\n"
                        "mx1.example.org:25  # again\nbad host\nftp://x\n");
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        QList<core::FleetTarget> list;
        QStringList problems;
        core::parseFleetList(&buffer, QStringLiteral("list"), &list, &problems);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).port, quint16(465));
        QVERIFY(list.at(1).implicitTls);
        QCOMPARE(list.at(2).dialect, QStringLiteral("lmtp"));
        QCOMPARE(list.at(2).host, QStringLiteral("2001:db8::1"));
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("list:5: the same target as line 2")));

        // The same problems as phrases for the faces, each filling to its English line.
        buffer.seek(0);
        QList<core::FleetTarget> again;
        QStringList english;
        QList<core::Phrase> phrases;
        core::parseFleetList(&buffer, QStringLiteral("list"), &again, &english, &phrases);
        QCOMPARE(english, problems);
        QCOMPARE(phrases.size(), problems.size());
        for (int i = 0; i < phrases.size(); ++i) {
            QVERIFY(phrases.at(i).translatable());
            QCOMPARE(phrases.at(i).english(), problems.at(i));
        }
    }

    void tableFillsAsResultsArrive()
    {
        FleetView view;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.model()->setTargets(targets());
        QCOMPARE(view.proxy()->rowCount(), 4);
        QCOMPARE(cell(view, 0, Col::VerdictColumn), FleetModel::tr("waiting…"));

        const auto all = results();
        view.model()->setResults(all.mid(0, 2));
        view.updateChart();
        QCOMPARE(view.model()->finishedCount(), 2);
        QCOMPARE(cell(view, 0, Col::TargetColumn), QStringLiteral("mx1.example.org:25"));
        QCOMPARE(cell(view, 0, Col::VerdictColumn), QStringLiteral("TLSv1.3 TLS_AES_256_GCM_SHA384"));
        QCOMPARE(cell(view, 0, Col::VersionsColumn), QStringLiteral("TLSv1.3"));
        QVERIFY(cell(view, 0, Col::WorstColumn).endsWith(QStringLiteral("cert.self_signed")));
        QVERIFY(cell(view, 0, Col::ExpiresColumn) == QStringLiteral("39 d") || cell(view, 0, Col::ExpiresColumn) == QStringLiteral("40 d"));
        QVERIFY2(cell(view, 1, Col::ExpiresColumn).startsWith(QStringLiteral("expired ")), qPrintable(cell(view, 1, Col::ExpiresColumn)));
        QCOMPARE(cell(view, 1, Col::DurationColumn), QStringLiteral("1.2 s"));
        QCOMPARE(cell(view, 2, Col::VerdictColumn), FleetModel::tr("waiting…"));
        // The worst finding's cell carries the severity colour as its icon.
        QVERIFY(!view.proxy()->index(0, Col::WorstColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        view.model()->setResults(all.mid(2));
        view.updateChart();
        QCOMPARE(view.model()->finishedCount(), 4);
        QVERIFY(cell(view, 2, Col::VerdictColumn).contains(QStringLiteral("refused")));
        QCOMPARE(cell(view, 3, Col::VerdictColumn), QStringLiteral("TLSv1.2 TLSv1.3, 8 suites"));
        QCOMPARE(cell(view, 3, Col::VersionsColumn), QStringLiteral("TLSv1.2 TLSv1.3"));
    }

    void sortsByWorstFindingAndExpiry()
    {
        FleetView view;
        view.model()->setTargets(targets());
        view.model()->setResults(results());
        // Worst finding: most severe first, then targets without findings, then failures.
        view.table()->sortByColumn(Col::WorstColumn, Qt::AscendingOrder);
        QCOMPARE(cell(view, 0, Col::TargetColumn), QStringLiteral("mx1.example.org:25"));   // high
        QCOMPARE(cell(view, 1, Col::TargetColumn), QStringLiteral("mx2.example.org:25"));   // medium
        QCOMPARE(cell(view, 2, Col::TargetColumn), QStringLiteral("scan.example.org:25"));  // low
        QCOMPARE(cell(view, 3, Col::TargetColumn), QStringLiteral("down.example.org:25"));  // not reached
        // Expiry: the expired one first, no certificate last.
        view.table()->sortByColumn(Col::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(cell(view, 0, Col::TargetColumn), QStringLiteral("mx2.example.org:25"));
        QCOMPARE(cell(view, 1, Col::TargetColumn), QStringLiteral("mx1.example.org:25"));
        QCOMPARE(cell(view, 2, Col::TargetColumn), QStringLiteral("scan.example.org:25"));
        QCOMPARE(cell(view, 3, Col::TargetColumn), QStringLiteral("down.example.org:25"));
        view.table()->sortByColumn(Col::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(cell(view, 0, Col::TargetColumn), QStringLiteral("scan.example.org:25"));
    }

    void chartCountsTheFleet()
    {
        FleetView view;
        view.model()->setTargets(targets());
        view.model()->setResults(results());
        view.updateChart();
        const QMap<QString, int> versions = view.model()->versionCounts();
        QCOMPARE(versions.value(QStringLiteral("TLSv1.3")), 2);   // mx1 and the scan
        QCOMPARE(versions.value(QStringLiteral("TLSv1.2")), 2);   // mx2 and the scan
        QCOMPARE(versions.value(QStringLiteral("failed")), 1);
        QVERIFY(view.versionBars(QStringLiteral("TLSv1.3")));
        QCOMPARE(view.versionBars(QStringLiteral("TLSv1.3"))->data()->at(0)->value, 2.0);
        QCOMPARE(view.versionBars(QStringLiteral("failed"))->data()->at(0)->value, 1.0);
        QVERIFY(!view.versionBars(QStringLiteral("TLSv1.1")));
        QCOMPARE(view.versionsPlot()->plottableCount(), 3);
        // Worst severity over the reached targets.
        QCOMPARE(view.severityBars(QStringLiteral("high"))->data()->at(0)->value, 1.0);
        QCOMPARE(view.severityBars(QStringLiteral("medium"))->data()->at(0)->value, 1.0);
        QCOMPARE(view.severityBars(QStringLiteral("low"))->data()->at(0)->value, 1.0);
        QCOMPARE(view.severityBars(QStringLiteral("high"))->brush().color(), SeverityStyle::color(core::Severity::High));
        QCOMPARE(view.severityPlot()->plottableCount(), 3);
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("3 of 4")));
    }

    void progressTextEstimatesTimeLeft()
    {
        QCOMPARE(FleetView::progressText(0, 10, 3, 2000), QStringLiteral("0 of 10 done, 3 running · 0:02 elapsed"));
        QCOMPARE(FleetView::progressText(4, 10, 2, 20000),
                 QStringLiteral("4 of 10 done, 2 running · 0:20 elapsed, about 0:30 left"));
        QCOMPARE(FleetView::progressText(10, 10, 0, 61000), QStringLiteral("10 of 10 done, 0 running · 1:01 elapsed"));
    }

    void emptyListSaysSo()
    {
        FleetView view;
        view.setTargetsText(QStringLiteral("# nothing yet\n\nbad host\n"));
        QVERIFY(!view.startFleet());
        QVERIFY(!view.isRunning());
        QVERIFY(view.problemsLabel()->isVisibleTo(&view));
        QVERIFY(view.problemsLabel()->text().contains(QStringLiteral("Line 3")));
    }

    void screenshotAndDoubleClickAndWorkspace()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FleetView *view = window.fleetView();
        QVERIFY(view);
        window.tabs()->setCurrentWidget(view);
        view->setTargetsText(QStringLiteral("mx1.example.org\nmx2.example.org\ndown.example.org\nscan.example.org\n"));
        view->model()->setTargets(targets());
        view->model()->setResults(results());
        view->updateChart();
        view->table()->sortByColumn(Col::WorstColumn, Qt::AscendingOrder);
        saveScreenshot(window, QStringLiteral("fleet_view.png"));
        saveScreenshot(*view, QStringLiteral("fleet_view_tab.png"));

        // Double click: the report in the window's tabs.
        QSignalSpy requested(view, &FleetView::reportRequested);
        const QModelIndex first = view->proxy()->index(0, Col::TargetColumn);
        QVERIFY(first.isValid());
        view->table()->scrollTo(first);
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, view->table()->visualRect(first).center());
        QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, view->table()->visualRect(first).center());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<Report>().target.host, QStringLiteral("mx1.example.org"));
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::HandshakeTab));
        QVERIFY(window.hasReport());
        QCOMPARE(window.report().target.host, QStringLiteral("mx1.example.org"));

        // The workspace keeps the fleet.
        core::Workspace w = window.workspaceController()->capture();
        QCOMPARE(w.fleetReports.size(), 4);
        QVERIFY(w.fleetTargets.contains(QStringLiteral("scan.example.org")));
        MainWindow other;
        other.workspaceController()->apply(w, QString());
        QCOMPARE(other.fleetView()->model()->rowCount(), 4);
        QCOMPARE(other.fleetView()->targetsText(), w.fleetTargets);
        QCOMPARE(other.fleetView()->model()->versionCounts(), view->model()->versionCounts());
        QVERIFY(other.fleetView()->progressLabel()->text().contains(QStringLiteral("saved run")));

        // The Logs tab's partners become the list (its button emits fleetRequested).
        QVERIFY(window.logsView()->fleetButton());
        QCOMPARE(window.logsView()->fleetButton()->objectName(), QStringLiteral("logsFleetButton"));
        window.tabs()->setCurrentWidget(window.logsView());
        Q_EMIT window.logsView()->fleetRequested({QStringLiteral("mx.partner.example"), QStringLiteral("2001:db8::25"),
                                                  QStringLiteral("mx.partner.example")});
        QCOMPARE(window.tabs()->currentWidget(), view);
        QByteArray listed = view->targetsText().toUtf8();
        QBuffer buffer(&listed);
        buffer.open(QIODevice::ReadOnly);
        QList<core::FleetTarget> parsed;
        QStringList problems;
        core::parseFleetList(&buffer, QStringLiteral("list"), &parsed, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.at(1).host, QStringLiteral("2001:db8::25"));
        QCOMPARE(parsed.at(1).port, quint16(25));
    }

    void runAgainstRefusingPort()
    {
        test::RefusingPort refusing;
        QVERIFY(refusing.port() != 0);
        FleetView view;
        view.resize(1100, 600);
        view.show();
        view.setTargetsText(QStringLiteral("127.0.0.1:%1\n# a comment\n").arg(refusing.port()));
        view.timeoutSpin()->setValue(5);
        QSignalSpy finished(&view, &FleetView::fleetFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(view.startFleet());
        QVERIFY(view.isRunning());
        QVERIFY(!view.startButton()->isEnabled());
        QVERIFY(view.cancelButton()->isEnabled());
        QVERIFY(finished.wait(20000));
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY(!view.isRunning());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->finishedCount(), 1);
        QVERIFY2(cell(view, 0, Col::VerdictColumn).contains(QStringLiteral("refused")), qPrintable(cell(view, 0, Col::VerdictColumn)));
        QCOMPARE(view.progressBar()->value(), 1);
        QVERIFY(view.progressLabel()->text().startsWith(QStringLiteral("Done")));
        QCOMPARE(view.model()->versionCounts().value(QStringLiteral("failed")), 1);
        saveScreenshot(view, QStringLiteral("fleet_view_refused.png"));
    }

    void cancelStopsTheRun()
    {
        // Three closed ports on one host, 3 s apart (per-host delay): Cancel after the first
        // result ends the run at once, the others never start.
        test::RefusingPort refusing;
        QVERIFY(refusing.port() != 0);
        const quint16 p = refusing.port();
        FleetView view;
        view.setTargetsText(QStringLiteral("127.0.0.1:%1\n127.0.0.1:%2\n127.0.0.1:%3\n").arg(p).arg(p == 65535 ? 1 : p + 1).arg(p <= 65533 ? p + 2 : 2));
        view.delaySpin()->setValue(3000);
        QSignalSpy finished(&view, &FleetView::fleetFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(view.startFleet());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->finishedCount(), 1, 5000);
        view.cancelButton()->click();
        QVERIFY(finished.wait(5000) || finished.count() == 1);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!view.isRunning());
        QVERIFY(view.startButton()->isEnabled());
        QVERIFY2(view.progressLabel()->text().startsWith(QStringLiteral("Cancelled")), qPrintable(view.progressLabel()->text()));
        QCOMPARE(view.model()->finishedCount(), 1);
        QCOMPARE(view.fleetReports().size(), 1);
    }
};

MAILTLS_TEST_MAIN(TestFleetView)
#include "test_fleet_view.moc"
