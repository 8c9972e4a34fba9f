// Glossary: the approved translation of a source term must appear; a forbidden variant must not.
#include <algorithm>
#include <map>
#include <set>

#include "tm/glossary/term_matcher.hpp"
#include "tm/qa/checks/checks.hpp"
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

    PairTerms(const std::string& source_language, const std::string& target_language)
        : sources(source_language), targets(target_language), forbidden(target_language) {}
};

using PairKey = std::pair<std::string, std::string>;

std::map<PairKey, PairTerms> index_glossary(const std::vector<GlossaryEntry>& glossary) {
    std::map<PairKey, PairTerms> pairs;
    for (const auto& entry : glossary) {
        if (entry.status == TermStatus::Deprecated) continue;
        const PairKey key{entry.source_lang.primary(), entry.target_lang.primary()};
        auto it = pairs.find(key);
        if (it == pairs.end()) it = pairs.emplace(key, PairTerms(key.first, key.second)).first;
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

// True when `word` is capitalised and, opening the sentence, also in the target (compared by its first two
// letters, which transliteration mostly keeps: Bişkek/Bishkek).
bool is_name_in(const Word& word, bool sentence_start, const std::vector<Word>& target_words) {
    if (!starts_upper_case(word.text)) return false;
    if (!sentence_start) return true;
    const auto start = lower_case(word.text, "en").substr(0, 2);
    return std::any_of(target_words.begin(), target_words.end(), [&](const Word& t) {
        return starts_upper_case(t.text) && lower_case(t.text, "en").substr(0, 2) == start;
    });
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

// Russian puts it before the name, in the same case ("города Бишкека", "город Бишкек", "на острове
// Уполу" with an indeclinable name): the two words end alike, or the name ends in a vowel other than -а/-я
// (indeclinable).
bool agrees_in_case(const std::string& classifier, const std::string& name) {
    const auto a = to_utf32(lower_case(classifier, "ru"));
    const auto b = to_utf32(lower_case(name, "ru"));
    if (a.empty() || b.empty()) return false;
    const std::u32string_view vowels = U"аеёиоуыэюя";
    const bool a_consonant = vowels.find(a.back()) == std::u32string_view::npos;
    const bool b_consonant = vowels.find(b.back()) == std::u32string_view::npos;
    if (a.back() == b.back() || (a_consonant && b_consonant)) return true;
    return std::u32string_view(U"еиоуэю").find(b.back()) != std::u32string_view::npos;
}

// A common noun next to a name is often its classifier ("Bişkek şəhəri", "город Бишкек", "Havay
// adaları"), which English leaves out ("Bishkek", "Hawaii"): no translation is required there. A
// capitalised word opening the sentence counts as a name only when the target has it too.
bool classifies_a_name(const QaSegment& segment, const std::vector<Word>& words, const TermMatch& match,
                       const std::string& term, const std::vector<Word>& target_words) {
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (words[w].begin != match.begin) continue;
        std::size_t last = w;
        while (last + 1 < words.size() && words[last].end < match.end) ++last;
        const auto& language = segment.source_lang.primary();
        if (language == "az") {
            return w > 0 && is_name_in(words[w - 1], w == 1, target_words) &&
                   has_possessive_after(words[last].text, split_words(term).back().text);
        }
        if (language == "ru") {
            return last + 1 < words.size() && starts_upper_case(words[last + 1].text) &&
                   agrees_in_case(words[last].text, words[last + 1].text);
        }
        return false;
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
        const auto pairs = index_glossary(context.glossary);
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
                if (classifies_a_name(segment, words, match, terms->source_terms[match.term], target_words)) continue;
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
        const auto pairs = index_glossary(context.glossary);
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
