// The Ladder tab and the Suite Explainer, offscreen: the ladder model built from real Exim
// sessions (TLS 1.3 and TLS 1.2) in protocol order, the painted ladder and its details pane,
// keyboard navigation, PNG and PDF export, a 500-message ladder that paints only what is in
// view, the explainer dialog, and the main window's Ladder tab fed live.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QFileInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <algorithm>

#include "dialogs/suite_explainer_dialog.h"
#include "main_window.h"
#include "models/handshake_model.h"
#include "models/ladder_model.h"
#include "session_checks.h"
#include "test_pki.h"
#include "test_servers.h"
#include "views/handshake_ladder_view.h"
#include "views/handshake_view.h"
#include "views/ladder_details.h"
#include "views/ladder_panel.h"
#include "test_registry.h"

using namespace mailtls;
using ui::LadderRow;

namespace {

QString artifact(const QString &name)
{
    return QDir(QStringLiteral(MAILTLS_ARTIFACTS_DIR)).filePath(name);
}

// "smtp", "boundary", then "C ClientHello" ... and "summary", in row order.
QStringList rowSequence(const ui::LadderModel &model)
{
    QStringList out;
    for (const LadderRow &r : model.rows()) {
        switch (r.kind) {
        case LadderRow::SmtpLine: out << QStringLiteral("smtp"); break;
        case LadderRow::Boundary: out << QStringLiteral("boundary"); break;
        case LadderRow::Summary: out << QStringLiteral("summary"); break;
        case LadderRow::TlsMessage:
            out << (r.direction == LadderRow::ClientToServer ? QStringLiteral("C ") : QStringLiteral("S ")) + r.label;
            break;
        }
    }
    return out;
}

int firstRowOf(const ui::LadderModel &model, const QString &label)
{
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.row(i).label == label)
            return i;
    return -1;
}

core::Report syntheticReport(int messages)
{
    core::Report r;
    r.target.host = QStringLiteral("synthetic.test");
    r.target.port = 25;
    r.transcript << core::TranscriptLine{0, core::LineDirection::Server, QStringLiteral("220 synthetic.test ESMTP")}
                 << core::TranscriptLine{1, core::LineDirection::Client, QStringLiteral("STARTTLS")}
                 << core::TranscriptLine{2, core::LineDirection::Server, QStringLiteral("220 go ahead")};
    for (int i = 0; i < messages; ++i) {
        core::HandshakeMessage m;
        m.tMs = 3 + i;
        m.dir = i % 2 ? QStringLiteral("S") : QStringLiteral("C");
        m.contentType = i % 50 == 49 ? 21 : 22;
        m.type = m.contentType == 21 ? QStringLiteral("Alert") : QStringLiteral("KeyUpdate");
        m.summary = m.contentType == 21 ? QStringLiteral("warning close_notify") : QStringLiteral("message %1").arg(i);
        m.raw = m.contentType == 21 ? QByteArray::fromHex("0100") : QByteArray::fromHex("1800000100");
        m.length = int(m.raw.size());
        r.handshake << m;
    }
    return r;
}

} // namespace

class TestLadderView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ladderFromEximTls13();
    void ladderFromEximTls12();
    void keyboardNavigation();
    void exportsPngAndPdf();
    void fiveHundredMessagesPaintOnlyWhatIsVisible();
    void suiteExplainerDialog();
    void explanationsInTheUsersLanguage();
    void mainWindowLadderTabFedLive();

private:
    core::Report session(const QString &tlsMax);
    std::unique_ptr<test::EximServer> exim_;
    core::Report tls13_;
};

void TestLadderView::initTestCase()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    exim_ = std::make_unique<test::EximServer>(test::EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
    QString error;
    QVERIFY2(exim_->start(&error), qPrintable(error));
    tls13_ = session(QString());
    VERIFY_REPORT(tls13_.tls.established && tls13_.tls.version == QLatin1String("TLSv1.3"), tls13_);
}

core::Report TestLadderView::session(const QString &tlsMax)
{
    core::SessionOptions o = test::localSessionOptions(exim_->port());
    o.sni = QStringLiteral("localhost");
    o.tlsMax = tlsMax;
    return test::runSession(o);
}

