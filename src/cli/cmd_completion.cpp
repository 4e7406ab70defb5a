// `sleutel completion bash|zsh|fish` prints a script for the shell; the script asks
// `sleutel __complete WORDS...` for the candidates, so commands and options come from the real
// command tree and values from the config and the database in use, never from a copy that could
// drift from them.
#include "cli/cmd_completion.hpp"

#include "domain/import_people.hpp"
#include "model/entities.hpp"
#include "report/report.hpp"
#include "store/people_store.hpp"
#include "util/error.hpp"
#include "util/period_keywords.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <sstream>

namespace sleutel::cli {

namespace {

constexpr const char* bash_script =
    R"(# bash completion for sleutel; load with: source <(sleutel completion bash)
_sleutel() {
    local IFS=$'\n'
    COMPREPLY=($(command sleutel __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _sleutel sleutel
)";

constexpr const char* zsh_script = R"(#compdef sleutel
# zsh completion for sleutel; load with: source <(sleutel completion zsh)
_sleutel() {
    local -a candidates
    candidates=("${(@f)$(command sleutel __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    if [[ -n "${candidates[1]}" ]]; then
        compadd -Q -- "${candidates[@]}"
    else
        _files
    fi
}
if (( $+functions[compdef] )); then compdef _sleutel sleutel; fi
)";

constexpr const char* fish_script =
    R"(# fish completion for sleutel; load with: sleutel completion fish | source
function __sleutel_complete
    set -l words (commandline -opc)[2..-1] (commandline -ct)
    set -l candidates (command sleutel __complete $words 2>/dev/null)
    if test (count $candidates) -gt 0
        printf '%s\n' $candidates
    else
        __fish_complete_path (commandline -ct)
    end
end
complete -c sleutel -f -a '(__sleutel_complete)'
)";

constexpr const char* shells[] = {"bash", "zsh", "fish"};

template <class Item> std::vector<std::string> ids_of(const std::vector<Item>& items) {
    std::vector<std::string> ids;
    for (const Item& item : items)
        ids.push_back(item.id);
    return ids;
}

template <std::size_t N> std::vector<std::string> words(const char* const (&list)[N]) {
    return {std::begin(list), std::end(list)};
}

// Looks a value list up lazily: the config is parsed and the database opened only when a value
// from them is asked for, and a missing or broken one simply offers nothing.
class Values {
  public:
    explicit Values(Env& env) : env_(env) {}

    std::vector<std::string> handles(db::Kind kind) {
        try {
            return db::all_handles(env_.store(OpenMode::existing), kind);
        } catch (const std::exception&) {
            return {};
        }
    }
    std::vector<std::string> from_config(std::vector<std::string> (*pick)(const Config&)) {
        try {
            return pick(env_.config());
        } catch (const std::exception&) {
            return {};
        }
    }

  private:
    Env& env_;
};

std::vector<std::string> option_values(const std::string& option, const CLI::App& command,
                                       Values& values) {
    if (option == "person")
        return values.handles(db::Kind::person);
    if (option == "org")
        return values.handles(db::Kind::organisation);
    if (option == "role")
        return values.from_config([](const Config& c) { return ids_of(c.roles); });
    if (option == "theme")
        return values.from_config([](const Config& c) { return ids_of(c.themes); });
    if (option == "refer")
        return values.from_config([](const Config& c) { return ids_of(c.referral_targets); });
    if (option == "funding")
        return values.from_config([](const Config& c) { return ids_of(c.funding); });
    if (option == "type" && command.get_name() == "org")
        return values.from_config([](const Config& c) { return ids_of(c.organisation_types); });
    if (option == "type")
        return values.from_config([](const Config& c) { return ids_of(c.activity_types); });
    if (option == "municipality")
        return values.from_config([](const Config& c) {
            std::vector<std::string> codes;
            for (const Municipality& m : c.municipalities)
                codes.push_back(m.code);
            return codes;
        });
    if (option == "period")
        return words(period_keywords);
    if (option == "format")
        return format_names();
    if (option == "by")
        return report_dimensions();
    if (option == "contract")
        return words(contract_forms);
    if (option == "gender")
        return words(genders);
    if (option == "scope")
        return words(scopes);
    // `signal list --status` names where a signal stands, not a key person's status.
    if (option == "status" && command.get_parent() && command.get_parent()->get_name() == "signal")
        return words(signal_statuses);
    if (option == "status")
        return words(person_statuses);
    return {}; // files, numbers, dates, free text: the shell's own completion
}

// A positional argument takes the values of the option of the same name (PERSON as --person),
// but for those that no option shares.
std::vector<std::string> positional_values(const std::string& name, const CLI::App& command,
                                           Values& values) {
    if (name == "SHELL")
        return words(shells);
    if (name == "KIND")
        return command.get_name() == "report" ? report_kind_names() : words(people_kind_names);
    // `register delete HANDLE` names a person or an organisation.
    if (name == "HANDLE" && command.get_name() == "delete") {
        std::vector<std::string> handles = values.handles(db::Kind::person);
        for (std::string& handle : values.handles(db::Kind::organisation))
            handles.push_back(std::move(handle));
        return handles;
    }
    std::string option = name;
    std::transform(option.begin(), option.end(), option.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    return option_values(option, command, values);
}

const CLI::Option* find_option(const CLI::App* app, const std::string& word) {
    for (; app; app = app->get_parent())
        for (const CLI::Option* option : app->get_options())
            if (option->check_name(word))
                return option;
    return nullptr;
}

CLI::App* find_subcommand(CLI::App* app, const std::string& word) {
    for (CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; }))
        if (sub->get_name() == word && !sub->get_group().empty())
            return sub;
    return nullptr;
}

std::vector<const CLI::Option*> positionals(const CLI::App* app) {
    std::vector<const CLI::Option*> found;
    for (const CLI::Option* option : app->get_options())
        if (option->get_positional() && !option->nonpositional())
            found.push_back(option);
    return found;
}

// Every command path, one a line, the root (an empty line) first and each command before its
// subcommands; the hidden ones left out.
void print_command_tree(const CLI::App& app, const std::string& path, std::ostream& out) {
    out << path << '\n';
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (!sub->get_group().empty())
            print_command_tree(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(),
                               out);
}

} // namespace

int complete(CLI::App& root, const std::vector<std::string>& words, Globals& globals,
             std::ostream& out) {
    CLI::App* command = &root;
    const CLI::Option* pending = nullptr; // an option whose value comes next
    std::size_t positional = 0;           // positionals given to `command` so far
    bool options_ended = false;
    const std::string current = words.empty() ? "" : words.back();
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& word = words[i];
        if (pending) {
            // Values come from the database and config the command line names.
            if (pending->check_name("--db"))
                globals.db = word;
            else if (pending->check_name("--config"))
                globals.config = word;
            pending = nullptr;
            continue;
        }
        if (word == "--") {
            options_ended = true;
            continue;
        }
        if (!options_ended && word.size() > 1 && word.starts_with("-")) {
            const std::string name = word.substr(0, word.find('='));
            const CLI::Option* option = find_option(command, name);
            if (option && option->get_expected_min() > 0 && name == word)
                pending = option;
            continue;
        }
        if (CLI::App* sub = find_subcommand(command, word)) {
            command = sub;
            positional = 0;
            continue;
        }
        ++positional;
    }

