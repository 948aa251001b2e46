#include "pipeline/batch_runner.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newsmill {

BatchRunner::BatchRunner(const Pipeline& pipeline, int threads)
    : pipeline_(pipeline), threads_(threads < 1 ? 1 : threads) {}

void BatchRunner::Run(const Producer& produce, const Consumer& consume) {
  if (threads_ == 1) {
    ArticleInput in;
    while (produce(&in)) {
      Result<Document> doc = pipeline_.Analyze(in);
      consume(in, doc);
      in = ArticleInput();
    }
    return;
  }

  // A window of in-flight slots, oldest first. Workers take the oldest
  // unclaimed slot; the calling thread refills the window and hands
  // finished slots on in order.
  struct Slot {
    ArticleInput input;
    std::optional<Result<Document>> result;
    bool claimed = false;
  };
  const size_t window = static_cast<size_t>(threads_) * 8;
  std::deque<Slot> slots;
  size_t first_unclaimed = 0;  // index into slots
  bool stop = false;
  std::mutex mu;
  std::condition_variable work_cv, done_cv;

  auto worker = [&]() {
    std::unique_lock<std::mutex> lock(mu);
    while (true) {
      work_cv.wait(lock, [&] { return stop || first_unclaimed < slots.size(); });
      if (first_unclaimed >= slots.size()) return;  // stop and nothing left
      Slot* slot = &slots[first_unclaimed++];
      slot->claimed = true;
      lock.unlock();
      Result<Document> doc = pipeline_.Analyze(slot->input);
      lock.lock();
      slot->result.emplace(std::move(doc));
      done_cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < threads_; ++i) pool.emplace_back(worker);

  bool more = true;
  while (true) {
    // Refill the window.
    while (more) {
      {
        std::lock_guard<std::mutex> lock(mu);
        if (slots.size() >= window) break;
      }
      Slot s;
      more = produce(&s.input);
      if (!more) break;
      std::lock_guard<std::mutex> lock(mu);
      slots.push_back(std::move(s));
      work_cv.notify_one();
    }
    std::unique_lock<std::mutex> lock(mu);
    if (slots.empty()) break;
    done_cv.wait(lock, [&] { return slots.front().result.has_value(); });
    // Hand on every finished slot at the front.
    while (!slots.empty() && slots.front().result.has_value()) {
      Slot s = std::move(slots.front());
      slots.pop_front();
      --first_unclaimed;
      lock.unlock();
      consume(s.input, *s.result);
      lock.lock();
    }
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    stop = true;
  }
  work_cv.notify_all();
  for (auto& t : pool) t.join();
}

}  // namespace newsmill
