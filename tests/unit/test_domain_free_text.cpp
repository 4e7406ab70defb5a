// The one guard for every stored free text: limits, control characters, and per-field kinds.
#include "domain/free_text.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace sleutel;

namespace {
std::string refusal(TextField field, const std::string& text) {
    try {
        check_free_text(field, text);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST_CASE("every field refuses a client's personal data, naming the kind and never the text") {
    for (const TextField field :
         {TextField::activity_note, TextField::activity_ref, TextField::goal,
          TextField::training_name, TextField::person_origin, TextField::person_education,
          TextField::person_background, TextField::organisation_contact,
          TextField::assignment_supervisor}) {
        const std::string bsn = refusal(field, "dossier 111222333");
        CHECK(bsn.find("a citizen service number (BSN)") != std::string::npos);
        CHECK(bsn.find("111222333") == std::string::npos);
        CHECK(refusal(field, "NL91 ABNA 0417 1643 00").find("IBAN") != std::string::npos);
        CHECK(refusal(field, "geboren 12-03-1984").find("a date of birth") != std::string::npos);
        CHECK(refusal(field, "ordinary words").empty());
        CHECK(refusal(field, "a\nb").find("control characters") != std::string::npos);
        CHECK(refusal(field, "a\x1b[2Jb").find("control characters") != std::string::npos);
        CHECK(refusal(field, "ok\xe2\x80\xae"
                             "evil")
                  .find("control characters") != std::string::npos);
        CHECK(refusal(field, "ok\xe2\x81\xa6x").find("control characters") != std::string::npos);
        CHECK(refusal(field, "\xff\xfe").find("not valid UTF-8") != std::string::npos);
        CHECK(refusal(field, "  ").find("cannot be empty") != std::string::npos);
    }
}

TEST_CASE("an organisation's contact may hold its phone and mailbox; a supervisor a title") {
    CHECK(refusal(TextField::organisation_contact, "balie 020-1234567").empty());
    CHECK(refusal(TextField::organisation_contact, "info@ggd.nl").empty());
    CHECK(refusal(TextField::organisation_contact, "mw. De Vries").empty());
    CHECK(refusal(TextField::assignment_supervisor, "mw. De Vries").empty());
    CHECK_FALSE(refusal(TextField::assignment_supervisor, "06-12345678").empty());
    CHECK_FALSE(refusal(TextField::activity_note, "balie 020-1234567").empty());
    CHECK_FALSE(refusal(TextField::activity_note, "mevrouw Yusuf geholpen").empty());
    CHECK_FALSE(refusal(TextField::activity_note, "mevrouw van Dijk geholpen").empty());
    CHECK_FALSE(refusal(TextField::activity_note, "gesprek met dhr. de Vries").empty());
    CHECK_FALSE(refusal(TextField::activity_note, "meneer 't Hart").empty());
    CHECK(refusal(TextField::activity_note, "mevrouw van de gemeente belde").empty());
    CHECK(refusal(TextField::activity_note, "mevrouw Wethouder opende de avond").empty());
    CHECK(refusal(TextField::activity_note, "2 keer per week, 1500 KM gereden").empty());
    CHECK(refusal(TextField::activity_note, "subsidie 3000 EU fonds").empty());
}

TEST_CASE("each field's limit, counted in characters") {
    CHECK(refusal(TextField::activity_note, std::string(500, 'x')).empty());
    CHECK(refusal(TextField::activity_note, std::string(501, 'x')) ==
          "the note is 501 characters; at most 500");
    std::string arabic;
    for (int i = 0; i < 250; ++i)
        arabic += "\xd8\xa3"; // 250 characters, 500 bytes
    CHECK(refusal(TextField::activity_ref, std::string(101, 'r')).find("at most 100") !=
          std::string::npos);
    CHECK(refusal(TextField::training_name, arabic).find("at most 200") != std::string::npos);
    CHECK(refusal(TextField::goal, arabic).empty());
}
