// Detectors for personal data in free text. They look at runs of digits (allowing the spaces,
// dots, dashes and brackets people write numbers with) and at address-shaped words.
#include "sleutel/privacy.hpp"

#include <cctype>
#include <vector>

namespace sleutel {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_number_separator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')';
}

// Arabic-Indic and Persian digits become ASCII digits, and typographic dashes and no-break
// spaces become '-' and ' ', so "٠٦١٢٣٤٥٦٧٨" and "06–12345678" are read like "0612345678".
std::string normalised(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto next = [&](std::size_t k) {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
        };
        if (b0 == 0xD9 && next(1) >= 0xA0 && next(1) <= 0xA9) { // U+0660..U+0669
            out += static_cast<char>('0' + (next(1) - 0xA0));
            ++i;
        } else if (b0 == 0xDB && next(1) >= 0xB0 && next(1) <= 0xB9) { // U+06F0..U+06F9
            out += static_cast<char>('0' + (next(1) - 0xB0));
            ++i;
        } else if (b0 == 0xE2 && next(1) == 0x80 && next(2) >= 0x90 && next(2) <= 0x95) {
            out += '-'; // U+2010..U+2015: hyphens and dashes
            i += 2;
        } else if (b0 == 0xE2 && next(1) == 0x80 &&
                   (next(2) == 0xAF || (next(2) >= 0x80 && next(2) <= 0x8A))) {
            out += ' '; // the Unicode spaces, narrow no-break included
            i += 2;
        } else if (b0 == 0xC2 && next(1) == 0xA0) {
            out += ' '; // no-break space
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

struct DigitRun {
    std::string digits;
    bool plus_before; // an international prefix: +31 ...
};

// Digits joined across single separators: "06-1234 5678" is one run of 10 digits. A run stops
// at letters, at two separators in a row, and at any other character (so dates with ':' or a
// time next to them stay apart).
std::vector<DigitRun> digit_runs(std::string_view text) {
    std::vector<DigitRun> runs;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        DigitRun run{"", i > 0 && text[i - 1] == '+'};
        while (i < text.size()) {
            if (is_digit(text[i])) {
                run.digits += text[i++];
            } else if (is_number_separator(text[i]) && i + 1 < text.size() &&
                       (is_digit(text[i + 1]) ||
                        (is_number_separator(text[i + 1]) && text[i + 1] != text[i] &&
                         i + 2 < text.size() && is_digit(text[i + 2])))) {
                ++i; // "020 - 123" and "(020) 123" keep going; "1  2" does not
            } else {
                break;
            }
        }
        // Digits glued to letters ("bsn111222333", "A111222333") count too: better to refuse
        // a reference number now and then than to let a BSN through.
        runs.push_back(std::move(run));
    }
    return runs;
}

bool looks_like_email(std::string_view text) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos;
         at = text.find('@', at + 1)) {
        auto word_char = [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' ||
                   c == '-' || c == '+' || static_cast<unsigned char>(c) >= 0x80;
        };
        std::size_t start = at;
        while (start > 0 && word_char(text[start - 1]))
            --start;
        std::size_t end = at + 1;
        while (end < text.size() && word_char(text[end]))
            ++end;
        const std::string_view local = text.substr(start, at - start);
        std::string_view domain = text.substr(at + 1, end - at - 1);
        while (!domain.empty() && domain.back() == '.')
            domain.remove_suffix(1);
        const auto dot = domain.rfind('.');
        if (!local.empty() && dot != std::string_view::npos && dot > 0 && domain.size() - dot > 2)
            return true;
    }
    return false;
}

} // namespace

bool passes_eleven_test(std::string_view d) {
    if (d.size() != 9)
        return false;
    long sum = 0;
    bool all_zero = true;
    for (std::size_t i = 0; i < 8; ++i) {
        sum += static_cast<long>(d[i] - '0') * static_cast<long>(9 - i);
        all_zero = all_zero && d[i] == '0';
    }
    sum -= d[8] - '0';
    return !all_zero && sum % 11 == 0;
}

std::optional<std::string> personal_data_in(std::string_view original) {
    const std::string text = normalised(original);
    if (looks_like_email(text))
        return "an e-mail address";
    for (const DigitRun& run : digit_runs(text)) {
        const std::size_t n = run.digits.size();
        if (run.plus_before && n >= 8 && n <= 15)
            return "a phone number";
        if (run.digits.starts_with("00") && n >= 11 && n <= 15)
            return "a phone number";
        if (run.digits.starts_with("0") && n == 10)
            return "a phone number";
        if (n == 9 && passes_eleven_test(run.digits))
            return "a citizen service number (BSN)";
        if (n == 9 && run.digits.starts_with("6"))
            return "a phone number"; // a mobile number whose 0 a spreadsheet dropped
    }
    return std::nullopt;
}

} // namespace sleutel
