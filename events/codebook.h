// Codebook: the CAMEO event codes with their names, roots, quad classes,
// Goldstein values and PLOVER types (data/events/cameo_codebook.tsv).
//
//   auto book = Codebook::Load(options.data_dir);   // embedded data
//   if (!book.ok()) return book.status();           // names file and line
//   const CameoCode* c = (*book)->Find("112");       // "Accuse, not specified below"
//   Event e;
//   (*book)->Fill("112", &e);   // code, root "11", quad 3, goldstein -2, plover "ACCUSE"
//
// Thread safety: immutable after Load; shared by all threads.
#ifndef NEWSMILL_EVENTS_CODEBOOK_H_
#define NEWSMILL_EVENTS_CODEBOOK_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/string_map.h"
#include "newsmill/document.h"

namespace newsmill {

struct CameoCode {
  std::string code;       // "0211": two to four digits, leading zeros kept
  std::string root;       // "02"
  int quad = 0;           // 1 verbal cooperation .. 4 material conflict
  double goldstein = 0;   // -10 .. +10
  std::string plover;     // "AGREE", ...; "" where PLOVER drops the code
  std::string name;       // "Appeal for economic cooperation"
};

class Codebook {
 public:
  // data/events/cameo_codebook.tsv (override_dir first, see ReadDataFile).
  static Result<std::unique_ptr<Codebook>> Load(const std::string& override_dir);
  // Parses the TSV format (code, goldstein, plover or "-", name). Errors
  // name `origin` and the line.
  static Result<std::unique_ptr<Codebook>> Parse(std::string_view text,
                                                 std::string_view origin);

  // Quad class of a two-digit root (1..20): 01-04 -> 1, 05-08 -> 2,
  // 09-14 -> 3, 15-20 -> 4 (GDELT's QuadClass); 0 for anything else.
  static int QuadOfRoot(int root);

  // The entry for a code, or null.
  const CameoCode* Find(std::string_view code) const;
  // Every code in file order.
  const std::vector<CameoCode>& codes() const { return codes_; }

  // Sets e->code, root, quad, goldstein and plover from the codebook. A code
  // the codebook does not know (user dictionaries may use their own) keeps
  // its first two characters as root, the root's quad class and entry, if
  // any, and is otherwise left at zero / "".
  void Fill(std::string_view code, Event* e) const;

 private:
  Codebook() = default;
  std::vector<CameoCode> codes_;
  StringMap<size_t> index_;
};

}  // namespace newsmill

#endif  // NEWSMILL_EVENTS_CODEBOOK_H_
