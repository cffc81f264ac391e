// main() of every test executable: runs the registered test class named by the first argument
// (see test_registry.h); `--list` prints the names. With MAILTLS_TEST_WIDGETS the process gets
// a QApplication (as QTEST_MAIN gives widget tests), otherwise a QCoreApplication.

#include <QFileInfo>
#include <QMap>
#include <QtTest>

#include <cstdio>
#include <memory>

#include "test_registry.h"

#ifdef MAILTLS_TEST_WIDGETS
#include <QApplication>
#endif

namespace mailtls::test {

namespace {

QMap<QString, TestFactory> &registry()
{
    static QMap<QString, TestFactory> tests;
    return tests;
}

} // namespace

bool registerTest(const char *file, TestFactory factory)
{
    registry().insert(QFileInfo(QString::fromLocal8Bit(file)).completeBaseName(), std::move(factory));
    return true;
}

} // namespace mailtls::test

int main(int argc, char *argv[])
{
    using mailtls::test::registry;
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (name.isEmpty() || name == QLatin1String("--list") || !registry().contains(name)) {
        if (!name.isEmpty() && name != QLatin1String("--list"))
            std::fprintf(stderr, "no test named '%s' in this executable\n", argv[1]);
        std::fprintf(stderr, "usage: %s TEST [QtTest options]; tests here:\n", argv[0]);
        for (auto it = registry().cbegin(); it != registry().cend(); ++it)
            std::fprintf(stdout, "%s\n", qPrintable(it.key()));
        return name == QLatin1String("--list") ? 0 : 2;
    }
    // Integration tests wait on real servers and reference tools for minutes at a time.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "580000");

    // QtTest sees the program name and the arguments after the test name.
    std::vector<char *> args;
    args.push_back(argv[0]);
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    int qtArgc = int(args.size());
#ifdef MAILTLS_TEST_WIDGETS
    QApplication app(qtArgc, args.data());
    app.setAttribute(Qt::AA_Use96Dpi, true);
#else
    QCoreApplication app(qtArgc, args.data());
#endif
    std::unique_ptr<QObject> test(registry().value(name)());
    return QTest::qExec(test.get(), qtArgc, args.data());
}
