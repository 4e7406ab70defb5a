// `sleutel log import FILE.csv`: the flags, a progress bar on a terminal, and what the import
// says.
#include "cli/cmd_log_import.hpp"

#include "domain/import_log.hpp"
#include "util/i18n.hpp"
#include "util/input_file.hpp"

#include <cstring>
#include <fmt/format.h>
#include <unistd.h>

namespace sleutel::cli {

namespace {

// A progress bar on stderr, only when a person watches it.
class Progress {
  public:
    Progress(std::ostream& err, std::size_t total, std::string what)
        : err_(err), total_(total), what_(std::move(what)), shown_(::isatty(STDERR_FILENO) != 0) {}
    void update(std::size_t done) {
        if (!shown_ || total_ < 1000)
            return;
        const std::size_t percent = std::min(done, total_) * 100 / total_;
        if (percent == last_)
            return;
        last_ = percent;
        const std::size_t filled = percent / 5;
        err_ << fmt::format("\r{} [{}{}] {:3}%", what_, std::string(filled, '#'),
                            std::string(20 - filled, ' '), percent)
             << std::flush;
    }
    void finish() {
        if (shown_ && total_ >= 1000 && last_ != npos)
            err_ << "\r\x1b[K" << std::flush;
    }

  private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::ostream& err_;
    std::size_t total_;
    std::string what_;
    bool shown_;
    std::size_t last_ = npos;
};

// Line ends, counted with memchr: fast in every build, whatever the file holds.
std::size_t count_lines(std::string_view text) {
    std::size_t lines = 0;
    for (std::size_t at = 0; at < text.size(); ++at, ++lines) {
        const void* found = std::memchr(text.data() + at, '\n', text.size() - at);
        if (!found)
            break;
        at = static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
    }
    return lines;
}

int run_log_import(const LogImportOptions& o, Env& env) {
    const InputText input(o.file, _("file"));
    const std::string_view text = input.text();
    Store& store = env.store();
    // Lines are counted only for a progress bar a person sees: counting reads the whole file,
    // which a refusal at the first over-long field need not.
    Progress progress(env.err, ::isatty(STDERR_FILENO) != 0 ? count_lines(text) : 0,
                      o.dry_run ? _("checking") : _("importing"));
    ActivityImportOptions options{o.file, o.dry_run,
                                  [&](std::size_t line) { progress.update(line); },
                                  [&] { progress.finish(); }};
    ActivityImportCount count;
    print_rejected_rows(env, [&] {
        count = import_activities(store, env.config(), text, options, env.clock().today());
    });
    const auto n = static_cast<long long>(count.accepted);
    const char* said = nullptr;
    if (o.dry_run && count.skipped)
        said = _n("{}: {} activity would be imported, {} skipped (ref already logged) (dry run, "
                  "nothing written)",
                  "{}: {} activities would be imported, {} skipped (ref already logged) (dry run, "
                  "nothing written)",
                  n);
    else if (o.dry_run)
        said = _n("{}: {} activity would be imported (dry run, nothing written)",
                  "{}: {} activities would be imported (dry run, nothing written)", n);
    else if (count.skipped)
        said = _n("{}: imported {} activity, {} skipped (ref already logged)",
                  "{}: imported {} activities, {} skipped (ref already logged)", n);
    else
        said = _n("{}: imported {} activity", "{}: imported {} activities", n);
    env.out << fmt::format(fmt::runtime(said), o.file, n, count.skipped) << '\n';
    return 0;
}

} // namespace

void setup_log_import(CLI::App& log_command, Context& ctx) {
    auto o = std::make_shared<LogImportOptions>();
    CLI::App* cmd = add_command(log_command, "import",
                                _("Import activities from CSV: all rows or none; known refs "
                                  "skipped"));
    cmd->add_option("FILE", o->file,
                    _("CSV (UTF-8 or Windows-1252, separated by , or ;) with columns named like "
                      "the JSON keys: date,person,type,minutes,themes,..."))
        ->required();
    cmd->add_flag("--dry-run", o->dry_run, _("Check every row, write nothing"));
    on_run(*cmd, ctx, "log import", [o](Env& env) { return run_log_import(*o, env); });
}

} // namespace sleutel::cli
