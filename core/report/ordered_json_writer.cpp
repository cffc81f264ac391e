#include "report/ordered_json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mailtls::core {

namespace {

// Scalars are encoded by Qt itself so escaping and number formatting match QJsonDocument.
QByteArray encodeScalar(const QJsonValue &value)
{
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
    orders_.insert(path, keys);
}

void OrderedJsonWriter::setKeyOrder(const QString &path, std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *key : keys)
        list << QString::fromLatin1(key);
    orders_.insert(path, list);
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
    QStringList keys;
    const QStringList preferred = orders_.value(path);
    for (const QString &key : preferred)
        if (object.contains(key))
            keys << key;
    QStringList rest;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!preferred.contains(it.key()))
            rest << it.key();
    rest.sort();
    return keys + rest;
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
        writeValue(object.value(keys.at(i)), childPath(path, keys.at(i)), depth + 1, out);
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
