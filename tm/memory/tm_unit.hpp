#pragma once
// The translation memory's data: units, queries, matches, concordance hits and statistics.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace korpu {

// What a TMX file said about a unit beyond its text and dates, kept so that an export writes it back.
struct TmxExtras {
    using Attributes = std::vector<std::pair<std::string, std::string>>;
    Attributes unit_attributes;    // <tu tuid=... usagecount=...>, without the dates and ids kept in TmUnit
    Attributes source_attributes;  // of the source <tuv>, without xml:lang
    Attributes target_attributes;
    std::string unit_elements;    // the <tu>'s <prop> and <note> elements, as XML
    std::string source_elements;  // the source <tuv>'s <prop> and <note> elements
    std::string target_elements;

    bool empty() const {
        return unit_attributes.empty() && source_attributes.empty() && target_attributes.empty() &&
               unit_elements.empty() && source_elements.empty() && target_elements.empty();
    }
};

// One translation unit. Inline tags are private-use placeholders in the texts: the i-th tag of a text is
// the character U+E000 + i, and source_tags[i] (target_tags[i]) holds the tag itself as TMX XML
// (<bpt i="1">&lt;b&gt;</bpt>, <ph/>, or the start or end tag of a <hi>).
struct TmUnit {
    std::int64_t id = 0;      // 0 until stored
    std::string source_lang;  // BCP 47
    std::string target_lang;
    std::string source_text;
    std::string target_text;
    std::vector<std::string> source_tags;
    std::vector<std::string> target_tags;
    std::optional<std::int64_t> source_document;  // the workspace document it came from
    std::string context_before;                   // the neighbouring source segments, for in-context exact matches
    std::string context_after;
    std::string created_at;  // ISO 8601 UTC ("2026-12-06T05:00:00Z"); empty: now
    std::string created_by;
    std::string changed_at;  // empty: never changed
    std::string changed_by;
    TmxExtras tmx;
};

// The default fuzzy threshold, in percent: matches below it are not worth a translator's time (the
// common default of OmegaT, memoQ and Trados).
inline constexpr int kDefaultFuzzyThreshold = 70;
inline constexpr std::size_t kDefaultMaxMatches = 5;

struct TmQuery {
    std::string source_lang;
    std::string target_lang;
    std::string text;            // with inline tags as placeholders, as in TmUnit
    std::string context_before;  // empty: no in-context match is looked for
    std::string context_after;
    std::size_t max_matches = kDefaultMaxMatches;
    int threshold = kDefaultFuzzyThreshold;
};

enum class MatchKind { ExactInContext, Exact, Fuzzy };

// Byte offsets into a UTF-8 text, end excluded.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const TextSpan& other) const { return begin == other.begin && end == other.end; }
};

struct TmMatch {
    TmUnit unit;
    MatchKind kind = MatchKind::Fuzzy;
    int score = 0;                      // percent: 101 exact in context, 100 exact, up to 99 fuzzy
    std::vector<TextSpan> differences;  // words of unit.source_text that the query does not have
};

enum class ConcordanceSide { Source, Target };

struct ConcordanceQuery {
    std::string language;  // the language of the searched side
    std::string text;      // one or more words, found as a phrase (case, diacritics and punctuation ignored)
    ConcordanceSide side = ConcordanceSide::Source;
    std::size_t max_hits = 50;
};

struct ConcordanceHit {
    TmUnit unit;
    std::vector<TextSpan> hits;  // in the searched side's text
};

struct TmLanguagePairCount {
    std::string source_lang;
    std::string target_lang;
    std::size_t units = 0;
};

struct TmStats {
    std::size_t units = 0;
    std::vector<TmLanguagePairCount> pairs;
    std::size_t documents = 0;  // distinct origin documents
    std::size_t units_with_tags = 0;
    std::string oldest;  // created_at of the oldest unit
    std::string newest;
};

}  // namespace korpu
