// Status and Result<T>: how fallible operations in newsmill report errors.
//
// The library never prints, exits or throws across its API: a function that
// can fail returns a Status (no value) or a Result<T> (a value or an error).
// The message names the input and, where it helps, the position:
//
//   Result<Lexicon> lex = Lexicon::Load(dir);
//   if (!lex.ok()) return lex.status();   // "data/actors.tsv:12: bad code"
//
// Thread safety: plain values; copy freely.
#ifndef NEWSMILL_BASE_STATUS_H_
#define NEWSMILL_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace newsmill {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input from the user or a file
  kNotFound,         // a file, record or resource that does not exist
  kIoError,          // reading or writing failed
  kCorruption,       // data that cannot be decoded (truncated gzip, bad JSON)
  kUnsupported,      // valid input that newsmill does not handle
  kInternal,         // a bug
};

std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return Status(StatusCode::kInvalidArgument, std::move(m));
  }
  static Status NotFound(std::string m) {
    return Status(StatusCode::kNotFound, std::move(m));
  }
  static Status IoError(std::string m) {
    return Status(StatusCode::kIoError, std::move(m));
  }
  static Status Corruption(std::string m) {
    return Status(StatusCode::kCorruption, std::move(m));
  }
  static Status Unsupported(std::string m) {
    return Status(StatusCode::kUnsupported, std::move(m));
  }
  static Status Internal(std::string m) {
    return Status(StatusCode::kInternal, std::move(m));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>", or "OK".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or an error Status. REQUIRES: value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok());
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status() : std::get<Status>(v_); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

#define NEWSMILL_RETURN_IF_ERROR(expr)        \
  do {                                         \
    ::newsmill::Status _st = (expr);           \
    if (!_st.ok()) return _st;                 \
  } while (0)

}  // namespace newsmill

#endif  // NEWSMILL_BASE_STATUS_H_
