#include "tm/memory/translation_memory.hpp"

#include <algorithm>
#include <unordered_map>

#include "tm/core/error.hpp"
#include "tm/core/language.hpp"
#include "tm/memory/detail/fuzzy_score.hpp"
#include "tm/memory/detail/unit_codec.hpp"
#include "tm/memory/detail/unit_reader.hpp"
#include "tm/memory/detail/unit_writer.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// How many candidates a fuzzy lookup scores at most: those that share the most of the query's rarest words.
// Measured on the 1,000,000-unit benchmark (docs/translation-memory.md): 300 gives a median of 6 ms processor
// time and the expected best match for 97.9 % of the queries; 100 halves the time but finds it for 97.3 %.
constexpr std::size_t kCandidateBudget = 300;
// Once a lookup has candidates, it stops before a word whose postings would take the total read past this: such
// words are in a good share of all units ("и", "the") and cost more than they find. This gives up the prefix
// filter's guarantee for queries whose rarest words are all common; on the 1,000,000-unit benchmark the index
// still found a match as good as a full scan's for every query checked (docs/translation-memory.md), and the
// 99th percentile of the lookup's processor time fell from 42 ms to 14 ms.
constexpr std::int64_t kPostingsBudget = 20000;

std::string canonical(const std::string& tag) { return Language::parse(tag).tag(); }

// A stored unit serves a request for `requested` when the tags are equal or the stored one only adds
// subtags ("en" finds "en-US" units).
bool language_serves(const std::string& requested, const std::string& stored) {
    return stored == requested ||
           (stored.size() > requested.size() && stored.compare(0, requested.size(), requested) == 0 &&
            stored[requested.size()] == '-');
}

void check_placeholders(const std::string& text, const std::vector<std::string>& tags, const char* side) {
    for (const auto& token : detail::tokenize(text)) {
        if (token.kind == detail::TokenKind::Tag && detail::tag_index(token.text) >= tags.size()) {
            throw UsageError(std::string("the ") + side + " text has an inline-tag placeholder without its tag");
        }
    }
}

TmUnit canonical_unit(const TmUnit& unit) {
    if (unit.source_text.empty() || unit.target_text.empty()) {
        throw UsageError("a translation unit needs a source and a target text");
    }
    check_placeholders(unit.source_text, unit.source_tags, "source");
    check_placeholders(unit.target_text, unit.target_tags, "target");
    TmUnit copy = unit;
    copy.source_lang = canonical(unit.source_lang);
    copy.target_lang = canonical(unit.target_lang);
    return copy;
}

// The words and numbers of a text tokenised as written, each folded on its own, so that token offsets
// point into the original text.
detail::ScoredTokens tokens_as_written(const detail::TextFolder& folder, const std::string& text) {
    auto tokens = detail::tokenize(text);
    for (auto& token : tokens) {
        if (token.kind == detail::TokenKind::Word) token.text = folder.match_form(token.text);
    }
    return detail::scored_tokens(tokens);
}

std::vector<std::string> distinct_terms(const std::string& terms) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < terms.size()) {
        auto end = terms.find(' ', start);
        if (end == std::string::npos) end = terms.size();
        out.push_back(terms.substr(start, end - start));
        start = end + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// An FTS5 query for rows whose `column` has every term (the index keeps no positions, so a phrase is
// checked afterwards). Terms are letters and digits only, so quoting them is enough.
std::string fts_all_terms(const char* column, const std::vector<std::string>& terms) {
    std::string query;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        query += (i ? " AND " : "") + std::string(column) + " : \"" + terms[i] + "\"";
    }
    return query;
}

struct Candidate {
    std::int64_t id = 0;
    int score = 0;
};

}  // namespace

