// The Domain tab: a domain report built by hand (two MX hosts, three addresses, one of them
// serving an older certificate that its TLSA record does not match, an MTA-STS policy that
// leaves out the second MX, a TLS-RPT record, findings and the three verdicts) shown by the view:
// the address table and its highlighted cells, the verdict lines, the DNS and policy pane, the
// findings, a double click that opens a session in the window's tabs, the workspace carrying the
// checks; then the Check button end to end against a resolver that does not answer, Cancel, and
// a second check dropping the first.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include "main_window.h"
#include "models/certificate_chain_model.h"
#include "models/domain_address_model.h"
#include "models/findings_model.h"
#include "report/workspace.h"
#include "views/domain_view.h"
#include "views/logs_view.h"
#include "workspace_controller.h"
#include "test_registry.h"

using namespace mailtls;
using namespace mailtls::ui;
using core::DnssecStatus;
using core::DomainReport;
using Col = DomainAddressModel::Column;

namespace {

// A self-signed EC certificate for `name`, valid for `days` from now (openssl CLI: no project code).
core::Certificate makeCertificate(const QTemporaryDir &dir, const QString &file, const QString &name, int days)
{
    const QString cert = dir.filePath(file + QStringLiteral(".pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(file + QStringLiteral(".key")), QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QString::number(days), QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(name),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:%1").arg(name)});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile in(cert);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QList<core::Certificate> certs = core::Certificate::listFromPem(in.readAll());
    return certs.isEmpty() ? core::Certificate() : certs.first();
}

core::DnsLookup lookup(const QString &name, const QString &type, DnssecStatus dnssec, const QStringList &records,
                       const QString &rcode = QStringLiteral("NOERROR"))
{
    core::DnsLookup l;
    l.name = name;
    l.type = type;
    l.answered = true;
    l.rcode = rcode;
    l.dnssec = dnssec;
    l.records = records;
    l.ttl = records.isEmpty() ? 0 : 3600;
    l.elapsedMs = 12;
    return l;
}

core::MxAddressCheck address(const QString &mx, const QString &ip, const core::Certificate &leaf)
{
    core::MxAddressCheck a;
    a.mx = mx;
    a.address = ip;
    core::Report &s = a.session;
    s.target.host = mx;
    s.target.port = 25;
    s.target.address = ip;
    s.target.dialect = QStringLiteral("smtp");
    s.target.sni = mx;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.outcome.connected = true;
    s.outcome.completed = true;
    s.smtp.banner = QStringLiteral("220 %1 ESMTP").arg(mx);
    s.smtp.starttlsOffered = true;
    s.smtp.starttlsAccepted = true;
    s.tls.attempted = true;
    s.tls.established = true;
    s.tls.version = QStringLiteral("TLSv1.3");
    s.tls.cipher.iana = QStringLiteral("TLS_AES_256_GCM_SHA384");
    s.tls.group = QStringLiteral("x25519");
    s.certificates = {leaf};
    a.chainTrusted = true;
    a.nameMatches = true;
    return a;
}

core::TlsaRecord tlsa311(char fill)
{
    core::TlsaRecord t;
    t.usage = 3;
    t.selector = 1;
    t.matchingType = 1;
    t.data = QByteArray(32, fill);
    return t;
}

core::SenderVerdict verdict(const QString &sender, core::DeliveryVerdict v, const QString &line, const QString &fix,
                            const QStringList &ids)
{
    core::SenderVerdict s;
    s.sender = sender;
    s.verdict = v;
    s.line = line;
    s.fix = fix;
    s.findingIds = ids;
    return s;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QTest::qWait(50);
    const QString path = QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestDomainView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyStateSaysWhatToDo();
    void showsAddressesAndHighlightsTheOddOne();
    void showsVerdictLines();
    void showsDnsAndPolicies();
    void showsFindings();
    void liveRowsAppearAndCancelKeepsThePreviousResult();
    void doubleClickOpensTheSessionInMainWindow();
    void workspaceCarriesTheChecks();
    void checkAgainstUnreachableResolverShowsError();
    void secondCheckDropsTheFirst();

private:
    DomainReport makeReport() const;

    QTemporaryDir dir_;
    core::Certificate current_;   // mx1's certificate, matched by its TLSA record
    core::Certificate older_;     // what 192.0.2.11 still serves
    core::Certificate mx2_;
};

