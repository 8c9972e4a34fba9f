#include "tm/memory/tmx_import.hpp"

#include "tm/core/error.hpp"
#include "tm/core/language.hpp"
#include "tm/memory/detail/tmx_reader.hpp"
#include "tm/memory/detail/unit_writer.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Progress every 10,000 units: about a tenth of a second of import, often enough for a live counter.
constexpr std::size_t kProgressInterval = 10000;
// SQLite's page cache during an import, in KiB (negative: KiB rather than pages): 64 MiB keeps the indexes'
// hot pages in memory for a million-unit file and stays well inside the import's 300 MB budget.
constexpr int kImportCacheKib = 65536;

bool language_serves(const std::string& requested, const std::string& stored) {
    return stored == requested ||
           (stored.size() > requested.size() && stored.compare(0, requested.size(), requested) == 0 &&
            stored[requested.size()] == '-');
}

std::string canonical_or_empty(const std::string& tag) {
    if (tag.empty() || tag == "*all*") return {};
    return Language::parse(tag).tag();
}

// Restores the connection's page cache size when the import ends.
class CacheSizeScope {
  public:
    CacheSizeScope(sql::Database& db, int kib) : db_(db), previous_(db.query_int("PRAGMA cache_size")) {
        db_.execute("PRAGMA cache_size = " + std::to_string(-kib));
    }
    ~CacheSizeScope() {
        try {
            db_.execute("PRAGMA cache_size = " + std::to_string(previous_));
        } catch (const Error&) {
            // The connection keeps working with the larger cache; nothing to undo.
        }
    }
    CacheSizeScope(const CacheSizeScope&) = delete;
    CacheSizeScope& operator=(const CacheSizeScope&) = delete;

  private:
    sql::Database& db_;
    std::int64_t previous_;
};

}  // namespace

TmxImportSummary import_tmx(Workspace& workspace, const std::filesystem::path& file, const TmxImportOptions& options,
                            const TmxImportProgress& progress) {
    const std::string wanted_source = canonical_or_empty(options.source_lang);
    const std::string wanted_target = canonical_or_empty(options.target_lang);
    detail::TmxReader reader(file);
    const std::string header_source = [&] {
        try {
            return canonical_or_empty(reader.header().source_language);
        } catch (const UsageError&) {
            throw InputError(file,
                             "the header's srclang \"" + reader.header().source_language + "\" is not a language tag");
        }
    }();

    auto& db = workspace.database();
    CacheSizeScope cache(db, kImportCacheKib);
    sql::Transaction transaction(db);
    detail::UnitWriter writer(db);
    TmxImportSummary summary;
    detail::TmxUnitRead read;
    std::vector<std::string> languages;
    while (reader.next(read)) {
        ++summary.units_read;
        if (progress && summary.units_read % kProgressInterval == 0) {
            progress(reader.bytes_read(), reader.file_size(), summary.units_read);
        }
        languages.clear();
        for (const auto& variant : read.variants) {
            try {
                languages.push_back(Language::parse(variant.language).tag());
            } catch (const UsageError&) {
                throw InputError(file, read.line, 0,
                                 "a <tuv> has xml:lang=\"" + variant.language + "\", which is not a language tag");
            }
        }
        std::string source = wanted_source;
        if (source.empty() && !read.source_language.empty() && read.source_language != "*all*") {
            source = canonical_or_empty(read.source_language);
        }
        if (source.empty()) source = header_source;
        std::size_t source_index = read.variants.size();
        for (std::size_t i = 0; i < read.variants.size() && source_index == read.variants.size(); ++i) {
            if (source.empty() || language_serves(source, languages[i])) source_index = i;
        }
        bool stored = false;
        for (std::size_t i = 0; i < read.variants.size() && source_index < read.variants.size(); ++i) {
            if (i == source_index || languages[i] == languages[source_index]) continue;
            if (!wanted_target.empty() && !language_serves(wanted_target, languages[i])) continue;
            const auto& from = read.variants[source_index];
            const auto& to = read.variants[i];
            if (from.text.empty() || to.text.empty()) continue;
            TmUnit unit;
            unit.source_lang = languages[source_index];
            unit.target_lang = languages[i];
            unit.source_text = from.text;
            unit.target_text = to.text;
            unit.source_tags = from.tags;
            unit.target_tags = to.tags;
            unit.created_at = read.created_at;
            unit.created_by = read.created_by;
            unit.changed_at = read.changed_at;
            unit.changed_by = read.changed_by;
            unit.tmx.unit_attributes = read.attributes;
            unit.tmx.unit_elements = read.elements;
            unit.tmx.source_attributes = from.attributes;
            unit.tmx.source_elements = from.elements;
            unit.tmx.target_attributes = to.attributes;
            unit.tmx.target_elements = to.elements;
            const auto outcome = writer.write(unit);
            ++(outcome.merged ? summary.merged : summary.added);
            stored = true;
            if (!wanted_target.empty()) break;
        }
        if (!stored) ++summary.skipped;
    }
    writer.finish();
    if (!reader.header().elements.empty()) {
        sql::Statement header(db, "INSERT INTO tmx_header (file, elements) VALUES (?1, ?2)");
        header.bind(1, file.filename().u8string()).bind(2, reader.header().elements);
        header.run();
    }
    transaction.commit();
    if (progress) progress(reader.file_size(), reader.file_size(), summary.units_read);
    return summary;
}

}  // namespace korpu
