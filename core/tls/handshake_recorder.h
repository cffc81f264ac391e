#pragma once

// Turns OpenSSL's message callback (SSL_set_msg_callback) into HandshakeMessage records with a
// one-line summary: every handshake message, ChangeCipherSpec and alert, both directions. The
// bytes are taken apart once, by the HandshakeDecoder; the summary is written from its facts.

#include <QElapsedTimer>
#include <QList>

#include <functional>

#include "model/report.h"
#include "wire/handshake_decoder.h"

typedef struct ssl_st SSL;

namespace mailtls::core {

class HandshakeRecorder
{
public:
    HandshakeRecorder() = default;

    // Installs the callback on `ssl`; the recorder must outlive the SSL object's handshake.
    void attach(SSL *ssl);
    void setClock(const QElapsedTimer *clock) { clock_ = clock; }
    void setListener(std::function<void(const HandshakeMessage &)> listener) { listener_ = std::move(listener); }

    const QList<HandshakeMessage> &messages() const { return messages_; }
    bool certificateRequested() const { return certificateRequested_; }
    bool clientSentCertificate() const { return clientSentCertificate_; }
    // The last alert (name) and whether we received or sent it.
    QString lastAlert() const { return lastAlert_; }
    bool lastAlertReceived() const { return lastAlertReceived_; }
    int lastAlertLevel() const { return lastAlertLevel_; }
    int dhPrimeBits() const { return dhPrimeBits_; }   // from ServerKeyExchange, 0 if none

    // Exposed for tests: decode one handshake message (header included) as the callback does.
    HandshakeMessage decode(bool sent, int contentType, const QByteArray &bytes, SSL *ssl);

private:
    static void callback(int writeP, int version, int contentType, const void *buf, size_t len,
                         SSL *ssl, void *arg);
    QString summarizeClientHello(const DecodedHandshake &d) const;
    QString summarizeServerHello(const DecodedHandshake &d, SSL *ssl);
    QString summarizeCertificate(const DecodedHandshake &d, bool sent);
    QString summarizeServerKeyExchange(const DecodedHandshake &d, int bodySize, SSL *ssl);

    QList<HandshakeMessage> messages_;
    const QElapsedTimer *clock_ = nullptr;
    std::function<void(const HandshakeMessage &)> listener_;
    bool certificateRequested_ = false;
    bool clientSentCertificate_ = false;
    HandshakeDecoder decoder_;
    quint16 chosenSuite_ = 0;
    QString lastAlert_;
    bool lastAlertReceived_ = false;
    int lastAlertLevel_ = 0;
    int dhPrimeBits_ = 0;
};

} // namespace mailtls::core