void TestLadderView::ladderFromEximTls13()
{
    ui::LadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(tls13_);
    const QStringList seq = rowSequence(model);
    // Clear-text SMTP first, ending with STARTTLS and its 220, then the boundary.
    const int boundary = int(seq.indexOf(QStringLiteral("boundary")));
    QVERIFY2(boundary >= 4, qPrintable(seq.join(QLatin1String(" | "))));
    for (int i = 0; i < boundary; ++i)
        QCOMPARE(seq.at(i), QStringLiteral("smtp"));
    QCOMPARE(model.row(0).label.left(3), QStringLiteral("220"));
    QCOMPARE(model.row(boundary - 2).label, QStringLiteral("STARTTLS"));
    QVERIFY(model.row(boundary - 1).label.startsWith(QLatin1String("220")));
    // The EHLO reply's many lines are one row.
    const int ehloReply = boundary - 3;
    QVERIFY(model.row(ehloReply).lines.size() > 2);
    QVERIFY(model.row(ehloReply).detail.contains(QLatin1String("STARTTLS")));

    QStringList tls = seq.mid(boundary + 1);
    tls.removeAll(QStringLiteral("C ChangeCipherSpec"));
    tls.removeAll(QStringLiteral("S ChangeCipherSpec"));
    const QStringList expected = {QStringLiteral("C ClientHello"), QStringLiteral("S ServerHello"),
                                  QStringLiteral("S EncryptedExtensions"), QStringLiteral("S Certificate"),
                                  QStringLiteral("S CertificateVerify"), QStringLiteral("S Finished"),
                                  QStringLiteral("C Finished")};
    QCOMPARE(tls.mid(0, expected.size()), expected);
    // The encrypted SMTP follows the handshake; only the closing alerts (QUIT) come after it.
    const int summaryRow = int(seq.indexOf(QStringLiteral("summary")));
    QVERIFY(summaryRow > int(seq.lastIndexOf(QStringLiteral("C Finished"))));
    for (const QString &after : seq.mid(summaryRow + 1))
        QVERIFY2(after.endsWith(QLatin1String(" Alert")), qPrintable(after));
    const LadderRow &summary = model.row(summaryRow);
    QVERIFY(summary.encrypted);
    QVERIFY2(summary.detail.startsWith(QLatin1String("EHLO")), qPrintable(summary.detail));
    QVERIFY(summary.detail.contains(QLatin1String("QUIT")));
    QVERIFY(model.title().contains(QLatin1String("TLSv1.3")));
    QVERIFY(model.row(firstRowOf(model, QStringLiteral("EncryptedExtensions"))).encrypted);
    QVERIFY(!model.row(firstRowOf(model, QStringLiteral("ServerHello"))).encrypted);

    // Panel with the ClientHello selected: decoded fields and the explanation.
    ui::LadderPanel panel;
    panel.setLadderModel(&model);
    panel.resize(760, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setCurrentRow(firstRowOf(model, QStringLiteral("ClientHello")));
    const QString text = panel.details()->plainText();
    QVERIFY2(text.contains(QLatin1String("Offered versions")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("TLSv1.3")));
    QVERIFY(text.contains(QLatin1String("Server name (SNI)")));
    QVERIFY(text.contains(QLatin1String("Key shares")));
    QVERIFY(text.contains(QLatin1String("In TLS 1.3:")));
    QVERIFY(panel.hintText().contains(QStringLiteral("↑/↓")));
    QVERIFY(panel.grab().save(artifact(QStringLiteral("ladder_exim_tls13.png"))));

    panel.view()->setCurrentRow(firstRowOf(model, QStringLiteral("Certificate")));
    QVERIFY(panel.details()->plainText().contains(QLatin1String("CN=localhost")));
    QVERIFY(panel.details()->plainText().contains(QLatin1String("encrypted")));
    QVERIFY(panel.grab().save(artifact(QStringLiteral("ladder_exim_tls13_certificate.png"))));
}

void TestLadderView::ladderFromEximTls12()
{
    const core::Report r = session(QStringLiteral("TLSv1.2"));
    VERIFY_REPORT(r.tls.established && r.tls.version == QLatin1String("TLSv1.2"), r);
    ui::LadderModel model;
    model.setReport(r);
    QStringList seq = rowSequence(model);
    const int boundary = int(seq.indexOf(QStringLiteral("boundary")));
    QVERIFY(boundary > 0);
    QStringList tls = seq.mid(boundary + 1);
    tls.removeAll(QStringLiteral("S NewSessionTicket"));
    const QStringList expected = {QStringLiteral("C ClientHello"),      QStringLiteral("S ServerHello"),
                                  QStringLiteral("S Certificate"),      QStringLiteral("S ServerKeyExchange"),
                                  QStringLiteral("S ServerHelloDone"),  QStringLiteral("C ClientKeyExchange"),
                                  QStringLiteral("C ChangeCipherSpec"), QStringLiteral("C Finished"),
                                  QStringLiteral("S ChangeCipherSpec"), QStringLiteral("S Finished")};
    QCOMPARE(tls.mid(0, expected.size()), expected);
    QVERIFY(!model.row(firstRowOf(model, QStringLiteral("Certificate"))).encrypted);
    QVERIFY(model.row(firstRowOf(model, QStringLiteral("Finished"))).encrypted);

    ui::LadderPanel panel;
    panel.setLadderModel(&model);
    panel.resize(760, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setCurrentRow(firstRowOf(model, QStringLiteral("ServerKeyExchange")));
    const QString text = panel.details()->plainText();
    QVERIFY2(text.contains(QLatin1String("Curve")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("In TLS 1.3: gone")));
    QVERIFY(panel.grab().save(artifact(QStringLiteral("ladder_exim_tls12.png"))));
}

void TestLadderView::keyboardNavigation()
{
    ui::LadderModel model;
    model.setReport(tls13_);
    ui::HandshakeLadderView view;
    view.setLadderModel(&model);
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy changed(&view, &ui::HandshakeLadderView::currentRowChanged);
    QCOMPARE(view.currentRow(), -1);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), 0);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentRow(), 0);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentRow(), 1);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentRow(), model.rowCount() - 1);
    // The last row was scrolled into view.
    QVERIFY(view.rowRect(view.currentRow()).bottom() <= view.viewport()->height());
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentRow(), 0);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QTest::keyClick(&view, Qt::Key_PageDown);
    const int paged = view.currentRow();
    QVERIFY(paged > 2);
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(view.currentRow(), 0);
    QVERIFY(changed.count() >= 6);

    // A click selects the row under the mouse.
    const QRect third = view.rowRect(3);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, third.center());
    QCOMPARE(view.currentRow(), 3);
    QCOMPARE(view.rowAt(5), -1);   // the header
    QSignalSpy activated(&view, &ui::HandshakeLadderView::rowActivated);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), 3);
}

