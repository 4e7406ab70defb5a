// The sleutel executable: everything lives in libsleutel.
#include "sleutel/cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return sleutel::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
