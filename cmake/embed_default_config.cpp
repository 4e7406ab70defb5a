// Build-time generator: parses src/domain/default.toml once and writes C++ that builds the same
// toml::table from literals. Every run of sleutel needs the default configuration, and parsing
// its 16 KB of TOML took a third of the instructions of one `sleutel log`; constructing the
// table from code takes a small part of that. A unit test checks that the two tables are equal.
//
//   embed_default_config IN.toml OUT.cpp
#include <toml++/toml.h>

#include <cinttypes>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// A C++ string literal holding exactly these bytes. UTF-8 passes through as is; control
// characters become three-digit octal escapes, which never run into a following digit.
std::string literal(std::string_view text) {
    std::string out = "std::string_view{\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7f) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\%03o", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    out += "\", " + std::to_string(text.size()) + "}";
    return out;
}

void emit(std::ostream& out, const toml::node& node, int depth);

// Every table becomes a function of its own, so no function is large: one expression for the
// whole document took a compiler a minute at -O1, and longer with the sanitizers.
std::vector<std::string> functions;

// The name of a new function that returns `table`.
std::string table_function(const toml::table& table) {
    const std::string name = "table_" + std::to_string(functions.size());
    functions.emplace_back(); // reserves the number before the nested tables take theirs
    std::ostringstream body;
    body << "toml::table " << name << "() {\n    return toml::table{";
    for (auto&& [key, value] : table) {
        body << "\n        {" << literal(key.str()) << ", ";
        emit(body, value, 2);
        body << "},";
    }
    body << "};\n}\n";
    functions[std::stoul(name.substr(6))] = body.str();
    return name;
}

void emit(std::ostream& out, const toml::node& node, int depth) {
    switch (node.type()) {
    case toml::node_type::table:
        out << table_function(*node.as_table()) << "()";
        return;
    case toml::node_type::array: {
        out << "toml::array{";
        for (const toml::node& element : *node.as_array()) {
            out << "\n" << std::string(static_cast<std::size_t>(depth + 1) * 2, ' ');
            emit(out, element, depth + 1);
            out << ",";
        }
        out << "}";
        return;
    }
    case toml::node_type::string:
        out << "std::string(" << literal(node.as_string()->get()) << ")";
        return;
    case toml::node_type::integer:
        out << "std::int64_t{" << node.as_integer()->get() << "}";
        return;
    case toml::node_type::floating_point: {
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", node.as_floating_point()->get());
        out << "double{" << text << "}";
        return;
    }
    case toml::node_type::boolean:
        out << (node.as_boolean()->get() ? "true" : "false");
        return;
    default:
        // Dates and times: the default configuration holds none; one added must be taught here.
        std::ostringstream type;
        type << node.type();
        throw std::runtime_error("holds a value this generator cannot write: " + type.str());
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: embed_default_config IN.toml OUT.cpp\n";
        return 2;
    }
    try {
        const toml::table table = toml::parse_file(argv[1]);
        const std::string root = table_function(table);
        std::ostringstream out;
        out << "// Generated from src/domain/default.toml by cmake/embed_default_config.cpp: the\n"
               "// embedded default configuration, built from literals instead of parsed.\n"
               "#include \"domain/default_table.hpp\"\n\n"
               "#include <cstdint>\n#include <string>\n#include <string_view>\n\n"
               "namespace sleutel::config {\n"
               "namespace {\n\n";
        // Nested tables first, so each function is declared before it is called.
        for (auto it = functions.rbegin(); it != functions.rend(); ++it)
            out << *it << "\n";
        out << "} // namespace\n\n"
               "toml::table build_default_table() {\n"
               "    return "
            << root << "();\n}\n} // namespace sleutel::config\n";
        // Written only when it changed, so an unchanged default recompiles nothing.
        std::ifstream old(argv[2], std::ios::binary);
        std::ostringstream old_text;
        old_text << old.rdbuf();
        if (old_text.str() == out.str())
            return 0;
        std::ofstream file(argv[2], std::ios::binary | std::ios::trunc);
        file << out.str();
        return file.good() ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << argv[1] << ": " << e.what() << '\n';
        return 1;
    }
}
