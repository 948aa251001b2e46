// Names of the Document enums, as written in the output record.
#include "newsmill/document.h"

#include <array>

namespace newsmill {
namespace {

constexpr std::array<std::string_view, 18> kUposNames = {
    "",     "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",  "INTJ", "NOUN",
    "NUM",  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",  "VERB", "X"};

constexpr std::array<std::string_view, static_cast<size_t>(Dep::kCount)>
    kDepNames = {
        "",           "acl",         "acl:relcl",     "advcl",
        "advcl:relcl", "advmod",     "amod",          "appos",
        "aux",        "aux:pass",    "case",          "cc",
        "cc:preconj", "ccomp",       "clf",           "compound",
        "compound:prt", "conj",      "cop",           "csubj",
        "csubj:pass", "dep",         "det",           "det:predet",
        "discourse",  "dislocated",  "expl",          "fixed",
        "flat",       "goeswith",    "iobj",          "list",
        "mark",       "nmod",        "nmod:poss",     "nmod:tmod",
        "nmod:npmod", "nmod:unmarked", "nsubj",       "nsubj:pass",
        "nsubj:outer", "nummod",     "obj",           "obl",
        "obl:agent",  "obl:tmod",    "obl:npmod",     "obl:unmarked",
        "orphan",     "parataxis",   "punct",         "reparandum",
        "root",       "vocative",    "xcomp",         "nmod:desc"};

}  // namespace

std::string_view UposName(Upos pos) {
  return kUposNames[static_cast<size_t>(pos)];
}

std::optional<Upos> ParseUpos(std::string_view name) {
  for (size_t i = 1; i < kUposNames.size(); ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return std::nullopt;
}

std::string_view DepName(Dep dep) {
  return kDepNames[static_cast<size_t>(dep)];
}

Dep ParseDep(std::string_view name) {
  for (size_t i = 1; i < kDepNames.size(); ++i)
    if (kDepNames[i] == name) return static_cast<Dep>(i);
  size_t colon = name.find(':');
  if (colon != std::string_view::npos) return ParseDep(name.substr(0, colon));
  return Dep::kDep;
}

std::string_view TenseName(Tense t) {
  switch (t) {
    case Tense::kNone: return "none";
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
  }
  return "";
}

std::string_view AspectName(Aspect a) {
  switch (a) {
    case Aspect::kSimple: return "simple";
    case Aspect::kProgressive: return "progressive";
    case Aspect::kPerfect: return "perfect";
    case Aspect::kPerfectProgressive: return "perfect-progressive";
  }
  return "";
}

std::string_view MoodName(Mood m) {
  switch (m) {
    case Mood::kIndicative: return "indicative";
    case Mood::kImperative: return "imperative";
    case Mood::kInterrogative: return "interrogative";
    case Mood::kConditional: return "conditional";
  }
  return "";
}

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kNone: return "none";
    case Modality::kPossibility: return "possibility";
    case Modality::kConditional: return "conditional";
    case Modality::kObligation: return "obligation";
    case Modality::kAbility: return "ability";
    case Modality::kIntent: return "intent";
  }
  return "";
}

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kCountry: return "COUNTRY";
    case EntityType::kPlace: return "PLACE";
    case EntityType::kGroup: return "GROUP";
  }
  return "";
}

std::string_view MentionFormName(MentionForm f) {
  switch (f) {
    case MentionForm::kName: return "name";
    case MentionForm::kNominal: return "nominal";
    case MentionForm::kPronoun: return "pronoun";
    case MentionForm::kAdjective: return "adjective";
  }
  return "";
}

std::string_view QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kIndirect: return "indirect";
    case QuoteKind::kMixed: return "mixed";
  }
  return "";
}

std::string_view TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "";
}

std::string_view EventModeName(EventMode m) {
  switch (m) {
    case EventMode::kAsserted: return "asserted";
    case EventMode::kNegated: return "negated";
    case EventMode::kHypothetical: return "hypothetical";
    case EventMode::kClaimed: return "claimed";
  }
  return "";
}

std::string_view PublishedFromName(PublishedFrom p) {
  switch (p) {
    case PublishedFrom::kNone: return "none";
    case PublishedFrom::kInput: return "input";
    case PublishedFrom::kMetadata: return "metadata";
    case PublishedFrom::kText: return "text";
    case PublishedFrom::kInferred: return "inferred";
  }
  return "";
}

}  // namespace newsmill
