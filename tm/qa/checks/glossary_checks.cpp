// Glossary: the approved translation of a source term must appear; a forbidden variant must not.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "tm/glossary/term_matcher.hpp"
#include "tm/qa/checks/checks.hpp"
#include "tm/qa/detail/name_key.hpp"
#include "tm/text/utf32.hpp"
#include "tm/text/words.hpp"

namespace korpu::checks {
namespace {

// The glossary entries of one language pair, with matchers over their terms.
struct PairTerms {
    TermMatcher sources;
    TermMatcher targets;    // every non-deprecated target term
    TermMatcher forbidden;  // every forbidden variant
    std::vector<std::string> source_terms;
    std::vector<std::string> target_terms;
    std::vector<std::string> forbidden_terms;
    std::vector<bool> enforced;                  // per source term: has an approved entry
    std::vector<std::set<std::size_t>> allowed;  // per source term: its target terms
    std::vector<std::size_t> forbidden_source;   // per forbidden variant: its source term
    std::vector<std::size_t> preferred_target;   // per source term: the target term messages name

    PairTerms(const std::string& source_language, const std::string& target_language, const WordStemmer* stemmer)
        : sources(source_language, stemmer), targets(target_language, stemmer), forbidden(target_language, stemmer) {}
};

using PairKey = std::pair<std::string, std::string>;

std::map<PairKey, PairTerms> index_glossary(const std::vector<GlossaryEntry>& glossary, const WordStemmer* stemmer) {
    std::map<PairKey, PairTerms> pairs;
    for (const auto& entry : glossary) {
        if (entry.status == TermStatus::Deprecated) continue;
        const PairKey key{entry.source_lang.primary(), entry.target_lang.primary()};
        auto it = pairs.find(key);
        if (it == pairs.end()) it = pairs.emplace(key, PairTerms(key.first, key.second, stemmer)).first;
        auto& terms = it->second;
        auto index_of = [](std::vector<std::string>& list, TermMatcher& matcher, const std::string& term) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (list[i] == term) return i;
            }
            list.push_back(term);
            return matcher.add(term);
        };
        const auto s = index_of(terms.source_terms, terms.sources, entry.source_term);
        const auto t = index_of(terms.target_terms, terms.targets, entry.target_term);
        if (terms.enforced.size() <= s) {
            terms.enforced.resize(s + 1, false);
            terms.allowed.resize(s + 1);
            terms.preferred_target.resize(s + 1, t);
        }
        if (entry.status == TermStatus::Approved && !terms.enforced[s]) {
            terms.enforced[s] = true;
            terms.preferred_target[s] = t;
        }
        terms.allowed[s].insert(t);
        for (const auto& variant : entry.forbidden) {
            const auto f = index_of(terms.forbidden_terms, terms.forbidden, variant);
            if (terms.forbidden_source.size() <= f) terms.forbidden_source.resize(f + 1, s);
        }
    }
    return pairs;
}

const PairTerms* terms_for(const std::map<PairKey, PairTerms>& pairs, const QaSegment& segment) {
    const auto it = pairs.find({segment.source_lang.primary(), segment.target_lang.primary()});
    return it == pairs.end() ? nullptr : &it->second;
}

// Common nouns that stand in apposition to a name, as a classifier English mostly leaves out ("Bişkek
// şəhəri", "город Бишкек", "Галапагосские острова", "All Black komandası" are "Bishkek", "the Galapagos",
// "the All Blacks"); team-written from the geographic and organisation nouns of the Azerbaijani and
// Russian grammars. Titles and institutions (president, university) are not classifiers: "президент
// Турции" is "the Turkish president", with the title.
constexpr std::array<std::string_view, 21> kAzerbaijaniClassifiers{
    "şəhər", "kənd",   "qəsəbə",  "ada",   "yarımada", "çay",   "göl",   "dağ",     "dəniz", "okean", "körfəz",
    "ştat",  "əyalət", "vilayət", "rayon", "vadi",     "səhra", "boğaz", "komanda", "klub",  "şirkət"};
constexpr std::array<std::string_view, 23> kRussianClassifiers{
    "город", "село",   "посёлок", "поселок", "деревня", "остров", "полуостров", "река",
    "озеро", "гора",   "море",    "океан",   "залив",   "штат",   "провинция",  "область",
    "район", "долина", "пустыня", "пролив",  "команда", "клуб",   "компания"};

bool is_classifier(const std::string& term, const std::string& language) {
    const auto lower = lower_case(term, language);
    if (language == "az")
        return std::find(kAzerbaijaniClassifiers.begin(), kAzerbaijaniClassifiers.end(), lower) !=
               kAzerbaijaniClassifiers.end();
    if (language == "ru")
        return std::find(kRussianClassifiers.begin(), kRussianClassifiers.end(), lower) != kRussianClassifiers.end();
    return false;
}

