#include "text/language.h"

#include <gtest/gtest.h>

#include "pipeline/testing.h"

namespace newsmill {
namespace {

TEST(Language, TellsEnglishFromOtherLanguages) {
  struct Case { const char* text; const char* lang; } cases[] = {
      {"The president said on Tuesday that the talks with the allies would "
       "continue next week in Geneva.", "en"},
      {"Der Präsident sagte am Dienstag, dass die Gespräche mit den "
       "Verbündeten in der nächsten Woche in Genf fortgesetzt werden.", "de"},
      {"Le président a déclaré mardi que les discussions avec les alliés se "
       "poursuivront la semaine prochaine à Genève.", "fr"},
      {"El presidente dijo el martes que las conversaciones con los aliados "
       "continuarán la próxima semana en Ginebra.", "es"},
      {"Президент заявил во вторник, что переговоры с союзниками продолжатся "
       "на следующей неделе в Женеве.", "ru"},
      {"习近平周二表示，与盟友的会谈将于下周在日内瓦继续进行。", "zh"},
      {"Short English text.", "en"},
  };
  for (const auto& c : cases) {
    Document d = testing::Analyze(c.text);
    EXPECT_EQ(d.language, c.lang) << c.text;
  }
}

TEST(Language, OtherLanguagesAreReportedAndNotAnalysed) {
  Document d = testing::Analyze(
      "Der Präsident sagte am Dienstag, dass die Gespräche mit den "
      "Verbündeten in der nächsten Woche in Genf fortgesetzt werden.");
  EXPECT_FALSE(d.analysed);
  ASSERT_FALSE(d.warnings.empty());
  EXPECT_NE(d.warnings.back().find("not English"), std::string::npos);
}

}  // namespace
}  // namespace newsmill
