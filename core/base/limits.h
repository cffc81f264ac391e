#pragma once

// Bounds on what the project reads from files, logs and servers, kept in one place so that a
// hostile or broken input costs bounded time and memory. Each limit says what happens at it.

namespace mailtls::core::limits {

// One log line: parsers look at this many characters of a line and no more (Exim and Postfix
// write far shorter lines; a longer one is damage or an attack, and its head is what matters).
constexpr int kLogLineChars = 64 * 1024;

} // namespace mailtls::core::limits