// The capitalised target words that may render the name `word`: their name keys
// (tm/qa/detail/name_key.hpp) start with the same letter as one of the name's (Folklend/Falklands,
// Амазонки/Amazon). Transliteration keeps the first letter of a name far more often than the rest.
std::vector<std::size_t> renderings_of(const detail::NameKeys& keys, const Word& word, const QaSegment& segment,
                                       const std::vector<Word>& target_words) {
    std::vector<std::size_t> found;
    const auto source_keys = keys.source_keys(word.text, segment.source_lang);
    for (std::size_t t = 0; t < target_words.size(); ++t) {
        if (!starts_upper_case(target_words[t].text)) continue;
        const auto key = keys.target_key(target_words[t].text, segment.target_lang);
        if (key.empty()) continue;
        const bool same_start = std::any_of(source_keys.begin(), source_keys.end(),
                                            [&](const std::string& k) { return !k.empty() && k[0] == key[0]; });
        if (same_start) found.push_back(t);
    }
    return found;
}

// True when the target gives the name's classifier some other word than the glossary's: "the settlement
// of Amsterdam", "Hong Kong Atoll" (a capitalised word after the name that is no part of the name's own
// key). A dropped classifier ("Bishkek's streets") leaves neither.
bool classifier_rendered_otherwise(const detail::NameKeys& keys, const Word& name, const QaSegment& segment,
                                   const std::vector<Word>& target_words, const std::vector<std::size_t>& renderings) {
    const auto source_keys = keys.source_keys(name.text, segment.source_lang);
    auto part_of_name = [&](const Word& word) {
        const auto key = keys.target_key(word.text, segment.target_lang);
        return !key.empty() && std::any_of(source_keys.begin(), source_keys.end(), [&](const std::string& k) {
            return k.find(key) != std::string::npos || key.find(k) != std::string::npos;
        });
    };
    for (const auto t : renderings) {
        if (t >= 1 && lower_case(target_words[t - 1].text, "en") == "of") return true;
        if (t >= 2 && lower_case(target_words[t - 1].text, "en") == "the" &&
            lower_case(target_words[t - 2].text, "en") == "of")
            return true;
        std::size_t next = t + 1;
        while (next < target_words.size() && starts_upper_case(target_words[next].text) &&
               part_of_name(target_words[next]))
            ++next;
        if (next < target_words.size() && starts_upper_case(target_words[next].text) &&
            segment.target.find_first_not_of(' ', target_words[next - 1].end) == target_words[next].begin)
            return true;
    }
    return false;
}

// Azerbaijani puts a classifier after the name with the third-person possessive ("Bişkek şəhəri",
// "Havay adalarında"): the word continues past the term's own letters with -(s)I or -lArI.
bool has_possessive_after(const std::string& word, const std::string& lemma) {
    const auto lower = lower_case(word, "az");
    const auto stem = lower_case(lemma, "az");
    if (lower.compare(0, stem.size(), stem) != 0) return false;
    const auto rest = lower.substr(stem.size());
    for (const std::string_view possessive : {"ı", "i", "u", "ü", "sı", "si", "su", "sü", "ları", "ləri"}) {
        if (rest.compare(0, possessive.size(), possessive) == 0) return true;
    }
    return false;
}

bool is_russian_vowel(char32_t c) { return std::u32string_view(U"аеёиоуыэюя").find(c) != std::u32string_view::npos; }

// Russian puts the classifier before the name, in the same case ("города Бишкека", "город Бишкек", "на
// острове Уполу" with an indeclinable name): the two words end alike, or the name ends in a vowel that
// Russian nouns do not take as a case ending of a name (-о -у -э: Уполу, Перу, Кюрасао). -и, -е and -ю
// are left out: they are also the endings of "Турции", "Москве", "Японию", which are no appositions.
bool agrees_in_case(const std::string& classifier, const std::string& name) {
    const auto a = to_utf32(lower_case(classifier, "ru"));
    const auto b = to_utf32(lower_case(name, "ru"));
    if (a.empty() || b.empty()) return false;
    if (a.back() == b.back() || (!is_russian_vowel(a.back()) && !is_russian_vowel(b.back()))) return true;
    return std::u32string_view(U"оуэ").find(b.back()) != std::u32string_view::npos;
}

// ... or after a name that is an adjective agreeing with it ("Галапагосские острова", "Северных
// Марианских островов"): the same final letter, both consonant-final, or a plural adjective (-ие/-ые).
bool adjective_agrees(const std::string& adjective, const std::string& classifier) {
    const auto a = to_utf32(lower_case(adjective, "ru"));
    const auto b = to_utf32(lower_case(classifier, "ru"));
    if (a.size() < 2 || b.empty()) return false;
    if (a.back() == b.back() || (!is_russian_vowel(a.back()) && !is_russian_vowel(b.back()))) return true;
    const auto tail = a.substr(a.size() - 2);
    return tail == U"ие" || tail == U"ые";
}

