// libxlsxwriter, opened the first time a workbook is written rather than linked: linked, it loads
// with the zip and crypto libraries it needs into every run of sleutel, a `sleutel log` too, and
// their relocations were a good part of its start-up.
#pragma once
#include <string>
#include <xlsxwriter.h>

namespace sleutel {

// The functions sleutel writes workbooks with, by their libxlsxwriter names.
struct XlsxLibrary {
    decltype(&::workbook_new) workbook_new;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet;
    decltype(&::workbook_add_format) workbook_add_format;
    decltype(&::workbook_close) workbook_close;
    decltype(&::format_set_num_format) format_set_num_format;
    decltype(&::format_set_bold) format_set_bold;
    decltype(&::worksheet_write_string) worksheet_write_string;
    decltype(&::worksheet_write_number) worksheet_write_number;
    decltype(&::worksheet_write_boolean) worksheet_write_boolean;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime;
    decltype(&::worksheet_set_column) worksheet_set_column;
    decltype(&::worksheet_autofilter) worksheet_autofilter;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
    decltype(&::lxw_strerror) lxw_strerror;
};

// The library, opened on the first call. A library that is missing or lacks a function is a
// CantCreateError naming `file` (the workbook that cannot be written) and the package to install.
const XlsxLibrary& xlsx_library(const std::string& file);

} // namespace sleutel
