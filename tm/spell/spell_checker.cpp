#include "tm/spell/spell_checker.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <unordered_map>
#include <unordered_set>

#include "tm/core/error.hpp"
#include "tm/spell/dictionary_locator.hpp"
#include "tm/spell/non_word_spans.hpp"
#include "tm/spell/spell_dictionary.hpp"
#include "tm/spell/suggestion_ranker.hpp"
#include "tm/spell/word_tokenizer.hpp"

namespace korpu {
namespace {

// Hunspell's verdicts are cached per word form: running text repeats its words (Zipf), and a cache hit
// costs a hash where Hunspell's affix stripping costs microseconds. The bound keeps memory flat on
// huge inputs (a quarter of a million forms is about the vocabulary of a 50 MB text).
constexpr std::size_t kMaxCachedWords = 250'000;

// All-capital words up to this length that the dictionary rejects are taken for acronyms ("NATO",
// "ATƏT", "UNESCO", "ЕАЭС"); longer ones (a headline in capitals) are checked like other words.
constexpr std::size_t kMaxAcronymLetters = 7;

// Characters ICU keeps inside a word ("e.g", "a:b") that Hunspell wants split.
bool is_inner_separator(char c) { return c == '.' || c == ':'; }

enum class Script { Latin, Cyrillic, Other };

Script expected_script(const Language& language) {
    if (language.script() == "Cyrl") return Script::Cyrillic;
    if (language.script() == "Latn") return Script::Latin;
    const std::string& p = language.primary();
    if (p == "ru" || p == "uk" || p == "be" || p == "bg" || p == "sr" || p == "mk" || p == "kk" || p == "ky" ||
        p == "tg" || p == "mn")
        return Script::Cyrillic;
    return Script::Latin;
}

struct WordShape {
    bool latin = false;
    bool cyrillic = false;
    bool other = false;
    std::size_t letters = 0;
    std::size_t uppercase = 0;
};

WordShape shape_of(std::string_view word) {
    WordShape shape;
    const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
    const auto length = static_cast<int32_t>(word.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        ++shape.letters;
        if (u_isupper(c)) ++shape.uppercase;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_LATIN)
            shape.latin = true;
        else if (script == USCRIPT_CYRILLIC)
            shape.cyrillic = true;
        else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
            shape.other = true;
    }
    return shape;
}

bool in_script(const WordShape& shape, Script script) { return script == Script::Latin ? shape.latin : shape.cyrillic; }

// "2024-cü", "30-da", "90-х", "5%-dən": a suffix written after a number with a hyphen.
bool follows_number(std::string_view text, std::size_t begin) {
    if (begin < 2 || text[begin - 1] != '-') return false;
    const char before = text[begin - 2];
    return (before >= '0' && before <= '9') || before == '%';
}

// The word with its letters' accents removed ("épxected" -> "epxected"): canonical decomposition, then
// the nonspacing marks dropped, then recomposed.
std::string without_marks(std::string_view word) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(word);
    const icu::UnicodeString decomposed = nfd->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
    icu::UnicodeString plain;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) plain.append(c);
    }
    std::string out;
    nfc->normalize(plain, status).toUTF8String(out);
    return U_FAILURE(status) ? std::string(word) : out;
}

}  // namespace

struct SpellChecker::Impl {
    Impl(const Language& l, SpellDictionary d)
        : language(l), locale(l.icu_locale().c_str()), dictionary(std::move(d)), tokenizer(l) {}

    Language language;
    icu::Locale locale;
    SpellDictionary dictionary;
    WordTokenizer tokenizer;
    std::string dictionary_name;
    Script script = Script::Latin;
    std::unordered_set<std::string> ignored;
    std::unordered_map<std::string, bool> verdicts;

    bool dictionary_accepts(std::string_view word) {
        std::string key(word);
        if (const auto found = verdicts.find(key); found != verdicts.end()) return found->second;
        const bool accepted = dictionary.accepts(word);
        if (verdicts.size() >= kMaxCachedWords) verdicts.clear();
        verdicts.emplace(std::move(key), accepted);
        return accepted;
    }

    // Hunspell misses all-capital forms of names that start with a dotted capital İ ("İSTANBUL" for
    // "İstanbul"), so an all-capital word is also tried in title case, with the language's casing rules.
    bool word_accepted(std::string_view word, const WordShape& shape) {
        if (ignored.count(std::string(word)) || dictionary_accepts(word)) return true;
        if (shape.letters < 2 || shape.uppercase != shape.letters) return false;
        std::string title;
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
            .toTitle(nullptr, locale)
            .toUTF8String(title);
        return dictionary_accepts(title);
    }

    // The words the dictionary accepts that swapping two neighbouring letters of `word` gives.
    std::vector<std::string> neighbour_swaps(std::string_view word) {
        const auto text =
            icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
        std::vector<std::string> found;
        for (int32_t i = 0; i < text.length();) {
            const int32_t next = text.moveIndex32(i, 1);
            if (next >= text.length()) break;
            const int32_t after = text.moveIndex32(next, 1);
            icu::UnicodeString swapped(text, 0, i);
            swapped.append(text, next, after - next)
                .append(text, i, next - i)
                .append(text, after, text.length() - after);
            std::string candidate;
            swapped.toUTF8String(candidate);
            if (candidate != word && dictionary_accepts(candidate)) found.push_back(std::move(candidate));
            i = next;
        }
        return found;
    }

