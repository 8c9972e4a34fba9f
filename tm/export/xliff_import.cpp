#include "tm/export/xliff_import.hpp"

#include <map>
#include <optional>
#include <set>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/core/language.hpp"
#include "tm/export/bead_stream.hpp"
#include "tm/export/xliff_reader.hpp"
#include "tm/export/xliff_state.hpp"
#include "tm/segment/sentence_splitter.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/ordinal_keys.hpp"
#include "tm/store/segment_insertion.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

struct Change {
    std::size_t bead = 0;
    std::optional<std::string> target;  // new target text, when it differs
    std::optional<BeadStatus> status;   // new status, when it differs
    std::optional<std::string> note;    // new note, when it differs
    bool fills_gap = false;             // the bead has no target segment yet (1-0)
};

[[noreturn]] void reject(const std::filesystem::path& file, const XliffUnit& unit, const std::string& message) {
    throw InputError(file, unit.line, unit.column, "unit \"" + unit.id + "\": " + message);
}

std::optional<BeadStatus> unit_status(const std::filesystem::path& file, const XliffFile& xliff,
                                      const XliffUnit& unit) {
    try {
        return xliff.version == XliffVersion::V2_0 ? status_from_xliff2(unit.state, unit.sub_state)
                                                   : status_from_xliff12(unit.state, unit.approved);
    } catch (const UsageError& error) {
        reject(file, unit, error.what());
    }
}

std::string canonical_tag(const std::filesystem::path& file, const XliffFile& xliff, const std::string& tag) {
    try {
        return Language::parse(tag).tag();
    } catch (const UsageError&) {
        throw InputError(file, xliff.languages_line, xliff.languages_column,
                         "\"" + tag + "\" is not a language tag (the file must name both languages)");
    }
}

// The new texts of a bead's target segments: one segment takes the whole text; several take the
// sentences of the text when it has as many, otherwise the first takes it all and the others are emptied
// (bead_stream.cpp leaves empty segments out), so that the bead chain stays as it is.
std::vector<std::string> target_segments(const std::string& text, std::size_t count, const Language& language) {
    if (count == 1) return {text};
    auto sentences = split_sentences(text, language);
    if (sentences.size() == count) return sentences;
    std::vector<std::string> texts(count);
    texts.front() = text;
    return texts;
}

// Checks every unit against the workspace's beads and lists what differs; throws InputError at the first
// unit that does not match.
std::vector<Change> plan_changes(Workspace& workspace, const std::filesystem::path& file, const XliffFile& xliff,
                                 std::int64_t alignment, const std::vector<ExportBead>& current) {
    if (!current.empty() && (canonical_tag(file, xliff, xliff.source_language) != current.front().source_language ||
                             canonical_tag(file, xliff, xliff.target_language) != current.front().target_language)) {
        throw InputError(file, xliff.languages_line, xliff.languages_column,
                         "its languages (" + xliff.source_language + " to " + xliff.target_language +
                             ") are not those of alignment " + std::to_string(alignment) + " (" +
                             current.front().source_language + " to " + current.front().target_language + ")");
    }
    const bool target_shared = target_document_is_shared(workspace, alignment);
    std::vector<Change> changes;
    std::set<std::size_t> seen;
    for (const auto& unit : xliff.units) {
        const auto id = parse_xliff_unit_id(unit.id);
        if (!id || id->first != alignment) {
            reject(file, unit, "does not belong to alignment " + std::to_string(alignment) + " like the first unit");
        }
        if (id->second >= current.size()) reject(file, unit, "the alignment has no such bead");
        if (!seen.insert(id->second).second) reject(file, unit, "appears twice");
        const auto& bead = current[id->second];
        if (unit.source != bead.source) {
            reject(file, unit,
                   "its source text differs from the workspace's, so the file is not from this "
                   "document or the document changed since the export");
        }
        Change change;
        change.bead = id->second;
        change.fills_gap = bead.target_count == 0;
        if (unit.has_target && unit.target != bead.target) {
            if (change.fills_gap && target_shared) {
                reject(file, unit,
                       "has a new target for a sentence the translation left out, but the translation "
                       "is part of another alignment too, so Körpü cannot add the sentence to it");
            }
            change.target = unit.target;
        }
        const auto status = unit_status(file, xliff, unit);
        if (status && *status != bead.status) change.status = status;
        if (unit.note != bead.note) change.note = unit.note;
        if (change.target || change.status || change.note) changes.push_back(change);
    }
    return changes;
}