void TestDomainView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // the window's autosave goes to a test location
    QVERIFY(dir_.isValid());
    current_ = makeCertificate(dir_, QStringLiteral("mx1"), QStringLiteral("mx1.example.org"), 90);
    older_ = makeCertificate(dir_, QStringLiteral("mx1-old"), QStringLiteral("mx1.example.org"), 5);
    mx2_ = makeCertificate(dir_, QStringLiteral("mx2"), QStringLiteral("mx2.example.org"), 60);
    QVERIFY(!current_.isNull() && !older_.isNull() && !mx2_.isNull());
}

DomainReport TestDomainView::makeReport() const
{
    DomainReport r;
    r.domain = QStringLiteral("example.org");
    r.toolVersion = QStringLiteral("test");
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.durationMs = 4200;
    r.resolver = QStringLiteral("127.0.0.1:53");
    r.trustAnchor = QStringLiteral("/usr/share/dns/root.key");
    r.mx = lookup(QStringLiteral("example.org"), QStringLiteral("MX"), DnssecStatus::Secure,
                  {QStringLiteral("10 mx1.example.org"), QStringLiteral("20 mx2.example.org")});

    core::MxHost mx1;
    mx1.name = QStringLiteral("mx1.example.org");
    mx1.preference = 10;
    mx1.a = lookup(mx1.name, QStringLiteral("A"), DnssecStatus::Secure, {QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")});
    mx1.aaaa = lookup(mx1.name, QStringLiteral("AAAA"), DnssecStatus::Secure, {});
    mx1.addresses = {QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")};
    mx1.tlsaRecords = {tlsa311('\x5a')};
    mx1.tlsa = lookup(QStringLiteral("_25._tcp.mx1.example.org"), QStringLiteral("TLSA"), DnssecStatus::Secure,
                      {mx1.tlsaRecords.first().text()});
    core::MxHost mx2;
    mx2.name = QStringLiteral("mx2.example.org");
    mx2.preference = 20;
    mx2.a = lookup(mx2.name, QStringLiteral("A"), DnssecStatus::Secure, {QStringLiteral("198.51.100.20")});
    mx2.aaaa = lookup(mx2.name, QStringLiteral("AAAA"), DnssecStatus::Secure, {});
    mx2.addresses = {QStringLiteral("198.51.100.20")};
    mx2.tlsa = lookup(QStringLiteral("_25._tcp.mx2.example.org"), QStringLiteral("TLSA"), DnssecStatus::Secure, {},
                      QStringLiteral("NXDOMAIN"));
    r.hosts = {mx1, mx2};

    core::MxAddressCheck a1 = address(mx1.name, QStringLiteral("192.0.2.10"), current_);
    a1.dane.attempted = true;
    a1.dane.verified = true;
    a1.dane.matchedRecord = 0;
    a1.dane.matchedDepth = 0;
    a1.dane.recordDepths = {0};
    core::MxAddressCheck a2 = address(mx1.name, QStringLiteral("192.0.2.11"), older_);
    a2.dane.attempted = true;
    a2.dane.verified = false;
    a2.dane.error = QStringLiteral("No matching DANE TLSA records");
    a2.dane.recordDepths = {-1};
    core::MxAddressCheck a3 = address(mx2.name, QStringLiteral("198.51.100.20"), mx2_);
    r.addresses = {a1, a2, a3};

    r.sts.txt = lookup(QStringLiteral("_mta-sts.example.org"), QStringLiteral("TXT"), DnssecStatus::Secure,
                       {QStringLiteral("v=STSv1; id=20260301T120000")});
    core::StsTxtRecord txt;
    txt.isSts = true;
    txt.id = QStringLiteral("20260301T120000");
    r.sts.records = {txt};
    core::StsPolicyFetch &fetch = r.sts.fetch;
    fetch.attempted = true;
    fetch.host = QStringLiteral("mta-sts.example.org");
    fetch.url = QStringLiteral("https://mta-sts.example.org/.well-known/mta-sts.txt");
    fetch.address = QStringLiteral("192.0.2.80");
    fetch.httpStatus = 200;
    fetch.contentType = QStringLiteral("text/plain");
    fetch.body = "version: STSv1\r\nmode: enforce\r\nmx: mx1.example.org\r\nmax_age: 604800\r\n";
    fetch.bodyBytes = fetch.body.size();
    fetch.certificateValid = true;
    r.sts.policyParsed = true;
    r.sts.policy.version = QStringLiteral("STSv1");
    r.sts.policy.mode = QStringLiteral("enforce");
    r.sts.policy.maxAge = 604800;
    r.sts.policy.mx = {QStringLiteral("mx1.example.org")};

    r.tlsRpt.txt = lookup(QStringLiteral("_smtp._tls.example.org"), QStringLiteral("TXT"), DnssecStatus::Secure,
                          {QStringLiteral("v=TLSRPTv1; rua=mailto:tls-reports@example.org")});
    core::TlsRptRecord rpt;
    rpt.isTlsRpt = true;
    rpt.rua = {QStringLiteral("mailto:tls-reports@example.org")};
    r.tlsRpt.records = {rpt};

    core::Finding dane = core::makeFinding(QStringLiteral("dane.tlsa_mismatch"), core::Severity::Critical,
                                           QStringLiteral("192.0.2.11 serves a certificate no TLSA record matches"),
                                           QStringLiteral("DANE senders defer mail to this address."),
                                           QStringLiteral("_25._tcp.mx1.example.org TLSA 3 1 1 5A5A…"));
    dane.fixExim = QStringLiteral("# install the renewed certificate on every node\ntls_certificate = /etc/exim4/mx1.pem");
    dane.fixPostfix = QStringLiteral("smtpd_tls_chain_files = /etc/postfix/mx1.pem");
    core::Finding sts = core::makeFinding(QStringLiteral("mta_sts.mx_not_covered"), core::Severity::High,
                                          QStringLiteral("mx2.example.org is not in the MTA-STS policy"),
                                          QStringLiteral("MTA-STS senders will not deliver to mx2.example.org."),
                                          QStringLiteral("mx: mx1.example.org"));
    r.findings = {dane, sts};
    r.verdicts = {
        verdict(QStringLiteral("opportunistic"), core::DeliveryVerdict::Delivers,
                QStringLiteral("delivers over TLS: all 3 MX addresses negotiate it"), QString(), {}),
        verdict(QStringLiteral("dane"), core::DeliveryVerdict::Defers,
                QStringLiteral("defers mail on 192.0.2.11: its certificate matches no TLSA record of mx1.example.org"),
                QStringLiteral("Install the renewed certificate on 192.0.2.11, or publish a TLSA record for its key."),
                {QStringLiteral("dane.tlsa_mismatch")}),
        verdict(QStringLiteral("mta-sts"), core::DeliveryVerdict::DeliversUnprotected,
                QStringLiteral("delivers only through mx1.example.org: the policy does not list mx2.example.org"),
                QStringLiteral("Add \"mx: mx2.example.org\" to the policy and change its id."),
                {QStringLiteral("mta_sts.mx_not_covered")}),
    };
    return r;
}

void TestDomainView::emptyStateSaysWhatToDo()
{
    DomainView view;
    QVERIFY(!view.hasReport());
    QCOMPARE(view.stack()->currentWidget(), static_cast<QWidget *>(view.emptyLabel()));
    QVERIFY(view.emptyLabel()->text().contains(QStringLiteral("Check")));
    QVERIFY(!view.isChecking());
    QVERIFY(view.cancelButton()->isHidden());
    QVERIFY(view.optionsPanel()->isHidden());
    view.optionsButton()->click();
    QVERIFY(!view.optionsPanel()->isHidden());
    // No domain: nothing starts, and the view says why.
    view.domainEdit()->clear();
    QVERIFY(!view.startCheck());
    QVERIFY(!view.isChecking());
    QVERIFY(!view.bannerLabel()->isHidden());
    QVERIFY(view.bannerLabel()->text().contains(QStringLiteral("domain")));
}

void TestDomainView::showsAddressesAndHighlightsTheOddOne()
{
    DomainView view;
    QAbstractItemModelTester tester(view.addressModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(&view, &DomainView::reportAdded);
    view.showReport(makeReport());
    QCOMPARE(added.count(), 1);
    QVERIFY(view.hasReport());
    QCOMPARE(view.stack()->currentIndex(), 1);
    QCOMPARE(view.domainEdit()->text(), QStringLiteral("example.org"));

    const DomainAddressModel *m = view.addressModel();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->cellText(0, Col::MxColumn), QStringLiteral("mx1.example.org"));
    QCOMPARE(m->cellText(0, Col::PreferenceColumn), QStringLiteral("10"));
    QCOMPARE(m->cellText(1, Col::AddressColumn), QStringLiteral("192.0.2.11"));
    QCOMPARE(m->cellText(2, Col::MxColumn), QStringLiteral("mx2.example.org"));
    QCOMPARE(m->cellText(2, Col::PreferenceColumn), QStringLiteral("20"));
    QCOMPARE(m->cellText(0, Col::StarttlsColumn), QStringLiteral("offered"));
    QCOMPARE(m->cellText(0, Col::VersionColumn), QStringLiteral("TLS 1.3"));
    QCOMPARE(m->cellText(0, Col::SuiteColumn), QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QCOMPARE(m->cellText(1, Col::CertificateColumn), QStringLiteral("mx1.example.org"));
    QCOMPARE(m->cellText(0, Col::TrustedColumn), QStringLiteral("yes"));
    QCOMPARE(m->cellText(0, Col::NameColumn), QStringLiteral("yes"));
    QCOMPARE(m->cellText(0, Col::DaneColumn), QStringLiteral("verified (depth 0)"));
    QCOMPARE(m->cellText(1, Col::DaneColumn), QStringLiteral("failed"));
    QCOMPARE(m->cellText(2, Col::DaneColumn), QStringLiteral("no TLSA"));
    QCOMPARE(m->cellText(0, Col::TlsaDnssecColumn), QStringLiteral("secure"));
    QCOMPARE(m->cellText(2, Col::TlsaDnssecColumn), QStringLiteral("secure, none"));
    QCOMPARE(m->cellText(1, Col::ExpiresColumn), older_.notAfter().toUTC().toString(QStringLiteral("yyyy-MM-dd")));

    // 192.0.2.11 serves the older certificate: same name, other key, earlier end. Its
    // certificate, expiry and DANE cells stand out; its sibling's do not; mx2 has no sibling.
    for (int column : {int(Col::CertificateColumn), int(Col::ExpiresColumn), int(Col::DaneColumn)}) {
        QVERIFY2(m->differs(1, column), qPrintable(QString::number(column)));
        QVERIFY2(!m->differs(0, column), qPrintable(QString::number(column)));
        const QModelIndex cell = m->index(1, column);
        QCOMPARE(cell.data(DomainAddressModel::DiffersRole).toBool(), true);
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), DomainAddressModel::differsBackground());
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("192.0.2.10")));
    }
    for (int column : {int(Col::StarttlsColumn), int(Col::VersionColumn), int(Col::SuiteColumn), int(Col::TrustedColumn)})
        QVERIFY(!m->differs(1, column));
    for (int column = 0; column < Col::ColumnCount; ++column)
        QVERIFY(!m->differs(2, column));
    QCOMPARE(m->differingRows(), 1);
    QCOMPARE(m->index(1, Col::DaneColumn).data(DomainAddressModel::StatusRole).toInt(), int(DomainAddressModel::Bad));
    QCOMPARE(m->index(0, Col::DaneColumn).data(DomainAddressModel::StatusRole).toInt(), int(DomainAddressModel::Good));
    QCOMPARE(m->index(1, Col::ExpiresColumn).data(DomainAddressModel::StatusRole).toInt(), int(DomainAddressModel::Warning));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("1 address differs")));
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("2 MX hosts")));

    view.resize(1280, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    saveScreenshot(view, QStringLiteral("domain_view.png"));
    view.pages()->setCurrentIndex(DomainView::FindingsPage);
    saveScreenshot(view, QStringLiteral("domain_view_findings.png"));
}

