#pragma once

// Small readers over a session Report for integration tests: where a line is in the
// transcript, which handshake messages were seen, which findings were raised, and a dump of
// everything for failure messages.

#include <QDebug>
#include <QString>
#include <QTest>
#include <QStringList>

#include "model/session_options.h"
#include "model/report.h"

// QVERIFY for a condition on a session report: on failure the whole report is printed
// (QVERIFY2 messages are cut at about 1 KB).
#define VERIFY_REPORT(cond, report)                                                              \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            qInfo().noquote() << mailtls::test::describeReport(report);                          \
            QFAIL("'" #cond "' is false; the report is printed above");                          \
        }                                                                                        \
    } while (false)

namespace mailtls::test {

// Options for a session against a local test peer: 127.0.0.1:port, the test PKI's root as the
// only trust anchor, certificate name "localhost", EHLO name "mailtls.test", 10 s deadlines.
core::SessionOptions localSessionOptions(quint16 port);

// Runs one session on the calling thread (MAILTLS_DUMP_REPORTS=1 prints each report).
core::Report runSession(const core::SessionOptions &options);

// Outcome, TLS facts, certificates, handshake, transcript and findings, one per line.
QString describeReport(const core::Report &report);

QStringList findingIds(const core::Report &report);
// Findings whose id starts with any of `prefixes` ("cert.", "chain.", ...).
QStringList findingIdsWithPrefix(const core::Report &report, const QStringList &prefixes);

// Index of the first transcript line at or after `from` in direction `dir` whose text starts
// with `prefix` (case-sensitive); -1 if none.
int transcriptIndexOf(const core::Report &report, core::LineDirection dir, const QString &prefix, int from = 0);
// Index of the first line in direction `dir`, -1 if none.
int firstLineOf(const core::Report &report, core::LineDirection dir);
// Whether any transcript line (any direction) contains `needle`.
bool transcriptContains(const core::Report &report, const QString &needle);
QString transcriptText(const core::Report &report);

// Whether the handshake list holds a message of `type` sent by `dir` ("C" or "S").
bool handshakeHas(const core::Report &report, const QString &dir, const QString &type);

} // namespace mailtls::test
