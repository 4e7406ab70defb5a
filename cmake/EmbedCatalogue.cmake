# Writes the bytes of a compiled catalogue (.mo) as a C++ array, so the binary carries its
# translations and needs no locale to be installed: cmake -DMO=nl.mo -DOUT=catalogue_nl.cpp -P …
file(READ ${MO} bytes HEX)
string(LENGTH "${bytes}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${bytes}")
string(REGEX REPLACE "((0x..,){24})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUT}.tmp
     "// Generated from po/nl.po by msgfmt and cmake/EmbedCatalogue.cmake.\n"
     "#include <cstddef>\n\n"
     "namespace sleutel {\n"
     "extern const unsigned char catalogue_nl[];\n"
     "extern const std::size_t catalogue_nl_size;\n"
     "const unsigned char catalogue_nl[] = {\n${bytes}0x00};\n"
     "const std::size_t catalogue_nl_size = ${size};\n"
     "} // namespace sleutel\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
