#include "base/phrase.h"

#include <QCoreApplication>

namespace mailtls::core {

Phrase::Phrase(const QString &verbatim)
    : verbatim_(verbatim)
{
}

Phrase::Phrase(const char *context, const char *source)
    : context_(context)
    , source_(QString::fromUtf8(source))
{
}

Phrase Phrase::arg(const Phrase &value) const
{
    Phrase out = *this;
    out.values_.push_back(value);
    return out;
}

QString Phrase::english() const
{
    if (!translatable())
        return verbatim_;
    QStringList values;
    for (const Phrase &value : values_)
        values.append(value.english());
    return fillPlaceholders(source_, values);
}

QString Phrase::localized() const
{
    if (!translatable())
        return verbatim_;
    const QByteArray source = source_.toUtf8();
    QStringList values;
    for (const Phrase &value : values_)
        values.append(value.localized());
    return fillPlaceholders(QCoreApplication::translate(context_, source.constData()), values);
}

QString shownPhrase(const Phrase &phrase, const QString &english)
{
    if (!phrase.translatable() || phrase.english() != english)
        return english;
    return phrase.localized();
}

QString fillPlaceholders(const QString &text, const QStringList &values)
{
    QString out;
    out.reserve(text.size() + 16 * values.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < n && text.at(i + 1).isDigit() && text.at(i + 1) != QLatin1Char('0')) {
            int number = text.at(i + 1).digitValue();
            qsizetype end = i + 2;
            if (end < n && text.at(end).isDigit()) {
                number = number * 10 + text.at(end).digitValue();
                ++end;
            }
            if (number >= 1 && number <= values.size()) {
                out += values.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace mailtls::core
