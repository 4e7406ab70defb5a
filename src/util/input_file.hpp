// Reading a whole input file (config, CSV) with the exit code each failure deserves, and an
// import file in whatever encoding a spreadsheet saved it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sleutel {

// Missing or not a regular file: NoInputError `WHAT not found: PATH` (with `missing_hint`);
// unreadable: PermissionError.
std::string read_input_file(const std::string& path, std::string_view what,
                            const std::string& missing_hint = {});

// The text of an import file in UTF-8, when it was saved in another encoding. A file that is not
// UTF-8 and holds no UTF-8 character of more than one byte is Windows-1252, what Excel's "CSV
// (puntkomma)" saves: it is converted with iconv. Nothing when the text is read as it is: ASCII,
// UTF-8 (with or without a byte order mark), or UTF-8 with a broken byte, which the CSV reader
// refuses at its line. DataError `NAME:LINE: why` (hint: save as CSV UTF-8) for a byte
// Windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D), and for a UTF-16 file.
std::optional<std::string> windows_1252_as_utf8(std::string_view text, std::string_view name);

// An import file mapped into memory rather than read: a file of any size costs no heap, and a
// reader that stops at the first over-long field never touches the rest. Files that cannot be
// mapped (empty, or on a file system without mmap) are read. Same errors as read_input_file. A
// Windows-1252 file is held converted to UTF-8 (windows_1252_as_utf8, named by `path`).
class InputText {
  public:
    InputText(const std::string& path, std::string_view what);
    ~InputText();
    InputText(const InputText&) = delete;
    InputText& operator=(const InputText&) = delete;
    std::string_view text() const { return text_; }

  private:
    void* mapping_ = nullptr;
    std::size_t mapped_size_ = 0;
    std::string read_; // when not mapped
    std::string_view text_;
};

} // namespace sleutel
