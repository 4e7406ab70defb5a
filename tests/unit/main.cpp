// The doctest runner for all unit tests. Messages are checked in English whatever the locale of
// the person running them; a test that wants Dutch sets it itself.
#define DOCTEST_CONFIG_IMPLEMENT
#include "util/i18n.hpp"

#include <doctest/doctest.h>

int main(int argc, char** argv) {
    sleutel::set_message_language(sleutel::Language::en);
    return doctest::Context(argc, argv).run();
}
