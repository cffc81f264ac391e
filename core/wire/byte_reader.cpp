#include "wire/byte_reader.h"

namespace mailtls::core {

quint32 ByteReader::u(int bytes)
{
    if (!ok_ || bytes < 0 || bytes > left()) {
        ok_ = false;
        return 0;
    }
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(data_[pos_ + i]);
    pos_ += bytes;
    return v;
}

QByteArray ByteReader::bytes(int n)
{
    if (!ok_ || n < 0 || n > left()) {
        ok_ = false;
        return {};
    }
    QByteArray out = data_.mid(pos_, n);
    pos_ += n;
    return out;
}

QList<TlsExtension> readExtensions(ByteReader &reader, ExtensionsStatus *status)
{
    QList<TlsExtension> out;
    ExtensionsStatus result = ExtensionsStatus::Ok;
    if (reader.left() >= 2) {
        ByteReader block(reader.vector(2));
        if (!reader.ok())
            result = ExtensionsStatus::Overrun;
        while (block.ok() && block.left() >= 4) {
            TlsExtension e;
            e.type = int(block.u(2));
            e.data = block.vector(2);
            if (block.ok())
                out << e;
            else
                result = ExtensionsStatus::BadEntry;
        }
    }
    if (status)
        *status = result;
    return out;
}

int bigEndianBitLength(const QByteArray &bigEndian)
{
    int lead = 0;
    while (lead < bigEndian.size() && bigEndian.at(lead) == '\0')
        ++lead;
    if (lead == bigEndian.size())
        return 0;
    int bits = (int(bigEndian.size()) - lead - 1) * 8;
    for (quint8 top = quint8(bigEndian.at(lead)); top; top >>= 1)
        ++bits;
    return bits;
}

} // namespace mailtls::core
