// Every word a person reads comes from one GNU gettext catalogue (po/nl.po, English as the
// source language). Two languages are in play at once: documents (reports, cards, job profiles)
// follow the programme's `[programme] language`, messages (errors, warnings, hints, help) follow
// the user's locale. The Dutch catalogue is compiled into the binary from po/nl.po at build time,
// so it works where no nl_NL locale is generated.
//
// xgettext finds the strings by these names (see po/CMakeLists.txt):
//   _("…")                 a message in the user's language
//   _f("… {}", args…)      the same, formatted with fmt
//   _n("one", "many", n)   a message with a number
//   tr(lang, "…")          a document text in `lang`
//   tr_f(lang, "… {}", …)  the same, formatted
//   tr_n(lang, "one", "many", n)
//   trc(lang, "context", "…") a document word whose English is ambiguous (`over`, `free`)
//   N_("…")                marks a string in a table for extraction; translate it where shown
#pragma once
#include <fmt/format.h>
#include <string>
#include <string_view>
#include <utility>

namespace sleutel {

enum class Language { nl, en };

// `nl` or `en`, as HTML's lang attribute and locale names write it.
inline const char* language_code(Language language) {
    return language == Language::nl ? "nl" : "en";
}

// The language a locale name asks for: Dutch for `nl`, `nl_NL.UTF-8`, `nl_BE`…; else English.
Language language_of_locale(std::string_view locale);
// The user's language for messages, from LANGUAGE (its first `nl` or `en`), else the first set
// of LC_ALL, LC_MESSAGES, LANG. Read once from the environment unless set.
Language message_language();
void set_message_language(Language language);

// The catalogue's text for `msgid` in `language`: itself in English or when not translated.
// The returned pointer lives as long as the program.
const char* translate(Language language, const char* msgid);
const char* translate_context(Language language, const char* context, const char* msgid);
const char* translate_plural(Language language, const char* singular, const char* plural,
                             long long n);

#define N_(text) text
// In a brace list: `{NC_("severity", "warning")}` is `{"severity", "warning"}`, extracted with its
// context.
#define NC_(context, text) context, text

inline const char* _(const char* msgid) {
    return translate(message_language(), msgid);
}
template <class... Args> std::string _f(const char* msgid, Args&&... args) {
    return fmt::format(fmt::runtime(_(msgid)), std::forward<Args>(args)...);
}
inline const char* _n(const char* singular, const char* plural, long long n) {
    return translate_plural(message_language(), singular, plural, n);
}

inline const char* tr(Language language, const char* msgid) {
    return translate(language, msgid);
}
template <class... Args> std::string tr_f(Language language, const char* msgid, Args&&... args) {
    return fmt::format(fmt::runtime(translate(language, msgid)), std::forward<Args>(args)...);
}
inline const char* tr_n(Language language, const char* singular, const char* plural, long long n) {
    return translate_plural(language, singular, plural, n);
}
inline const char* trc(Language language, const char* context, const char* msgid) {
    return translate_context(language, context, msgid);
}

} // namespace sleutel