// A classifier next to a name (see kAzerbaijaniClassifiers) needs no translation unless the target
// renders it with another word; the name is a capitalised word next to it, and when that word opens the
// sentence, the target must have a word that may render it.
bool classifies_a_name(const detail::NameKeys& keys, const QaSegment& segment, const std::vector<Word>& words,
                       const TermMatch& match, const std::string& term, const std::vector<Word>& target_words) {
    const auto& language = segment.source_lang.primary();
    if (!is_classifier(term, language)) return false;
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (words[w].begin != match.begin) continue;
        std::size_t last = w;
        while (last + 1 < words.size() && words[last].end < match.end) ++last;
        const Word* name = nullptr;
        if (language == "az" && w > 0 && starts_upper_case(words[w - 1].text) &&
            has_possessive_after(words[last].text, split_words(term).back().text)) {
            name = &words[w - 1];
        } else if (language == "ru" && last + 1 < words.size() && starts_upper_case(words[last + 1].text) &&
                   agrees_in_case(words[last].text, words[last + 1].text)) {
            name = &words[last + 1];
        } else if (language == "ru" && w > 0 && starts_upper_case(words[w - 1].text) &&
                   adjective_agrees(words[w - 1].text, words[w].text)) {
            name = &words[w - 1];
        }
        if (!name) return false;
        const auto renderings = renderings_of(keys, *name, segment, target_words);
        const bool opens_sentence = name == &words.front();
        if (opens_sentence && renderings.empty()) return false;
        return !classifier_rendered_otherwise(keys, *name, segment, target_words, renderings);
    }
    return false;
}

std::string quoted(const std::string& text) { return "\u201C" + text + "\u201D"; }

class GlossaryTermMissing : public QaCheck {
  public:
    const char* id() const override { return "glossary-term-missing"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override {
        return "A glossary term is in the original but its approved translation is not in the target";
    }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        const auto pairs = index_glossary(context.glossary, context.stemmer);
        const detail::NameKeys keys;
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            const auto* terms = terms_for(pairs, segment);
            if (!terms || segment.target.empty()) continue;
            const auto source_matches = terms->sources.find(segment.source);
            if (source_matches.empty()) continue;
            std::set<std::size_t> present;
            for (const auto& match : terms->targets.find(segment.target)) present.insert(match.term);
            std::set<std::size_t> reported;
            const auto words = split_words(segment.source);
            const auto target_words = split_words(segment.target);
            for (const auto& match : source_matches) {
                if (!terms->enforced[match.term] || reported.count(match.term)) continue;
                if (classifies_a_name(keys, segment, words, match, terms->source_terms[match.term], target_words))
                    continue;
                const auto& allowed = terms->allowed[match.term];
                const bool found =
                    std::any_of(allowed.begin(), allowed.end(), [&](std::size_t t) { return present.count(t) > 0; });
                if (found) continue;
                reported.insert(match.term);
                report(findings, i, Side::Source, match.begin, match.end,
                       quoted(segment.source.substr(match.begin, match.end - match.begin)) +
                           " should be translated as " +
                           quoted(terms->target_terms[terms->preferred_target[match.term]]) + " (glossary)");
            }
        }
    }
};

class GlossaryForbiddenTerm : public QaCheck {
  public:
    const char* id() const override { return "glossary-forbidden-term"; }
    Severity severity() const override { return Severity::Error; }
    const char* description() const override { return "The target uses a variant the glossary forbids"; }
    void run(const QaContext& context, std::vector<Finding>& findings) const override {
        const auto pairs = index_glossary(context.glossary, context.stemmer);
        for (std::size_t i = 0; i < context.segments.size(); ++i) {
            const auto& segment = context.segments[i];
            const auto* terms = terms_for(pairs, segment);
            if (!terms || terms->forbidden_terms.empty()) continue;
            const auto used = terms->forbidden.find(segment.target);
            if (used.empty()) continue;
            std::set<std::size_t> sources;
            for (const auto& match : terms->sources.find(segment.source)) sources.insert(match.term);
            for (const auto& match : used) {
                const auto source_term = terms->forbidden_source[match.term];
                // A forbidden variant counts only where the original has the term it mistranslates:
                // the same word may be right elsewhere ("committee" for "komitə").
                if (!sources.count(source_term)) continue;
                report(findings, i, Side::Target, match.begin, match.end,
                       quoted(segment.target.substr(match.begin, match.end - match.begin)) +
                           " is a forbidden variant; the glossary has " +
                           quoted(terms->target_terms[terms->preferred_target[source_term]]) + " for " +
                           quoted(terms->source_terms[source_term]));
            }
        }
    }
};

}  // namespace

std::unique_ptr<QaCheck> glossary_term_missing() { return std::make_unique<GlossaryTermMissing>(); }
std::unique_ptr<QaCheck> glossary_forbidden_term() { return std::make_unique<GlossaryForbiddenTerm>(); }

}  // namespace korpu::checks
