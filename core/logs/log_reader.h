#pragma once

// Reading a log file line by line, whatever its rotation did to it: plain, or compressed with
// gzip, xz or bzip2 (found by the file's first bytes, not its name), streaming, so a file of
// gigabytes costs a buffer, not its size. Hostile input is normal input: a line is looked at
// up to limits::kLogLineChars (the rest of a longer line is skipped and counted), a NUL byte
// or a damaged compressed stream stops the reading with an error that names the file and the
// line, and every line read before it has been handed out.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

#include "base/error.h"

namespace mailtls::core {

class LogLineReader
{
public:
    // `path` "-" reads standard input.
    explicit LogLineReader(QString path);
    ~LogLineReader();
    LogLineReader(const LogLineReader &) = delete;
    LogLineReader &operator=(const LogLineReader &) = delete;

    // Opens the file and finds its compression. False with FileUnreadable.
    bool open(Error *error);
    QString compression() const { return compression_; }   // "", "gzip", "xz", "bzip2"

    // The next line, without its line end (and without a trailing CR), bounded as above.
    // False at the end of the input, or when reading stopped: then error() says why (kind
    // None at a clean end).
    bool next(QString *line);

    qint64 lineNumber() const { return lineNumber_; }     // of the line last returned
    qint64 longLines() const { return longLines_; }       // lines cut to the limit
    qint64 bytesRead() const { return bytesIn_; }         // from the file, before decompression
    const Error &error() const { return error_; }

    class Decoder;

private:
    bool fill();   // more decompressed bytes into buffer_; false at the end or on error
    bool stop(ErrorKind kind, const Phrase &why);

    QString path_;
    QFile file_;
    std::unique_ptr<Decoder> decoder_;
    QString compression_;
    QByteArray buffer_;
    qsizetype start_ = 0;
    bool ended_ = false;
    qint64 lineNumber_ = 0;
    qint64 longLines_ = 0;
    qint64 bytesIn_ = 0;
    Error error_;
};

} // namespace mailtls::core