void TestDomainView::showsVerdictLines()
{
    DomainView view;
    view.showReport(makeReport());
    const QStringList lines = view.verdictTexts();
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Opportunistic TLS sender: delivers")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("DANE-enforcing sender: defers the mail — defers mail on 192.0.2.11")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("MTA-STS-enforcing sender: delivers, but unprotected")), qPrintable(lines.at(2)));
    auto *dane = view.verdictPanel()->findChild<QLabel *>(QStringLiteral("domainVerdict_dane"));
    QVERIFY(dane);
    QVERIFY(dane->text().contains(QStringLiteral("Install the renewed certificate")));   // the fix
    QVERIFY(dane->toolTip().contains(QStringLiteral("dane.tlsa_mismatch")));
    auto *icon = view.verdictPanel()->findChild<QLabel *>(QStringLiteral("domainVerdictIcon_dane"));
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
    // A check without verdicts (the resolver did not answer) shows none.
    DomainReport failed;
    failed.domain = QStringLiteral("example.net");
    failed.errorKind = core::ErrorKind::Timeout;
    failed.error = QStringLiteral("the resolver 127.0.0.1:1 did not answer");
    view.showReport(failed);
    QVERIFY(view.verdictTexts().isEmpty());
    QVERIFY(!view.bannerLabel()->isHidden());
    QVERIFY(view.bannerLabel()->text().contains(QStringLiteral("127.0.0.1:1")));
    // Both checks are kept; the earlier one comes back from the history.
    QCOMPARE(view.reports().size(), 2);
    QVERIFY(!view.historyCombo()->isHidden());
    QVERIFY(view.showCheck(0));
    QCOMPARE(view.verdictTexts().size(), 3);
    QVERIFY(view.bannerLabel()->isHidden());
}

