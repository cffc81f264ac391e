#pragma once

// What the pki tests share: the openssl command that checks what we made, a fresh directory per
// test function, and the subject, SAN and request makers.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

#include <sys/stat.h>

#include "pki/certificate_factory.h"
#include "pki/certificate_request.h"
#include "pki/mini_ca.h"
#include "pki/output_file.h"
#include "pki/private_key.h"

namespace mailtls::test {

struct Run {
    int exitCode = -1;
    QString output;   // standard output and error, merged
};

inline Run openssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

inline int fileMode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline core::SubjectName subject(const QString &text)
{
    return core::SubjectName::parse(text, nullptr);
}

inline core::SubjectAltNames sans(const QString &text)
{
    return core::SubjectAltNames::parse(text, nullptr);
}

inline core::CaInitOptions caOptions(const QString &subjectText, core::KeyType type)
{
    core::CaInitOptions options;
    options.subject = subject(subjectText);
    options.keyType = type;
    return options;
}

// A self-signed server certificate for `key`: CN=localhost, DNS:localhost.
inline core::Certificate selfSignedLocalhost(const core::PrivateKey &key, core::Error *error)
{
    core::CertificateSpec spec;
    spec.subject = subject(QStringLiteral("CN=localhost"));
    spec.altNames = sans(QStringLiteral("DNS:localhost"));
    return core::CertificateFactory::selfSigned(key, spec, error);
}

// A test class inherits it (after QObject) and calls freshDir() in init(): every test function
// writes into a directory of its own.
struct PkiTestDir {
    std::unique_ptr<QTemporaryDir> dir_;

    bool freshDir()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        return dir_->isValid();
    }
    QString path(const QString &name) const { return dir_->filePath(name); }
    // Every file in the directory, temporaries included.
    QStringList entries() const { return QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden | QDir::System); }
    // Writes a public file (replacing it) and returns its path.
    QString write(const QString &name, const QByteArray &content)
    {
        core::Error error;
        if (!core::writeOutputFile({path(name), content, core::FileSecrecy::Public}, true, &error))
            qWarning("%s", qPrintable(error.message));
        return path(name);
    }
    // A request for CN=localhost with these SANs, from a new key of `type`.
    core::CertificateRequest makeRequest(core::KeyType type, const QString &san, core::PrivateKey *keyOut = nullptr)
    {
        core::Error error;
        const core::PrivateKey key = core::PrivateKey::generate(type, &error);
        if (keyOut)
            *keyOut = key;
        return core::CertificateRequest::create(key, subject(QStringLiteral("O=Example,CN=localhost")), sans(san), &error);
    }
};

} // namespace mailtls::test
