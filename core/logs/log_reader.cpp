#include "logs/log_reader.h"

#include <bzlib.h>
#include <lzma.h>
#include <zlib.h>

#include <cstdio>

#include "base/limits.h"

namespace mailtls::core {

namespace {

constexpr qint64 kChunk = 64 * 1024;

} // namespace

// Turns the file's bytes into the log's bytes. read() returns how many bytes it put into `out`
// (0 at the end), or -1 with *why on damage.
class LogLineReader::Decoder
{
public:
    virtual ~Decoder() = default;
    virtual qint64 read(QFile &file, char *out, qint64 max, qint64 *bytesIn, Phrase *why) = 0;
};

namespace {

class PlainDecoder : public LogLineReader::Decoder
{
public:
    explicit PlainDecoder(QByteArray head) : head_(std::move(head)) {}
    qint64 read(QFile &file, char *out, qint64 max, qint64 *bytesIn, Phrase *why) override
    {
        if (!head_.isEmpty()) {
            const qint64 n = qMin<qint64>(max, head_.size());
            memcpy(out, head_.constData(), size_t(n));
            head_.remove(0, n);
            return n;
        }
        const qint64 n = file.read(out, max);
        if (n < 0)
            *why = file.errorString();
        else
            *bytesIn += n;
        return n;
    }

private:
    QByteArray head_;
};

// What the compressed decoders share: input in chunks (the sniffed head first), and whether
// the compressed stream ended where the file did.
class StreamDecoder : public LogLineReader::Decoder
{
protected:
    explicit StreamDecoder(QByteArray head) : in_(std::move(head)) {}
    // More compressed input when everything given so far was used; false at the file's end.
    bool refill(QFile &file, qint64 *bytesIn, Phrase *why)
    {
        if (pos_ < in_.size())
            return true;
        in_.resize(kChunk);
        const qint64 n = file.read(in_.data(), kChunk);
        if (n < 0) {
            *why = file.errorString();
            in_.clear();
            return false;
        }
        in_.resize(n);
        pos_ = 0;
        *bytesIn += n;
        return n > 0;
    }
    // When refill() found no more input: 0 if the compressed data ended with the file, else -1
    // with the reason (a read error, or a file cut inside the data).
    qint64 atEndOfFile(const QString &format, Phrase *why) const
    {
        if (!why->isEmpty())
            return -1;
        if (!inStream_)
            return 0;
        *why = phrase("Errors", "%1: the file ends inside the compressed data (truncated)").arg(format);
        return -1;
    }
    QByteArray in_;
    qsizetype pos_ = 0;
    bool inStream_ = true;   // inside a member (gzip) or stream (bzip2) not yet ended
};

class GzipDecoder : public StreamDecoder
{
public:
    explicit GzipDecoder(QByteArray head) : StreamDecoder(std::move(head))
    {
        ok_ = inflateInit2(&z_, 15 + 32) == Z_OK;   // gzip (or zlib) header
    }
    ~GzipDecoder() override { inflateEnd(&z_); }
    qint64 read(QFile &file, char *out, qint64 max, qint64 *bytesIn, Phrase *why) override
    {
        if (!ok_) {
            *why = phrase("Errors", "gzip: cannot start the decoder");
            return -1;
        }
        for (;;) {
            if (!refill(file, bytesIn, why))
                return atEndOfFile(QStringLiteral("gzip"), why);
            z_.next_in = reinterpret_cast<Bytef *>(in_.data() + pos_);
            z_.avail_in = uInt(in_.size() - pos_);
            z_.next_out = reinterpret_cast<Bytef *>(out);
            z_.avail_out = uInt(max);
            const int rc = inflate(&z_, Z_NO_FLUSH);
            pos_ = in_.size() - z_.avail_in;
            const qint64 produced = max - z_.avail_out;
            if (rc == Z_STREAM_END) {
                inflateReset(&z_);   // a further member (concatenated gzip) may follow
                inStream_ = false;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                *why = phrase("Errors", "gzip: %1").arg(QString::fromLatin1(z_.msg ? z_.msg : "damaged data"));
                return -1;
            } else {
                inStream_ = true;
            }
            if (produced > 0)
                return produced;
        }
    }

private:
    z_stream z_{};
    bool ok_ = false;
};

class XzDecoder : public StreamDecoder
{
public:
    explicit XzDecoder(QByteArray head) : StreamDecoder(std::move(head))
    {
        ok_ = lzma_stream_decoder(&s_, UINT64_MAX, LZMA_CONCATENATED) == LZMA_OK;
    }
    ~XzDecoder() override { lzma_end(&s_); }
    qint64 read(QFile &file, char *out, qint64 max, qint64 *bytesIn, Phrase *why) override
    {
        if (!ok_) {
            *why = phrase("Errors", "xz: cannot start the decoder");
            return -1;
        }
        if (done_)
            return 0;
        for (;;) {
            const bool more = refill(file, bytesIn, why);
            if (!more && !why->isEmpty())
                return -1;
            s_.next_in = reinterpret_cast<const uint8_t *>(in_.constData() + pos_);
            s_.avail_in = size_t(in_.size() - pos_);
            s_.next_out = reinterpret_cast<uint8_t *>(out);
            s_.avail_out = size_t(max);
            const lzma_ret rc = lzma_code(&s_, more ? LZMA_RUN : LZMA_FINISH);
            pos_ = in_.size() - qsizetype(s_.avail_in);
            const qint64 produced = max - qint64(s_.avail_out);
            if (rc == LZMA_STREAM_END) {
                done_ = true;
                return produced;
            }
            if (rc != LZMA_OK) {
                *why = rc == LZMA_BUF_ERROR ? phrase("Errors", "xz: the file ends inside the compressed data (truncated)")
                                            : phrase("Errors", "xz: damaged data (error %1)").arg(int(rc));
                return -1;
            }
            if (produced > 0)
                return produced;
        }
    }

private:
    lzma_stream s_ = LZMA_STREAM_INIT;
    bool ok_ = false;
    bool done_ = false;
};

class Bzip2Decoder : public StreamDecoder
{
public:
    explicit Bzip2Decoder(QByteArray head) : StreamDecoder(std::move(head)) { ok_ = BZ2_bzDecompressInit(&s_, 0, 0) == BZ_OK; }
    ~Bzip2Decoder() override
    {
        if (ok_)
            BZ2_bzDecompressEnd(&s_);
    }
    qint64 read(QFile &file, char *out, qint64 max, qint64 *bytesIn, Phrase *why) override
    {
        if (!ok_) {
            *why = phrase("Errors", "bzip2: cannot start the decoder");
            return -1;
        }
        for (;;) {
            if (!refill(file, bytesIn, why))
                return atEndOfFile(QStringLiteral("bzip2"), why);
            s_.next_in = in_.data() + pos_;
            s_.avail_in = unsigned(in_.size() - pos_);
            s_.next_out = out;
            s_.avail_out = unsigned(max);
            const int rc = BZ2_bzDecompress(&s_);
            pos_ = in_.size() - s_.avail_in;
            const qint64 produced = max - s_.avail_out;
            if (rc == BZ_STREAM_END) {
                BZ2_bzDecompressEnd(&s_);   // a further stream (pbzip2, concatenation) may follow
                ok_ = BZ2_bzDecompressInit(&s_, 0, 0) == BZ_OK;
                inStream_ = false;
            } else if (rc != BZ_OK) {
                *why = phrase("Errors", "bzip2: damaged data (error %1)").arg(rc);
                return -1;
            } else {
                inStream_ = true;
            }
            if (produced > 0)
                return produced;
        }
    }

private:
    bz_stream s_{};
    bool ok_ = false;
};

} // namespace

LogLineReader::LogLineReader(QString path) : path_(std::move(path)) {}

LogLineReader::~LogLineReader() = default;

bool LogLineReader::open(Error *error)
{
    if (path_ != QLatin1String("-"))
        file_.setFileName(path_);
    const bool opened = path_ == QLatin1String("-") ? file_.open(stdin, QIODevice::ReadOnly) : file_.open(QIODevice::ReadOnly);
    if (!opened)
        return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "cannot read %1: %2").arg(path_, file_.errorString()));
    // The first bytes decide (a pipe cannot seek: they are handed to the decoder).
    QByteArray head(6, '\0');
    const qint64 n = file_.read(head.data(), head.size());
    if (n < 0)
        return fail(error, ErrorKind::FileUnreadable, phrase("Errors", "cannot read %1: %2").arg(path_, file_.errorString()));
    head.resize(n);
    bytesIn_ = n;
    if (head.startsWith("\x1f\x8b")) {
        compression_ = QStringLiteral("gzip");
        decoder_ = std::make_unique<GzipDecoder>(head);
    } else if (head.startsWith(QByteArray("\xfd" "7zXZ\0", 6))) {
        compression_ = QStringLiteral("xz");
        decoder_ = std::make_unique<XzDecoder>(head);
    } else if (head.startsWith("BZh")) {
        compression_ = QStringLiteral("bzip2");
        decoder_ = std::make_unique<Bzip2Decoder>(head);
    } else {
        decoder_ = std::make_unique<PlainDecoder>(head);
    }
    return true;
}

