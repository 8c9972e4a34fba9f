#include "tm/qa/workspace_spelling.hpp"

#include <algorithm>

#include "tm/core/error.hpp"
#include "tm/spell/custom_words.hpp"
#include "tm/spell/spell_checker.hpp"
#include "tm/text/utf32.hpp"
#include "tm/text/words.hpp"

namespace korpu {
namespace {

// True when the word at [begin, end) opens the text or follows a sentence end (". ", "! ", "? ", a quote).
bool opens_sentence(std::string_view text, std::size_t begin) {
    std::size_t k = begin;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '"' || text[k - 1] == '(' || text[k - 1] == '\'')) --k;
    if (k == 0) return true;
    const char before = text[k - 1];
    return before == '.' || before == '!' || before == '?' || before == ':';
}

// English writes compounds closed ("snowsports", "backcountry", "videolink") faster than dictionaries
// list them: a word made of two words the dictionary accepts, of at least this many letters each, is
// spelt right, unless it is one edit away from a dictionary word. Three letters keep "eco" and "sea" as parts while
// single letters and pairs cannot turn a typo into two "words".
constexpr std::size_t kMinCompoundPart = 3;

// True when `a` becomes `b` by one edit: a letter inserted, dropped, changed, or two neighbours swapped.
bool one_edit_apart(const std::u32string& a, const std::u32string& b) {
    if (a == b) return false;
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    if (longer.size() - shorter.size() > 1) return false;
    std::size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i]) ++i;
    if (shorter.size() < longer.size()) return shorter.compare(i, std::u32string::npos, longer, i + 1) == 0;
    if (shorter.compare(i + 1, std::u32string::npos, longer, i + 1) == 0) return true;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.compare(i + 2, std::u32string::npos, b, i + 2) == 0;
}

// How many suggestions are asked for when telling a compound from a typo.
constexpr std::size_t kCompoundSuggestions = 10;

// True when the dictionary suggests a single word one edit away: "toursits" is "tourists" mistyped,
// not "tours" + "its". Split suggestions ("snow sports") are the compound itself.
bool is_near_a_word(SpellChecker& checker, std::string_view word) {
    const auto target = to_utf32(word);
    for (const auto& suggestion : checker.suggest(word, kCompoundSuggestions)) {
        if (suggestion.find_first_of(" -") != std::string::npos) continue;
        if (one_edit_apart(to_utf32(lower_case(suggestion, checker.language().primary())), target)) return true;
    }
    return false;
}

bool is_closed_compound(SpellChecker& checker, std::string_view word) {
    if (checker.language().primary() != "en") return false;
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    for (std::size_t k = kMinCompoundPart; k + kMinCompoundPart <= starts.size(); ++k) {
        const auto head = word.substr(0, starts[k]);
        const auto tail = word.substr(starts[k]);
        if (checker.accepts(head) && checker.accepts(tail)) return !is_near_a_word(checker, word);
    }
    return false;
}

}  // namespace

WorkspaceSpelling::WorkspaceSpelling(Workspace& workspace) : workspace_(workspace) {}
WorkspaceSpelling::~WorkspaceSpelling() = default;

SpellChecker* WorkspaceSpelling::checker_for(const Language& language) const {
    const auto found = checkers_.find(language.tag());
    if (found != checkers_.end()) return found->second.get();
    std::unique_ptr<SpellChecker> checker;
    try {
        checker = std::make_unique<SpellChecker>(SpellChecker::for_language(language));
        apply_workspace_words(workspace_, *checker);
    } catch (const UsageError&) {
        unavailable_.insert(language.tag());  // no dictionary installed for this language
        checker.reset();
    }
    return (checkers_[language.tag()] = std::move(checker)).get();
}

std::vector<std::pair<std::size_t, std::size_t>> WorkspaceSpelling::misspelt(const Language& language,
                                                                             std::string_view text) const {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    if (text.empty()) return spans;
    // English without a region accepts both American and British spelling: a word is misspelt only
    // when every dictionary of the variants rejects it.
    std::vector<Language> variants{language};
    if (language.tag() == "en") variants = {Language::parse("en-US"), Language::parse("en-GB")};
    bool first = true;
    for (const auto& variant : variants) {
        auto* checker = checker_for(variant);
        if (!checker) continue;
        std::vector<std::pair<std::size_t, std::size_t>> rejected;
        for (const auto& finding : checker->check(text, 0)) {
            if (finding.kind != FindingKind::Misspelling) continue;  // mixed script is a QA check of its own
            if (starts_upper_case(finding.word) && !opens_sentence(text, finding.begin)) continue;
            if (is_closed_compound(*checker, lower_case(finding.word, variant.primary()))) continue;
            const std::pair<std::size_t, std::size_t> span{finding.begin, finding.end};
            if (first || std::find(spans.begin(), spans.end(), span) != spans.end()) rejected.push_back(span);
        }
        spans = std::move(rejected);
        first = false;
    }
    if (!first) {
        for (const auto& variant : variants) unavailable_.erase(variant.tag());
    }
    return spans;
}

}  // namespace korpu
