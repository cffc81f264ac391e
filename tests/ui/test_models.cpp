// Every ui model through QAbstractItemModelTester with realistic data, plus what a user sees:
// texts, markers, colours, order. Also the small widgets with logic of their own.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "dialogs/session_options_dialog.h"
#include "models/certificate_chain_model.h"
#include "models/findings_model.h"
#include "models/handshake_model.h"
#include "models/severity_style.h"
#include "models/transcript_model.h"
#include "test_pki.h"
#include "views/command_line_widget.h"
#include "views/target_bar.h"
#include "views/transcript_view.h"
#include "test_registry.h"

using namespace mailtls;
using core::LineDirection;
using core::Severity;

namespace {

QList<core::TranscriptLine> sampleTranscript()
{
    return {
        {0, LineDirection::Note, QStringLiteral("connecting to mx.example.org port 25")},
        {41, LineDirection::Server, QStringLiteral("220 mx.example.org ESMTP Exim 4.96 Sat, 22 Nov 2025 16:40:00 +0000")},
        {42, LineDirection::Client, QStringLiteral("EHLO workbench.example.net")},
        {83, LineDirection::Server, QStringLiteral("250-mx.example.org Hello workbench.example.net [192.0.2.7]")},
        {83, LineDirection::Server, QStringLiteral("250-STARTTLS")},
        {84, LineDirection::Server, QStringLiteral("250 HELP")},
        {85, LineDirection::Client, QStringLiteral("STARTTLS")},
        {123, LineDirection::Server, QStringLiteral("220 TLS go ahead")},
        {1207, LineDirection::Tls, QStringLiteral("TLSv1.3 TLS_AES_256_GCM_SHA384 x25519")},
    };
}

QList<core::HandshakeMessage> sampleHandshake()
{
    return {
        {124, QStringLiteral("C"), QStringLiteral("ClientHello"), 512, QStringLiteral("TLS 1.3, 31 suites, SNI mx.example.org"), 22, 1, {}},
        {166, QStringLiteral("S"), QStringLiteral("ServerHello"), 122, QStringLiteral("TLS 1.3, TLS_AES_256_GCM_SHA384, x25519"), 22, 2, {}},
        {166, QStringLiteral("S"), QStringLiteral("EncryptedExtensions"), 6, QString(), 22, 8, {}},
        {167, QStringLiteral("S"), QStringLiteral("Certificate"), 2411, QStringLiteral("2 certificates"), 22, 11, {}},
        {167, QStringLiteral("S"), QStringLiteral("Alert"), 2, QStringLiteral("fatal handshake_failure"), 21, -1, {}},
    };
}

core::Finding finding(const char *id, Severity severity, const char *title)
{
    core::Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.title = QString::fromLatin1(title);
    f.detail = QStringLiteral("Detail for %1").arg(f.id);
    return f;
}

core::CertificateChain loadChain(const QStringList &files)
{
    core::CertificateChain chain;
    for (const QString &name : files) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            chain << core::Certificate::listFromPem(file.readAll());
    }
    return chain;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transcriptModel();
    void transcriptModelIncremental();
    void transcriptShowsControlCharacters();
    void transcriptViewFollowsAndCopies();
    void handshakeModel();
    void certificateChainModel();
    void certificateChainModelExpiry();
    void findingsModelSortsBySeverity();
    void commandLineHistoryAndVerbatim();
    void targetBarPortSelectsImplicitTls();
    void sessionOptionsDialogHints();
};