struct TranslationMemory::Impl {
    explicit Impl(Workspace& ws)
        : workspace(ws),
          db(ws.database()),
          by_id(db, detail::select_unit_sql("WHERE id = ?1")),
          by_source_hash(db, detail::select_unit_sql("WHERE source_hash = ?1 ORDER BY id DESC")),
          term_units(db, "SELECT units FROM tm_term_count WHERE term_hash = ?1"),
          match_words(db, "SELECT rowid FROM tm_unit_words WHERE tm_unit_words MATCH ?1 ORDER BY rowid DESC"),
          candidate_source(db, "SELECT source_lang, target_lang, source_text FROM tm_unit WHERE id = ?1") {}

    void index_old_units();
    std::vector<TmMatch> exact_matches(const TmQuery& query, const std::string& source, const std::string& target);
    std::vector<TmMatch> fuzzy_matches(const TmQuery& query, const std::string& source, const std::string& target,
                                       const std::vector<TmMatch>& exact);
    std::vector<std::int64_t> candidates(const std::vector<std::string>& terms, std::size_t query_words, int threshold);
    TmUnit read(std::int64_t id);

    Workspace& workspace;
    sql::Database& db;
    sql::Statement by_id;
    sql::Statement by_source_hash;
    sql::Statement term_units;
    sql::Statement match_words;
    sql::Statement candidate_source;
    detail::FolderCache folders;
};

void TranslationMemory::Impl::index_old_units() {
    if (db.query_int("SELECT EXISTS (SELECT 1 FROM tm_unit WHERE unit_hash IS NULL)") == 0) return;
    sql::Transaction transaction(db);
    sql::Statement old(db, detail::select_unit_sql("WHERE unit_hash IS NULL"));
    std::vector<TmUnit> units;
    while (old.step()) units.push_back(detail::read_unit(old));
    old.reset();
    detail::UnitWriter writer(db);
    for (const auto& unit : units) writer.index_existing(unit);
    writer.finish();
    transaction.commit();
}

TmUnit TranslationMemory::Impl::read(std::int64_t id) {
    by_id.bind(1, id);
    if (!by_id.step()) {
        by_id.reset();
        throw Error("translation unit " + std::to_string(id) + " does not exist");
    }
    TmUnit unit = detail::read_unit(by_id);
    by_id.reset();
    return unit;
}

std::vector<TmMatch> TranslationMemory::Impl::exact_matches(const TmQuery& query, const std::string& source,
                                                            const std::string& target) {
    std::vector<TmMatch> matches;
    const std::string wanted = detail::exact_form(query.text);
    const bool has_context = !query.context_before.empty() || !query.context_after.empty();
    const std::string context_before = detail::exact_form(query.context_before);
    const std::string context_after = detail::exact_form(query.context_after);
    by_source_hash.bind(1, detail::source_hash(query.text));
    while (by_source_hash.step()) {
        TmUnit unit = detail::read_unit(by_source_hash);
        if (!language_serves(source, unit.source_lang) || !language_serves(target, unit.target_lang)) continue;
        if (detail::exact_form(unit.source_text) != wanted) continue;
        TmMatch match;
        const bool in_context = has_context && detail::exact_form(unit.context_before) == context_before &&
                                detail::exact_form(unit.context_after) == context_after;
        match.kind = in_context ? MatchKind::ExactInContext : MatchKind::Exact;
        match.score = in_context ? 101 : 100;
        match.unit = std::move(unit);
        matches.push_back(std::move(match));
    }
    by_source_hash.reset();
    std::stable_sort(matches.begin(), matches.end(),
                     [](const TmMatch& a, const TmMatch& b) { return a.score > b.score; });
    return matches;
}

