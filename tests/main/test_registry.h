#pragma once

// One test executable per tested layer (or test group), one ctest test per test file. Every
// test file ends with MAILTLS_TEST_MAIN(TestClass) instead of QTEST_MAIN: the file's class is
// registered under the file's base name ("test_certificate"), and the executable's main()
// (tests/main/test_main.cpp) runs the class its first argument names. ctest calls
// `<executable> <file name> [QtTest arguments]`, so every file still runs in a process of its
// own, exactly as with QTEST_MAIN; the layer is linked once instead of once per file.

#include <QObject>

#include <functional>

namespace mailtls::test {

using TestFactory = std::function<QObject *()>;
// `file` is __FILE__; the registered name is its base name without extension.
bool registerTest(const char *file, TestFactory factory);

} // namespace mailtls::test

#define MAILTLS_TEST_MAIN(TestClass)                                                                 \
    namespace {                                                                                      \
    const bool mailtlsTestRegistered = ::mailtls::test::registerTest(                               \
        __FILE__, [] { return static_cast<QObject *>(new TestClass); });                            \
    }
