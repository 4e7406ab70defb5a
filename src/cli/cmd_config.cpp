// `sleutel config template|check|show`: write, validate and inspect configuration files.
#include "cli/cmd_config.hpp"

#include "domain/config.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

namespace sleutel::cli {

namespace {

// Config is TOML (or JSON for show); the table formats do not apply.
bool wants_json(const Env& env, bool json_allowed) {
    const auto& format = env.globals.format;
    if (format && *format != "toml" && !(json_allowed && *format == "json"))
        throw UsageError(
            json_allowed ? _f("'sleutel {}' writes TOML or JSON, not {}", env.command, *format)
                         : _f("'sleutel {}' writes TOML, not {}", env.command, *format),
            json_allowed ? _("use --format toml or --format json") : _("use --format toml"));
    if (format)
        return *format == "json";
    return json_allowed && env.to_file() &&
           format_from_extension(*env.globals.output) == Format::json;
}

int run_template(Env& env) {
    wants_json(env, false);
    env.emit_text(config::template_text());
    return 0;
}

int run_check(const std::optional<std::string>& file, Env& env) {
    env.no_output_options();
    const std::optional<std::string> path = file ? file : config::locate(env.globals.config);
    const Config c = path ? config::load_file(*path) : config::load_default();
    env.out << _f("{}: ok ({} municipalities, {} roles, {} activity types, {} themes, "
                  "{} referral targets, {} organisation types, {} funding streams, {} targets, "
                  "{} allowance ceilings)",
                  path ? *path : _("built-in default"), c.municipalities.size(), c.roles.size(),
                  c.activity_types.size(), c.themes.size(), c.referral_targets.size(),
                  c.organisation_types.size(), c.funding.size(), c.targets.size(),
                  c.allowance.ceilings.size())
            << '\n';
    for (const std::string& warning : c.warnings)
        env.warn(warning);
    return 0;
}

int run_show(Env& env) {
    const bool json = wants_json(env, true);
    env.emit_text(config::effective_text(config::locate(env.globals.config), json));
    return 0;
}

} // namespace

void setup_config(CLI::App& root, Context& ctx) {
    CLI::App* cmd = add_command(root, "config", _("Write, check and show the configuration"));
    if (!ctx.builds(*cmd))
        return;
    cmd->require_subcommand(1);

    CLI::App* tmpl = add_command(*cmd, "template", _("Print the fully commented default config"));
    on_run(*tmpl, ctx, "config template", run_template);

    auto file = std::make_shared<std::optional<std::string>>();
    CLI::App* check =
        add_command(*cmd, "check", _("Validate a config file (default: the one in use)"));
    check->add_option("FILE", *file, _("Config file to check"))->type_name("FILE");
    on_run(*check, ctx, "config check", [file](Env& env) { return run_check(*file, env); });

    CLI::App* show =
        add_command(*cmd, "show",
                    _("Print the effective config after merging (TOML, or JSON with --format "
                      "json)"));
    on_run(*show, ctx, "config show", run_show);
}

} // namespace sleutel::cli