void TestDomainView::showsDnsAndPolicies()
{
    const QString html = DomainView::dnsHtml(makeReport());
    DomainView view;
    view.showReport(makeReport());
    const QString text = view.dnsBrowser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("example.org MX")));
    QVERIFY(text.contains(QStringLiteral("_25._tcp.mx1.example.org TLSA")));
    QVERIFY(text.contains(QStringLiteral("DANE-EE")));
    QVERIFY2(text.contains(QStringLiteral("matched by 192.0.2.10 (depth 0)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("not matched by 192.0.2.11")));
    QVERIFY(text.contains(QStringLiteral("NXDOMAIN")));
    QVERIFY(text.contains(QStringLiteral("v=STSv1; id=20260301T120000")));
    QVERIFY(text.contains(QStringLiteral("enforce")));
    QVERIFY(text.contains(QStringLiteral("604800 s")));
    QVERIFY(text.contains(QStringLiteral("mx1.example.org → mx1.example.org")));
    QVERIFY(text.contains(QStringLiteral("Not covered by any mx pattern: mx2.example.org")));
    QVERIFY(text.contains(QStringLiteral("valid for mta-sts.example.org")));
    QVERIFY(text.contains(QStringLiteral("Reports go to: mailto:tls-reports@example.org")));
    QVERIFY(html.contains(QStringLiteral("secure")));
    view.resize(1100, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.pages()->setCurrentIndex(DomainView::DnsPage);
    saveScreenshot(*view.dnsBrowser(), QStringLiteral("domain_view_dns.png"));

    // Null MX and implicit MX say so.
    DomainReport nullMx;
    nullMx.domain = QStringLiteral("nomail.example");
    nullMx.mx = lookup(nullMx.domain, QStringLiteral("MX"), DnssecStatus::Insecure, {QStringLiteral("0 .")});
    nullMx.nullMx = true;
    QVERIFY(DomainView::dnsHtml(nullMx).contains(QStringLiteral("Null MX")));
    DomainReport implicit;
    implicit.domain = QStringLiteral("bare.example");
    implicit.mx = lookup(implicit.domain, QStringLiteral("MX"), DnssecStatus::Insecure, {});
    implicit.implicitMx = true;
    QVERIFY(DomainView::dnsHtml(implicit).contains(QStringLiteral("implicit MX")));
}

void TestDomainView::showsFindings()
{
    DomainView view;
    view.showReport(makeReport());
    QCOMPARE(view.findingsModel()->rowCount(), 2);
    QCOMPARE(view.pages()->tabText(DomainView::FindingsPage), QStringLiteral("Findings (2)"));
    QCOMPARE(view.findingsModel()->findings().first().id, QStringLiteral("dane.tlsa_mismatch"));
}

void TestDomainView::liveRowsAppearAndCancelKeepsThePreviousResult()
{
    // Rows as sessions end: the model grows one row at a time, siblings compared as they come.
    DomainAddressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DomainReport r = makeReport();
    for (const core::MxAddressCheck &a : r.addresses)
        model.appendAddress(a);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.cellText(0, Col::PreferenceColumn), QStringLiteral("—"));   // hosts not known yet
    QVERIFY(model.differs(1, Col::CertificateColumn));
    model.setReport(r);
    QCOMPARE(model.cellText(0, Col::PreferenceColumn), QStringLiteral("10"));
}

void TestDomainView::doubleClickOpensTheSessionInMainWindow()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DomainView *view = window.domainView();
    QVERIFY(view);
    const int tab = window.tabs()->indexOf(view);
    const int logsTab = window.tabs()->indexOf(window.logsView());
    QCOMPARE(tab, logsTab + 1);   // right after Logs
    QCOMPARE(window.tabs()->tabText(tab), QStringLiteral("Domain"));
    QVERIFY(window.checkDomainAction());
    QCOMPARE(window.checkDomainAction()->text(), QStringLiteral("Check a &Domain…"));
    window.checkDomainAction()->trigger();
    QCOMPARE(window.tabs()->currentIndex(), tab);

    view->showReport(makeReport());
    QTest::qWait(20);
    saveScreenshot(window, QStringLiteral("domain_view_main_window.png"));
    QTableView *table = view->addressTable();
    const QModelIndex cell = table->model()->index(1, Col::AddressColumn);
    table->scrollTo(cell);
    const QPoint centre = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::HandshakeTab));
    QVERIFY(window.hasReport());
    QCOMPARE(window.report().target.address, QStringLiteral("192.0.2.11"));
    QCOMPARE(window.chainModel()->chain().first(), older_);
}

