// Brackets and quotation marks that do not pair up, and sentence-final punctuation that differs.
#include <algorithm>
#include <array>
#include <string_view>

#include "tm/qa/checks/checks.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

constexpr std::array<std::pair<char, char>, 3> kBrackets{{{'(', ')'}, {'[', ']'}, {'{', '}'}}};

std::size_t count_of(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

class UnbalancedBrackets : public QaCheck {
  public:
    const char* id() const override { return "unbalanced-brackets"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "Brackets in the target do not pair up (while the original's do)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (segment.target.empty()) continue;
            // An original whose own brackets do not pair up (a parenthesis spanning two sentences) makes
            // the same in the translation expected.
            if (has_unpaired(segment.source)) continue;
            unpaired(findings, i, segment.target);
        }
    }

  private:
    static bool has_unpaired(const std::string& text) {
        for (const auto& [open, close] : kBrackets) {
            if (count_of(text, std::string(1, open)) != count_of(text, std::string(1, close))) return true;
        }
        return false;
    }

    // Reports the first bracket without a partner, if any.
    void unpaired(std::vector<Finding>& findings, std::size_t i, const std::string& text) const {
        std::vector<std::size_t> open_at;
        for (std::size_t at = 0; at < text.size(); ++at) {
            for (const auto& [open, close] : kBrackets) {
                if (text[at] == open) open_at.push_back(at);
                if (text[at] != close) continue;
                if (open_at.empty() || text[open_at.back()] != open) {
                    report(findings, i, Side::Target, at, at + 1,
                           std::string("\u201C") + close + "\u201D closes nothing");
                    return;
                }
                open_at.pop_back();
            }
        }
        if (open_at.empty()) return;
        const auto at = open_at.back();
        report(findings, i, Side::Target, at, at + 1, std::string("\u201C") + text[at] + "\u201D is never closed");
    }
};

struct QuoteCounts {
    std::size_t straight = 0;  // "
    std::size_t curly = 0;     // “ ” „
    std::size_t guillemet_open = 0;
    std::size_t guillemet_close = 0;
    std::size_t total() const { return straight + curly + guillemet_open + guillemet_close; }
};

QuoteCounts count_quotes(std::string_view text) {
    QuoteCounts q;
    q.straight = count_of(text, "\"");
    q.curly = count_of(text, "\u201C") + count_of(text, "\u201D") + count_of(text, "\u201E");
    q.guillemet_open = count_of(text, "\u00AB");
    q.guillemet_close = count_of(text, "\u00BB");
    return q;
}

// True when segment `i` exists, is in the same document and has an odd number of quotation marks.
bool odd_quotes_in(const QaContext& context, std::size_t i, const QaSegment& neighbour_of) {
    return i < context.segments.size() && context.segments[i].document == neighbour_of.document &&
           context.segments[i].alignment_id == neighbour_of.alignment_id &&
           count_quotes(context.segments[i].target).total() % 2 != 0;
}

constexpr std::array<std::string_view, 6> kQuoteMarks{"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"};

// True when a quotation mark stands at the start of the text or right after a colon.
bool opens_quotation(std::string_view text) {
    for (const auto mark : kQuoteMarks) {
        for (auto at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) {
            const auto before = text.substr(0, at).find_last_not_of(" \t");
            if (before == std::string_view::npos || text[before] == ':') return true;
        }
    }
    return false;
}

// True when a quotation mark ends the text (after its last letter or punctuation).
bool closes_quotation(std::string_view text) {
    const auto end = text.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos) return false;
    const auto trimmed = text.substr(0, end + 1);
    for (const auto mark : kQuoteMarks) {
        if (trimmed.size() >= mark.size() && trimmed.substr(trimmed.size() - mark.size()) == mark) return true;
    }
    return false;
}

class UnbalancedQuotes : public QaCheck {
  public:
    const char* id() const override { return "unbalanced-quotes"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "Quotation marks in the target do not pair up (while the original's do)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (segment.target.empty()) continue;
            const auto source = count_quotes(segment.source);
            const auto target = count_quotes(segment.target);
            // A quotation running over several sentences opens at the start of one segment (or after a
            // colon) and closes at the end of a later one: such a mark is excused when the neighbour on
            // that side has an odd number of marks too. A mark inside the sentence is not.
            if (target.total() % 2 != 0) {
                if ((opens_quotation(segment.target) && odd_quotes_in(context, i + 1, segment)) ||
                    (closes_quotation(segment.target) && odd_quotes_in(context, i - 1, segment))) {
                    continue;
                }
            }
            const bool source_balanced = source.total() % 2 == 0 && source.guillemet_open == source.guillemet_close;
            std::string problem;
            if (target.straight % 2 != 0) {
                problem = "an odd number of \" marks";
            } else if (target.curly % 2 != 0) {
                problem = "an odd number of \u201C \u201D \u201E marks";
            } else if (target.guillemet_open != target.guillemet_close) {
                problem = "\u00AB and \u00BB that do not pair up";
            }
            // A quotation that spans several sentences leaves the original unbalanced too.
            if (problem.empty() || !source_balanced) continue;
            report(findings, i, Side::Target, 0, segment.target.size(), "The translation has " + problem);
        }
    }
};

// The sentence-final mark, ignoring closing quotes and brackets and trailing spaces.
std::string final_mark(std::string_view text) {
    static constexpr std::array<std::string_view, 9> kClosers{"\"",     "'",      ")",      "]", "\u00BB",
                                                              "\u201D", "\u201C", "\u2019", "*"};
    while (!text.empty()) {
        const char c = text.back();
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            text.remove_suffix(1);
            continue;
        }
        bool stripped = false;
        for (const auto closer : kClosers) {
            if (text.size() >= closer.size() && text.substr(text.size() - closer.size()) == closer) {
                text.remove_suffix(closer.size());
                stripped = true;
                break;
            }
        }
        if (!stripped) break;
    }
    if (text.empty()) return {};
    if (text.size() >= 3 && text.substr(text.size() - 3) == "...") return "\u2026";
    if (text.size() >= 3 && text.substr(text.size() - 3) == "\u2026") return "\u2026";
    const char c = text.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',') return std::string(1, c);
    return {};
}

