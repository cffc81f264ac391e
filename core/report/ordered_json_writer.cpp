#include "report/ordered_json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mailtls::core {

namespace {

// Scalars are encoded by Qt itself so escaping and number formatting match QJsonDocument.
// A scalar as QJsonDocument writes it (integral numbers without a fraction, shortest round-trip
// form otherwise, non-finite as null; strings in UTF-8 with ", \ and control characters
// escaped), written directly: wrapping each value in a document cost more than all the rest.
QByteArray encodeScalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return QByteArrayLiteral("null");
        if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        QString escaped;
        escaped.reserve(text.size() + 2);
        escaped += QLatin1Char('"');
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            switch (u) {
            case u'"': escaped += QLatin1String("\\\""); break;
            case u'\\': escaped += QLatin1String("\\\\"); break;
            case u'\b': escaped += QLatin1String("\\b"); break;
            case u'\f': escaped += QLatin1String("\\f"); break;
            case u'\n': escaped += QLatin1String("\\n"); break;
            case u'\r': escaped += QLatin1String("\\r"); break;
            case u'\t': escaped += QLatin1String("\\t"); break;
            default:
                if (u < 0x20)
                    escaped += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        escaped += QLatin1Char('"');
        return escaped.toUtf8();
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);   // strip "[" and "]"
}

void indent(int depth, QByteArray *out)
{
    out->append(QByteArray(depth * 2, ' '));
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

void OrderedJsonWriter::setKeyOrder(const QString &path, const QStringList &keys)
{
    QHash<QString, int> rank;
    for (int i = 0; i < keys.size(); ++i)
        rank.insert(keys.at(i), i);
    ranks_.insert(path, rank);
}

void OrderedJsonWriter::setKeyOrder(const QString &path, std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *key : keys)
        list << QString::fromLatin1(key);
    setKeyOrder(path, list);
}

QByteArray OrderedJsonWriter::write(const QJsonObject &object) const
{
    QByteArray out;
    writeObject(object, QString(), 0, &out);
    out.append('\n');
    return out;
}

QStringList OrderedJsonWriter::orderedKeys(const QJsonObject &object, const QString &path) const
{
    // The preferred keys by their rank, then the rest alphabetically (QJsonObject iterates in
    // key order already).
    const QHash<QString, int> rank = ranks_.value(path);
    QList<QPair<int, QString>> keyed;
    keyed.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        keyed.append({rank.value(it.key(), std::numeric_limits<int>::max()), it.key()});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList keys;
    keys.reserve(keyed.size());
    for (const auto &k : keyed)
        keys << k.second;
    return keys;
}

void OrderedJsonWriter::writeObject(const QJsonObject &object, const QString &path, int depth,
                                    QByteArray *out) const
{
    if (object.isEmpty()) {
        out->append("{}");
        return;
    }
    out->append("{\n");
    const QStringList keys = orderedKeys(object, path);
    for (int i = 0; i < keys.size(); ++i) {
        indent(depth + 1, out);
        out->append(encodeScalar(keys.at(i)));
        out->append(": ");
        const QJsonValue value = object.value(keys.at(i));
        // Paths only matter below objects and arrays.
        writeValue(value, value.isObject() || value.isArray() ? childPath(path, keys.at(i)) : QString(), depth + 1, out);
        out->append(i + 1 < keys.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out->append('}');
}

void OrderedJsonWriter::writeValue(const QJsonValue &value, const QString &path, int depth,
                                   QByteArray *out) const
{
    if (value.isObject()) {
        writeObject(value.toObject(), path, depth, out);
        return;
    }
    if (!value.isArray()) {
        out->append(encodeScalar(value));
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        out->append("[]");
        return;
    }
    out->append("[\n");
    const QString elementPath = path + QLatin1String("[]");
    for (qsizetype i = 0; i < array.size(); ++i) {
        indent(depth + 1, out);
        writeValue(array.at(i), elementPath, depth + 1, out);
        out->append(i + 1 < array.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out->append(']');
}

} // namespace mailtls::core
