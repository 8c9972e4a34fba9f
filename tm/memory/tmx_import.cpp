#include "tm/memory/tmx_import.hpp"

#include <exception>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/core/language.hpp"
#include "tm/memory/detail/batch_queue.hpp"
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

// Into an empty memory, tm_unit's indexes are dropped for the import and built again at its end: sorting a
// million keys once is cheaper than a million random B-tree inserts per index (docs/translation-memory.md). The
// definitions are read back from the schema, so they stay those of schema.cpp. Everything happens inside the
// import's transaction: if it fails, the indexes come back with the rollback.
class DeferredIndexes {
  public:
    explicit DeferredIndexes(sql::Database& db) : db_(db) {
        if (db.query_int("SELECT EXISTS (SELECT 1 FROM tm_unit)") == 1) return;
        sql::Statement indexes(db,
                               "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tm_unit'"
                               " AND sql IS NOT NULL");
        while (indexes.step()) definitions_.emplace_back(indexes.column_text(0), indexes.column_text(1));
        for (const auto& [name, sql] : definitions_) db.execute("DROP INDEX \"" + name + "\"");
    }
    void rebuild() {
        for (const auto& [name, sql] : definitions_) db_.execute(sql);
        definitions_.clear();
    }

  private:
    sql::Database& db_;
    std::vector<std::pair<std::string, std::string>> definitions_;
};

// What the reader thread hands to the writer: units ready to store, with their index keys computed.
struct PreparedUnit {
    TmUnit unit;
    detail::IndexKeys keys;
};

struct Batch {
    std::vector<PreparedUnit> units;
    std::size_t units_read = 0;  // <tu> elements behind this batch
    std::size_t skipped = 0;
    std::uint64_t bytes_read = 0;
};

// Units per batch and batches in flight: 1,000 units are about 0.3 MB, so the queue holds at most ~1.2 MB.
constexpr std::size_t kBatchUnits = 1000;
constexpr std::size_t kBatchesInFlight = 4;
// Distinct language tags remembered in their canonical form: a file uses a handful; a file with more only
// parses some of them again.
constexpr std::size_t kRememberedTags = 64;

// Reads the file and turns each <tu> into the units of the wanted pair.
class UnitProducer {
  public:
    UnitProducer(detail::TmxReader& reader, const std::filesystem::path& file, const TmxImportOptions& options)
        : reader_(reader), file_(file) {
        wanted_source_ = canonical_or_empty(options.source_lang);
        wanted_target_ = canonical_or_empty(options.target_lang);
        try {
            header_source_ = canonical_or_empty(reader.header().source_language);
        } catch (const UsageError&) {
            throw InputError(file,
                             "the header's srclang \"" + reader.header().source_language + "\" is not a language tag");
        }
    }

    // The next batch; an empty one (units_read == 0) at the end of the file.
    Batch next() {
        Batch batch;
        while (batch.units.size() < kBatchUnits && reader_.next(read_)) {
            ++batch.units_read;
            if (!add_units(batch.units)) ++batch.skipped;
        }
        batch.bytes_read = reader_.bytes_read();
        return batch;
    }

  private:
    bool add_units(std::vector<PreparedUnit>& out);
    // Language::parse(written).tag(), remembered for the few tags a file uses.
    const std::string& canonical_tag(const std::string& written) {
        const auto found = canonical_tags_.find(written);
        if (found != canonical_tags_.end()) return found->second;
        if (canonical_tags_.size() == kRememberedTags) canonical_tags_.clear();
        return canonical_tags_.emplace(written, Language::parse(written).tag()).first->second;
    }

    detail::TmxReader& reader_;
    std::filesystem::path file_;
    std::string wanted_source_;
    std::string wanted_target_;
    std::string header_source_;
    detail::TmxUnitRead read_;
    std::vector<std::string> languages_;
    std::unordered_map<std::string, std::string> canonical_tags_;
    detail::FolderCache folders_;
};

