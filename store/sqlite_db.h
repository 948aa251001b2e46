// Thin RAII wrappers over the SQLite C API, private to store/ and server/.
//
//   auto db = SqliteDb::Open("news.db", SQLITE_OPEN_READWRITE, "");
//   Stmt* st = (*db)->Prepare("SELECT title FROM articles WHERE id = ?");
//   st->Bind(1, int64_t{42});
//   while (st->Step() == Stmt::kRow) use(st->Text(0));
//
// Prepared statements are cached per connection by their SQL text and reset
// (bindings cleared) by every Prepare, so a hot query is compiled once.
// Errors become Status values carrying SQLite's message and the SQL.
//
// Thread safety: a SqliteDb (and its statements) belongs to one thread at a
// time; the store hands connections out from a pool.
#ifndef NEWSMILL_STORE_SQLITE_DB_H_
#define NEWSMILL_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace newsmill {

class Stmt {
 public:
  enum StepResult { kRow, kDone, kError };

  Stmt(sqlite3* db, sqlite3_stmt* st) : db_(db), st_(st) {}
  ~Stmt() { sqlite3_finalize(st_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binding (1-based). Empty optional / BindNull bind SQL NULL.
  void Bind(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); }
  void Bind(int i, int v) { sqlite3_bind_int64(st_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(st_, i, v); }
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_TRANSIENT);
  }
  void Bind(int i, const char* v) { Bind(i, std::string_view(v)); }
  void Bind(int i, const std::string& v) { Bind(i, std::string_view(v)); }
  void BindNull(int i) { sqlite3_bind_null(st_, i); }
  // NULL when v is empty.
  void BindTextOrNull(int i, std::string_view v) {
    if (v.empty()) BindNull(i); else Bind(i, v);
  }
  void BindIntOrNull(int i, std::optional<int64_t> v) {
    if (v) Bind(i, *v); else BindNull(i);
  }

  StepResult Step();
  // Steps a statement that returns no rows. Error names the SQL.
  Status Run();
  Status error() const;  // the last error, as a Status

  bool IsNull(int col) const {
    return sqlite3_column_type(st_, col) == SQLITE_NULL;
  }
  int64_t Int(int col) const { return sqlite3_column_int64(st_, col); }
  double Double(int col) const { return sqlite3_column_double(st_, col); }
  std::string Text(int col) const;
  std::string_view TextView(int col) const;

  void Reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  sqlite3_stmt* raw() { return st_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_;
};

class SqliteDb {
 public:
  // Opens (flags as sqlite3_open_v2; vfs "" = default) with extended result
  // codes on. IoError names the path.
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path,
                                                int flags,
                                                const std::string& vfs);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements without results.
  Status Exec(std::string_view sql);
  // A cached statement, reset and ready to bind; nullptr on a compile error
  // (see last_error()).
  Stmt* Prepare(const std::string& sql);
  Status last_error() const { return last_error_; }

  int64_t LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  bool InTransaction() const { return !sqlite3_get_autocommit(db_); }
  sqlite3* raw() { return db_; }
  const std::string& path() const { return path_; }

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
  std::map<std::string, std::unique_ptr<Stmt>, std::less<>> cache_;
  Status last_error_;
};

// A Status for SQLite result code rc on db, prefixed by what was being done.
Status SqliteError(sqlite3* db, int rc, std::string_view what);

}  // namespace newsmill

#endif  // NEWSMILL_STORE_SQLITE_DB_H_
