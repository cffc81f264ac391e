#include "scan_controller.h"

#include <QHostAddress>

namespace mailtls::ui {

using core::Report;
using core::ScanOptions;
using core::TranscriptLine;

// The thread object lives in the GUI thread, so its signals, emitted from run() and from the
// scanner's own worker threads, reach the controller queued. It has no parent: a cancelled
// scan's thread outlives the controller if it must, and deletes itself when it ends.
class ScanController::Worker : public QThread
{
    Q_OBJECT
public:
    Worker(ScanOptions options, quint64 generation) : options_(std::move(options)), generation_(generation)
    {
        setObjectName(QStringLiteral("mailtls-scan"));
    }
    void cancel() { token_.cancel(); }
    quint64 generation() const { return generation_; }

Q_SIGNALS:
    void progressed(quint64 generation, int done, int total);
    void lineReady(quint64 generation, const mailtls::core::TranscriptLine &line);
    void reportReady(quint64 generation, const mailtls::core::Report &report);

protected:
    void run() override
    {
        core::ScanCallbacks callbacks;
        callbacks.progress = [this](int done, int total) { Q_EMIT progressed(generation_, done, total); };
        callbacks.line = [this](const TranscriptLine &line) { Q_EMIT lineReady(generation_, line); };
        core::Scanner scanner(options_, token_, callbacks);
        const Report report = scanner.run();
        Q_EMIT reportReady(generation_, report);
    }

private:
    const ScanOptions options_;
    const quint64 generation_;
    core::CancelToken token_;
};

ScanController::ScanController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TranscriptLine>();
    qRegisterMetaType<Report>();
}

ScanController::~ScanController()
{
    shutdown();
}

ScanOptions ScanController::optionsFor(const core::SessionOptions &session)
{
    ScanOptions options;
    options.target.host = session.host;
    options.target.port = session.port;
    options.target.dialect = session.dialect;
    options.target.implicitTls = session.implicitTls;
    options.target.ehloName = session.ehloName;
    options.target.timeoutMs = session.timeoutMs;
    options.target.bannerTimeoutMs = session.timeoutMs;
    if (session.sendSni) {
        // SNI carries names only, never addresses (RFC 6066).
        const QString sni = session.sni.isEmpty() ? session.host : session.sni;
        if (QHostAddress(sni).isNull())
            options.target.sni = sni;
    }
    return options;
}

int ScanController::finishingThreadCount() const
{
    int count = 0;
    for (const QPointer<QThread> &thread : finishing_)
        if (thread && !thread->isFinished())
            ++count;
    return count;
}

void ScanController::setScanning(bool scanning)
{
    if (scanning_ == scanning)
        return;
    scanning_ = scanning;
    Q_EMIT scanningChanged(scanning);
}

void ScanController::start(const ScanOptions &options)
{
    if (current_)
        release();
    const quint64 generation = ++generation_;
    auto *worker = new Worker(options, generation);
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &Worker::progressed, this, [this](quint64 g, int done, int total) {
        if (g == generation_)
            Q_EMIT progress(done, total);
    });
    connect(worker, &Worker::lineReady, this, [this](quint64 g, const TranscriptLine &line) {
        if (g == generation_)
            Q_EMIT lineAdded(line);
    });
    connect(worker, &Worker::reportReady, this, [this](quint64 g, const Report &report) {
        if (g != generation_)
            return;
        current_.clear();
        setScanning(false);
        Q_EMIT finished(report);
    });
    current_ = worker;
    setScanning(true);
    worker->start();
}

void ScanController::release()
{
    ++generation_;
    if (current_) {
        current_->cancel();
        finishing_.append(QPointer<QThread>(current_.data()));
    }
    current_.clear();
    finishing_.removeAll(QPointer<QThread>());
}

void ScanController::cancel()
{
    if (!scanning_)
        return;
    release();
    setScanning(false);
    Q_EMIT cancelled();
}

void ScanController::shutdown(int timeoutMs)
{
    if (current_)
        release();
    setScanning(false);
    for (const QPointer<QThread> &thread : std::as_const(finishing_)) {
        if (!thread)
            continue;
        if (thread->wait(timeoutMs))
            delete thread.data();
        // else: leave it running rather than destroy a live QThread; it deletes itself later.
    }
    finishing_.clear();
}

} // namespace mailtls::ui

#include "scan_controller.moc"
