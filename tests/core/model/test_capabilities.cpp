// EHLO before and after STARTTLS compared by keyword: same, added, removed, changed, in the
// order first seen; parameters as written; duplicates and blank lines ignored.

#include <QtTest>

#include "model/capabilities.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sideBySide()
    {
        const QStringList before = {QStringLiteral("SIZE 52428800"), QStringLiteral("8BITMIME"), QStringLiteral("PIPELINING"),
                                    QStringLiteral("AUTH LOGIN"), QStringLiteral("STARTTLS"), QStringLiteral("pipelining"),
                                    QStringLiteral("  ")};
        const QStringList after = {QStringLiteral("SIZE 52428800"), QStringLiteral("8bitmime"), QStringLiteral("PIPELINING"),
                                   QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("CHUNKING")};
        const QList<CapabilityChange> c = compareCapabilities(before, after);
        QCOMPARE(c.size(), 6);
        QCOMPARE(c.at(0).keyword, QStringLiteral("SIZE"));
        QCOMPARE(c.at(0).kind, CapabilityChange::Kind::Same);
        QCOMPARE(c.at(0).before, QStringLiteral("52428800"));
        QCOMPARE(c.at(1).keyword, QStringLiteral("8BITMIME"));   // case-insensitive keywords
        QCOMPARE(c.at(1).kind, CapabilityChange::Kind::Same);
        QVERIFY(!c.at(1).before.isNull() && c.at(1).before.isEmpty());
        QCOMPARE(c.at(3).keyword, QStringLiteral("AUTH"));
        QCOMPARE(c.at(3).kind, CapabilityChange::Kind::Changed);
        QCOMPARE(c.at(3).after, QStringLiteral("PLAIN LOGIN"));
        QCOMPARE(c.at(4).keyword, QStringLiteral("STARTTLS"));
        QCOMPARE(c.at(4).kind, CapabilityChange::Kind::Removed);
        QVERIFY(c.at(4).after.isNull());
        QCOMPARE(c.at(5).keyword, QStringLiteral("CHUNKING"));
        QCOMPARE(c.at(5).kind, CapabilityChange::Kind::Added);
        QVERIFY(c.at(5).before.isNull());
        QCOMPARE(capabilityChangeWord(CapabilityChange::Kind::Changed), QStringLiteral("changed"));
    }

    void emptyLists()
    {
        QVERIFY(compareCapabilities({}, {}).isEmpty());
        const QList<CapabilityChange> onlyAfter = compareCapabilities({}, {QStringLiteral("AUTH PLAIN")});
        QCOMPARE(onlyAfter.size(), 1);
        QCOMPARE(onlyAfter.first().kind, CapabilityChange::Kind::Added);
    }
};

MAILTLS_TEST_MAIN(TestCapabilities)
#include "test_capabilities.moc"
