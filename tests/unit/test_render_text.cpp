// Text made safe for html and Markdown: one set of entities for both.
#include "render/render.hpp"

#include <doctest/doctest.h>

using namespace sleutel;

TEST_CASE("html text: &, <, > and \" as entities, everything else as it is") {
    CHECK(escape_html("<a href=\"x\">Tom & Jerry</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;");
    CHECK(escape_html("&amp;") == "&amp;amp;"); // escaped once more, never taken as done
    CHECK(escape_html("it's [x] | y \\") == "it's [x] | y \\");
    CHECK(escape_html("\xD8\xB3\xD9\x84\xD9\x85\xD9\x89") == "\xD8\xB3\xD9\x84\xD9\x85\xD9\x89");
    CHECK(escape_html("").empty());
}

TEST_CASE("Markdown text shares the entities but keeps quotes") {
    CHECK(markdown_text("\"a\" & <b>") == "\"a\" &amp; &lt;b&gt;");
    CHECK(markdown_text("a|b") == "a\\|b");
}
