// sleutel report KIND: builds the report from one or several databases and writes it in the
// format asked for: to the terminal, to one file, or one CSV file per section into a folder.
#include "cli/cmd_report.hpp"

#include "domain/people.hpp"
#include "render/report_render.hpp"
#include "report/report.hpp"
#include "store/pg_database.hpp"
#include "util/error.hpp"
#include "util/output_target.hpp"
#include "util/suggest.hpp"
#include "util/temp_file_stream.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <iterator>
#include <map>
#include <sstream>
#include <unistd.h>

namespace sleutel::cli {

namespace {

namespace fs = std::filesystem;

ReportKind kind_of(const std::string& name) {
    if (name.empty())
        throw UsageError(_("report needs a KIND"),
                         _f("kinds: {}", fmt::join(report_kind_names(), ", ")));
    if (const auto kind = report_kind(name))
        return *kind;
    const auto names = report_kind_names();
    const auto suggestion = closest(name, names);
    throw UsageError(_f("unknown report '{}'", name),
                     suggestion
                         ? _f("did you mean '{}'? kinds: {}", *suggestion, fmt::join(names, ", "))
                         : _f("kinds: {}", fmt::join(names, ", ")));
}

// The name a database goes by in a report over several: its file name without `.db`, or its
// name on the server, made unique with a number when two share a name.
std::vector<std::string> source_names(const std::vector<std::string>& paths) {
    std::vector<std::string> names;
    std::map<std::string, int> seen;
    for (const std::string& path : paths) {
        std::string name = store::is_server_location(path) ? store::server_database_name(path)
                                                           : fs::path(path).stem().string();
        if (name.empty())
            name = "db";
        const int n = ++seen[name];
        names.push_back(n == 1 ? name : fmt::format("{}{}", name, n));
    }
    return names;
}

bool is_folder_target(const std::string& path) {
    return path.ends_with('/') || fs::is_directory(path);
}

void write_folder(const ReportDocument& doc, const std::string& folder,
                  const RenderOptions& options, const Env& env) {
    if (!fs::is_directory(folder))
        throw CantCreateError(fs::exists(folder) ? _f("{} is not a folder", folder)
                                                 : _f("the folder {} does not exist", folder),
                              _f("create it first (mkdir -p {}), or name a file", folder));
    for (const Report& section : doc.sections) {
        ReportDocument one = doc;
        one.sections = {section};
        one.combined = false;
        std::ostringstream csv;
        render_report(one, Format::csv, options, csv);
        write_output(env.output_file(
                         (fs::path(folder) / report_file_name(section.kind, doc.period)).string()),
                     csv.str());
    }
}

void write_xlsx_output(const ReportDocument& doc, const RenderOptions& options, Env& env) {
    if (env.to_file()) {
        write_output_via_file(env.output_file(),
                              [&](const std::string& path) { write_xlsx(doc, options, path); });
        return;
    }
    if (isatty(STDOUT_FILENO))
        throw UsageError(_("an xlsx workbook is not for a terminal"),
                         _("write it to a file: -o report.xlsx"));
    // libxlsxwriter writes files, not streams.
    stream_via_temp_file(
        "report.xlsx", _("the workbook"),
        [&](const std::string& path) { write_xlsx(doc, options, path); }, env.out);
}

// Notes (such as a ceiling borrowed from an earlier year) are in the table, md, html, json and
// xlsx output. CSV has no place for them, and a workbook is not read on the terminal: for those
// they go to stderr once the output is written, each once (sections may share one), and not at
// all when the output was lost, which is then the one thing said.
void say_notes(const ReportDocument& doc, Env& env) {
    env.out.flush();
    if (env.out.fail())
        return;
    std::vector<std::string> said;
    for (const Report& r : doc.sections)
        for (const std::string& note : r.notes)
            if (std::find(said.begin(), said.end(), note) == said.end()) {
                env.note(note);
                said.push_back(note);
            }
}

// What `--by` can group each report by: the summary and reach by any dimension the reports know
// (in weekly and monthly, the summary's), the hours per person or per funding stream or scope,
// the community signals by theme or organisation.
std::vector<std::string> groupings_of(ReportKind kind) {
    switch (kind) {
    case ReportKind::summary:
    case ReportKind::reach:
    case ReportKind::weekly:
    case ReportKind::monthly:
        return report_dimensions();
    case ReportKind::hours:
        return {"person", "funding", "scope"};
    case ReportKind::signals:
        return {"theme", "org"};
    default:
        return {};
    }
}

void check_grouping(ReportKind kind, const std::optional<std::string>& by) {
    if (!by)
        return;
    const auto dims = groupings_of(kind);
    if (dims.empty())
        throw UsageError(_f("--by does not apply to the {} report", report_kind_name(kind)),
                         _("--by groups summary, reach, hours and signals (and the summary in "
                           "weekly and monthly)"));
    if (std::find(dims.begin(), dims.end(), *by) == dims.end())
        throw UsageError(_f("cannot group by '{}'", *by),
                         _f("use one of: {}", fmt::join(dims, ", ")));
}

int run_report(const ReportOptions& o, Env& env) {
    const ReportKind kind = kind_of(o.kind);
    const Config& config = env.config();
    ReportRequest request;
    request.today = env.clock().today();
    request.period = o.period.resolve(request.today, default_period(kind));
    request.by = o.by;
    check_grouping(kind, o.by);
    request.person = o.person;
    if (o.municipality)
        request.municipality = municipality_code(config, *o.municipality);
    const bool has_alert_section =
        kind == ReportKind::alerts || kind == ReportKind::weekly || kind == ReportKind::monthly;
    if (o.check && !has_alert_section)
        throw UsageError(_("--check looks at alerts"), _("use it with alerts, weekly or monthly"));

    const bool folder = env.to_file() && is_folder_target(*env.globals.output);
    Format format = Format::csv;
    if (folder) {
        if (env.globals.format && *env.globals.format != "csv")
            throw UsageError(_("-o FOLDER writes one CSV file per section"),
                             _("drop --format, or name a file such as report.json"));
    } else {
        format = env.output_format(Format::table);
        // A file that may not be written (the database itself, a missing folder) is refused
        // before the report is built, which may add up monthly totals in the database.
        if (env.to_file())
            (void)env.output_file();
    }

    // Several --db: each opened on its own (so each is checked to be a sleutel database of a
    // schema this version knows), then merged.
    std::vector<std::string> paths = env.globals.dbs;
    std::vector<std::unique_ptr<Store>> extra;
    std::vector<ReportSource> sources;
    if (paths.size() <= 1) {
        sources.push_back({&env.store(), "db"});
    } else {
        const auto names = source_names(paths);
        for (std::size_t i = 0; i < paths.size(); ++i) {
            extra.push_back(std::make_unique<Store>(paths[i], OpenMode::existing, env.wait()));
            sources.push_back({extra.back().get(), names[i]});
        }
    }
    const ReportDocument doc = build_report(
        sources, config, kind, request, format == Format::html ? Charts::with : Charts::without);

    RenderOptions options{config.programme.language, config.output.csv_separator,
                          config.output.csv_bom,
                          !env.to_file() && use_colour(STDOUT_FILENO, env.globals.no_color)};
    if (folder)
        write_folder(doc, *env.globals.output, options, env);
    else if (format == Format::xlsx)
        write_xlsx_output(doc, options, env);
    else {
        if (format == Format::csv && doc.sections.size() != 1)
            throw UsageError(_f("the {} report has {} sections: CSV holds one table", doc.kind,
                                doc.sections.size()),
                             _("write one file per section with -o DIR, or use --format json"));
        std::ostringstream text;
        render_report(doc, format, options, text);
        env.emit_text(text.str());
    }
    if (folder || format == Format::csv || format == Format::xlsx)
        say_notes(doc, env);
    return o.check && has_alerts(doc) ? static_cast<int>(ExitCode::problems_found) : 0;
}

} // namespace

void setup_report(CLI::App& root, Context& ctx) {
    auto o = std::make_shared<ReportOptions>();
    CLI::App* cmd = add_command(
        root, "report",
        _("Report on a period: summary, hours, allowance, reach, referrals, coverage, alerts, "
          "signals, progress, weekly, monthly"));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_option("KIND", o->kind,
                    "summary|hours|allowance|reach|referrals|coverage|alerts|signals|progress|"
                    "weekly|monthly");
    o->period.add_to(*cmd, _("Period, such as lastweek (the default), 2026-11 or 2026-W47"));
    cmd->add_option("--by", o->by,
                    _("Group summary or reach by person, municipality, org, role, type, theme, "
                      "week, month, funding or scope; hours by person, funding or scope; "
                      "signals by theme or org"))
        ->type_name("DIM");
    cmd->add_option("--person", o->person, _("Only this key person"))->type_name("PERSON");
    cmd->add_option("--municipality", o->municipality, _("Only key persons of this municipality"))
        ->type_name("CODE|NAME");
    cmd->add_flag("--check", o->check, _("Exit 1 when there is any alert (for cron)"));
    on_run(*cmd, ctx, "report", [o](Env& env) { return run_report(*o, env); });
}

} // namespace sleutel::cli