void TestModels::transcriptModel()
{
    ui::TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(sampleTranscript());
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), 3);

    QCOMPARE(model.index(1, ui::TranscriptModel::TimeColumn).data().toString(), QStringLiteral("+0.041"));
    QCOMPARE(model.index(8, ui::TranscriptModel::TimeColumn).data().toString(), QStringLiteral("+1.207"));
    QCOMPARE(ui::TranscriptModel::formatTime(65123), QStringLiteral("+65.123"));

    // Direction by marker, not by colour alone.
    QCOMPARE(model.index(0, ui::TranscriptModel::DirectionColumn).data().toString(), QStringLiteral("·"));
    QCOMPARE(model.index(1, ui::TranscriptModel::DirectionColumn).data().toString(), QStringLiteral("←S"));
    QCOMPARE(model.index(2, ui::TranscriptModel::DirectionColumn).data().toString(), QStringLiteral("C→"));
    QCOMPARE(model.index(8, ui::TranscriptModel::DirectionColumn).data().toString(), QStringLiteral("TLS"));
    QCOMPARE(model.index(2, ui::TranscriptModel::TextColumn).data().toString(), QStringLiteral("EHLO workbench.example.net"));

    // ... and by colour: four directions, four colours.
    const QColor note = model.index(0, 2).data(Qt::ForegroundRole).value<QColor>();
    const QColor server = model.index(1, 2).data(Qt::ForegroundRole).value<QColor>();
    const QColor client = model.index(2, 2).data(Qt::ForegroundRole).value<QColor>();
    const QColor tls = model.index(8, 2).data(Qt::ForegroundRole).value<QColor>();
    QSet<QRgb> colours{note.rgb(), server.rgb(), client.rgb(), tls.rgb()};
    QCOMPARE(colours.size(), 4);
    QCOMPARE(model.index(2, 0).data(ui::TranscriptModel::DirectionRole).toInt(), int(LineDirection::Client));

    // Monospace everywhere; notes in italics.
    const QFont font = model.index(1, 2).data(Qt::FontRole).value<QFont>();
    QVERIFY(QFontInfo(font).fixedPitch() || font.styleHint() == QFont::TypeWriter || font.fixedPitch());
    QVERIFY(model.index(0, 2).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(1, 2).data(Qt::FontRole).value<QFont>().italic());

    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time (s)"));
    QCOMPARE(model.plainText({2, 1}).split(QLatin1Char('\n')).size(), 2);
    QVERIFY(model.plainText({2}).contains(QStringLiteral("C→   EHLO workbench.example.net")));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// A server's escape sequence, NUL or bidi override is shown, not swallowed or obeyed: C0 as
// its control picture (U+241B for ESC), the rest escaped.
void TestModels::transcriptShowsControlCharacters()
{
    ui::TranscriptModel model;
    core::TranscriptLine line;
    line.dir = core::LineDirection::Server;
    line.text = QString::fromUtf16(u"220 mx \x1b]0;pwned\x07 ok \u202e\tend") + QChar(0) + QStringLiteral("x");
    model.appendLines({line});
    const QString shown = model.index(0, ui::TranscriptModel::TextColumn).data().toString();
    QCOMPARE(shown, QString::fromUtf16(u"220 mx \u241b]0;pwned\u2407 ok \\u202e\tend\u2400x"));
}

void TestModels::transcriptModelIncremental()
{
    ui::TranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (const core::TranscriptLine &line : sampleTranscript())
        model.appendLine(line);
    QCOMPARE(inserted.count(), 9);
    model.appendLines(sampleTranscript().mid(0, 3));
    QCOMPARE(model.rowCount(), 12);
    model.appendLines({});
    QCOMPARE(inserted.count(), 10);
}

