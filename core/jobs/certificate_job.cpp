#include "jobs/certificate_job.h"

#include "pki/mini_ca.h"
#include "pki/output_file.h"

namespace mailtls::core {

namespace {

QByteArray chainPem(const CertificateChain &chain)
{
    QByteArray pem;
    for (const Certificate &c : chain)
        pem += c.toPem();
    return pem;
}

} // namespace

MadeCertificate makeCertificate(const CertificateOrder &order)
{
    MadeCertificate made;
    const bool generate = order.existingKeyFile.isEmpty();
    QStringList outputs{order.outputFile};
    if (generate)
        outputs << order.newKeyFile;
    if (!checkOutputPaths(outputs, order.overwrite, &made.error))
        return made;

    MiniCa ca;
    if (order.kind == CertificateKind::CaSigned) {
        ca = MiniCa::open(order.caDir, order.caPassphrase, &made.error);
        if (ca.isNull()) {
            if (made.error.message.isEmpty())
                made.error = makeError(ErrorKind::FileUnreadable, phrase("Errors", "cannot open the CA in %1").arg(order.caDir));
            return made;
        }
    }

    made.key = generate ? PrivateKey::generate(order.keyType, &made.error)
                        : PrivateKey::fromFile(order.existingKeyFile, order.keyPassphrase, &made.error);
    if (made.key.isNull())
        return made;
    made.keyGenerated = generate;

    QList<OutputFile> files;
    if (order.kind == CertificateKind::Request) {
        made.request = CertificateRequest::create(made.key, order.spec.subject, order.spec.altNames, &made.error);
        if (made.request.isNull())
            return made;
        files << OutputFile{order.outputFile, made.request.toPem(), FileSecrecy::Public};
    } else {
        Certificate leaf;
        if (order.kind == CertificateKind::SelfSigned) {
            leaf = CertificateFactory::selfSigned(made.key, order.spec, &made.error);
            made.chain = {leaf};
        } else {
            CaSignOptions options;
            options.usage = order.spec.usage;
            options.days = order.spec.days;
            options.altNames = order.spec.altNames;
            leaf = ca.signKey(made.key.handle(), order.spec.subject, options, &made.error);
            made.chain = CertificateChain{leaf} + ca.servedIntermediates();
        }
        if (leaf.isNull()) {
            made.chain.clear();
            return made;
        }
        files << OutputFile{order.outputFile, chainPem(made.chain), FileSecrecy::Public};
    }
    if (generate)
        files.prepend(OutputFile{order.newKeyFile, made.key.toPem(order.keyPassphrase), FileSecrecy::Secret});
    if (!writeOutputFiles(files, order.overwrite, &made.error)) {
        made.chain.clear();
        made.request = CertificateRequest();
        return made;
    }

    ServedCredential credential;
    credential.certFile = order.outputFile;
    credential.keyFile = generate ? order.newKeyFile : order.existingKeyFile;
    credential.keyType = made.key.info().type;
    credential.keyEncrypted = !order.keyPassphrase.isEmpty();
    if (order.kind == CertificateKind::Request) {
        QString certFile = order.outputFile;
        if (certFile.endsWith(QLatin1String(".csr")))
            certFile.chop(4);
        credential.certFile = certFile + QStringLiteral(".pem");
    }
    made.snippets = order.spec.usage == CertificateUsage::Client ? ConfigSnippets::client(credential)
                                                                 : ConfigSnippets::server({credential});
    return made;
}

InspectedFiles inspectCertificateFiles(const QStringList &files, const QByteArray &passphrase, const TrustStore &trust,
                                       const CertificateCheckOptions &check)
{
    InspectedFiles out;
    CertificateLoadOptions options;
    options.passphrase = passphrase;
    out.loaded = loadCertificateFiles(files, options);
    if (out.hasReport()) {
        out.report = certificateInspectionReport(files, out.loaded, trust, check);
        out.report.toolVersion = QStringLiteral(MAILTLS_VERSION);
    }
    return out;
}

} // namespace mailtls::core
