// The compiled-in catalogue is the .mo file msgfmt makes of po/nl.po (generated/catalogue_nl.cpp):
// its original strings are sorted, so a look-up is a binary search with no copying, and every
// string it returns stays put for the life of the program.
#include "util/i18n.hpp"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace sleutel {

extern const unsigned char catalogue_nl[];
extern const std::size_t catalogue_nl_size;

namespace {

class MoCatalogue {
  public:
    MoCatalogue(const unsigned char* data, std::size_t size) : data_(data), size_(size) {
        if (size_ < 28)
            return;
        const std::uint32_t magic = word(0);
        if (magic == 0x950412deU)
            swapped_ = false;
        else if (magic == 0xde120495U)
            swapped_ = true;
        else
            return;
        count_ = word(8);
        originals_ = word(12);
        translations_ = word(16);
        if (originals_ + 8ULL * count_ > size_ || translations_ + 8ULL * count_ > size_)
            count_ = 0;
    }

    // The translation of `key` (for a plural, its forms one after another, NUL-separated).
    const char* find(const char* key) const {
        std::uint32_t low = 0, high = count_;
        while (low < high) {
            const std::uint32_t mid = low + (high - low) / 2;
            const char* original = string_at(originals_, mid);
            if (original == nullptr)
                return nullptr;
            const int order = std::strcmp(original, key);
            if (order == 0)
                return string_at(translations_, mid);
            if (order < 0)
                low = mid + 1;
            else
                high = mid;
        }
        return nullptr;
    }

  private:
    std::uint32_t word(std::size_t at) const {
        std::uint32_t value = 0;
        std::memcpy(&value, data_ + at, 4);
        if (swapped_)
            value = __builtin_bswap32(value);
        return value;
    }
    const char* string_at(std::uint32_t table, std::uint32_t index) const {
        const std::uint32_t length = word(table + 8ULL * index);
        const std::uint32_t offset = word(table + 8ULL * index + 4);
        if (static_cast<std::size_t>(offset) + length >= size_)
            return nullptr;
        return reinterpret_cast<const char*>(data_ + offset);
    }

    const unsigned char* data_;
    std::size_t size_;
    bool swapped_ = false;
    std::uint32_t count_ = 0;
    std::uint32_t originals_ = 0;
    std::uint32_t translations_ = 0;
};

const MoCatalogue& dutch() {
    static const MoCatalogue catalogue(catalogue_nl, catalogue_nl_size);
    return catalogue;
}

// -1 while the environment has not been read yet.
std::atomic<int> chosen_message_language{-1};

std::optional<Language> language_in_list(std::string_view list) {
    while (!list.empty()) {
        const std::size_t colon = list.find(':');
        const std::string_view item = list.substr(0, colon);
        if (item.substr(0, 2) == "nl")
            return Language::nl;
        if (item.substr(0, 2) == "en")
            return Language::en;
        list = colon == std::string_view::npos ? std::string_view{} : list.substr(colon + 1);
    }
    return std::nullopt;
}

Language language_from_environment() {
    // gettext's order: LANGUAGE first (a list of preferences), then the locale itself.
    if (const char* language = std::getenv("LANGUAGE"); language != nullptr && *language != '\0')
        if (const auto found = language_in_list(language))
            return *found;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); value != nullptr && *value != '\0')
            return language_of_locale(value);
    return Language::en;
}

} // namespace

Language language_of_locale(std::string_view locale) {
    return locale.substr(0, 2) == "nl" &&
                   (locale.size() == 2 || locale[2] == '_' || locale[2] == '.' || locale[2] == '@')
               ? Language::nl
               : Language::en;
}

Language message_language() {
    int chosen = chosen_message_language.load(std::memory_order_relaxed);
    if (chosen < 0) {
        chosen = static_cast<int>(language_from_environment());
        chosen_message_language.store(chosen, std::memory_order_relaxed);
    }
    return static_cast<Language>(chosen);
}

void set_message_language(Language language) {
    chosen_message_language.store(static_cast<int>(language), std::memory_order_relaxed);
}

const char* translate(Language language, const char* msgid) {
    if (language != Language::nl || msgid == nullptr || *msgid == '\0')
        return msgid;
    const char* found = dutch().find(msgid);
    return found != nullptr && *found != '\0' ? found : msgid;
}

const char* translate_context(Language language, const char* context, const char* msgid) {
    if (language != Language::nl)
        return msgid;
    // gettext stores a context as "context\x04msgid".
    thread_local std::string key;
    key.assign(context).append(1, '\x04').append(msgid);
    const char* found = dutch().find(key.c_str());
    return found != nullptr && *found != '\0' ? found : msgid;
}

const char* translate_plural(Language language, const char* singular, const char* plural,
                             long long n) {
    // Dutch and English both have one form for 1 and another for the rest (nplurals=2).
    const bool one = n == 1;
    if (language == Language::nl)
        if (const char* found = dutch().find(singular); found != nullptr && *found != '\0')
            return one ? found : found + std::strlen(found) + 1;
    return one ? singular : plural;
}

} // namespace sleutel