// Candidate retrieval by prefix filtering: a unit whose base score reaches the threshold lacks at most
// (100 - t) / t * n of the query's n words, so it contains at least one of the query's k rarest distinct
// words, k = floor((100 - t) * n / t) + 1. Only the postings of those k words are read; candidates are
// ranked by how many of them they contain.
std::vector<std::int64_t> TranslationMemory::Impl::candidates(const std::vector<std::string>& terms,
                                                              std::size_t query_words, int threshold) {
    std::vector<std::pair<std::int64_t, std::string>> by_rarity;
    for (const auto& term : terms) {
        term_units.bind(1, static_cast<std::int64_t>(detail::stable_hash(term)));
        const std::int64_t units = term_units.step() ? term_units.column_int(0) : 0;
        term_units.reset();
        by_rarity.emplace_back(units, term);
    }
    std::sort(by_rarity.begin(), by_rarity.end());
    const int t = std::max(threshold, 1);
    const std::size_t k = std::min(by_rarity.size(), static_cast<std::size_t>((100 - t) * query_words / t) + 1);

    std::unordered_map<std::int64_t, int> shared;
    std::int64_t postings = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (by_rarity[i].first == 0) continue;
        if (!shared.empty() && postings + by_rarity[i].first > kPostingsBudget) break;
        postings += by_rarity[i].first;
        match_words.bind(1, fts_all_terms("source", {by_rarity[i].second}));
        while (match_words.step()) ++shared[match_words.column_int(0)];
        match_words.reset();
    }
    std::vector<std::pair<int, std::int64_t>> ranked;
    ranked.reserve(shared.size());
    for (const auto& [id, count] : shared) ranked.emplace_back(count, id);
    const auto keep = std::min(ranked.size(), kCandidateBudget);
    std::partial_sort(
        ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
        [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second > b.second; });
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < keep; ++i) ids.push_back(ranked[i].second);
    return ids;
}

std::vector<TmMatch> TranslationMemory::Impl::fuzzy_matches(const TmQuery& query, const std::string& source,
                                                            const std::string& target,
                                                            const std::vector<TmMatch>& exact) {
    const auto& folder = folders(source);
    const auto query_tokens = detail::scored_tokens(detail::tokenize(folder.match_form(query.text)));
    const auto terms = distinct_terms(folder.index_terms(query.text));
    if (terms.empty()) return {};

    std::vector<Candidate> scored;
    for (const auto id : candidates(terms, query_tokens.words.size(), query.threshold)) {
        const bool already =
            std::any_of(exact.begin(), exact.end(), [id](const TmMatch& m) { return m.unit.id == id; });
        if (already) continue;
        candidate_source.bind(1, id);
        candidate_source.step();
        const std::string source_lang = candidate_source.column_text(0);
        const std::string target_lang = candidate_source.column_text(1);
        const std::string text = candidate_source.column_text(2);
        candidate_source.reset();
        if (!language_serves(source, source_lang) || !language_serves(target, target_lang)) continue;
        const auto tokens = detail::scored_tokens(detail::tokenize(folder.match_form(text)));
        if (detail::best_possible_score(query_tokens.words.size(), tokens.words.size()) < query.threshold) continue;
        const int score = detail::fuzzy_score(query_tokens, tokens, false).score;
        if (score >= query.threshold) scored.push_back({id, score});
    }
    std::sort(scored.begin(), scored.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    if (scored.size() > query.max_matches) scored.resize(query.max_matches);

    const auto query_as_written = tokens_as_written(folder, query.text);
    std::vector<TmMatch> matches;
    for (const auto& candidate : scored) {
        TmMatch match;
        match.unit = read(candidate.id);
        match.kind = MatchKind::Fuzzy;
        const auto tokens = tokens_as_written(folder, match.unit.source_text);
        const auto result = detail::fuzzy_score(query_as_written, tokens, false);
        match.score = std::min(result.score, candidate.score);
        for (const auto index : result.differing_tokens) {
            match.differences.push_back({tokens.words[index].begin, tokens.words[index].end});
        }
        matches.push_back(std::move(match));
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const TmMatch& a, const TmMatch& b) { return a.score > b.score; });
    return matches;
}

TranslationMemory::TranslationMemory(Workspace& workspace) : impl_(std::make_unique<Impl>(workspace)) {
    impl_->index_old_units();
}
TranslationMemory::~TranslationMemory() = default;
TranslationMemory::TranslationMemory(TranslationMemory&&) noexcept = default;
TranslationMemory& TranslationMemory::operator=(TranslationMemory&&) noexcept = default;

