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

} // namespace

QString escapeControls(QStringView text)
{
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || invisibleControl(c))
            break;
    }
    if (i == text.size())
        return text.toString();
    QString out = text.left(i).toString();
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else if (invisibleControl(c))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

} // namespace mailtls::core
