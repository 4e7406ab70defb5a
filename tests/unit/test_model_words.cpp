// Every stored id a document shows has its Dutch word, and English documents read words too.
#include "model/profile.hpp"
#include "model/words.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace sleutel;

TEST_CASE("every alert kind and severity has a Dutch word that is not its id") {
    for (int k = 0; k <= static_cast<int>(AlertKind::unassigned_activity); ++k) {
        const std::string id(alert_kind_name(static_cast<AlertKind>(k)));
        CAPTURE(id);
        const std::string dutch = word_for(Language::nl, words::alert_kind, id);
        CHECK(dutch != id);
        CHECK(dutch != word_for(Language::en, words::alert_kind, id));
        CHECK(word_for(Language::en, words::alert_kind, id).find('_') == std::string::npos);
    }
    CHECK(word_for(Language::nl, words::severity, "warning") == "waarschuwing");
    CHECK(word_for(Language::en, words::severity, "warning") == "warning");
}

TEST_CASE("the stored ids of people read as Dutch words") {
    for (const char* id : person_statuses)
        CHECK(word_for(Language::nl, words::person_status, id) != id);
    for (const char* id : contract_forms)
        CHECK(word_for(Language::nl, words::contract_form, id) != id);
    for (const char* id : scopes)
        CHECK(word_for(Language::nl, words::scope, id) != id);
    CHECK(word_for(Language::nl, words::gender, "f") == "v");
}

TEST_CASE("an id the vocabulary does not know is shown as it is") {
    CHECK(word_for(Language::nl, words::person_status, "gezondheid") == "gezondheid");
    CHECK(word_for(Language::nl, "no such vocabulary", "active") == "active");
    CHECK(std::string(yes_no(Language::nl, true)) == "ja");
    CHECK(std::string(yes_no(Language::en, false)) == "no");
}
