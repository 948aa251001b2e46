#include "store/sqlite_db.h"

namespace newsmill {

Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  int primary = rc & 0xff;
  StatusCode code = StatusCode::kIoError;
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    code = StatusCode::kCorruption;
  else if (primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH ||
           primary == SQLITE_RANGE || primary == SQLITE_TOOBIG)
    code = StatusCode::kInvalidArgument;
  else if (primary == SQLITE_ERROR || primary == SQLITE_MISUSE)
    code = StatusCode::kInternal;
  return Status(code, std::move(msg));
}

Stmt::StepResult Stmt::Step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return kRow;
  if (rc == SQLITE_DONE) return kDone;
  return kError;
}

Status Stmt::error() const {
  int rc = sqlite3_errcode(db_);
  const char* sql = sqlite3_sql(st_);
  std::string what = "sqlite";
  if (sql) {
    std::string_view s(sql);
    what += " (" + std::string(s.substr(0, 60)) + (s.size() > 60 ? "..." : "") +
            ")";
  }
  return SqliteError(db_, rc, what);
}

Status Stmt::Run() {
  StepResult r = Step();
  if (r == kError) {
    Status st = error();
    sqlite3_reset(st_);
    return st;
  }
  sqlite3_reset(st_);
  return Status::Ok();
}

std::string Stmt::Text(int col) const { return std::string(TextView(col)); }

std::string_view Stmt::TextView(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p),
                          sqlite3_column_bytes(st_, col));
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path,
                                                 int flags,
                                                 const std::string& vfs) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX,
                           vfs.empty() ? nullptr : vfs.c_str());
  if (rc != SQLITE_OK) {
    Status st = SqliteError(db, rc, path);
    sqlite3_close_v2(db);
    return st;
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db, path));
}

SqliteDb::~SqliteDb() {
  cache_.clear();  // finalize statements before closing
  sqlite3_close_v2(db_);
}

Status SqliteDb::Exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    Status st = SqliteError(db_, rc, path_);
    sqlite3_free(err);
    return st;
  }
  return Status::Ok();
}

Stmt* SqliteDb::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &st, nullptr);
  if (rc != SQLITE_OK) {
    last_error_ = SqliteError(db_, rc, "sqlite prepare (" + sql.substr(0, 80) + ")");
    sqlite3_finalize(st);
    return nullptr;
  }
  auto stmt = std::make_unique<Stmt>(db_, st);
  Stmt* raw = stmt.get();
  cache_.emplace(sql, std::move(stmt));
  return raw;
}

}  // namespace newsmill