bool UnitProducer::add_units(std::vector<PreparedUnit>& out) {
    languages_.clear();
    for (const auto& variant : read_.variants) {
        try {
            languages_.push_back(canonical_tag(variant.language));
        } catch (const UsageError&) {
            throw InputError(file_, read_.line, 0,
                             "a <tuv> has xml:lang=\"" + variant.language + "\", which is not a language tag");
        }
    }
    std::string source = wanted_source_;
    if (source.empty() && !read_.source_language.empty() && read_.source_language != "*all*") {
        try {
            source = canonical_or_empty(read_.source_language);
        } catch (const UsageError&) {
            throw InputError(file_, read_.line, 0,
                             "a <tu> has srclang=\"" + read_.source_language + "\", which is not a language tag");
        }
    }
    if (source.empty()) source = header_source_;
    std::size_t source_index = read_.variants.size();
    for (std::size_t i = 0; i < read_.variants.size() && source_index == read_.variants.size(); ++i) {
        if (source.empty() || language_serves(source, languages_[i])) source_index = i;
    }
    bool stored = false;
    for (std::size_t i = 0; i < read_.variants.size() && source_index < read_.variants.size(); ++i) {
        if (i == source_index || languages_[i] == languages_[source_index]) continue;
        if (!wanted_target_.empty() && !language_serves(wanted_target_, languages_[i])) continue;
        const auto& from = read_.variants[source_index];
        const auto& to = read_.variants[i];
        if (from.text.empty() || to.text.empty()) continue;
        PreparedUnit prepared;
        TmUnit& unit = prepared.unit;
        unit.source_lang = languages_[source_index];
        unit.target_lang = languages_[i];
        unit.source_text = from.text;
        unit.target_text = to.text;
        unit.source_tags = from.tags;
        unit.target_tags = to.tags;
        unit.created_at = read_.created_at;
        unit.created_by = read_.created_by;
        unit.changed_at = read_.changed_at;
        unit.changed_by = read_.changed_by;
        unit.tmx.unit_attributes = read_.attributes;
        unit.tmx.unit_elements = read_.elements;
        unit.tmx.source_attributes = from.attributes;
        unit.tmx.source_elements = from.elements;
        unit.tmx.target_attributes = to.attributes;
        unit.tmx.target_elements = to.elements;
        prepared.keys = detail::index_keys(folders_, unit);
        out.push_back(std::move(prepared));
        stored = true;
        if (!wanted_target_.empty()) break;
    }
    return stored;
}

// Runs the producer on its own thread, so that parsing and folding overlap with the database writes.
// The destructor stops and joins it, also when the writer failed.
class ReaderThread {
  public:
    explicit ReaderThread(UnitProducer& producer) : queue_(kBatchesInFlight) {
        thread_ = std::thread([this, &producer] {
            try {
                for (;;) {
                    Batch batch = producer.next();
                    const bool last = batch.units_read == 0;
                    if (!queue_.push(std::move(batch)) || last) break;
                }
            } catch (...) {
                failure_ = std::current_exception();
            }
            queue_.close();
        });
    }
    ~ReaderThread() {
        queue_.close();
        thread_.join();
    }
    ReaderThread(const ReaderThread&) = delete;
    ReaderThread& operator=(const ReaderThread&) = delete;

    // The next batch; nothing at the end. Rethrows the reader's error (malformed file).
    std::optional<Batch> next() {
        auto batch = queue_.pop();
        if (!batch || batch->units_read == 0) {
            if (failure_) std::rethrow_exception(failure_);
            return std::nullopt;
        }
        return batch;
    }

  private:
    detail::BatchQueue<Batch> queue_;
    std::exception_ptr failure_;
    std::thread thread_;
};

}  // namespace

TmxImportSummary import_tmx(Workspace& workspace, const std::filesystem::path& file, const TmxImportOptions& options,
                            const TmxImportProgress& progress) {
    detail::TmxReader reader(file);
    UnitProducer producer(reader, file, options);

    auto& db = workspace.database();
    CacheSizeScope cache(db, kImportCacheKib);
    sql::Transaction transaction(db);
    DeferredIndexes indexes(db);
    detail::UnitWriter writer(db, [&indexes] { indexes.rebuild(); });
    TmxImportSummary summary;
    std::size_t next_progress = kProgressInterval;
    {
        ReaderThread thread(producer);
        while (auto batch = thread.next()) {
            for (const auto& prepared : batch->units) {
                const auto outcome = writer.write(prepared.unit, prepared.keys);
                ++(outcome.merged ? summary.merged : summary.added);
            }
            summary.units_read += batch->units_read;
            summary.skipped += batch->skipped;
            if (progress && summary.units_read >= next_progress) {
                progress(batch->bytes_read, reader.file_size(), summary.units_read);
                next_progress += kProgressInterval;
            }
        }
    }
    writer.finish();
    indexes.rebuild();
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