bool LogLineReader::stop(ErrorKind kind, const Phrase &why)
{
    error_ = makeError(kind, phrase("Errors", "%1:%2: %3").arg(path_).arg(lineNumber_ + 1).arg(why));
    ended_ = true;
    return false;
}

bool LogLineReader::fill()
{
    if (ended_ || !decoder_)
        return false;
    if (start_ > 0) {
        buffer_.remove(0, start_);
        start_ = 0;
    }
    const qsizetype old = buffer_.size();
    buffer_.resize(old + kChunk);
    Phrase why;
    const qint64 n = decoder_->read(file_, buffer_.data() + old, kChunk, &bytesIn_, &why);
    if (n <= 0) {
        buffer_.resize(old);
        if (n < 0)
            return stop(ErrorKind::BadFormat, why);
        ended_ = true;
        return false;
    }
    buffer_.resize(old + n);
    return true;
}

bool LogLineReader::next(QString *line)
{
    // Bytes enough for the longest line looked at, in any UTF-8.
    const qsizetype longest = qsizetype(limits::kLogLineChars) * 4;
    QByteArray raw;
    for (;;) {
        const qsizetype newline = buffer_.indexOf('\n', start_);
        if (newline >= 0) {
            raw = buffer_.mid(start_, newline - start_);
            start_ = newline + 1;
            break;
        }
        if (buffer_.size() - start_ > longest) {
            // Longer than any log line: keep its head, skip the rest of it.
            raw = buffer_.mid(start_, longest);
            ++longLines_;
            buffer_.clear();
            start_ = 0;
            while (fill()) {
                const qsizetype nl = buffer_.indexOf('\n');
                if (nl >= 0) {
                    start_ = nl + 1;
                    break;
                }
                buffer_.clear();
            }
            break;
        }
        if (!fill()) {
            if (buffer_.size() == start_)
                return false;   // the end, or the error in error()
            raw = buffer_.mid(start_);   // a last line without a line end, or all before damage
            start_ = buffer_.size();
            break;
        }
    }
    if (raw.endsWith('\r'))
        raw.chop(1);
    if (raw.contains('\0'))
        return stop(ErrorKind::BadFormat, phrase("Errors", "binary data (a NUL byte), not a text log; reading stopped here"));
    ++lineNumber_;
    QString text = QString::fromUtf8(raw);
    if (text.size() > limits::kLogLineChars) {
        text.truncate(limits::kLogLineChars);
        if (raw.size() < longest)
            ++longLines_;
    }
    *line = text;
    return true;
}

} // namespace mailtls::core
