#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace pos {

// A failure with a stable machine code (for tests and logs) and a message for people.
struct Error
{
    QString code;
    QString message;
};

// Either a value or an Error; the std::expected of this codebase (libstdc++ 12 lacks it in C++20).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    static Result failure(QString code, QString message)
    {
        return Result(Error{std::move(code), std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that yields nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Status(Done{});
}

} // namespace pos
