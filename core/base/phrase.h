#pragma once

// A sentence core writes for people (a finding's title and detail) that the faces can show in
// the admin's language while the contracts stay English.
//
// Core keeps every text in English: JSON, HTML and PDF reports and the diff of two runs read
// the same in every language (docs/CONTRACTS.md). A Phrase remembers the English template and
// the values put into it, so the CLI's human output and the window translate the template
// (QCoreApplication::translate, the .ts files in translations/) and fill in the same values.
// Templates are marked with phrase("Context", "text %1"): lupdate knows phrase() as
// QT_TRANSLATE_NOOP (translations/CMakeLists.txt), so each is found for translation.
//
// Values are put in by one pass over the template: %1 ... %99 become the first ... 99th value,
// and a "%1" inside a value (a server's reply) is never substituted again, unlike chained
// QString::arg().

#include <QString>
#include <QStringList>

#include <vector>

namespace mailtls::core {

class Phrase
{
public:
    Phrase() = default;
    // A text that is not translated (already filled from outside data, or read back from JSON).
    Phrase(const QString &verbatim);   // NOLINT: implicit on purpose, plain text stays usable
    Phrase(const char *context, const char *source);

    // A copy with the next value put in (the lowest %N not yet given). A value may be a Phrase
    // itself (a title with a count added): it is shown in the same language as the whole.
    Phrase arg(const Phrase &value) const;
    Phrase arg(const QString &value) const { return arg(Phrase(value)); }
    Phrase arg(QLatin1String value) const { return arg(QString(value)); }
    Phrase arg(const char *value) const { return arg(QString::fromUtf8(value)); }
    Phrase arg(QChar value) const { return arg(QString(value)); }
    Phrase arg(int value) const { return arg(QString::number(value)); }
    Phrase arg(unsigned value) const { return arg(QString::number(value)); }
    Phrase arg(long value) const { return arg(QString::number(value)); }
    Phrase arg(long long value) const { return arg(QString::number(value)); }
    Phrase arg(unsigned long value) const { return arg(QString::number(value)); }
    Phrase arg(unsigned long long value) const { return arg(QString::number(value)); }
    // As QString::arg() takes them.
    Phrase arg(double value, int fieldWidth = 0, char format = 'g', int precision = -1) const
    {
        return arg(QStringLiteral("%1").arg(value, fieldWidth, format, precision));
    }
    Phrase arg(long long value, int fieldWidth, int base = 10, QChar fill = QLatin1Char(' ')) const
    {
        return arg(QStringLiteral("%1").arg(value, fieldWidth, base, fill));
    }
    // Two or three texts at once, in %1, %2, %3 order (as QString::arg(a, b) does).
    Phrase arg(const QString &a, const QString &b) const { return arg(a).arg(b); }
    Phrase arg(const QString &a, const QString &b, const QString &c) const { return arg(a).arg(b).arg(c); }

    bool isEmpty() const { return source_.isEmpty() && verbatim_.isEmpty(); }
    bool translatable() const { return context_ != nullptr; }
    // The contract text: the template as written, filled in.
    QString english() const;
    // The text in the language the program installed (its QTranslator); English without one.
    QString localized() const;
    const char *context() const { return context_; }
    QString source() const { return source_; }
    const std::vector<Phrase> &values() const { return values_; }

private:
    const char *context_ = nullptr;   // a string literal: lives as long as the program
    QString source_;
    QString verbatim_;
    std::vector<Phrase> values_;
};

// The marker lupdate looks for (an alias of QT_TRANSLATE_NOOP): both strings must be literals.
inline Phrase phrase(const char *context, const char *source)
{
    return Phrase(context, source);
}

// What a face shows for a text core wrote: the phrase in the admin's language while it still
// fills to `english` (the contract text); otherwise `english` as it is (no phrase, a result read
// back from a report, or a text changed after its phrase was made).
QString shownPhrase(const Phrase &phrase, const QString &english);

// "%1 and %2" filled in one pass; a %N without a value stays as written.
QString fillPlaceholders(const QString &text, const QStringList &values);

} // namespace mailtls::core
