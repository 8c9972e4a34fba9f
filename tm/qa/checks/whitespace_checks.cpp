// Double spaces and stray whitespace; a word written twice in a row.
#include <cctype>

#include "tm/qa/checks/checks.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

class Whitespace : public QaCheck {
  public:
    const char* id() const override { return "whitespace"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "Double spaces, a space before punctuation, or leading/trailing whitespace the original lacks";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            const auto& text = segment.target;
            if (text.empty()) continue;
            if (is_space(text.front()) && !is_space(segment.source.empty() ? 'x' : segment.source.front())) {
                report(findings, i, Side::Target, 0, text.find_first_not_of(" \t"),
                       "The translation starts with a space");
            }
            if (is_space(text.back()) && !is_space(segment.source.empty() ? 'x' : segment.source.back())) {
                const auto last = text.find_last_not_of(" \t");
                report(findings, i, Side::Target, last == std::string::npos ? 0 : last + 1, text.size(),
                       "The translation ends with a space");
            }
            const bool source_has_double = segment.source.find("  ") != std::string::npos;
            for (std::size_t at = 1; at + 1 < text.size(); ++at) {
                if (text[at] == ' ' && text[at + 1] == ' ' && !source_has_double && at > 0 && !is_space(text[at - 1])) {
                    auto end = at;
                    while (end < text.size() && text[end] == ' ') ++end;
                    if (end < text.size()) report(findings, i, Side::Target, at, end, "Double space");
                }
                if (text[at] == '\t' && segment.source.find('\t') == std::string::npos) {
                    report(findings, i, Side::Target, at, at + 1, "A tab inside the text");
                }
                if (text[at] == ' ' && !is_space(text[at - 1]) &&
                    (text[at + 1] == ',' || text[at + 1] == '.' || text[at + 1] == '!' || text[at + 1] == '?' ||
                     text[at + 1] == ';') &&
                    (at + 2 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[at + 2]))) &&
                    !(text[at + 1] == '.' && at + 2 < text.size() && text[at + 2] == '.')) {
                    report(findings, i, Side::Target, at, at + 2,
                           std::string("A space before \u201C") + text[at + 1] + "\u201D");
                }
            }
        }
    }
};

class RepeatedWord : public QaCheck {
  public:
    const char* id() const override { return "repeated-word"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override { return "The same word twice in a row (\"the the\")"; }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            const auto language = segment.target_lang.primary();
            const auto words = split_words(segment.target);
            for (std::size_t w = 1; w < words.size(); ++w) {
                const auto gap = segment.target.substr(words[w - 1].end, words[w].begin - words[w - 1].end);
                if (gap.find_first_not_of(' ') != std::string::npos || gap.empty()) continue;
                const auto word = lower_case(words[w].text, language);
                if (word != lower_case(words[w - 1].text, language)) continue;
                if (repeated_in(segment.source, segment.source_lang.primary())) continue;
                report(findings, i, Side::Target, words[w - 1].begin, words[w].end,
                       "\u201C" + words[w].text + "\u201D is written twice");
            }
        }
    }

  private:
    // An original that repeats a word itself ("very, very") makes a repetition in the translation expected.
    static bool repeated_in(const std::string& text, const std::string& language) {
        const auto words = split_words(text);
        for (std::size_t w = 1; w < words.size(); ++w) {
            if (lower_case(words[w].text, language) == lower_case(words[w - 1].text, language)) return true;
        }
        return false;
    }
};

}  // namespace

std::unique_ptr<QaCheck> whitespace() { return std::make_unique<Whitespace>(); }
std::unique_ptr<QaCheck> repeated_word() { return std::make_unique<RepeatedWord>(); }

}  // namespace korpu::checks
