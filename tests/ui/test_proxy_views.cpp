// Every connection the window makes goes through its one proxy setting (issue 14): the Simulate
// dialog's live handshake and Compare's live scan go through a real microsocks (counted by
// counting_relay.py in front of it) to a real Exim; each view shows "via SOCKS5 HOST:PORT"
// where it shows its target, the Domain view adds that DNS stays direct; without a proxy the
// note is hidden.

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include "dialogs/simulate_dialog.h"
#include "proxy_peers.h"
#include "test_pki.h"
#include "test_registry.h"
#include "test_servers.h"
#include "views/compare_view.h"
#include "views/domain_view.h"
#include "views/fleet_view.h"
#include "window_proxy.h"

using namespace mailtls;
using namespace mailtls::test;

class TestProxyViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const TestPki &pki = TestPki::instance();
        QVERIFY2(pki.ok(), qPrintable(pki.error()));
        exim_ = std::make_unique<EximServer>(EximOptions::serving(pki.rsaLeaf().chainFile, pki.rsaLeaf().keyFile));
        QString error;
        QVERIFY2(exim_->start(&error), qPrintable(error));
        QVERIFY2(socks_.start(&error), qPrintable(error));
        QVERIFY2(relay_.start(socks_.port(), &error), qPrintable(error));
        QVERIFY(core::parseProxyUrl(QStringLiteral("socks5://127.0.0.1:%1").arg(relay_.port()), &proxy_, &error));
        via_ = QStringLiteral("via SOCKS5 127.0.0.1:%1").arg(relay_.port());
    }

    void cleanupTestCase()
    {
        ui::setWindowProxy(core::ProxySettings());
        relay_.stop();
        socks_.stop();
        if (exim_)
            exim_->stop();
    }

    void simulateGoesThroughTheProxy()
    {
        QVERIFY(relay_.resetCount());
        core::SessionOptions target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = exim_->port();
        target.dialect = QStringLiteral("smtp");
        target.timeoutMs = 10000;
        target.proxy = proxy_;   // as the target bar hands it over
        ui::SimulateDialog dialog(target);
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("proxyNote"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), via_);
        dialog.selectProfile(QStringLiteral("gateway-rsa-legacy"));
        dialog.setUseLiveTarget(true);
        QSignalSpy done(&dialog, &ui::SimulateDialog::simulationFinished);
        dialog.start();
        QVERIFY(done.wait(180000));
        QVERIFY(dialog.result().live.ran);
        QVERIFY2(dialog.result().live.connected, qPrintable(dialog.result().live.error));
        const int total = relay_.stat(QStringLiteral("total"));
        qInfo("simulate: %d connection(s) through microsocks, peak %d", total, relay_.stat(QStringLiteral("peak")));
        QVERIFY2(total >= 1, "the simulation's connections did not go through the proxy");
        QVERIFY(relay_.stat(QStringLiteral("peak")) <= 4);
    }

    void compareScansThroughTheWindowProxy()
    {
        ui::setWindowProxy(proxy_);
        QVERIFY(relay_.resetCount());
        ui::CompareView view;
        view.show();
        auto *note = view.findChild<QLabel *>(QStringLiteral("proxyNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), via_);
        QSignalSpy finished(&view, &ui::CompareView::scanFinished);
        QVERIFY(view.addLiveTarget(QStringLiteral("127.0.0.1:%1").arg(exim_->port())));
        QVERIFY(finished.wait(240000));
        QCOMPARE(finished.first().first().toBool(), true);
        const int total = relay_.stat(QStringLiteral("total"));
        qInfo("compare: %d connection(s) through microsocks, peak %d", total, relay_.stat(QStringLiteral("peak")));
        QVERIFY2(total > 10, "the live scan did not go through the proxy");
        QVERIFY(relay_.stat(QStringLiteral("peak")) <= 4);   // the default budget
    }

    void fleetAndDomainShowTheProxy()
    {
        ui::setWindowProxy(proxy_);
        {
            ui::FleetView fleet;
            auto *note = fleet.findChild<QLabel *>(QStringLiteral("proxyNote"));
            QVERIFY(note);
            QCOMPARE(note->text(), via_);
            const core::FleetRequest request = fleet.requestFromFields();
            QCOMPARE(request.session.proxy.port, relay_.port());
            QCOMPARE(request.scan.target.proxy.port, relay_.port());
        }
        {
            ui::DomainView domain;
            auto *note = domain.findChild<QLabel *>(QStringLiteral("proxyNote"));
            QVERIFY(note);
            QVERIFY2(note->text().startsWith(via_), qPrintable(note->text()));
            QVERIFY2(note->text().contains(QLatin1String("DNS queries go to the resolver directly")), qPrintable(note->text()));
        }
        ui::setWindowProxy(core::ProxySettings());
        ui::FleetView direct;
        direct.show();
        auto *note = direct.findChild<QLabel *>(QStringLiteral("proxyNote"));
        QVERIFY(note);
        QVERIFY(note->isHidden());
    }

private:
    std::unique_ptr<EximServer> exim_;
    Microsocks socks_;
    CountingRelay relay_;
    core::ProxySettings proxy_;
    QString via_;
};

MAILTLS_TEST_MAIN(TestProxyViews)
#include "test_proxy_views.moc"