void TestLadderView::exportsPngAndPdf()
{
    ui::LadderModel model;
    model.setReport(tls13_);
    ui::HandshakeLadderView view;
    view.setLadderModel(&model);
    view.resize(700, 500);

    const QString png = artifact(QStringLiteral("ladder_export.png"));
    const QString pdf = artifact(QStringLiteral("ladder_export.pdf"));
    QFile::remove(png);
    QFile::remove(pdf);
    QString error;
    QVERIFY2(view.exportPng(png, &error), qPrintable(error));
    QVERIFY2(view.exportPdf(pdf, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    // Every row is in the picture, not just the visible part.
    QVERIFY2(image.height() >= model.rowCount() * view.rowHeight(), qPrintable(QString::number(image.height())));
    QVERIFY(QFileInfo(png).size() > 20000);
    // Not a blank page: the arrows put both direction colours into the picture.
    int blue = 0;
    int green = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c == QColor(0x2f, 0x6f, 0x9f))
                ++blue;
            else if (c == QColor(0x2e, 0x7d, 0x4f))
                ++green;
        }
    }
    QVERIFY2(blue > 100 && green > 100, qPrintable(QStringLiteral("%1 blue, %2 green").arg(blue).arg(green)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
    QVERIFY(QFileInfo(pdf).size() > 10000);

    // A path that cannot be written: an error, no crash, nothing half-written.
    QVERIFY(!view.exportPng(QStringLiteral("/nonexistent-dir/x.png"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!view.exportPdf(QStringLiteral("/nonexistent-dir/x.pdf"), &error));
}

void TestLadderView::fiveHundredMessagesPaintOnlyWhatIsVisible()
{
    const core::Report r = syntheticReport(500);
    ui::LadderModel model;
    model.setReport(r);
    QCOMPARE(model.rowCount(), 3 + 1 + 500);   // banner, STARTTLS, 220, boundary, messages
    ui::HandshakeLadderView view;
    view.setLadderModel(&model);
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->repaint();
    const int visibleRows = (600 - view.headerHeight()) / view.rowHeight() + 2;
    QVERIFY(view.lastPaintedRowCount() > 0);
    QVERIFY2(view.lastPaintedRowCount() <= visibleRows, qPrintable(QString::number(view.lastPaintedRowCount())));
    view.setCurrentRow(model.rowCount() - 1);
    view.viewport()->repaint();
    QVERIFY(view.lastPaintedRowCount() <= visibleRows);
    QVERIFY(model.row(model.rowCount() - 1).alert);
    QVERIFY(view.grab().save(artifact(QStringLiteral("ladder_500_messages_end.png"))));
    // Live growth keeps following the end.
    core::HandshakeMessage extra = r.handshake.constLast();
    extra.tMs += 1;
    model.appendHandshakeMessage(extra);
    QCOMPARE(model.rowCount(), 505);
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
}

namespace {

// Brackets every "Explain" text it translates: what went through the translator shows.
class BracketingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Explain") != 0)
            return QString();
        return QStringLiteral("\u27E6") + QString::fromUtf8(source) + QStringLiteral("\u27E7");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestLadderView::explanationsInTheUsersLanguage()
{
    // The message explanations (core/explain) and the suite breakdown are shown localized.
    BracketingTranslator bracketing;
    QCoreApplication::installTranslator(&bracketing);
    ui::LadderRow row;
    row.kind = ui::LadderRow::TlsMessage;
    row.direction = ui::LadderRow::ClientToServer;
    row.label = QStringLiteral("ClientHello");
    row.renegotiation = true;
    const QString ladder = ui::LadderDetails::rowHtml(row);
    const QString suite = ui::SuiteExplainerDialog::explanationHtml(core::explainSuite(QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384")));
    QCoreApplication::removeTranslator(&bracketing);
    QVERIFY2(ladder.contains(QStringLiteral("\u27E6The client opens the handshake.")), qPrintable(ladder));
    QVERIFY2(ladder.contains(QStringLiteral("\u27E6In TLS 1.3: the client already sends key shares")), qPrintable(ladder));
    QVERIFY2(ladder.contains(QStringLiteral("\u27E6A second handshake on a connection")), qPrintable(ladder));
    QVERIFY2(ladder.contains(QStringLiteral("\u27E6In TLS 1.3: renegotiation is gone.")), qPrintable(ladder));
    QVERIFY2(suite.contains(QStringLiteral("\u27E6Ephemeral elliptic-curve Diffie-Hellman")), qPrintable(suite));
    QVERIFY2(suite.contains(QStringLiteral("\u27E6An RSA certificate whose key may sign")), qPrintable(suite));
    QVERIFY2(suite.contains(QStringLiteral("\u27E6Forward secrecy and authenticated encryption")), qPrintable(suite));
    // Yes/No come from the window; the translated reason after the colon follows.
    QVERIFY2(suite.contains(QStringLiteral("session keys come from ephemeral keys thrown away after the handshake.\u27E7")), qPrintable(suite));
    QVERIFY(!suite.contains(QStringLiteral("\u27E6Yes:")));
    // Names stay: the suite, the algorithms.
    QVERIFY(suite.contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")) && suite.contains(QLatin1String("AES-256-GCM")));
}

void TestLadderView::suiteExplainerDialog()
{
    ui::SuiteExplainerDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.hintText().startsWith(QLatin1String("Type a suite")));
    QVERIFY(dialog.completer()->model()->rowCount() > 600);
    QVERIFY(dialog.suiteList()->count() > 300);

    QTest::keyClicks(dialog.lineEdit(), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"));
    QTest::keyClick(dialog.lineEdit(), Qt::Key_Return);
    QVERIFY(dialog.explanation().found);
    QCOMPARE(dialog.explanation().suite.code, quint16(0xC030));
    const QString text = dialog.resultText();
    QVERIFY2(text.contains(QLatin1String("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Forward secrecy")));
    QVERIFY(text.contains(QLatin1String("An RSA certificate")));
    QVERIFY(dialog.resultHtml().contains(QLatin1String("#4caf6e")));   // the grade's colour
    QVERIFY(dialog.hintText().contains(QLatin1String("strong")));
    QVERIFY(dialog.grab().save(artifact(QStringLiteral("suite_explainer.png"))));

    // A typo: suggestions, one click away.
    dialog.lineEdit()->clear();
    QTest::keyClicks(dialog.lineEdit(), QStringLiteral("DHE-RSA-AES128-GCM-SHA265"));
    QTest::keyClick(dialog.lineEdit(), Qt::Key_Return);
    QVERIFY(!dialog.explanation().found);
    QVERIFY(dialog.resultText().contains(QLatin1String("DHE-RSA-AES128-GCM-SHA256")));
    QVERIFY(dialog.hintText().startsWith(QLatin1String("Not a known suite")));
    QVERIFY(dialog.grab().save(artifact(QStringLiteral("suite_explainer_unknown.png"))));

    // Picking from the list (GnuTLS names) explains that suite.
    dialog.notationCombo()->setCurrentIndex(2);
    dialog.lineEdit()->clear();
    const QList<QListWidgetItem *> items = dialog.suiteList()->findItems(QStringLiteral("TLS_RSA_AES_128_CBC_SHA1"), Qt::MatchExactly);
    QCOMPARE(int(items.size()), 1);
    dialog.suiteList()->setCurrentItem(items.first());
    QCOMPARE(dialog.explanation().suite.iana, QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA"));
    QCOMPARE(dialog.explanation().notation, QStringLiteral("GnuTLS"));
    QVERIFY(dialog.resultText().contains(QLatin1String("No forward secrecy")) || dialog.resultText().contains(QLatin1String("No:")));
}

void TestLadderView::mainWindowLadderTabFedLive()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->widget(ui::MainWindow::LadderTab), window.ladderPanel());
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::LadderTab), QStringLiteral("Ladder"));
    QVERIFY(window.explainSuiteAction());
    bool inTools = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(window.explainSuiteAction()))
            inTools = menu->text().contains(QLatin1String("Tools"));
    QVERIFY(inTools);

    // The worker's signals, in the order a session sends them.
    struct Event {
        qint64 t;
        int order;
        int index;
        bool line;
    };
    QList<Event> events;
    for (int i = 0; i < tls13_.transcript.size(); ++i)
        events << Event{tls13_.transcript.at(i).tMs, i, i, true};
    for (int i = 0; i < tls13_.handshake.size(); ++i)
        events << Event{tls13_.handshake.at(i).tMs, i, i, false};
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.t < b.t; });
    int insertedOrChanged = 0;
    connect(window.ladderModel(), &QAbstractItemModel::rowsInserted, this, [&] { ++insertedOrChanged; });
    int resets = 0;
    connect(window.ladderModel(), &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    for (const Event &e : events) {
        if (e.line)
            window.onLineAdded(tls13_.transcript.at(e.index));
        else
            window.onHandshakeMessageAdded(tls13_.handshake.at(e.index));
    }
    QVERIFY(insertedOrChanged > 10);
    QCOMPARE(resets, 0);
    window.onSessionFinished(tls13_);
    QCOMPARE(window.ladderModel()->rowCount(), int(ui::LadderModel::buildRows(tls13_).size()));
    QCOMPARE(window.tabs()->tabText(ui::MainWindow::LadderTab), QStringLiteral("Ladder (%1)").arg(tls13_.handshake.size()));

    // Double click on a message in the Handshake tab: the Ladder tab with that message selected.
    window.tabs()->setCurrentIndex(ui::MainWindow::HandshakeTab);
    QTableView *table = window.handshakeView()->messageTable();
    const QModelIndex second = window.handshakeModel()->index(1, 0);
    table->scrollTo(second);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(second).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualRect(second).center());
    QCOMPARE(window.tabs()->currentIndex(), int(ui::MainWindow::LadderTab));
    const int row = window.ladderPanel()->view()->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(window.ladderModel()->row(row).messageIndex, 1);
    QTest::qWait(50);
    QVERIFY(window.grab().save(artifact(QStringLiteral("main_window_ladder.png"))));
}

MAILTLS_TEST_MAIN(TestLadderView)
#include "test_ladder_view.moc"
