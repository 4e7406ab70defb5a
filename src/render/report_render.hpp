// Writing a report document: the text formats, a self-contained html page with SVG charts, and an
// xlsx workbook with one sheet per section.
#pragma once
#include "model/report_document.hpp"
#include "render/render.hpp"

#include <ostream>
#include <string>

namespace sleutel {

// table, csv (one section only), json, md or html.
void render_report(const ReportDocument& document, Format format, const RenderOptions& options,
                   std::ostream& out);
// An xlsx workbook at `path` (written in place: callers write to a temporary file and rename).
void write_xlsx(const ReportDocument& document, const RenderOptions& options,
                const std::string& path);
// `sleutel-hours-2026-W47.csv`: the file a section gets with `-o DIR`.
std::string report_file_name(const std::string& kind, const Period& period);

namespace html {
// The page, with inline CSS and SVG, no external resources: it prints on A4.
std::string page(const ReportDocument& document, const RenderOptions& options);
} // namespace html

} // namespace sleutel
