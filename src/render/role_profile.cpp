// The job profile: the role's own texts from the config, plus what every key person brings.
#include "render/role_profile.hpp"

#include "render/render.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <string_view>

namespace sleutel {

namespace {

struct Section {
    std::string title;
    std::string paragraph;
    std::vector<std::string> items;
};

// Hours a week as people write them: `18`, `4,5` in Dutch, `4.5` in English.
std::string hours_text(Minutes minutes, Language lang) {
    if (minutes % 60 == 0)
        return std::to_string(minutes / 60);
    std::string text = fmt::format("{:.2f}", static_cast<double>(minutes) / 60.0);
    while (text.back() == '0')
        text.pop_back();
    if (lang == Language::nl)
        std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string languages_text(const std::vector<std::string>& codes, Language lang) {
    std::vector<std::string> labels;
    for (const std::string& code : codes)
        labels.push_back(language_label(code, lang));
    return fmt::format("{}", fmt::join(labels, ", "));
}

// What this role asks, and what this municipality and these hours ask.
std::vector<std::string> asked(Language lang, const Role& role, const Municipality* municipality,
                               std::optional<Minutes> minutes_per_week) {
    std::vector<std::string> items{
        tr_f(lang, "You speak Dutch at {} level or better.", format_level(role.dutch_level))};
    if (!role.education_level.empty())
        items.push_back(
            tr_f(lang, "You work and think at {} level or higher.", role.education_level));
    items.insert(items.end(), role.requirements.begin(), role.requirements.end());
    if (municipality && !municipality->languages.empty()) {
        const auto n = static_cast<long long>(municipality->languages.size());
        items.push_back(fmt::format(
            fmt::runtime(tr_n(lang, "You speak the language needed in {}: {}.",
                              "You speak one or more of the languages needed in {}: {}.", n)),
            municipality->name, languages_text(municipality->languages, lang)));
    }
    if (minutes_per_week)
        items.push_back(fmt::format(fmt::runtime(tr_n(lang, "You are available {} hour a week.",
                                                      "You are available {} hours a week.",
                                                      *minutes_per_week == 60 ? 1 : 2)),
                                    hours_text(*minutes_per_week, lang)));
    if (municipality)
        items.push_back(municipality->region.empty()
                            ? tr_f(lang, "You live and work in {}.", municipality->name)
                            : tr_f(lang, "You live and work in {} ({}).", municipality->name,
                                   municipality->region));
    return items;
}

// What every key person brings, whatever the role.
std::vector<std::string> every_key_person(Language lang) {
    return {tr(lang, "You migrated or fled to the Netherlands yourself and know what starting "
                     "again here takes."),
            tr(lang, "You have a network in your own community and are trusted there."),
            tr(lang, "You take the basic training and join intervision twice a year."),
            tr(lang, "You work well with professionals and guard your own boundaries.")};
}

std::string_view html_lang(Language lang) {
    switch (lang) {
    case Language::nl:
        return "nl";
    case Language::en:
        return "en";
    }
    return "en";
}

std::string markdown_page(const std::string& title, const std::string& subtitle,
                          const std::vector<Section>& sections) {
    std::string out = fmt::format("# {}\n\n_{}_\n", title, subtitle);
    for (const Section& s : sections) {
        if (s.paragraph.empty() && s.items.empty())
            continue;
        out += fmt::format("\n## {}\n\n", s.title);
        if (!s.paragraph.empty())
            out += s.paragraph + "\n";
        for (const std::string& item : s.items)
            out += fmt::format("- {}\n", item);
    }
    return out;
}

std::string html_page(const std::string& title, const std::string& subtitle,
                      const std::vector<Section>& sections, Language lang) {
    std::string out =
        fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<title>{}</title>\n<style>\n"
                    "body{{font-family:sans-serif;max-width:40em;margin:2em auto;"
                    "line-height:1.5;color:#222}}\n"
                    "h1{{color:#1d4e89}} h2{{border-bottom:1px solid #ccc}}\n"
                    "@media print{{body{{margin:1cm}}}}\n</style>\n</head>\n<body>\n"
                    "<h1>{}</h1>\n<p><em>{}</em></p>\n",
                    html_lang(lang), escape_html(title), escape_html(title), escape_html(subtitle));
    for (const Section& s : sections) {
        if (s.paragraph.empty() && s.items.empty())
            continue;
        out += fmt::format("<h2>{}</h2>\n", escape_html(s.title));
        if (!s.paragraph.empty())
            out += fmt::format("<p>{}</p>\n", escape_html(s.paragraph));
        if (!s.items.empty()) {
            out += "<ul>\n";
            for (const std::string& item : s.items)
                out += fmt::format("<li>{}</li>\n", escape_html(item));
            out += "</ul>\n";
        }
    }
    out += "</body>\n</html>\n";
    return out;
}

} // namespace

std::string role_profile(const Config& config, const Role& role, const Municipality* municipality,
                         std::optional<Minutes> minutes_per_week, Format format) {
    const Language lang = config.programme.language;
    const std::string title = tr_f(lang, "Job profile: {}", role.name);
    const std::string subtitle = fmt::format(
        "{}{}", config.programme.name,
        config.programme.organisation.empty() ? "" : ", " + config.programme.organisation);
    const std::vector<Section> sections{
        {trc(lang, "job profile", "The role"), role.description, {}},
        {trc(lang, "job profile", "Tasks"), "", role.tasks},
        {trc(lang, "job profile", "What you bring"), "", role.competencies},
        {trc(lang, "job profile", "What we ask"), "",
         asked(lang, role, municipality, minutes_per_week)},
        {trc(lang, "job profile", "A plus"), "", role.advantages},
        {trc(lang, "job profile", "For every key person"), "", every_key_person(lang)}};
    return format == Format::html ? html_page(title, subtitle, sections, lang)
                                  : markdown_page(title, subtitle, sections);
}

} // namespace sleutel
