// Reading a whole input file (config, CSV) with the exit code each failure deserves.
#pragma once
#include <string>
#include <string_view>

namespace sleutel {

// Missing or not a regular file: NoInputError `WHAT not found: PATH` (with `missing_hint`);
// unreadable: PermissionError.
std::string read_input_file(const std::string& path, std::string_view what,
                            const std::string& missing_hint = {});

// An import file mapped into memory rather than read: a file of any size costs no heap, and a
// reader that stops at the first over-long field never touches the rest. Files that cannot be
// mapped (empty, or on a file system without mmap) are read. Same errors as read_input_file.
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
