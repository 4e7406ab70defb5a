// The command line in-process: parsing, help, and how failures become exit codes.
#include "sleutel/cli.hpp"
#include "sleutel/version.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>
#include <sstream>

namespace {
struct Result {
    int code;
    std::string out;
    std::string err;
};
Result run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = sleutel::cli::run(args, out, err);
    return {code, out.str(), err.str()};
}
} // namespace

TEST_CASE("--version prints the version") {
    const Result r = run({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out == std::string("sleutel ") + sleutel::version + "\n");
}

TEST_CASE("every command has --help") {
    for (std::vector<std::string> command : {std::vector<std::string>{},
                                             {"init"},
                                             {"config"},
                                             {"config", "template"},
                                             {"config", "check"},
                                             {"config", "show"},
                                             {"db"},
                                             {"db", "check"},
                                             {"db", "backup"},
                                             {"audit"}}) {
        command.push_back("--help");
        CAPTURE(command.size());
        const Result r = run(command);
        CHECK(r.code == 0);
        CHECK(r.out.find("Usage:") != std::string::npos);
        CHECK(r.err.empty());
    }
}

TEST_CASE("usage errors exit 64 with one error line and a hint") {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{},
                                               {"bogus"},
                                               {"init", "--bogus"},
                                               {"db"},
                                               {"db", "backup"},
                                               {"--wait", "-1", "db", "check"},
                                               {"--wait", "soon", "db", "check"},
                                               {"config", "show", "--format", "csv"}}) {
        const Result r = run(args);
        CHECK(r.code == 64);
        CHECK(r.err.starts_with("sleutel: error: "));
        CHECK(r.err.find("\nsleutel: hint: ") != std::string::npos);
        CHECK(r.out.empty());
    }
    CHECK(run({"bogus"}).err.starts_with("sleutel: error: unknown command 'bogus'\n"));
}

TEST_CASE("global options also work after the command") {
    TempDir dir;
    const std::string db = dir.file("x.db");
    CHECK(run({"init", "--db", db}).code == 0);
    const Result r = run({"db", "check", "--db", db});
    CHECK(r.code == 0);
    CHECK(r.out.find(db + ": ok") == 0);
}

TEST_CASE("what only the command line can get wrong is refused by the cli, with the flag named") {
    TempDir dir;
    const std::string db = dir.file("s.db");
    REQUIRE(run({"--db", db, "init"}).code == 0);
    struct Case {
        std::vector<std::string> args;
        std::string error;
        std::string hint;
    };
    for (const Case& c : std::vector<Case>{
             {{"report", "hours", "--by", "theme"},
              "cannot group by 'theme'",
              "use one of: person, funding, scope"},
             {{"report", "allowance", "--by", "theme"},
              "--by does not apply to the allowance report",
              "--by groups summary, reach, hours and signals"},
             {{"report", "summary", "--by", "colour"},
              "cannot group by 'colour'",
              "use one of: person, municipality, org, role, type, theme, week, month"},
             {{"report", "weekly", "--format", "csv"},
              "the weekly report has 4 sections: CSV holds one table",
              "write one file per section with -o DIR"},
             {{"audit", "--format", "html"},
              "this command cannot write html",
              "use --format table, csv, json or md"},
             {{"db", "backup", ""},
              "an empty file name was given",
              "give 'sleutel db backup' a file name"},
         }) {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), c.args.begin(), c.args.end());
        const Result r = run(args);
        CAPTURE(c.error);
        CHECK(r.code == 64);
        CHECK(r.err.find("sleutel: error: " + c.error) != std::string::npos);
        CHECK(r.err.find("sleutel: hint: " + c.hint) != std::string::npos);
    }
}

TEST_CASE("a missing database gets the command line's advice") {
    TempDir dir;
    const Result r = run({"--db", dir.file("none.db"), "audit"});
    CHECK(r.code == 66);
    CHECK(r.err.find("sleutel: error: no database at ") != std::string::npos);
    CHECK(r.err.find("sleutel: hint: run 'sleutel init' to create one, or point --db or "
                     "SLEUTEL_DB at it") != std::string::npos);
}