bool ends_in_closer(std::string_view text) {
    const auto end = text.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos) return false;
    const auto trimmed = text.substr(0, end + 1);
    for (const std::string_view closer : {"\"", "'", "\u00BB", "\u201D", "\u201C", "\u2019"}) {
        if (trimmed.size() >= closer.size() && trimmed.substr(trimmed.size() - closer.size()) == closer) return true;
    }
    return false;
}

// The last sentence of a text: what follows the last . ! ? or … that is followed by a space.
std::string_view last_sentence(std::string_view text) {
    const auto end = text.find_last_not_of(" \t\r\n");
    if (end == std::string_view::npos) return {};
    text = text.substr(0, end);  // without the final mark itself
    std::size_t start = 0;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ') start = i + 2;
    }
    return text.substr(start);
}

// Question words that open a direct question and little else (team-written from the grammars; "как",
// "что", "necə" are left out, since they open statements as often: "Как сообщается", "Necə ki").
constexpr std::array<std::string_view, 10> kRussianQuestionWords{"почему", "зачем", "неужели", "разве", "сколько",
                                                                 "откуда", "куда",  "где",     "кто",   "чей"};
constexpr std::array<std::string_view, 9> kAzerbaijaniQuestionWords{"niyə",  "nə",   "kim",   "harada", "haradan",
                                                                    "hansı", "neçə", "məgər", "hara"};
// The Azerbaijani question particle, written as a word or after the predicate's copula or plural
// ("gəlir mi", "bacarıqsızdırmı", "şeylərmi").
constexpr std::array<std::string_view, 12> kAzerbaijaniParticles{"dırmı", "dirmi", "durmu", "dürmü", "tırmı", "tirmi",
                                                                 "turmu", "türmü", "larmı", "lərmi", "mı",    "mi"};

bool ends_with_text(std::string_view word, std::string_view tail) {
    return word.size() >= tail.size() && word.substr(word.size() - tail.size()) == tail;
}

// True when the original's last sentence is a direct question by its words although it ends in a full
// stop (a yes/no question with the particle -mI, a question word opening it, Russian "ли" after the
// first word), so that a translation ending in "?" only restores the mark.
bool asks_a_question(std::string_view text, const std::string& language) {
    const auto words = split_words(last_sentence(text));
    if (words.empty()) return false;
    const auto first = lower_case(words[0].text, language);
    if (language == "ru") {
        if (std::find(kRussianQuestionWords.begin(), kRussianQuestionWords.end(), first) != kRussianQuestionWords.end())
            return true;
        return words.size() > 1 && lower_case(words[1].text, language) == "ли";
    }
    if (language == "az") {
        if (std::find(kAzerbaijaniQuestionWords.begin(), kAzerbaijaniQuestionWords.end(), first) !=
            kAzerbaijaniQuestionWords.end())
            return true;
        for (const auto& word : words) {
            const auto lower = lower_case(word.text, language);
            for (const auto particle : kAzerbaijaniParticles) {
                const bool alone = particle.size() <= 3 && lower == particle;
                const bool attached =
                    particle.size() > 3 && lower.size() > particle.size() + 1 && ends_with_text(lower, particle);
                if (alone || attached) return true;
            }
        }
    }
    return false;
}

// Differences a reviewer does not want reported, from the languages' conventions: Russian and
// Azerbaijani close appeals, greetings and imperatives with "!" where English writes a full stop, and an
// original that asks a question with a full stop may be translated with "?". The reverse ("!" or "?" that
// the translation adds to a statement) changes the sentence and is reported.
bool tolerated(const std::string& source_mark, const std::string& target_mark, const QaSegment& segment) {
    if (source_mark == "!" && target_mark == ".") return true;
    return source_mark == "." && target_mark == "?" && asks_a_question(segment.source, segment.source_lang.primary());
}

class EndPunctuation : public QaCheck {
  public:
    const char* id() const override { return "end-punctuation"; }
    Severity severity() const override { return Severity::Warning; }
    const char* description() const override {
        return "The target ends with different punctuation than the original (. ! ? : ; … or none)";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            if (segment.target.empty()) continue;
            // A sentence ending in a quotation is punctuated inside or outside the quotes as each
            // language's typography has it: the marks of the two sides are not comparable.
            if (ends_in_closer(segment.source) || ends_in_closer(segment.target)) continue;
            const auto source = final_mark(segment.source);
            const auto target = final_mark(segment.target);
            if (source == target || tolerated(source, target, segment)) continue;
            auto name = [](const std::string& mark) {
                return mark.empty() ? std::string("no punctuation") : "\u201C" + mark + "\u201D";
            };
            const auto end = segment.target.find_last_not_of(" \t\r\n");
            const auto at = end == std::string::npos ? 0 : end;
            report(findings, i, Side::Target, at, segment.target.size(),
                   "The original ends with " + name(source) + ", the translation with " + name(target));
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> unbalanced_brackets() { return std::make_unique<UnbalancedBrackets>(); }
std::unique_ptr<QaCheck> unbalanced_quotes() { return std::make_unique<UnbalancedQuotes>(); }
std::unique_ptr<QaCheck> end_punctuation() { return std::make_unique<EndPunctuation>(); }

}  // namespace korpu::checks