AddResult TranslationMemory::add(const TmUnit& unit) {
    const TmUnit stored = canonical_unit(unit);
    sql::Transaction transaction(impl_->db);
    detail::UnitWriter writer(impl_->db);
    const auto outcome = writer.write(stored);
    writer.finish();
    transaction.commit();
    return {outcome.id, outcome.merged};
}

AddBeadsSummary TranslationMemory::add_confirmed_beads(std::int64_t alignment_id, const std::string& user) {
    auto& db = impl_->db;
    sql::Statement alignment(
        db,
        "SELECT a.source_document_id, a.target_document_id, s.language, t.language FROM alignment a"
        " JOIN document s ON s.id = a.source_document_id JOIN document t ON t.id = a.target_document_id"
        " WHERE a.id = ?1");
    alignment.bind(1, alignment_id);
    if (!alignment.step()) throw UsageError("the workspace has no alignment " + std::to_string(alignment_id));
    const std::int64_t source_document = alignment.column_int(0);
    const std::int64_t target_document = alignment.column_int(1);
    const std::string source_lang = canonical(alignment.column_text(2));
    const std::string target_lang = canonical(alignment.column_text(3));

    const auto segments = [&db](std::int64_t document) {
        sql::Statement query(db, "SELECT text FROM segment WHERE document_id = ?1 ORDER BY ordinal");
        query.bind(1, document);
        std::vector<std::string> texts;
        while (query.step()) texts.push_back(query.column_text(0));
        return texts;
    };
    const auto source = segments(source_document);
    const auto target = segments(target_document);
    const auto join = [](const std::vector<std::string>& texts, std::int64_t begin, std::int64_t count) {
        std::string out;
        for (auto i = begin; i < begin + count && i < static_cast<std::int64_t>(texts.size()); ++i) {
            if (texts[static_cast<std::size_t>(i)].empty()) continue;
            if (!out.empty()) out += ' ';
            out += texts[static_cast<std::size_t>(i)];
        }
        return out;
    };

    // Every bead is read: a bead's segments begin after those of the beads before it.
    sql::Statement beads(db,
                         "SELECT source_count, target_count, status = 'confirmed' FROM bead"
                         " WHERE alignment_id = ?1 ORDER BY ordinal");
    beads.bind(1, alignment_id);
    AddBeadsSummary summary;
    sql::Transaction transaction(db);
    detail::UnitWriter writer(db);
    std::int64_t next_source = 0;
    std::int64_t next_target = 0;
    while (beads.step()) {
        const auto source_begin = next_source;
        const auto source_count = beads.column_int(0);
        const auto target_begin = next_target;
        const auto target_count = beads.column_int(1);
        next_source += source_count;
        next_target += target_count;
        if (beads.column_int(2) == 0) continue;
        TmUnit unit;
        unit.source_lang = source_lang;
        unit.target_lang = target_lang;
        unit.source_text = join(source, source_begin, source_count);
        unit.target_text = join(target, target_begin, target_count);
        if (unit.source_text.empty() || unit.target_text.empty()) continue;
        unit.source_document = source_document;
        unit.context_before = source_begin > 0 ? join(source, source_begin - 1, 1) : "";
        unit.context_after = join(source, source_begin + source_count, 1);
        unit.created_by = user;
        const auto outcome = writer.write(unit);
        ++(outcome.merged ? summary.merged : summary.added);
    }
    writer.finish();
    transaction.commit();
    return summary;
}

