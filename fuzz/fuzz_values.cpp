// libFuzzer targets for the parsers of what users type. Each is built as its own binary with
// -DSLEUTEL_FUZZ_TARGET=...; an Error is the expected answer to bad input, anything else (a crash,
// a sanitizer report, another exception) is a bug.
#include "domain/config.hpp"
#include "domain/privacy.hpp"
#include "util/csv.hpp"
#include "util/error.hpp"
#include "util/values.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

const sleutel::Date today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{23}};

void run(std::string_view text) {
    using namespace sleutel;
#if SLEUTEL_FUZZ_TARGET == 1
    (void)parse_date(text, today);
    (void)parse_iso_date(text);
#elif SLEUTEL_FUZZ_TARGET == 2
    (void)parse_duration(text);
    (void)parse_hours(text);
#elif SLEUTEL_FUZZ_TARGET == 3
    (void)parse_period(text, today);
#elif SLEUTEL_FUZZ_TARGET == 4
    (void)is_handle(text);
    (void)parse_handle(text);
#elif SLEUTEL_FUZZ_TARGET == 5
    (void)parse_csv(text, "fuzz.csv");
#elif SLEUTEL_FUZZ_TARGET == 6
    (void)config::load_text(text, "fuzz.toml");
#elif SLEUTEL_FUZZ_TARGET == 7
    (void)personal_data_in(text);
    // The detectors read the normalised text; normalising it again must change nothing.
    const std::string once = normalised_for_matching(text);
    if (normalised_for_matching(once) != once)
        __builtin_trap();
#elif SLEUTEL_FUZZ_TARGET == 8
    // What parses has one canonical text, which parses back to the same value.
    const Reachable reachable = parse_reachable(text);
    const std::string canonical = format_reachable(reachable);
    if (!(parse_reachable(canonical) == reachable) ||
        format_reachable(parse_reachable(canonical)) != canonical)
        __builtin_trap();
    (void)is_reachable(reachable, today, 0);
#else
#error "set SLEUTEL_FUZZ_TARGET"
#endif
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        run(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const sleutel::Error&) {
        // Refusing bad input with a message is the right answer.
    }
    return 0;
}