// The alignment's rows as they are now: the beads' keys and target positions, and the target's segment keys.
struct ChainRows {
    std::vector<std::int64_t> beads;
    std::vector<std::size_t> target_begin;
    std::vector<std::size_t> target_count;
    std::vector<std::int64_t> target_segments;
};

ChainRows read_chain(Workspace& workspace, std::int64_t alignment, std::int64_t target_document) {
    ChainRows rows;
    sql::Statement query(workspace.database(),
                         "SELECT ordinal, target_count FROM bead WHERE alignment_id = ?1 ORDER BY ordinal");
    query.bind(1, alignment);
    std::size_t begin = 0;
    while (query.step()) {
        const auto count = static_cast<std::size_t>(query.column_int(1));
        rows.beads.push_back(query.column_int(0));
        rows.target_begin.push_back(begin);
        rows.target_count.push_back(count);
        begin += count;
    }
    rows.target_segments = segment_ordinals(workspace, target_document);
    return rows;
}

XliffImportSummary apply_changes(Workspace& workspace, std::int64_t alignment, const std::vector<Change>& changes,
                                 const Language& target_language) {
    auto& db = workspace.database();
    const auto document = AlignmentStore(workspace).info(alignment).target_document;
    sql::Statement update_segment(db, "UPDATE segment SET text = ?3 WHERE document_id = ?1 AND ordinal = ?2");
    sql::Statement update_status(db, "UPDATE bead SET status = ?3 WHERE alignment_id = ?1 AND ordinal = ?2");
    sql::Statement update_note(db, "UPDATE bead SET note = ?3 WHERE alignment_id = ?1 AND ordinal = ?2");
    std::optional<ChainRows> rows;  // read again after a sentence was inserted
    XliffImportSummary summary;
    for (const auto& change : changes) {
        if (!rows) rows = read_chain(workspace, alignment, document);
        const auto ordinal = rows->beads[change.bead];
        if (change.target && change.fills_gap) {
            insert_target_segment(workspace, alignment, change.bead, *change.target);
            rows.reset();
        } else if (change.target) {
            const auto begin = rows->target_begin[change.bead];
            const auto count = rows->target_count[change.bead];
            const auto texts = target_segments(*change.target, count, target_language);
            for (std::size_t k = 0; k < count; ++k) {
                update_segment.bind(1, document).bind(2, rows->target_segments[begin + k]).bind(3, texts[k]).run();
            }
        }
        summary.targets_changed += change.target ? 1 : 0;
        if (change.status) {
            update_status.bind(1, alignment).bind(2, ordinal).bind(3, to_string(*change.status)).run();
            ++summary.statuses_changed;
        }
        if (change.note) {
            const std::optional<std::string> note =
                change.note->empty() ? std::nullopt : std::optional<std::string>(*change.note);
            update_note.bind(1, alignment).bind(2, ordinal).bind(3, note).run();
            ++summary.notes_changed;
        }
    }
    return summary;
}

}  // namespace

XliffImportSummary import_xliff(Workspace& workspace, const std::filesystem::path& file) {
    const auto xliff = read_xliff(file);
    if (xliff.units.empty()) throw InputError(file, "the file holds no translation units");
    const auto first_id = parse_xliff_unit_id(xliff.units.front().id);
    if (!first_id) reject(file, xliff.units.front(), "is not a unit Körpü exported (ids look like \"a1-b0\")");
    const auto alignment = first_id->first;

    // One transaction from the first read to the last write: nobody changes the beads in between.
    sql::Transaction transaction(workspace.database());
    BeadSelection selection;
    selection.alignment = alignment;
    std::vector<ExportBead> current;
    try {
        BeadStream stream(workspace, selection);
        ExportBead bead;
        while (stream.next(bead)) current.push_back(bead);
    } catch (const UsageError&) {
        reject(file, xliff.units.front(), "the workspace has no alignment " + std::to_string(alignment));
    }
    // Every unit names one of `current`, so it is not empty after this.
    const auto changes = plan_changes(workspace, file, xliff, alignment, current);
    auto summary = apply_changes(workspace, alignment, changes, Language::parse(current.front().target_language));
    summary.units = xliff.units.size();
    transaction.commit();
    return summary;
}

}  // namespace korpu