    std::ostringstream ignored;
    Env env(globals, "completion", out, ignored);
    Values values(env);
    std::vector<std::string> candidates;
    if (pending) {
        const std::vector<std::string>& names = pending->get_lnames();
        if (!names.empty())
            candidates = option_values(names.front(), *command, values);
    } else if (!options_ended && current.starts_with("-")) {
        for (const CLI::App* app = command; app; app = app->get_parent())
            for (const CLI::Option* option : app->get_options())
                for (const std::string& name : option->get_lnames())
                    candidates.push_back("--" + name);
        candidates.emplace_back("--help");
    } else {
        const auto own = positionals(command);
        // Subcommands stand first (`log list`), or after all of the command's own arguments
        // (`profile amira goal`); never in the middle of them (`log amira groepsvoorlichting`).
        if (positional == 0 || positional >= own.size())
            for (const CLI::App* sub :
                 command->get_subcommands([](const CLI::App*) { return true; }))
                if (!sub->get_group().empty())
                    candidates.push_back(sub->get_name());
        if (positional < own.size())
            for (std::string& value :
                 positional_values(own[positional]->get_name(), *command, values))
                candidates.push_back(std::move(value));
    }
    for (const std::string& candidate : candidates)
        if (candidate.starts_with(current))
            out << candidate << '\n';
    return 0;
}

// `sleutel completion commands` (not in --help: for scripts and tests, not for people) prints
// the command tree, so a script that goes through every command needs no copy of it.
void setup_completion(CLI::App& root, Context& ctx) {
    auto shell = std::make_shared<std::string>();
    CLI::App* cmd =
        add_command(root, "completion", _f("Print a completion script for {}", one_of(shells)));
    if (!ctx.builds(*cmd))
        return;
    cmd->add_option("SHELL", *shell, one_of(shells))->required();
    on_run(*cmd, ctx, "completion", [shell, &root](Env& env) {
        env.no_output_options();
        if (*shell == "bash")
            env.out << bash_script;
        else if (*shell == "zsh")
            env.out << zsh_script;
        else if (*shell == "fish")
            env.out << fish_script;
        else if (*shell == "commands")
            print_command_tree(root, "", env.out);
        else
            throw UsageError(_f("no completion for the shell '{}'", *shell),
                             _f("shells: {}", fmt::join(shells, ", ")));
        return 0;
    });
}

} // namespace sleutel::cli