std::vector<TmMatch> TranslationMemory::lookup(const TmQuery& query) {
    const std::string source = canonical(query.source_lang);
    const std::string target = canonical(query.target_lang);
    if (query.threshold < 0 || query.threshold > 100) throw UsageError("the fuzzy threshold is a percentage, 0 to 100");
    auto matches = impl_->exact_matches(query, source, target);
    if (matches.size() < query.max_matches) {
        auto fuzzy = impl_->fuzzy_matches(query, source, target, matches);
        for (auto& match : fuzzy) matches.push_back(std::move(match));
    }
    if (matches.size() > query.max_matches) matches.resize(query.max_matches);
    return matches;
}

std::vector<ConcordanceHit> TranslationMemory::concordance(const ConcordanceQuery& query) {
    const std::string language = canonical(query.language);
    const bool source_side = query.side == ConcordanceSide::Source;
    const auto& folder = impl_->folders(language);
    const std::string terms_text = folder.index_terms(query.text);
    if (terms_text.empty()) return {};
    std::vector<std::string> terms;
    for (std::size_t start = 0; start < terms_text.size();) {
        auto end = terms_text.find(' ', start);
        if (end == std::string::npos) end = terms_text.size();
        terms.push_back(terms_text.substr(start, end - start));
        start = end + 1;
    }

    std::vector<std::int64_t> ids;
    auto& match = impl_->match_words;
    match.bind(1, fts_all_terms(source_side ? "source" : "target", terms));
    while (match.step()) ids.push_back(match.column_int(0));
    match.reset();

    std::vector<ConcordanceHit> hits;
    for (const auto id : ids) {
        if (hits.size() >= query.max_hits) break;
        ConcordanceHit hit;
        hit.unit = impl_->read(id);
        if (!language_serves(language, source_side ? hit.unit.source_lang : hit.unit.target_lang)) continue;
        const std::string& text = source_side ? hit.unit.source_text : hit.unit.target_text;
        std::vector<detail::Token> words;
        for (auto& token : detail::tokenize(text)) {
            if (token.kind == detail::TokenKind::Word) token.text = folder.index_terms(token.text);
            if (token.kind == detail::TokenKind::Word || token.kind == detail::TokenKind::Number) {
                words.push_back(std::move(token));
            }
        }
        for (std::size_t i = 0; i + terms.size() <= words.size(); ++i) {
            bool all = true;
            for (std::size_t j = 0; j < terms.size() && all; ++j) all = words[i + j].text == terms[j];
            if (all) hit.hits.push_back({words[i].begin, words[i + terms.size() - 1].end});
        }
        if (!hit.hits.empty()) hits.push_back(std::move(hit));
    }
    return hits;
}

std::optional<TmUnit> TranslationMemory::unit(std::int64_t id) {
    auto& statement = impl_->by_id;
    statement.bind(1, id);
    std::optional<TmUnit> found;
    if (statement.step()) found = detail::read_unit(statement);
    statement.reset();
    return found;
}

TmStats TranslationMemory::stats() {
    auto& db = impl_->db;
    TmStats stats;
    sql::Statement totals(db,
                          "SELECT count(*), count(DISTINCT source_document), coalesce(min(created_at), ''),"
                          " coalesce(max(created_at), ''),"
                          " sum(CASE WHEN source_tags IS NOT NULL OR target_tags IS NOT NULL THEN 1 ELSE 0 END)"
                          " FROM tm_unit");
    totals.step();
    stats.units = static_cast<std::size_t>(totals.column_int(0));
    stats.documents = static_cast<std::size_t>(totals.column_int(1));
    stats.oldest = totals.column_text(2);
    stats.newest = totals.column_text(3);
    stats.units_with_tags = static_cast<std::size_t>(totals.column_int(4));
    sql::Statement pairs(db,
                         "SELECT source_lang, target_lang, count(*) FROM tm_unit GROUP BY source_lang, target_lang"
                         " ORDER BY count(*) DESC, source_lang, target_lang");
    while (pairs.step()) {
        stats.pairs.push_back(
            {pairs.column_text(0), pairs.column_text(1), static_cast<std::size_t>(pairs.column_int(2))});
    }
    return stats;
}

}  // namespace korpu
