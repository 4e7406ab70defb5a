// The community signals report.
#include "report/builders.hpp"

namespace sleutel::report {

Report signals(const Context& c, const std::optional<std::string>& by) {
    (void)by;
    Report r;
    r.kind = "signals";
    r.title = tr(c.lang, "Signals");
    return r;
}

} // namespace sleutel::report
