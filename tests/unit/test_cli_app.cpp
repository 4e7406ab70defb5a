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
