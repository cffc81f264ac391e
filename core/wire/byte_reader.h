#pragma once

// The one bounds-checked reader of TLS bytes: big-endian integers, fixed runs and
// length-prefixed vectors (RFC 8446 3.4), and the extensions block every hello carries. A
// short read marks the reader bad and returns zeros or nothing from then on: a hostile peer
// can make a parse fail, never overrun a buffer.

#include <QByteArray>
#include <QList>

#include <utility>

namespace mailtls::core {

class ByteReader
{
public:
    // Keeps its own (implicitly shared) copy, so reading a temporary is safe.
    explicit ByteReader(QByteArray data = {}) : data_(std::move(data)) {}

    bool ok() const { return ok_; }
    // Bytes not yet read; 0 once a read has failed.
    int left() const { return ok_ ? int(data_.size()) - pos_ : 0; }

    // An unsigned big-endian integer of 1 to 4 bytes.
    quint32 u(int bytes);
    QByteArray bytes(int n);
    // A vector with a length prefix of lengthBytes (1, 2 or 3) bytes.
    QByteArray vector(int lengthBytes) { return bytes(int(u(lengthBytes))); }

private:
    QByteArray data_;
    int pos_ = 0;
    bool ok_ = true;
};

struct TlsExtension {
    int type = 0;
    QByteArray data;
};

enum class ExtensionsStatus {
    Ok,         // read whole, or absent (extensions are optional in TLS <= 1.2 hellos)
    Overrun,    // the block's length runs past the message
    BadEntry,   // an entry's length runs past the block; the entries before it are returned
};

// Reads the extensions block at the reader's position: a 2-byte length, then type / length /
// data entries. Fewer than two bytes left means no extensions.
QList<TlsExtension> readExtensions(ByteReader &reader, ExtensionsStatus *status = nullptr);

// The bit length of a big-endian unsigned integer (a DH prime): 0 for zero or no bytes.
int bigEndianBitLength(const QByteArray &bigEndian);

} // namespace mailtls::core
