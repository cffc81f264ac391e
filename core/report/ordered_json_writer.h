#pragma once

// QJsonDocument sorts object keys alphabetically; a report read by a person should start with
// "schema" and keep each object's fields in the order docs/CONTRACTS.md lists them. This writer
// serialises a QJsonObject with a per-object key order and falls back to alphabetical order
// for keys it has no rank for. The bytes are still plain JSON: any parser reads them.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace mailtls::core {

class OrderedJsonWriter
{
public:
    // `path` names an object: "" is the top level, "tls.verify" a nested object, and array
    // elements add "[]" ("certificates[]", "certificates[].key").
    void setKeyOrder(const QString &path, const QStringList &keys);
    void setKeyOrder(const QString &path, std::initializer_list<const char *> keys);   // {"name", "version"}

    // Indented with two spaces, trailing newline.
    QByteArray write(const QJsonObject &object) const;

private:
    void writeValue(const QJsonValue &value, const QString &path, int depth, QByteArray *out) const;
    void writeObject(const QJsonObject &object, const QString &path, int depth, QByteArray *out) const;
    QStringList orderedKeys(const QJsonObject &object, const QString &path) const;

    QHash<QString, QHash<QString, int>> ranks_;   // per path: key -> place
};

} // namespace mailtls::core
