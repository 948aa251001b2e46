// SHA-256 (FIPS 180-4), for the content hashes that make storing idempotent.
//
//   Sha256 h;
//   h.Update("abc");
//   std::string hex = h.HexDigest();  // "ba7816bf..."
//
// Thread safety: one object per thread; Sha256Hex is pure.
#ifndef NEWSMILL_STORE_SHA256_H_
#define NEWSMILL_STORE_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsmill {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  // Finishes the hash; the object must not be updated afterwards.
  std::array<uint8_t, 32> Digest();
  std::string HexDigest();

 private:
  void Block(const uint8_t* p);

  uint32_t h_[8];
  uint8_t buf_[64];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;
};

std::string Sha256Hex(std::string_view data);

}  // namespace newsmill

#endif  // NEWSMILL_STORE_SHA256_H_
