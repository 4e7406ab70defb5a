// A value or the reason there is none, for outcomes a caller is expected to handle (a handle not
// in this database, a row refused), as ccache's util/expected.hpp does before std::expected
// (C++23). What ends the command stays an exception (util/error.hpp).
#pragma once
#include <utility>
#include <variant>

namespace sleutel {

template <class E> struct Unexpected { E error; };
template <class E> Unexpected<E> unexpected(E error) {
    return {std::move(error)};
}

template <class T, class E> class Expected {
  public:
    Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Expected(Unexpected<E> failure) : state_(std::in_place_index<1>, std::move(failure.error)) {}

    bool has_value() const { return state_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    // Only when has_value(); `value_or_throw` is for callers to whom the failure is fatal.
    T& operator*() { return std::get<0>(state_); }
    const T& operator*() const { return std::get<0>(state_); }
    T* operator->() { return &std::get<0>(state_); }
    const T* operator->() const { return &std::get<0>(state_); }
    // Only when !has_value().
    const E& error() const { return std::get<1>(state_); }

    // The value, or the failure turned into the exception `to_exception(error)` returns.
    template <class F> T value_or_throw(F to_exception) && {
        if (!has_value())
            throw to_exception(error());
        return std::move(std::get<0>(state_));
    }

  private:
    std::variant<T, E> state_;
};

} // namespace sleutel
