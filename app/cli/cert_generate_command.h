#pragma once

// The generating half of `mailtls cert`: key, selfsigned, csr, ca init, ca sign, dhparam,
// pkcs12. Each takes its arguments with its own name in args[0] ("key", "init", ...) and
// returns the process exit code (cli_settings.h ExitCode).

#include <QStringList>

namespace mailtls::cli {

int runCertKey(const QStringList &args);
int runCertSelfSigned(const QStringList &args);
int runCertCsr(const QStringList &args);
int runCertCaInit(const QStringList &args);
int runCertCaSign(const QStringList &args);
int runCertDhparam(const QStringList &args);
int runCertPkcs12(const QStringList &args);

} // namespace mailtls::cli
