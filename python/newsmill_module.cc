// newsmill._newsmill: the engine's Pipeline for the pure-Python package
// newsmill (python/newsmill/__init__.py, docs/python.md).
//
//   engine = _newsmill.Engine(stages, published, reference_date, lexicon_dirs,
//                             data_dir, wordnet_dir, any_language)
//   engine.analyze(article, tokens)            -> the record as JSON text
//   engine.analyze_batch([article, ...], threads, tokens)
//       -> [(True, record JSON) | (False, error message), ...] in input order
//
// An article is the tuple (origin, id, url, published, title, outlet,
// authors, text, html): strings or None, authors a list of strings, text
// and html str or bytes (bytes go in as they are; the pipeline repairs
// invalid UTF-8 and lists a warning, as for a file). Records cross the
// boundary as the JSON line `newsmill extract` writes (io/record_writer.h):
// one writer, one format, and json.loads on the Python side is a few
// percent of the analysis (docs/python.md).
//
// The GIL is released while articles are analysed and their records
// written, so other Python threads run meanwhile; analyze_batch runs the
// articles on `threads` threads (pipeline/batch_runner.h).
//
// Thread safety: an Engine is immutable after construction; analyze and
// analyze_batch may be called from several Python threads at once.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/input_reader.h"
#include "io/record_writer.h"
#include "newsmill/pipeline.h"
#include "pipeline/batch_runner.h"

namespace py = pybind11;

namespace newsmill {
namespace {

// Fields of the article tuple.
enum Field {
  kOrigin,
  kId,
  kUrl,
  kPublished,
  kTitle,
  kOutlet,
  kAuthors,
  kText,
  kHtml,
  kFieldCount,
};
constexpr const char* kFieldNames[kFieldCount] = {"origin", "id",      "url",  "published", "title",
                                                  "outlet", "authors", "text", "html"};

// Copies a str (as UTF-8) or bytes (as they are) into *out; None leaves it
// empty. False with *error set for other types and for a str that cannot
// be encoded (lone surrogates).
bool CopyString(py::handle h, const char* field, std::string* out, std::string* error) {
  if (h.is_none()) return true;
  if (PyBytes_Check(h.ptr())) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(h.ptr(), &data, &size);
    out->assign(data, static_cast<size_t>(size));
    return true;
  }
  if (PyUnicode_Check(h.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(h.ptr(), &size);
    if (data == nullptr) {
      PyErr_Clear();
      *error = std::string(field) + ": not encodable as UTF-8 (lone surrogates)";
      return false;
    }
    out->assign(data, static_cast<size_t>(size));
    return true;
  }
  *error = std::string(field) + ": expected str or bytes, got " +
           std::string(py::str(py::type::handle_of(h).attr("__name__")));
  return false;
}

// Fills *in from an article tuple and checks it as the JSONL reader does.
// Returns "" or the message naming the article.
std::string ToArticleInput(py::handle article, ArticleInput* in) {
  std::string error;
  if (!py::isinstance<py::tuple>(article) || py::len(article) != kFieldCount) {
    return "internal: an article is a tuple of " + std::to_string(kFieldCount) + " fields";
  }
  py::tuple t = py::reinterpret_borrow<py::tuple>(article);
  std::string* strings[kFieldCount] = {&in->origin, &in->id, &in->url,  &in->published, &in->title,
                                       &in->outlet, nullptr, &in->text, &in->html};
  for (int f = 0; f < kFieldCount; ++f) {
    if (f == kAuthors) continue;
    if (!CopyString(t[f], kFieldNames[f], strings[f], &error)) {
      return (in->origin.empty() ? "" : in->origin + ": ") + error;
    }
  }
  py::handle authors = t[kAuthors];
  if (!authors.is_none()) {
    for (py::handle a : authors) {
      std::string s;
      if (!CopyString(a, "authors", &s, &error)) return in->origin + ": " + error;
      if (!s.empty()) in->authors.push_back(std::move(s));
    }
  }
  Status st = CompleteArticleInput(in);
  return st.ok() ? "" : st.message();
}

class Engine {
 public:
  Engine(std::vector<std::string> stages, std::string published, std::string reference_date,
         std::vector<std::string> lexicon_dirs, std::string data_dir,
         std::optional<std::string> wordnet_dir, bool any_language) {
    PipelineOptions o;
    o.stages = std::move(stages);
    o.published = std::move(published);
    o.reference_date = std::move(reference_date);
    o.lexicon_dirs = std::move(lexicon_dirs);
    o.data_dir = std::move(data_dir);
    if (wordnet_dir) o.wordnet_dir = std::move(*wordnet_dir);
    o.analyse_any_language = any_language;
    Result<std::unique_ptr<Pipeline>> p = [&] {
      py::gil_scoped_release release;
      return Pipeline::Create(o);
    }();
    if (!p.ok()) throw py::value_error(p.status().message());
    pipeline_ = std::move(p.value());
  }