    void check_word(std::string_view text, std::size_t begin, std::size_t end, std::size_t suggestion_count,
                    std::vector<SpellingFinding>& findings) {
        const std::string_view word = text.substr(begin, end - begin);
        const WordShape shape = shape_of(word);
        if (shape.letters == 0 || shape.other) return;
        const Script foreign = script == Script::Latin ? Script::Cyrillic : Script::Latin;
        if (in_script(shape, foreign)) {
            findings.push_back({FindingKind::MixedScript, begin, end, std::string(word), {}});
            return;
        }
        if (word_accepted(word, shape)) return;
        if (shape.uppercase == shape.letters && shape.letters <= kMaxAcronymLetters) return;  // "R", "NATO"

        SpellingFinding finding{FindingKind::Misspelling, begin, end, std::string(word), {}};
        if (suggestion_count > 0) finding.suggestions = suggest(word, suggestion_count);
        findings.push_back(std::move(finding));
    }

    // English spells its words without accents, so an accented letter in an English misspelling
    // ("épxected") is most likely a slip: Hunspell is also asked about the word without accents, whose
    // corrections it may not reach from the accented form once a large supplement offers near words.
    //
    // Two neighbouring letters typed in the wrong order ("Teh", "epxected") are the commonest slip of
    // fast typing, so the words such a swap gives come first among candidates of equal cost: Hunspell
    // caps its list, and with a large word list "The" falls out of it behind "Te", "Th", "Tes"...
    std::vector<std::string> suggest(std::string_view word, std::size_t count) {
        auto candidates = neighbour_swaps(word);
        for (auto& candidate : dictionary.suggest(word)) candidates.push_back(std::move(candidate));
        if (language.primary() == "en") {
            const std::string plain = without_marks(word);
            if (plain != word) {
                if (dictionary_accepts(plain)) candidates.push_back(plain);
                for (auto& candidate : dictionary.suggest(plain)) candidates.push_back(std::move(candidate));
            }
        }
        auto ranked = rank_suggestions(word, std::move(candidates));
        if (ranked.size() > count) ranked.resize(count);
        return ranked;
    }
};

SpellChecker SpellChecker::for_language(const Language& language) {
    const auto folders = dictionary_folders();
    const auto files = find_dictionary(language, folders);
    if (!files) {
        std::string searched;
        for (const auto& folder : folders) searched += (searched.empty() ? "" : ", ") + folder.u8string();
        throw UsageError("no spelling dictionary for " + language.tag() + " (looked for " +
                         dictionary_names(language).front() +
                         ".aff/.dic in: " + (searched.empty() ? std::string("no folder exists") : searched) +
                         "); `korpu dictionary install` adds one");
    }
    return SpellChecker(language, SpellDictionary(files->aff, files->dic, files->supplements));
}

SpellChecker::SpellChecker(const Language& language, SpellDictionary dictionary)
    : impl_(std::make_unique<Impl>(language, std::move(dictionary))) {
    impl_->dictionary_name = impl_->dictionary.dic_file().u8string();
    impl_->script = expected_script(language);
}

SpellChecker::SpellChecker(SpellChecker&&) noexcept = default;
SpellChecker& SpellChecker::operator=(SpellChecker&&) noexcept = default;
SpellChecker::~SpellChecker() = default;

std::vector<SpellingFinding> SpellChecker::check(std::string_view text, std::size_t suggestion_count) {
    std::vector<SpellingFinding> findings;
    const auto skipped = url_and_email_spans(text);
    auto next_skipped = skipped.begin();
    for (const WordSpan& span : impl_->tokenizer.words(text)) {
        while (next_skipped != skipped.end() && next_skipped->second <= span.begin) ++next_skipped;
        if (next_skipped != skipped.end() && next_skipped->first <= span.begin) continue;
        if (span.has_digits || follows_number(text, span.begin)) continue;
        std::size_t part = span.begin;
        for (std::size_t i = span.begin; i <= span.end; ++i) {
            if (i < span.end && !is_inner_separator(text[i])) continue;
            if (i > part) impl_->check_word(text, part, i, suggestion_count, findings);
            part = i + 1;
        }
    }
    return findings;
}

bool SpellChecker::accepts(std::string_view word) { return impl_->word_accepted(word, shape_of(word)); }

std::vector<std::string> SpellChecker::suggest(std::string_view word, std::size_t count) {
    return impl_->suggest(word, count);
}

void SpellChecker::accept_word(std::string_view word) {
    impl_->dictionary.add_word(word);
    impl_->verdicts.clear();
}

void SpellChecker::ignore_word(std::string_view word) { impl_->ignored.emplace(word); }

void SpellChecker::accept_terms(const std::vector<std::string>& terms) {
    for (const auto& term : terms)
        for (const WordSpan& span : impl_->tokenizer.words(term))
            if (!span.has_digits)
                impl_->dictionary.add_word(std::string_view(term).substr(span.begin, span.end - span.begin));
    impl_->verdicts.clear();
}

const Language& SpellChecker::language() const noexcept { return impl_->language; }
const std::string& SpellChecker::dictionary_name() const noexcept { return impl_->dictionary_name; }

}  // namespace korpu
