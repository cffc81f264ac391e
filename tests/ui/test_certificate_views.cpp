// Certificates from files in the workbench: File > Open Certificate fills the chain view (with
// its "from file" label, decoded extensions and validity timeline) and the Findings tab; the
// generator dialog writes a key and certificate on a worker thread and shows the result.
// Screenshots go to MAILTLS_ARTIFACTS_DIR.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "dialogs/certificate_generator_dialog.h"
#include "main_window.h"
#include "models/certificate_chain_model.h"
#include "models/findings_model.h"
#include "views/certificate_chain_view.h"
#include "views/validity_timeline.h"
#include "test_registry.h"

using namespace mailtls;
using ui::ValidityTimeline;

class TestCertificateViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString &name) const { return dir_.filePath(name); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir_.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << args << p.readAllStandardError();
            return false;
        }
        return true;
    }

    static void saveShot(QWidget *widget, const QString &name)
    {
        const QString file = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QFile ext(path(QStringLiteral("ext.cnf")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                  "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
                  "[leaf]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:mail.example.org,DNS:mx2.example.org\n"
                  "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
                  "authorityInfoAccess=OCSP;URI:http://ocsp.example.org,caIssuers;URI:http://ca.example.org/inter.crt\n"
                  "crlDistributionPoints=URI:http://crl.example.org/inter.crl\n");
        ext.close();
        // A private root (10 years), an intermediate (5 years) and a leaf with 12 days left.
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("root.key"), QStringLiteral("-out"),
                         QStringLiteral("root.pem"), QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Example Private Root/O=Example"), QStringLiteral("-extensions"), QStringLiteral("ca"),
                         QStringLiteral("-config"), QStringLiteral("ext.cnf")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-384"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), QStringLiteral("inter.key"), QStringLiteral("-out"), QStringLiteral("inter.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Example Mail Intermediate/O=Example")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("inter.csr"),
                         QStringLiteral("-CA"), QStringLiteral("root.pem"), QStringLiteral("-CAkey"), QStringLiteral("root.key"),
                         QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("1825"),
                         QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-extensions"), QStringLiteral("ca"),
                         QStringLiteral("-out"), QStringLiteral("inter.pem")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                         QStringLiteral("leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=mail.example.org/O=Example")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                         QStringLiteral("-CA"), QStringLiteral("inter.pem"), QStringLiteral("-CAkey"), QStringLiteral("inter.key"),
                         QStringLiteral("-set_serial"), QStringLiteral("4096"), QStringLiteral("-days"), QStringLiteral("12"),
                         QStringLiteral("-extfile"), QStringLiteral("ext.cnf"), QStringLiteral("-extensions"), QStringLiteral("leaf"),
                         QStringLiteral("-out"), QStringLiteral("leaf.pem")}));
        QByteArray bundle;
        for (const char *name : {"leaf.pem", "inter.pem", "root.pem"}) {
            QFile f(path(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bundle += f.readAll();
        }
        QFile out(path(QStringLiteral("fullchain.pem")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bundle);
    }

    void openFileIntoWindow()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.chainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy opened(&window, &ui::MainWindow::certificateFilesOpened);
        QVERIFY(window.openCertificateFiles({path(QStringLiteral("fullchain.pem")), path(QStringLiteral("leaf.key"))}));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QCOMPARE(opened.first().first().toBool(), true);

        QCOMPARE(window.chainModel()->chain().size(), 3);
        QCOMPARE(window.tabs()->currentIndex(), int(ui::MainWindow::CertificatesTab));
        QVERIFY(window.tabs()->tabText(ui::MainWindow::CertificatesTab).contains(QStringLiteral("3")));
        ui::CertificateChainView *view = window.chainView();
        QVERIFY(view->sourceText().contains(QStringLiteral("fullchain.pem")));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("chainSource"))->isVisible());

        // The leaf's extensions, decoded in the details pane.
        QCOMPARE(view->fieldText(QStringLiteral("keyUsage")), QStringLiteral("digitalSignature, keyEncipherment (critical)"));
        QCOMPARE(view->fieldText(QStringLiteral("extendedKeyUsage")), QStringLiteral("serverAuth"));
        QCOMPARE(view->fieldText(QStringLiteral("basicConstraints")), QStringLiteral("not a CA (critical)"));
        QCOMPARE(view->fieldText(QStringLiteral("ocsp")), QStringLiteral("http://ocsp.example.org"));
        QCOMPARE(view->fieldText(QStringLiteral("caIssuers")), QStringLiteral("http://ca.example.org/inter.crt"));
        QCOMPARE(view->fieldText(QStringLiteral("crl")), QStringLiteral("http://crl.example.org/inter.crl"));
        QVERIFY(view->fieldText(QStringLiteral("san")).contains(QStringLiteral("DNS:mx2.example.org")));
        QCOMPARE(view->fieldText(QStringLiteral("aki")), window.chainModel()->chain().at(1).subjectKeyIdentifier());
        QVERIFY(view->fieldText(QStringLiteral("position")).contains(QStringLiteral("server would send")));

        // Selecting the intermediate shows its CA constraints.
        view->tree()->setCurrentIndex(window.chainModel()->indexForPosition(1));
        QCOMPARE(view->fieldText(QStringLiteral("basicConstraints")), QStringLiteral("CA, no path length limit (critical)"));
        view->tree()->setCurrentIndex(window.chainModel()->indexForPosition(0));

        // One bar per certificate: the leaf with 12 days left is amber, the CAs green.
        ValidityTimeline *timeline = view->timeline();
        QCOMPARE(timeline->barCount(), 3);
        QCOMPARE(timeline->barState(0), ValidityTimeline::BarState::ExpiresSoon);
        QCOMPARE(timeline->barState(1), ValidityTimeline::BarState::Valid);
        QCOMPARE(timeline->barState(2), ValidityTimeline::BarState::Valid);

        // Findings of the file, as `mailtls cert inspect` gives them.
        const core::Findings &findings = window.report().findings;
        QCOMPARE(window.report().kind, QStringLiteral("cert-inspect"));
        QVERIFY(core::hasFinding(findings, QStringLiteral("cert.expires_soon")));
        QVERIFY(core::hasFinding(findings, QStringLiteral("chain.root_included")));
        QVERIFY(!core::hasFinding(findings, QStringLiteral("key.mismatch")));
        QCOMPARE(window.findingsModel()->rowCount(), int(findings.size()));
        QVERIFY(window.statusText().contains(QStringLiteral("Inspected")));
        QVERIFY(window.saveReportAction()->isEnabled());

        QTest::qWait(50);
        saveShot(&window, QStringLiteral("certificate_file.png"));
        saveShot(timeline, QStringLiteral("timeline.png"));
        window.tabs()->setCurrentIndex(ui::MainWindow::FindingsTab);
        QTest::qWait(20);
        saveShot(&window, QStringLiteral("certificate_file_findings.png"));
    }

    void keyMismatchAndExpired()
    {
        ui::MainWindow window;
        QSignalSpy opened(&window, &ui::MainWindow::certificateFilesOpened);
        const QString expired = QStringLiteral(MAILTLS_FIXTURES_DIR "/certs/leaf-expired.pem");
        QVERIFY(window.openCertificateFiles({expired, path(QStringLiteral("root.key"))}));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QCOMPARE(window.chainView()->timeline()->barCount(), 1);
        QCOMPARE(window.chainView()->timeline()->barState(0), ValidityTimeline::BarState::Expired);
        QVERIFY(core::hasFinding(window.report().findings, QStringLiteral("cert.expired")));
        QVERIFY(core::hasFinding(window.report().findings, QStringLiteral("key.mismatch")));
    }

    void damagedFileIsAnError()
    {
        QFile bad(path(QStringLiteral("bad.pem")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("-----BEGIN CERTIFICATE-----\nMIIB\n");
        bad.close();
        ui::MainWindow window;
        QSignalSpy opened(&window, &ui::MainWindow::certificateFilesOpened);
        QVERIFY(window.openCertificateFiles({bad.fileName()}));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY(window.bannerText().contains(QStringLiteral("bad.pem")));
        QCOMPARE(window.chainModel()->chain().size(), 0);
    }

    void menusHaveTheActions()
    {
        ui::MainWindow window;
        QVERIFY(window.openCertificateAction());
        QVERIFY(window.generateCertificateAction());
        QCOMPARE(window.openCertificateAction()->objectName(), QStringLiteral("openCertificateAction"));
        QVERIFY(window.openCertificateAction()->isEnabled());
        QVERIFY(window.generateCertificateAction()->isEnabled());
    }

    void generatorDialog()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        ui::CertificateGeneratorDialog dialog(&window);
        QObject::connect(&dialog, &ui::CertificateGeneratorDialog::generated, &window,
                         [&window](const QStringList &files) { window.openCertificateFiles(files); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Nothing typed yet: Generate is off and the hint says what to do.
        dialog.commonNameEdit()->clear();
        QVERIFY(!dialog.generateButton()->isEnabled());
        QVERIFY2(dialog.hintText().contains(QStringLiteral("common name")), qPrintable(dialog.hintText()));

        QTest::keyClicks(dialog.commonNameEdit(), QStringLiteral("mx.workbench.test"));
        dialog.organizationEdit()->setText(QStringLiteral("Workbench Tests"));
        dialog.countryEdit()->setText(QStringLiteral("DE"));
        dialog.altNamesEdit()->setText(QStringLiteral("DNS:mx.workbench.test,IP:192.0.2.25"));
        dialog.daysSpin()->setValue(90);
        dialog.outputFileEdit()->setText(path(QStringLiteral("generated.pem")));
        dialog.keyFileEdit()->setText(path(QStringLiteral("generated.key")));
        QVERIFY(dialog.generateButton()->isEnabled());
        QVERIFY(dialog.hintText().contains(QStringLiteral("Generate")));

        // The CA row only matters for the CA mode.
        QWidget *caDirRow = dialog.caDirEdit()->parentWidget();
        QVERIFY(!caDirRow->isEnabled());
        dialog.modeCombo()->setCurrentIndex(2);
        QVERIFY(caDirRow->isEnabled());
        QVERIFY(!dialog.generateButton()->isEnabled());
        QVERIFY(dialog.hintText().contains(QStringLiteral("CA directory")));
        dialog.modeCombo()->setCurrentIndex(0);

        QSignalSpy finished(&dialog, &ui::CertificateGeneratorDialog::finished);
        QSignalSpy opened(&window, &ui::MainWindow::certificateFilesOpened);
        QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.generateButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.lastResult().error));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("generated.pem"))));
        QCOMPARE(QFileInfo(path(QStringLiteral("generated.key"))).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(dialog.configText().contains(QStringLiteral("tls_certificate = ")));
        QVERIFY(dialog.configText().contains(path(QStringLiteral("generated.pem"))));
        QVERIFY(dialog.configText().contains(QStringLiteral("smtpd_tls_")));
        QVERIFY(dialog.hintText().contains(QStringLiteral("Written")));

        // The new chain in the window's chain view, key matching.
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QCOMPARE(window.chainModel()->chain().size(), 1);
        const core::Certificate cert = window.chainModel()->chain().first();
        QCOMPARE(cert.commonName(), QStringLiteral("mx.workbench.test"));
        QVERIFY(cert.subjectAltNames().contains(QStringLiteral("IP:192.0.2.25")));
        QVERIFY(!core::hasFinding(window.report().findings, QStringLiteral("key.mismatch")));
        QVERIFY(core::hasFinding(window.report().findings, QStringLiteral("cert.self_signed")));
        saveShot(&dialog, QStringLiteral("certificate_generator.png"));

        // Again with the same paths: refused, nothing overwritten, the hint says why.
        QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished.at(1).first().toBool(), false);
        QVERIFY2(dialog.hintText().contains(QStringLiteral("Nothing was written")), qPrintable(dialog.hintText()));
    }
};

MAILTLS_TEST_MAIN(TestCertificateViews)
#include "test_certificate_views.moc"
