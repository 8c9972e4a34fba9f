// Letters from the wrong alphabet inside a word (Latin "o" in a Russian word, Cyrillic "Ә" for
// Azerbaijani "Ə"), and Azerbaijani text typed without its own letters (ə -> e, ş -> s).
#include <array>
#include <string_view>

#include "tm/qa/checks/checks.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

class MixedScript : public QaCheck {
  public:
    const char* id() const override { return "mixed-script"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override {
        return "A word mixes Latin and Cyrillic letters (look-alikes such as Latin o/e/a in Russian, Cyrillic \u04D8 "
               "in Azerbaijani)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            scan(findings, i, Side::Source, segment.source);
            scan(findings, i, Side::Target, segment.target);
        }
    }

  private:
    void scan(std::vector<Finding>& findings, std::size_t i, Side side, const std::string& text) const {
        for (const auto& word : split_words(text)) {
            if (word_script(word.text) == WordScript::Mixed) {
                report(findings, i, side, word.begin, word.end,
                       "\u201C" + word.text + "\u201D mixes Latin and Cyrillic letters");
            }
        }
    }
};

// Frequent Azerbaijani words whose letters ə, ı, ö, ü, ğ, ç, ş are easily typed as e, i, o, u, g, c, s,
// with the form they take stripped (team-written from the most frequent words of Azerbaijani news).
// Only forms that are not themselves Azerbaijani words are listed ("yeni" is "new", so "yəni" is not),
// nor "de" for "də": it is a particle of Romance names (Cabo de Roca, Fernández de Kirchner).
struct StrippedWord {
    std::string_view stripped;
    std::string_view correct;
};
constexpr std::array<StrippedWord, 35> kStrippedWords{{
    {"ve", "və"},
    {"ucun", "üçün"},
    {"ile", "ilə"},
    {"cox", "çox"},
    {"gore", "görə"},
    {"butun", "bütün"},
    {"hem", "həm"},
    {"eden", "edən"},
    {"oldugu", "olduğu"},
    {"azerbaycan", "azərbaycan"},
    {"baki", "bakı"},
    {"seher", "şəhər"},
    {"dovlet", "dövlət"},
    {"hokumet", "hökumət"},
    {"muxtelif", "müxtəlif"},
    {"olke", "ölkə"},
    {"esas", "əsas"},
    {"elave", "əlavə"},
    {"xususi", "xüsusi"},
    {"ozu", "özü"},
    {"etmek", "etmək"},
    {"artiq", "artıq"},
    {"basqa", "başqa"},
    {"ise", "isə"},

    {"bezi", "bəzi"},
    {"uzre", "üzrə"},
    {"terefinden", "tərəfindən"},
    {"qeder", "qədər"},
    {"sonraki", "sonrakı"},
    {"respublikasi", "respublikası"},
    {"emek", "əmək"},
    {"umumi", "ümumi"},
    {"boyuk", "böyük"},
    {"yuksek", "yüksək"},
    {"tehsil", "təhsil"},
}};

bool has_azerbaijani_letter(std::string_view text) {
    for (const std::string_view letter : {"ə", "Ə", "ı", "İ", "ö", "Ö", "ü", "Ü", "ğ", "Ğ", "ç", "Ç", "ş", "Ş"}) {
        if (text.find(letter) != std::string_view::npos) return true;
    }
    return false;
}

// An Azerbaijani sentence of this many letters without any of ə ı ö ü ğ ç ş İ is stripped: in the
// FLORES-200 Azerbaijani text ə alone is about one letter in ten.
constexpr std::size_t kLettersForStrippedText = 30;

class StrippedLetters : public QaCheck {
  public:
    const char* id() const override { return "stripped-letters"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "Azerbaijani text typed without its letters \u0259 \u0131 \u00F6 \u00FC \u011F \u00E7 \u015F (\"ve\" "
               "for \"v\u0259\")";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (is_azerbaijani_latin(segment.source_lang)) scan(findings, i, Side::Source, segment.source);
            if (is_azerbaijani_latin(segment.target_lang)) scan(findings, i, Side::Target, segment.target);
        }
    }

  private:
    static bool is_azerbaijani_latin(const Language& language) {
        return language.primary() == "az" && language.script() != "Cyrl";
    }
    void scan(std::vector<Finding>& findings, std::size_t i, Side side, const std::string& text) const {
        const auto words = split_words(text);
        std::size_t letters = 0;
        for (const auto& word : words) letters += code_point_count(word.text);
        if (letters >= kLettersForStrippedText && !has_azerbaijani_letter(text)) {
            report(findings, i, side, 0, text.size(),
                   "This Azerbaijani text has none of the letters \u0259 \u0131 \u00F6 \u00FC \u011F \u00E7 \u015F: "
                   "were they typed as e i o u g c s?");
            return;
        }
        for (const auto& word : words) {
            const auto lower = lower_case(word.text, "az");
            for (const auto& entry : kStrippedWords) {
                if (lower == entry.stripped) {
                    report(findings, i, side, word.begin, word.end,
                           "\u201C" + word.text + "\u201D looks like \u201C" + std::string(entry.correct) +
                               "\u201D with its letters stripped");
                    break;
                }
            }
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> mixed_script() { return std::make_unique<MixedScript>(); }
std::unique_ptr<QaCheck> stripped_letters() { return std::make_unique<StrippedLetters>(); }

}  // namespace korpu::checks
