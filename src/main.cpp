// The sleutel executable: everything lives in libsleutel.
#include "sleutel/cli.hpp"

#include <csignal>
#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // Past a file-size limit (ulimit -f) a write should fail with EFBIG and be reported, not kill
    // the process halfway: SQLite then rolls the transaction back.
    std::signal(SIGXFSZ, SIG_IGN);
    return sleutel::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