void TestModels::transcriptViewFollowsAndCopies()
{
    ui::TranscriptModel model;
    ui::TranscriptView view;
    view.setTranscriptModel(&model);
    view.resize(500, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (int i = 0; i < 100; ++i)
        model.appendLine({i * 10, LineDirection::Server, QStringLiteral("250-line %1").arg(i)});
    QScrollBar *bar = view.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowingOutput());

    // The user scrolls up: new lines must not yank the view back down.
    bar->setValue(10);
    QVERIFY(!view.isFollowingOutput());
    for (int i = 0; i < 20; ++i)
        model.appendLine({2000 + i, LineDirection::Client, QStringLiteral("NOOP")});
    QTest::qWait(20);
    QCOMPARE(bar->value(), 10);

    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    model.appendLine({3000, LineDirection::Server, QStringLiteral("250 OK")});
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Copy the selection as text with time and marker.
    view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(100, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.setFocus();
    QTest::keySequence(&view, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, QStringLiteral("  +0.010  ←S   250-line 1\n  +2.000  C→   NOOP"));
}

void TestModels::handshakeModel()
{
    ui::HandshakeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const core::HandshakeMessage &m : sampleHandshake())
        model.appendMessage(m);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.index(0, ui::HandshakeModel::DirectionColumn).data().toString(), QStringLiteral("C→"));
    QCOMPARE(model.index(1, ui::HandshakeModel::DirectionColumn).data().toString(), QStringLiteral("←S"));
    QCOMPARE(model.index(3, ui::HandshakeModel::TypeColumn).data().toString(), QStringLiteral("Certificate"));
    QCOMPARE(model.index(3, ui::HandshakeModel::LengthColumn).data().toInt(), 2411);
    QCOMPARE(model.index(1, ui::HandshakeModel::SummaryColumn).data().toString(),
             QStringLiteral("TLS 1.3, TLS_AES_256_GCM_SHA384, x25519"));
    QCOMPARE(model.index(0, ui::HandshakeModel::TimeColumn).data().toString(), QStringLiteral("+0.124"));
    QVERIFY(model.index(0, ui::HandshakeModel::TypeColumn).data(Qt::ForegroundRole).value<QColor>()
            != model.index(1, ui::HandshakeModel::TypeColumn).data(Qt::ForegroundRole).value<QColor>());
    // A fatal alert stands out.
    QVERIFY(model.index(4, ui::HandshakeModel::SummaryColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.headerData(ui::HandshakeModel::LengthColumn, Qt::Horizontal).toString(), QStringLiteral("Bytes"));
    model.setMessages(sampleHandshake().mid(0, 2));
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::certificateChainModel()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    // Leaf, intermediate (from the served chain file) and the root.
    const core::CertificateChain chain = loadChain({pki.rsaLeaf().chainFile, pki.caFile()});
    QCOMPARE(chain.size(), 3);

    ui::CertificateChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChain(chain);

    // A tree leaf -> intermediate -> root, one certificate per level.
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex leaf = model.index(0, 0);
    QCOMPARE(leaf.data().toString(), QStringLiteral("localhost"));
    QCOMPARE(model.rowCount(leaf), 1);
    const QModelIndex intermediate = model.index(0, 0, leaf);
    QCOMPARE(intermediate.data().toString(), QStringLiteral("MailTLS Test Intermediate CA"));
    const QModelIndex root = model.index(0, 0, intermediate);
    QCOMPARE(root.data().toString(), QStringLiteral("MailTLS Test Root CA"));
    QCOMPARE(model.rowCount(root), 0);
    QCOMPARE(model.parent(root), intermediate);
    QCOMPARE(model.parent(leaf), QModelIndex());
    QCOMPARE(root.data(ui::CertificateChainModel::PositionRole).toInt(), 2);
    QCOMPARE(model.indexForPosition(1), intermediate);
    QCOMPARE(model.certificate(root), chain.at(2));

    QCOMPARE(model.index(0, ui::CertificateChainModel::KeyColumn).data().toString(), QStringLiteral("RSA 2048"));
    QVERIFY(model.index(0, ui::CertificateChainModel::ExpiresColumn).data().toString().contains(QStringLiteral("day")));

    // Badges: leaf is neither CA nor self-signed; the root is both.
    const QString leafNotes = model.index(0, ui::CertificateChainModel::NotesColumn).data().toString();
    QVERIFY2(leafNotes.contains(QStringLiteral("leaf")) && !leafNotes.contains(QStringLiteral("CA")), qPrintable(leafNotes));
    const QString rootNotes = model.index(0, ui::CertificateChainModel::NotesColumn, intermediate).data().toString();
    QVERIFY2(rootNotes.contains(QStringLiteral("self-signed")) && rootNotes.contains(QStringLiteral("CA")), qPrintable(rootNotes));
    QVERIFY(root.data(ui::CertificateChainModel::SelfSignedRole).toBool());
    QVERIFY(intermediate.data(ui::CertificateChainModel::CaRole).toBool());
    QVERIFY(!leaf.data(ui::CertificateChainModel::ExpiredRole).toBool());
    QVERIFY(!leaf.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(leaf.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Position 0")));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::certificateChainModelExpiry()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    const core::CertificateChain chain = loadChain({pki.selfSignedLeaf().certFile});
    QCOMPARE(chain.size(), 1);
    const core::Certificate cert = chain.first();

    ui::CertificateChainModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Ten days after expiry.
    model.setChain(chain, cert.notAfter().addDays(10));
    const QModelIndex expires = model.index(0, ui::CertificateChainModel::ExpiresColumn);
    QVERIFY2(expires.data().toString().contains(QStringLiteral("expired 10 days ago")), qPrintable(expires.data().toString()));
    QVERIFY(model.index(0, 0).data(ui::CertificateChainModel::ExpiredRole).toBool());
    QCOMPARE(expires.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb8, 0x1d, 0x2a));
    const QString notes = model.index(0, ui::CertificateChainModel::NotesColumn).data().toString();
    QVERIFY2(notes.contains(QStringLiteral("expired")) && notes.contains(QStringLiteral("self-signed")), qPrintable(notes));

    // Twenty days before expiry: "expires soon", in orange.
    model.setChain(chain, cert.notAfter().addDays(-20).addSecs(-60));
    QVERIFY(model.index(0, ui::CertificateChainModel::ExpiresColumn).data().toString().contains(QStringLiteral("20 days left")));
    QVERIFY(model.index(0, ui::CertificateChainModel::NotesColumn).data().toString().contains(QStringLiteral("expires soon")));

    // Before notBefore.
    model.setChain(chain, cert.notBefore().addDays(-1));
    QVERIFY(model.index(0, ui::CertificateChainModel::ExpiresColumn).data().toString().contains(QStringLiteral("not valid yet")));
}

void TestModels::findingsModelSortsBySeverity()
{
    ui::FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({
        finding("smtp.rate_limited", Severity::Info, "The server limited us"),
        finding("protocol.tls10_enabled", Severity::Medium, "TLS 1.0 accepted"),
        finding("cert.self_signed", Severity::High, "Self-signed certificate"),
        finding("protocol.tls11_enabled", Severity::Medium, "TLS 1.1 accepted"),
        finding("cipher.null", Severity::Critical, "NULL cipher accepted"),
        finding("protocol.tls13_missing", Severity::Low, "TLS 1.3 not accepted"),
    });
    QCOMPARE(model.rowCount(), 6);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, ui::FindingsModel::IdColumn).data().toString();
    // Most serious first; equal severities keep their order.
    QCOMPARE(ids, (QStringList{QStringLiteral("cipher.null"), QStringLiteral("cert.self_signed"),
                               QStringLiteral("protocol.tls10_enabled"), QStringLiteral("protocol.tls11_enabled"),
                               QStringLiteral("protocol.tls13_missing"), QStringLiteral("smtp.rate_limited")}));
    QCOMPARE(model.worstSeverity(), Severity::Critical);

    QCOMPARE(model.index(0, ui::FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(model.index(5, ui::FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Info"));
    QCOMPARE(model.index(1, ui::FindingsModel::TitleColumn).data().toString(), QStringLiteral("Self-signed certificate"));
    QCOMPARE(model.index(0, 0).data(ui::FindingsModel::SeverityRole).toInt(), int(Severity::Critical));
    // Badge colour per severity, and an icon.
    QSet<QRgb> badges;
    for (int row : {0, 1, 2, 4, 5})
        badges << model.index(row, ui::FindingsModel::SeverityColumn).data(Qt::BackgroundRole).value<QColor>().rgb();
    QCOMPARE(badges.size(), 5);
    QCOMPARE(model.index(1, 0).data(Qt::BackgroundRole).value<QColor>(), ui::SeverityStyle::color(Severity::High));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.finding(model.index(1, 2)).id, QStringLiteral("cert.self_signed"));
    QCOMPARE(model.index(1, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("Detail for cert.self_signed"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.worstSeverity(), Severity::Info);
}

void TestModels::commandLineHistoryAndVerbatim()
{
    ui::CommandLineWidget widget;
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QSignalSpy entered(&widget, &ui::CommandLineWidget::lineEntered);
    QLineEdit *edit = widget.lineEdit();

    QVERIFY(!edit->isEnabled());
    QVERIFY(!widget.sendButton()->isEnabled());
    widget.setInteractive(true);
    QVERIFY(edit->isEnabled());
    edit->setFocus();

    // "R..." and "Q..." are ordinary text here, sent exactly as typed.
    QTest::keyClicks(edit, QStringLiteral("RSET"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("QUIT now "));
    QVERIFY(widget.sendButton()->isEnabled());
    QTest::mouseClick(widget.sendButton(), Qt::LeftButton);
    QCOMPARE(entered.count(), 2);
    QCOMPARE(entered.at(0).at(0).toString(), QStringLiteral("RSET"));
    QCOMPARE(entered.at(1).at(0).toString(), QStringLiteral("QUIT now "));
    QVERIFY(edit->text().isEmpty());

    // Up/Down walk the history and come back to the draft.
    QTest::keyClicks(edit, QStringLiteral("NO"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("QUIT now "));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("RSET"));
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(edit->text(), QStringLiteral("RSET"));
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("QUIT now "));
    QTest::keyClick(edit, Qt::Key_Down);
    QCOMPARE(edit->text(), QStringLiteral("NO"));

    // Empty lines are not sent; nothing goes out when not interactive.
    edit->clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.count(), 2);
    widget.setInteractive(false);
    QVERIFY(!edit->isEnabled());
}

void TestModels::targetBarPortSelectsImplicitTls()
{
    ui::TargetBar bar;
    core::SessionOptions o = bar.options();
    QCOMPARE(o.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(o.port, quint16(25));
    QCOMPARE(o.dialect, QStringLiteral("smtp"));
    QVERIFY(!o.implicitTls);

    bar.portSpin()->setValue(465);
    QCOMPARE(bar.dialect(), ui::TargetBar::ImplicitTls);
    o = bar.options();
    QVERIFY(o.implicitTls);
    QCOMPARE(o.port, quint16(465));

    bar.portSpin()->setValue(587);
    QCOMPARE(bar.dialect(), ui::TargetBar::SmtpStartTls);
    // The access protocols: the port picks them, options() says them, setOptions() restores them.
    bar.portSpin()->setValue(993);
    QCOMPARE(bar.dialect(), ui::TargetBar::ImapImplicitTls);
    QCOMPARE(bar.options().dialect, QStringLiteral("imap"));
    QVERIFY(bar.options().implicitTls);
    bar.portSpin()->setValue(110);
    QCOMPARE(bar.dialect(), ui::TargetBar::Pop3StartTls);
    QCOMPARE(bar.options().dialect, QStringLiteral("pop3"));
    QVERIFY(!bar.options().implicitTls);
    bar.portSpin()->setValue(4190);
    QCOMPARE(bar.options().dialect, QStringLiteral("sieve"));
    core::SessionOptions pop3s = bar.options();
    pop3s.dialect = QStringLiteral("pop3");
    pop3s.implicitTls = true;
    bar.setOptions(pop3s);
    QCOMPARE(bar.dialect(), ui::TargetBar::Pop3ImplicitTls);
    bar.portSpin()->setValue(587);
    QCOMPARE(bar.dialect(), ui::TargetBar::SmtpStartTls);
    bar.setDialect(ui::TargetBar::LmtpStartTls);
    QCOMPARE(bar.options().dialect, QStringLiteral("lmtp"));
    bar.setDialect(ui::TargetBar::PlainTcp);
    QCOMPARE(bar.options().dialect, QStringLiteral("none"));
    QVERIFY(bar.options().implicitTls);
    core::SessionOptions plain = bar.options();
    bar.setDialect(ui::TargetBar::SmtpStartTls);
    bar.setOptions(plain);
    QCOMPARE(bar.dialect(), ui::TargetBar::PlainTcp);

    bar.hostEdit()->setText(QStringLiteral("  mx.example.org "));
    QCOMPARE(bar.options().host, QStringLiteral("mx.example.org"));
    bar.setEditable(false);
    QVERIFY(!bar.hostEdit()->isEnabled());
    QVERIFY(!bar.portSpin()->isEnabled());
}

void TestModels::sessionOptionsDialogHints()
{
    const test::TestPki &pki = test::TestPki::instance();
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    core::SessionOptions start;
    start.ehloName = QStringLiteral("workbench.example.net");
    ui::SessionOptionsDialog dialog(start);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.hint().isEmpty());

    auto *cert = dialog.findChild<QLineEdit *>(QStringLiteral("clientCert"));
    auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("clientKey"));
    cert->setText(pki.clientCert().certFile);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog.hint().contains(QStringLiteral("private key")), qPrintable(dialog.hint()));
    key->setText(pki.clientCert().keyFile);
    QVERIFY(ok->isEnabled());

    auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFile"));
    caFile->setText(QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.hint().contains(QStringLiteral("CA file")));
    caFile->setText(pki.caFile());
    QVERIFY(ok->isEnabled());

    auto *tlsMin = dialog.findChild<QComboBox *>(QStringLiteral("tlsMin"));
    auto *tlsMax = dialog.findChild<QComboBox *>(QStringLiteral("tlsMax"));
    tlsMin->setCurrentIndex(tlsMin->findData(QStringLiteral("TLSv1.3")));
    tlsMax->setCurrentIndex(tlsMax->findData(QStringLiteral("TLSv1.2")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.hint().contains(QStringLiteral("lowest TLS version")));
    tlsMax->setCurrentIndex(tlsMax->findData(QStringLiteral("TLSv1.3")));
    QVERIFY(ok->isEnabled());

    auto *sendSni = dialog.findChild<QCheckBox *>(QStringLiteral("sendSni"));
    auto *sni = dialog.findChild<QLineEdit *>(QStringLiteral("sni"));
    sendSni->setChecked(false);
    QVERIFY(!sni->isEnabled());
    QVERIFY(dialog.hint().contains(QStringLiteral("SNI")));

    const core::SessionOptions o = dialog.options();
    QCOMPARE(o.ehloName, QStringLiteral("workbench.example.net"));
    QCOMPARE(o.clientCertFile, pki.clientCert().certFile);
    QCOMPARE(o.clientKeyFile, pki.clientCert().keyFile);
    QCOMPARE(o.caFile, pki.caFile());
    QCOMPARE(o.tlsMin, QStringLiteral("TLSv1.3"));
    QCOMPARE(o.tlsMax, QStringLiteral("TLSv1.3"));
    QVERIFY(!o.sendSni);
}

MAILTLS_TEST_MAIN(TestModels)
#include "test_models.moc"
