#include "x509/chain_analysis.h"

#include "base/limits.h"
#include "ossl/error.h"
#include "ossl/handles.h"
#include "x509/trust_store.h"

#include <QStringList>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace mailtls::core {

namespace {

bool sameAsAnyAt(const CertificateChain &served, const QList<int> &positions, const Certificate &cert)
{
    for (int p : positions) {
        if (served.at(p) == cert)
            return true;
    }
    return false;
}

// From position 0 downwards: when an issuer was sent first, the certificate it issued
// (and so on) is the real server certificate.
int findLeaf(const CertificateChain &served)
{
    QList<int> visited{0};
    int current = 0;
    for (;;) {
        int next = -1;
        for (int j = 0; j < served.size(); ++j) {
            if (visited.contains(j) || sameAsAnyAt(served, visited, served.at(j)))
                continue;
            if (served.at(j).isIssuedBy(served.at(current))) {
                next = j;
                break;
            }
        }
        if (next < 0)
            return current;
        visited << next;
        current = next;
    }
}

// From the leaf upwards: each step the served certificate that issued the previous one,
// preferring the one sent right after it.
QList<int> buildPath(const CertificateChain &served, int leaf)
{
    QList<int> path{leaf};
    int current = leaf;
    while (!served.at(current).isSelfSigned()) {
        int next = -1;
        const int preferred = current + 1;
        if (preferred < served.size() && !path.contains(preferred)
            && !sameAsAnyAt(served, path, served.at(preferred))
            && served.at(current).isIssuedBy(served.at(preferred))) {
            next = preferred;
        } else {
            for (int j = 0; j < served.size(); ++j) {
                if (path.contains(j) || sameAsAnyAt(served, path, served.at(j)))
                    continue;
                if (served.at(current).isIssuedBy(served.at(j))) {
                    next = j;
                    break;
                }
            }
        }
        if (next < 0)
            break;
        path << next;
        current = next;
    }
    return path;
}

QString describe(const CertificateChain &served, int position)
{
    const Certificate &cert = served.at(position);
    QString name = cert.subject();
    if (name.isEmpty())
        name = QStringLiteral("(empty subject)");
    return QStringLiteral("position %1 (%2)").arg(position).arg(name);
}

QString positionsText(const QList<int> &positions)
{
    QStringList parts;
    for (int p : positions)
        parts << QString::number(p);
    return parts.join(QStringLiteral(", "));
}

QString orderProblemSentence(const CertificateChain &served, const QList<int> &path)
{
    const QString order = positionsText(path);
    if (path.first() != 0) {
        return QStringLiteral("The server certificate is at %1 but %2 was sent first; send the "
                              "server certificate first and then each issuer (order %3).")
            .arg(describe(served, path.first()), describe(served, 0), order);
    }
    for (int i = 1; i < path.size(); ++i) {
        if (path.at(i) == i)
            continue;
        QString issued = describe(served, path.at(i - 1));
        issued[0] = issued.at(0).toUpper();
        return QStringLiteral("%1 is issued by %2, but %3 follows it; each certificate must be "
                              "followed by its issuer (order %4).")
            .arg(issued, describe(served, path.at(i)),
                 QStringLiteral("position %1").arg(i), order);
    }
    return QString();
}

// Whether `store` holds a certificate that issued `cert` (name match and signature).
bool storeIssued(X509_STORE *store, const Certificate &cert)
{
    if (!store || cert.isNull())
        return false;
    ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store, cert.handle(), nullptr) != 1) {
        ossl::drainErrors();
        return false;
    }
    X509 *issuer = nullptr;
    const int found = X509_STORE_CTX_get1_issuer(&issuer, ctx.get(), cert.handle());
    ossl::drainErrors();
    if (found != 1 || !issuer)
        return false;
    ossl::X509Ptr owned(issuer);
    return cert.isIssuedBy(Certificate::fromX509(issuer));
}

} // namespace

ChainAnalysis analyzeChainStructure(const CertificateChain &all, const IssuerIsAnchorFn &issuerIsAnchor)
{
    // Path finding compares every certificate with every other: bounded by the chain limit.
    const CertificateChain served = all.mid(0, limits::kChainCertificates);
    ChainAnalysis a;
    a.certificatesNotAnalysed = int(all.size() - served.size());
    for (const Certificate &cert : served) {
        if (cert.isNull())
            return a;   // a hole in the chain: nothing sensible to say about its shape
    }
    a.empty = served.isEmpty();
    if (a.empty)
        return a;

    a.leafPosition = findLeaf(served);
    const QList<int> path = buildPath(served, a.leafPosition);
    a.suggestedOrder = path;

    for (int i = 0; i < path.size(); ++i) {
        if (path.at(i) != i) {
            a.orderCorrect = false;
            break;
        }
    }
    if (!a.orderCorrect)
        a.orderProblem = orderProblemSentence(served, path);

    const Certificate &top = served.at(path.last());
    if (top.isSelfSigned()) {
        if (path.size() > 1) {
            a.rootIncluded = true;
            a.rootPosition = path.last();
        }
    } else if (!(issuerIsAnchor && issuerIsAnchor(top))) {
        a.intermediateMissing = true;
        a.missingIssuer = top.issuer();
    }

    for (int i = 0; i < served.size(); ++i) {
        if (!path.contains(i))
            a.extraCertificates << i;
    }
    return a;
}

ChainAnalysis analyzeChain(const CertificateChain &served, const TrustStore &trust, const QDateTime &now)
{
    ossl::X509StorePtr store(trust.createStore());
    ChainAnalysis a = analyzeChainStructure(served, [&store](const Certificate &cert) {
        return storeIssued(store.get(), cert);
    });

    a.trusted = false;
    a.verifyCode = X509_V_ERR_UNSPECIFIED;
    if (a.empty || served.first().isNull()) {
        a.verifyMessage = QStringLiteral("no certificate was served");
        return a;
    }
    if (!store) {
        a.verifyMessage = QStringLiteral("no usable trust store (%1)").arg(trust.description());
        return a;
    }

    ossl::X509StackPtr untrusted(sk_X509_new_null());
    ossl::X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!untrusted || !ctx) {
        a.verifyMessage = ossl::drainErrors(QStringLiteral("preparing verification")).message;
        return a;
    }
    for (int i = 1; i < served.size() && i < limits::kChainCertificates; ++i) {
        X509 *x = served.at(i).handle();
        if (!x || sk_X509_push(untrusted.get(), x) <= 0)
            continue;
        X509_up_ref(x);
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), served.first().handle(), untrusted.get()) != 1) {
        a.verifyMessage = ossl::drainErrors(QStringLiteral("preparing verification")).message;
        return a;
    }
    // What an SMTP client checks: a server certificate, at the moment of the session.
    X509_STORE_CTX_set_default(ctx.get(), "ssl_server");
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), time_t(at.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_depth(X509_STORE_CTX_get0_param(ctx.get()), limits::kChainCertificates);

    const int rc = X509_verify_cert(ctx.get());
    a.trusted = rc == 1;
    a.verifyCode = a.trusted ? X509_V_OK : X509_STORE_CTX_get_error(ctx.get());
    if (!a.trusted && a.verifyCode == X509_V_OK)
        a.verifyCode = X509_V_ERR_UNSPECIFIED;
    a.verifyMessage = QString::fromLatin1(X509_verify_cert_error_string(a.verifyCode));
    if (STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            a.verifiedPath << Certificate::fromX509(sk_X509_value(chain, i));
    }
    ossl::drainErrors();
    return a;
}

} // namespace mailtls::core