void TestDomainView::workspaceCarriesTheChecks()
{
    MainWindow window;
    WorkspaceController *workspace = window.workspaceController();
    QVERIFY(!workspace->isModified());
    window.domainView()->showReport(makeReport());
    QVERIFY(workspace->isModified());
    core::Workspace w = workspace->capture();
    QCOMPARE(w.domains.size(), 1);
    QCOMPARE(w.domains.first().domain, QStringLiteral("example.org"));

    DomainReport second = makeReport();
    second.domain = QStringLiteral("example.net");
    w.domains << second;
    workspace->apply(w, QString());
    QCOMPARE(window.domainView()->reports().size(), 2);
    QCOMPARE(window.domainView()->currentReport().domain, QStringLiteral("example.net"));   // the last
    QCOMPARE(window.domainView()->addressModel()->rowCount(), 3);
    workspace->apply(core::Workspace(), QString());   // File > New
    QVERIFY(window.domainView()->reports().isEmpty());
    QVERIFY(!window.domainView()->hasReport());
    QCOMPARE(window.domainView()->stack()->currentWidget(), static_cast<QWidget *>(window.domainView()->emptyLabel()));
}

void TestDomainView::checkAgainstUnreachableResolverShowsError()
{
    DomainView view;
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.optionsButton()->click();
    view.domainEdit()->setText(QStringLiteral("Example.ORG."));
    view.resolverEdit()->setText(QStringLiteral("127.0.0.1:1"));
    QSignalSpy added(&view, &DomainView::reportAdded);
    QSignalSpy checking(&view, &DomainView::checkingChanged);
    QTest::keyClick(view.domainEdit(), Qt::Key_Return);   // Enter checks
    QVERIFY(view.isChecking());
    QCOMPARE(view.domainEdit()->text(), QStringLiteral("example.org"));
    QVERIFY(!view.cancelButton()->isHidden());
    QVERIFY(!view.progressLabel()->isHidden());
    QVERIFY(view.progressLabel()->text().contains(QStringLiteral("example.org")));
    // The event loop keeps running while the check waits for the resolver.
    QElapsedTimer loop;
    loop.start();
    QTest::qWait(100);
    QVERIFY(loop.elapsed() < 1000);
    saveScreenshot(view, QStringLiteral("domain_view_checking.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isChecking(), 60000);
    QCOMPARE(added.count(), 1);
    QVERIFY(view.cancelButton()->isHidden());
    const DomainReport &r = view.currentReport();
    QCOMPARE(r.domain, QStringLiteral("example.org"));
    QVERIFY(r.addresses.isEmpty());
    QVERIFY2(!view.bannerLabel()->isHidden(), qPrintable(view.summaryLabel()->text()));
    QVERIFY2(view.bannerLabel()->text().contains(QStringLiteral("127.0.0.1")), qPrintable(view.bannerLabel()->text()));
    qInfo("banner: %s", qPrintable(view.bannerLabel()->text()));
    saveScreenshot(view, QStringLiteral("domain_view_resolver_error.png"));
}

void TestDomainView::secondCheckDropsTheFirst()
{
    DomainView view;
    core::DomainOptions options;
    options.domain = QStringLiteral("first.example");
    options.resolver = QStringLiteral("127.0.0.1:1");
    QSignalSpy added(&view, &DomainView::reportAdded);
    QVERIFY(view.startCheck(options));
    options.domain = QStringLiteral("second.example");
    QVERIFY(view.startCheck(options));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isChecking(), 60000);
    QTest::qWait(200);   // anything the first check still posts must not arrive
    QCOMPARE(added.count(), 1);
    QCOMPARE(view.reports().size(), 1);
    QCOMPARE(view.currentReport().domain, QStringLiteral("second.example"));

    // Cancel: at once, nothing added, the previous result shown again.
    options.domain = QStringLiteral("third.example");
    QVERIFY(view.startCheck(options));
    QVERIFY(view.isChecking());
    view.cancelCheck();
    QVERIFY(!view.isChecking());
    QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("cancelled")));
    QTest::qWait(200);
    QCOMPARE(added.count(), 1);
    QCOMPARE(view.currentReport().domain, QStringLiteral("second.example"));
}

MAILTLS_TEST_MAIN(TestDomainView)
#include "test_domain_view.moc"
