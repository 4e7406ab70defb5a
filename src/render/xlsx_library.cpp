// Opening libxlsxwriter by the soname of the library the build found (CMakeLists.txt), so the
// version opened is the version whose header the calls were compiled against.
#include "render/xlsx_library.hpp"

#include "util/error.hpp"
#include "util/i18n.hpp"

#include <dlfcn.h>
#include <optional>
#include <string>

namespace sleutel {

namespace {

class Missing {
  public:
    explicit Missing(std::string what) : what_(std::move(what)) {}
    const std::string& what() const { return what_; }

  private:
    std::string what_;
};

template <class Function> void find(void* handle, Function& function, const char* name) {
    function = reinterpret_cast<Function>(::dlsym(handle, name));
    if (function == nullptr)
        throw Missing(name);
}

XlsxLibrary open_library() {
    void* handle = ::dlopen(SLEUTEL_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr)
        throw Missing(SLEUTEL_XLSXWRITER_SONAME);
    XlsxLibrary x{};
    find(handle, x.workbook_new, "workbook_new");
    find(handle, x.workbook_add_worksheet, "workbook_add_worksheet");
    find(handle, x.workbook_add_format, "workbook_add_format");
    find(handle, x.workbook_close, "workbook_close");
    find(handle, x.format_set_num_format, "format_set_num_format");
    find(handle, x.format_set_bold, "format_set_bold");
    find(handle, x.worksheet_write_string, "worksheet_write_string");
    find(handle, x.worksheet_write_number, "worksheet_write_number");
    find(handle, x.worksheet_write_boolean, "worksheet_write_boolean");
    find(handle, x.worksheet_write_datetime, "worksheet_write_datetime");
    find(handle, x.worksheet_set_column, "worksheet_set_column");
    find(handle, x.worksheet_autofilter, "worksheet_autofilter");
    find(handle, x.worksheet_freeze_panes, "worksheet_freeze_panes");
    find(handle, x.lxw_strerror, "lxw_strerror");
    // The handle stays open for the rest of the run: the functions live in it.
    return x;
}

} // namespace

const XlsxLibrary& xlsx_library(const std::string& file) {
    static std::optional<XlsxLibrary> library;
    if (!library) {
        try {
            library = open_library();
        } catch (const Missing& missing) {
            throw CantCreateError(_f("cannot write {}: {} is missing", file, missing.what()),
                                  _f("install the package {}", SLEUTEL_XLSXWRITER_PACKAGE));
        }
    }
    return *library;
}

} // namespace sleutel