  // Raises ValueError for a bad article.
  py::str Analyze(py::handle article, bool tokens) const {
    ArticleInput in;
    std::string error = ToArticleInput(article, &in);
    if (!error.empty()) throw py::value_error(error);
    std::string record;
    {
      py::gil_scoped_release release;
      Result<Document> doc = pipeline_->Analyze(in);
      if (doc.ok()) {
        AppendRecord(*doc, Options(tokens), &record);
        record.pop_back();  // the newline
      } else {
        error = doc.status().message();
      }
    }
    if (!error.empty()) throw py::value_error(error);
    return py::str(record);
  }

  py::list AnalyzeBatch(py::sequence articles, int threads, bool tokens) const {
    const size_t n = py::len(articles);
    std::vector<ArticleInput> inputs(n);
    // (ok, record or message) per article; inputs that fail conversion are
    // answered before the batch runs.
    std::vector<std::pair<bool, std::string>> out(n);
    std::vector<size_t> todo;
    todo.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      std::string error = ToArticleInput(articles[i], &inputs[i]);
      if (error.empty()) {
        todo.push_back(i);
      } else {
        out[i] = {false, std::move(error)};
      }
    }
    {
      py::gil_scoped_release release;
      RecordOptions options = Options(tokens);
      BatchRunner runner(*pipeline_, threads < 1 ? 1 : threads);
      size_t next = 0, done = 0;
      runner.Run(
          [&](ArticleInput* in) {
            if (next >= todo.size()) return false;
            *in = std::move(inputs[todo[next++]]);
            return true;
          },
          [&](const ArticleInput&, Result<Document>& doc) {
            std::pair<bool, std::string>& slot = out[todo[done++]];
            if (doc.ok()) {
              slot.first = true;
              AppendRecord(*doc, options, &slot.second);
              slot.second.pop_back();
            } else {
              slot = {false, doc.status().message()};
            }
          });
    }
    py::list result(n);
    for (size_t i = 0; i < n; ++i) {
      result[i] = py::make_tuple(out[i].first, py::str(out[i].second));
    }
    return result;
  }

  const std::string& lexicon_id() const { return pipeline_->lexicon_id(); }
  std::vector<std::string> stage_names() const { return pipeline_->stage_names(); }

 private:
  RecordOptions Options(bool tokens) const {
    RecordOptions o;
    o.lexicon_id = pipeline_->lexicon_id();
    o.tokens = tokens;
    return o;
  }

  std::unique_ptr<Pipeline> pipeline_;
};

}  // namespace
}  // namespace newsmill

PYBIND11_MODULE(_newsmill, m) {
  using newsmill::Engine;
  m.doc() = "newsmill engine (use the newsmill package, not this module)";
  m.attr("__version__") = std::string(newsmill::Version());
  m.def("all_stage_names", &newsmill::Pipeline::AllStageNames);
  py::class_<Engine>(m, "Engine")
      .def(py::init<std::vector<std::string>, std::string, std::string, std::vector<std::string>,
                    std::string, std::optional<std::string>, bool>(),
           py::arg("stages"), py::arg("published"), py::arg("reference_date"),
           py::arg("lexicon_dirs"), py::arg("data_dir"), py::arg("wordnet_dir"),
           py::arg("any_language"))
      .def("analyze", &Engine::Analyze, py::arg("article"), py::arg("tokens"))
      .def("analyze_batch", &Engine::AnalyzeBatch, py::arg("articles"), py::arg("threads"),
           py::arg("tokens"))
      .def_property_readonly("lexicon_id", &Engine::lexicon_id)
      .def_property_readonly("stage_names", &Engine::stage_names);
}
