#include "base/display_text.h"

namespace mailtls::core {

namespace {

bool invisibleControl(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F)      // zero-width space/joiners, LRM, RLM
           || (c >= 0x202A && c <= 0x202E)   // bidirectional embeddings and overrides
           || (c >= 0x2066 && c <= 0x2069)   // bidirectional isolates
           || c == 0xFEFF;                   // zero-width no-break space
}

// Whether text[i] is a surrogate without its partner.
bool loneSurrogate(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

bool needsEscape(QStringView text, qsizetype i, bool keepLineBreaks)
{
    const char16_t c = text.at(i).unicode();
    if (keepLineBreaks && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || invisibleControl(c) || loneSurrogate(text, i);
}

} // namespace

QString visibleControls(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\t' || !needsEscape(text, i, false))
            continue;
        out += text.mid(start, i - start);
        if (c < 0x20)
            out += QChar(char16_t(0x2400 + c));
        else if (c == 0x7F)
            out += QChar(char16_t(0x2421));
        else
            out += escapeControls(text.mid(i, 1));
        start = i + 1;
    }
    if (start == 0)
        return text.toString();
    out += text.mid(start);
    return out;
}

QString escapeControls(QStringView text, bool keepLineBreaks)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text, i, keepLineBreaks))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out = text.left(i).toString();
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(text, i, keepLineBreaks))
            out += QChar(c);
        else if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace mailtls::core
