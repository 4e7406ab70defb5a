// The sleutel executable: all it does is in the layer libraries under src/, the cli on top.
#include "sleutel/cli.hpp"
#include "util/fd_stream.hpp"

#include <csignal>
#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // Past a file-size limit (ulimit -f) a write should fail with EFBIG and be reported, not kill
    // the process halfway: SQLite then rolls the transaction back.
    std::signal(SIGXFSZ, SIG_IGN);
    // Standard output through a buffer that remembers why a write failed (full disk, closed,
    // broken pipe), so the error can say so.
    sleutel::FdStreamBuf stdout_buffer(STDOUT_FILENO);
    std::ostream out(&stdout_buffer);
    return sleutel::cli::run(std::vector<std::string>(argv + 1, argv + argc), out, std::cerr);
}
