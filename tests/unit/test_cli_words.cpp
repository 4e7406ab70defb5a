// The words a person reads for the stored English ids, and the closed lists of help texts.
#include "cli/env.hpp"
#include "cli/words.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace sleutel::cli;

TEST_CASE("stored ids are words of the document's language, unknown ids stay as they are") {
    CHECK(status_word(Language::nl, "active") == "actief");
    CHECK(status_word(Language::en, "active") == "active");
    CHECK(contract_word(Language::nl, "volunteer") == "vrijwilliger");
    CHECK(contract_word(Language::nl, "employed") == "in loondienst");
    CHECK(scope_word(Language::nl, "regional") == "regionaal");
    CHECK(entity_word(Language::nl, "person") == "persoon");
    CHECK(action_word(Language::nl, "create") == "toegevoegd");
    CHECK(status_word(Language::nl, "someday") == "someday");
}

TEST_CASE("a language level: native is a word, the CEFR levels are codes") {
    CHECK(language_word(Language::nl, {"ar", Level::native}) == "ar:moedertaal");
    CHECK(language_word(Language::en, {"ar", Level::native}) == "ar:native");
    CHECK(language_word(Language::nl, {"nl", Level::b1}) == "nl:B1");
    CHECK(language_word(Language::nl, {"nl", std::nullopt}) == "nl:B1");
}

TEST_CASE("an id cell: the word for people, the id for programs, empty when absent") {
    const std::optional<std::string> id = "volunteer";
    CHECK(std::get<std::string>(id_cell(id, true, Language::nl, contract_word)) == "vrijwilliger");
    CHECK(std::get<std::string>(id_cell(id, false, Language::nl, contract_word)) == "volunteer");
    CHECK(std::holds_alternative<std::monostate>(
        id_cell(std::optional<std::string>{}, true, Language::nl, contract_word)));
}

TEST_CASE("a closed list in the user's language") {
    const char* const words[] = {"a", "b", "c"};
    CHECK(one_of(words) == "a, b or c");
    set_message_language(Language::nl);
    CHECK(one_of(words) == "a, b of c");
    CHECK(listed({"x", "y"}, _("{} and {}")) == "x en y");
    set_message_language(Language::en);
    CHECK(listed({"x"}, _("{} or {}")) == "x");
    CHECK(listed({}, _("{} or {}")).empty());
}

TEST_CASE("only tables and Markdown are read by people") {
    CHECK(for_people(Format::table));
    CHECK(for_people(Format::md));
    CHECK_FALSE(for_people(Format::csv));
    CHECK_FALSE(for_people(Format::json));
}
