// `sleutel config template|check|show`: write, validate and inspect configuration files.
#include "cli/env.hpp"
#include "sleutel/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

int run_template(Env& env) {
    env.emit_text(config::template_text());
    return 0;
}

int run_check(const std::optional<std::string>& file, Env& env) {
    const std::optional<std::string> path = file ? file : config::locate(env.globals.config);
    const Config c = path ? config::load_file(*path) : config::load_default();
    env.out << fmt::format("{}: ok ({} municipalities, {} roles, {} activity types, {} themes, "
                           "{} referral targets, {} organisation types, {} allowance ceilings)\n",
                           path ? *path : "built-in default", c.municipalities.size(),
                           c.roles.size(), c.activity_types.size(), c.themes.size(),
                           c.referral_targets.size(), c.organisation_types.size(),
                           c.allowance.ceilings.size());
    for (const std::string& warning : c.warnings)
        env.warn(warning);
    return 0;
}

int run_show(Env& env) {
    const Format format = env.output_format(Format::table);
    if (format != Format::table && format != Format::json)
        throw UsageError(
            fmt::format("config show writes TOML or JSON, not {}", format_name(format)),
            "use --format json, or no --format for TOML");
    env.emit_text(
        config::effective_text(config::locate(env.globals.config), format == Format::json));
    return 0;
}

} // namespace

void setup_config(CLI::App& root, Context& ctx) {
    CLI::App* cmd = add_command(root, "config", "Write, check and show the configuration");
    cmd->require_subcommand(1);

    CLI::App* tmpl = add_command(*cmd, "template", "Print the fully commented default config");
    on_run(*tmpl, ctx, "config template", run_template);

    auto file = std::make_shared<std::optional<std::string>>();
    CLI::App* check =
        add_command(*cmd, "check", "Validate a config file (default: the one in use)");
    check->add_option("FILE", *file, "Config file to check")->type_name("FILE");
    on_run(*check, ctx, "config check", [file](Env& env) { return run_check(*file, env); });

    CLI::App* show =
        add_command(*cmd, "show",
                    "Print the effective config after merging (TOML, or JSON with --format json)");
    on_run(*show, ctx, "config show", run_show);
}

} // namespace sleutel::cli
