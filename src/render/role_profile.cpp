// The job profile: the role's own texts from the config, plus what every key person brings.
#include "render/role_profile.hpp"

#include "render/render.hpp"

#include <fmt/format.h>

namespace sleutel {

namespace {

struct Labels {
    bool nl;
    std::string operator()(const char* dutch, const char* english) const {
        return nl ? dutch : english;
    }
};

struct Section {
    std::string title;
    std::string paragraph;
    std::vector<std::string> items;
};

// What every key person brings, and what this municipality and these hours ask.
std::vector<std::string> requirements(const Labels& L, const Municipality* municipality,
                                      std::optional<Minutes> minutes_per_week) {
    std::vector<std::string> requirements{
        L("Je bent zelf naar Nederland gemigreerd of gevlucht, en weet hoe het is om hier opnieuw "
          "te beginnen.",
          "You migrated or fled to the Netherlands yourself and know what starting again here "
          "takes."),
        L("Je hebt een netwerk in je eigen gemeenschap en wordt daar vertrouwd.",
          "You have a network in your own community and are trusted there."),
        L("Je spreekt Nederlands op minstens B1-niveau.", "You speak Dutch at B1 level or better."),
        L("Je volgt de basistraining en doet twee keer per jaar mee aan intervisie.",
          "You take the basic training and join intervision twice a year."),
        L("Je kunt goed samenwerken met professionals en bewaakt je eigen grenzen.",
          "You work well with professionals and guard your own boundaries.")};
    if (municipality && !municipality->languages.empty())
        requirements.push_back(
            fmt::format("{} {}: {}.",
                        L("Je spreekt een of meer van de talen die nodig zijn in",
                          "You speak one or more of the languages needed in"),
                        municipality->name, fmt::join(municipality->languages, ", ")));
    if (minutes_per_week)
        requirements.push_back(fmt::format("{} {} {}.", L("Je bent", "You are available"),
                                           format_duration(*minutes_per_week),
                                           L("uur per week beschikbaar", "hours a week")));
    if (municipality)
        requirements.push_back(fmt::format(
            "{} {}{}.", L("Je woont en werkt in", "You live and work in"), municipality->name,
            municipality->region.empty() ? "" : fmt::format(" ({})", municipality->region)));
    return requirements;
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
                      const std::vector<Section>& sections, const Labels& L) {
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>{}</title>\n<style>\n"
        "body{{font-family:sans-serif;max-width:40em;margin:2em auto;"
        "line-height:1.5;color:#222}}\n"
        "h1{{color:#1d4e89}} h2{{border-bottom:1px solid #ccc}}\n"
        "@media print{{body{{margin:1cm}}}}\n</style>\n</head>\n<body>\n"
        "<h1>{}</h1>\n<p><em>{}</em></p>\n",
        L.nl ? "nl" : "en", escape_html(title), escape_html(title), escape_html(subtitle));
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
    const Labels L{config.programme.language == Language::nl};
    const std::string title = fmt::format("{}: {}", L("Functieprofiel", "Job profile"), role.name);
    const std::string subtitle = fmt::format(
        "{}{}", config.programme.name,
        config.programme.organisation.empty() ? "" : ", " + config.programme.organisation);
    const std::vector<Section> sections{
        {L("De rol", "The role"), role.description, {}},
        {L("Taken", "Tasks"), "", role.tasks},
        {L("Wat je meebrengt", "What you bring"), "", role.competencies},
        {L("Voor elke sleutelpersoon", "For every key person"), "",
         requirements(L, municipality, minutes_per_week)}};
    return format == Format::html ? html_page(title, subtitle, sections, L)
                                  : markdown_page(title, subtitle, sections);
}

} // namespace sleutel
