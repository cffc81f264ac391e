// The ordered JSON writer: keys in the given order, and every scalar written so that any JSON
// parser reads back exactly the value (strings with quotes, backslashes, control characters and
// non-ASCII text; integral and fractional numbers; null, true, false).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "report/ordered_json_writer.h"
#include "test_registry.h"

using namespace mailtls::core;

class TestOrderedJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarsRoundTrip()
    {
        QJsonObject o;
        o.insert(QStringLiteral("quote"), QStringLiteral("say \"hi\" \\ back"));
        o.insert(QStringLiteral("controls"), QString::fromUtf16(u"a\u0001b\u001fc\n\r\t\b\f\u007f"));
        o.insert(QStringLiteral("unicode"), QString::fromUtf16(u"grüße 你好 \u202e"));
        o.insert(QStringLiteral("int"), 1234567890123.0);
        o.insert(QStringLiteral("negative"), -42);
        o.insert(QStringLiteral("fraction"), 0.1);
        o.insert(QStringLiteral("tiny"), 1e-300);
        o.insert(QStringLiteral("null"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("yes"), true);
        o.insert(QStringLiteral("no"), false);
        o.insert(QStringLiteral("empty"), QString());
        o.insert(QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonValue(QJsonValue::Null)});
        OrderedJsonWriter writer;
        writer.setKeyOrder(QString(), {"yes", "quote"});
        const QByteArray bytes = writer.write(o);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QString::fromUtf8(bytes)));
        QCOMPARE(back.object(), o);
        QVERIFY(bytes.startsWith("{\n  \"yes\": true,\n  \"quote\": "));
        QVERIFY(bytes.contains("\"int\": 1234567890123"));
        QVERIFY(bytes.contains("\"fraction\": 0.1"));
        QVERIFY(bytes.contains("\\u0001"));
        QVERIFY(!bytes.contains('\x01'));
    }
};

MAILTLS_TEST_MAIN(TestOrderedJsonWriter)
#include "test_ordered_json_writer.moc"
