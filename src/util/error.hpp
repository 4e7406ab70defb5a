// The errors sleutel reports to its user, each carrying the sysexits code it ends with.
#pragma once
#include <stdexcept>
#include <string>

namespace sleutel {

enum class ExitCode : int {
    ok = 0,
    problems_found = 1, // a check ran and found something (db check, report --check)
    usage = 64,
    data = 65,
    no_input = 66,
    internal = 70,
    cant_create = 73,
    io = 74,
    temp_fail = 75,
    permission = 77,
    config = 78,
};

// A failure the user can act on. `what()` is the one-line message, `hint()` an optional
// second line (a suggestion, or the valid choices). Neither may hold a client's personal data.
class Error : public std::runtime_error {
  public:
    Error(ExitCode code, const std::string& message, std::string hint = {})
        : std::runtime_error(message), code_(code), hint_(std::move(hint)) {}
    ExitCode code() const noexcept { return code_; }
    const std::string& hint() const noexcept { return hint_; }

  private:
    ExitCode code_;
    std::string hint_;
};

#define SLEUTEL_ERROR_KIND(Name, Code)                                                             \
    class Name : public Error {                                                                    \
      public:                                                                                      \
        explicit Name(const std::string& message, std::string hint = {})                           \
            : Error(ExitCode::Code, message, std::move(hint)) {}                                   \
    };

SLEUTEL_ERROR_KIND(UsageError, usage)            // wrong command line
SLEUTEL_ERROR_KIND(DataError, data)              // a value is invalid or refers to nothing
SLEUTEL_ERROR_KIND(NoInputError, no_input)       // a database or input file is missing
SLEUTEL_ERROR_KIND(InternalError, internal)      // a bug in sleutel
SLEUTEL_ERROR_KIND(CantCreateError, cant_create) // an output file or database cannot be made
SLEUTEL_ERROR_KIND(StorageError, io)             // I/O error, corrupt or foreign database
SLEUTEL_ERROR_KIND(BusyError, temp_fail)         // the database stayed locked past the wait
SLEUTEL_ERROR_KIND(PermissionError, permission)  // the OS refused access
SLEUTEL_ERROR_KIND(ConfigError, config)          // TOML syntax or schema error

#undef SLEUTEL_ERROR_KIND

// The database to open does not exist; the cli says how to make one or name another.
class MissingDatabase : public NoInputError {
  public:
    using NoInputError::NoInputError;
};

} // namespace sleutel
