// The progress report.
#include "report/builders.hpp"

namespace sleutel::report {

Report progress(const Context& c) {
    Report r;
    r.kind = "progress";
    r.title = tr(c.lang, "Progress");
    return r;
}

} // namespace sleutel::report
