#include "tm/edit/alignment_editor.hpp"

#include <algorithm>

#include "tm/align/document_aligner.hpp"
#include "tm/memory/translation_memory.hpp"
#include "tm/store/detail/sqlite.hpp"
#include "tm/store/document_store.hpp"
#include "tm/store/workspace.hpp"

namespace korpu {
namespace {

// Beads a reviewer made by hand: the aligner's doubt no longer applies, so full confidence, and the
// status stays "automatic" until the reviewer confirms them.
Bead manual_bead(std::size_t source_begin, std::size_t source_count, std::size_t target_begin,
                 std::size_t target_count) {
    Bead bead;
    bead.source_begin = source_begin;
    bead.source_count = source_count;
    bead.target_begin = target_begin;
    bead.target_count = target_count;
    return bead;
}

std::size_t& begin_of(Bead& bead, Side side) { return side == Side::Source ? bead.source_begin : bead.target_begin; }
std::size_t& count_of(Bead& bead, Side side) { return side == Side::Source ? bead.source_count : bead.target_count; }
std::size_t count_of(const Bead& bead, Side side) {
    return side == Side::Source ? bead.source_count : bead.target_count;
}
Side other(Side side) { return side == Side::Source ? Side::Target : Side::Source; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string trim_right(std::string text) {
    while (!text.empty() && is_space(text.back())) text.pop_back();
    return text;
}

std::string trim_left(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && is_space(text[i])) ++i;
    return text.substr(i);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('\n', start);
        auto line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (end == std::string::npos) return lines;
        start = end + 1;
    }
}

bool document_is_shared(sql::Database& db, std::int64_t alignment, std::int64_t document) {
    sql::Statement query(db,
                         "SELECT count(*) FROM alignment WHERE id <> ?1"
                         " AND (source_document_id = ?2 OR target_document_id = ?2)");
    query.bind(1, alignment).bind(2, document);
    query.step();
    return query.column_int(0) > 0;
}

std::string bead_name(std::size_t bead) { return "bead " + std::to_string(bead + 1); }

}  // namespace

AlignmentEditor::AlignmentEditor(Workspace& workspace, std::int64_t alignment_id)
    : workspace_(workspace), document_(load_aligned_document(workspace, alignment_id)) {
    ref_ = {alignment_id, document_.source_info.id, document_.target_info.id};
    ordinals_ = load_alignment_ordinals(workspace, ref_);
    source_shared_ = document_is_shared(workspace.database(), alignment_id, ref_.source_document);
    target_shared_ = document_is_shared(workspace.database(), alignment_id, ref_.target_document);
}

std::vector<std::string> AlignmentEditor::segments(std::size_t bead, Side side) const {
    check_bead(bead);
    const Bead& b = document_.beads[bead];
    const auto& all = side == Side::Source ? document_.source_segments : document_.target_segments;
    const auto begin = side == Side::Source ? b.source_begin : b.target_begin;
    const auto first = all.begin() + static_cast<std::ptrdiff_t>(begin);
    return {first, first + static_cast<std::ptrdiff_t>(count_of(b, side))};
}

std::string AlignmentEditor::text(std::size_t bead, Side side) const {
    std::string joined;
    const auto parts = segments(bead, side);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) joined += '\n';
        joined += parts[i];
    }
    return joined;
}

void AlignmentEditor::check_bead(std::size_t bead) const {
    if (bead >= document_.beads.size()) {
        throw EditRefused("the alignment has no " + bead_name(bead) + " (it has " +
                          std::to_string(document_.beads.size()) + ")");
    }
}

void AlignmentEditor::check_count_change(const Splice& splice) const {
    if ((source_shared_ && splice.source_delta() != 0) || (target_shared_ && splice.target_delta() != 0)) {
        throw EditRefused(
            "the document takes part in another alignment too: adding or removing its sentences here would "
            "break that alignment");
    }
}

Splice AlignmentEditor::bead_splice(std::size_t first, std::size_t count, std::vector<Bead> after) const {
    Splice splice;
    splice.bead_begin = first;
    const auto from = document_.beads.begin() + static_cast<std::ptrdiff_t>(first);
    splice.beads_before.assign(from, from + static_cast<std::ptrdiff_t>(count));
    splice.beads_after = std::move(after);
    return splice;
}

SegmentChange& AlignmentEditor::side_change(Splice& splice, Side side) const {
    return side == Side::Source ? splice.source : splice.target;
}

EditOutcome AlignmentEditor::merge_with_next(std::size_t bead) {
    check_bead(bead);
    if (bead + 1 >= document_.beads.size()) throw EditRefused(bead_name(bead) + " is the last: nothing follows it");
    const Bead& a = document_.beads[bead];
    const Bead& b = document_.beads[bead + 1];
    auto splice = bead_splice(bead, 2,
                              {manual_bead(a.source_begin, a.source_count + b.source_count, a.target_begin,
                                           a.target_count + b.target_count)});
    return commit(std::move(splice), "merge", bead);
}

EditOutcome AlignmentEditor::merge_with_previous(std::size_t bead) {
    check_bead(bead);
    if (bead == 0) throw EditRefused("bead 1 is the first: nothing comes before it");
    return merge_with_next(bead - 1);
}

EditOutcome AlignmentEditor::split(std::size_t bead, Side side, std::size_t offset) {
    auto lines = segments(bead, side);
    const auto full = text(bead, side);
    if (offset > full.size()) throw EditRefused("the cursor is past the end of " + bead_name(bead));
    std::size_t line = 0;
    std::size_t start = 0;
    while (line + 1 < lines.size() && offset > start + lines[line].size()) {
        start += lines[line].size() + 1;
        ++line;
    }
    const auto column = offset - start;
    auto after_lines = lines;
    std::size_t keep = line;
    if (lines.empty()) {
        keep = 0;
    } else if (column >= lines[line].size()) {
        keep = line + 1;
    } else if (column > 0) {
        auto left = trim_right(lines[line].substr(0, column));
        auto right = trim_left(lines[line].substr(column));
        if (left.empty()) {
            keep = line;
        } else if (right.empty()) {
            keep = line + 1;
        } else {
            after_lines[line] = std::move(left);
            after_lines.insert(after_lines.begin() + static_cast<std::ptrdiff_t>(line) + 1, std::move(right));
            keep = line + 1;
        }
    }
    if (keep == 0 || keep >= after_lines.size()) {
        throw EditRefused("the cursor is at the beginning or the end of " + bead_name(bead) +
                          "'s text: there is nothing to split off");
    }
    Bead first = document_.beads[bead];
    Bead second = first;
    const auto side_begin = begin_of(first, side);
    count_of(first, side) = keep;
    begin_of(second, side) = side_begin + keep;
    count_of(second, side) = after_lines.size() - keep;
    begin_of(second, other(side)) = begin_of(first, other(side)) + count_of(first, other(side));
    count_of(second, other(side)) = 0;
    first = manual_bead(first.source_begin, first.source_count, first.target_begin, first.target_count);
    second = manual_bead(second.source_begin, second.source_count, second.target_begin, second.target_count);
    auto splice = bead_splice(bead, 1, {first, second});
    if (after_lines != lines) side_change(splice, side) = {side_begin, std::move(lines), std::move(after_lines)};
    return commit(std::move(splice), "split", bead + 1);
}

EditOutcome AlignmentEditor::move_first_segment_to_previous(std::size_t bead, Side side) {
    check_bead(bead);
    if (bead == 0) throw EditRefused("bead 1 is the first: there is no bead before it to move a sentence to");
    Bead current = document_.beads[bead];
    if (count_of(current, side) == 0) throw EditRefused(bead_name(bead) + " has no sentence on that side to move");
    Bead previous = document_.beads[bead - 1];
    ++count_of(previous, side);
    ++begin_of(current, side);
    --count_of(current, side);
    std::vector<Bead> after{
        manual_bead(previous.source_begin, previous.source_count, previous.target_begin, previous.target_count)};
    const bool emptied = current.source_count == 0 && current.target_count == 0;
    if (!emptied) {
        after.push_back(
            manual_bead(current.source_begin, current.source_count, current.target_begin, current.target_count));
    }
    return commit(bead_splice(bead - 1, 2, std::move(after)), "move sentence", emptied ? bead - 1 : bead);
}

EditOutcome AlignmentEditor::move_last_segment_to_next(std::size_t bead, Side side) {
    check_bead(bead);
    if (bead + 1 >= document_.beads.size()) {
        throw EditRefused(bead_name(bead) + " is the last: there is no bead after it to move a sentence to");
    }
    Bead current = document_.beads[bead];
    if (count_of(current, side) == 0) throw EditRefused(bead_name(bead) + " has no sentence on that side to move");
    Bead next = document_.beads[bead + 1];
    --count_of(current, side);
    --begin_of(next, side);
    ++count_of(next, side);
    std::vector<Bead> after;
    const bool emptied = current.source_count == 0 && current.target_count == 0;
    if (!emptied) {
        after.push_back(
            manual_bead(current.source_begin, current.source_count, current.target_begin, current.target_count));
    }
    after.push_back(manual_bead(next.source_begin, next.source_count, next.target_begin, next.target_count));
    return commit(bead_splice(bead, 2, std::move(after)), "move sentence", bead);
}

EditOutcome AlignmentEditor::insert_empty_counterpart(std::size_t bead) {
    check_bead(bead);
    Bead changed = document_.beads[bead];
    Side empty_side = Side::Source;
    if (changed.source_count == 0) {
        empty_side = Side::Source;
    } else if (changed.target_count == 0) {
        empty_side = Side::Target;
    } else {
        throw EditRefused(bead_name(bead) + " has text on both sides: it needs no empty counterpart");
    }
    count_of(changed, empty_side) = 1;
    auto splice = bead_splice(bead, 1, {changed});
    side_change(splice, empty_side) = {begin_of(changed, empty_side), {}, {std::string()}};
    return commit(std::move(splice), "insert counterpart", bead);
}

EditOutcome AlignmentEditor::remove(std::size_t bead) {
    check_bead(bead);
    const Bead& removed = document_.beads[bead];
    auto splice = bead_splice(bead, 1, {});
    splice.source = {removed.source_begin, segments(bead, Side::Source), {}};
    splice.target = {removed.target_begin, segments(bead, Side::Target), {}};
    const auto focus = bead + 1 < document_.beads.size() ? bead : (bead > 0 ? bead - 1 : 0);
    return commit(std::move(splice), "delete", focus);
}

EditOutcome AlignmentEditor::set_status(std::size_t bead, BeadStatus status) {
    check_bead(bead);
    Bead changed = document_.beads[bead];
    if (changed.status == status) return {bead, 0, 0, bead};
    changed.status = status;
    const bool confirming = status == BeadStatus::Confirmed;
    return commit(bead_splice(bead, 1, {changed}), confirming ? "confirm" : "status", bead, false,
                  confirming && memory_ ? std::function<void()>([this, bead] { enter_into_memory(bead); })
                                        : std::function<void()>());
}

void AlignmentEditor::set_memory(TranslationMemory* memory, std::string user) {
    memory_ = memory;
    memory_user_ = std::move(user);
}

void AlignmentEditor::enter_into_memory(std::size_t bead) {
    // As TranslationMemory::add_confirmed_beads makes them: the bead's texts, and the source segments
    // either side of it as context.
    const auto join = [](const std::vector<std::string>& texts, std::size_t begin, std::size_t count) {
        std::string out;
        for (auto i = begin; i < begin + count && i < texts.size(); ++i) {
            if (texts[i].empty()) continue;
            if (!out.empty()) out += ' ';
            out += texts[i];
        }
        return out;
    };
    const Bead& b = document_.beads[bead];
    TmUnit unit;
    unit.source_lang = document_.source_info.language.tag();
    unit.target_lang = document_.target_info.language.tag();
    unit.source_text = join(document_.source_segments, b.source_begin, b.source_count);
    unit.target_text = join(document_.target_segments, b.target_begin, b.target_count);
    if (unit.source_text.empty() || unit.target_text.empty()) return;
    unit.source_document = document_.source_info.id;
    unit.context_before = b.source_begin > 0 ? join(document_.source_segments, b.source_begin - 1, 1) : "";
    unit.context_after = join(document_.source_segments, b.source_begin + b.source_count, 1);
    unit.created_by = memory_user_;
    memory_->add(unit);
}

EditOutcome AlignmentEditor::realign_unconfirmed() {
    DocumentStore documents(workspace_);
    const auto beads =
        realign_documents(documents.content(ref_.source_document), documents.content(ref_.target_document),
                          document_.source_info.language, document_.target_info.language, document_.beads);
    // Only the run between the first and the last bead that changed becomes the edit.
    const auto& old = document_.beads;
    std::size_t first = 0;
    while (first < old.size() && first < beads.size() && old[first] == beads[first] &&
           old[first].status == beads[first].status)
        ++first;
    std::size_t old_end = old.size();
    std::size_t new_end = beads.size();
    while (old_end > first && new_end > first && old[old_end - 1] == beads[new_end - 1] &&
           old[old_end - 1].status == beads[new_end - 1].status) {
        --old_end;
        --new_end;
    }
    if (old_end == first && new_end == first) return {first, 0, 0, std::min(first, old.empty() ? 0 : old.size() - 1)};
    auto splice = bead_splice(first, old_end - first,
                              std::vector<Bead>(beads.begin() + static_cast<std::ptrdiff_t>(first),
                                                beads.begin() + static_cast<std::ptrdiff_t>(new_end)));
    return commit(std::move(splice), "realign", first);
}

EditOutcome AlignmentEditor::set_text(std::size_t bead, Side side, const std::string& text, Typing typing) {
    auto before = segments(bead, side);
    auto after = before.empty() && text.empty() ? std::vector<std::string>{} : lines_of(text);
    if (after == before) return {bead, 0, 0, bead};
    Bead changed = document_.beads[bead];
    count_of(changed, side) = after.size();
    if (changed.source_count == 0 && changed.target_count == 0) {
        throw EditRefused(bead_name(bead) + " would be empty on both sides: delete it instead");
    }
    auto splice = bead_splice(bead, 1, {changed});
    side_change(splice, side) = {begin_of(changed, side), std::move(before), std::move(after)};
    const bool continues =
        typing == Typing::Continue && typing_open_ && typing_bead_ == bead && typing_side_ == side && !undo_.empty();
    auto outcome = commit(std::move(splice), "typing", bead, continues);
    typing_open_ = true;
    typing_bead_ = bead;
    typing_side_ = side;
    return outcome;
}

EditOutcome AlignmentEditor::commit(Splice splice, std::string name, std::size_t focus, bool continues_typing,
                                    const std::function<void()>& also) {
    check_count_change(splice);
    auto outcome = apply(splice, focus, also);
    redo_.clear();
    typing_open_ = false;
    if (continues_typing) {
        // One undo step from the text as it was before the typing began to the text as it is now.
        Splice& open = undo_.back().splice;
        open.beads_after = std::move(splice.beads_after);
        open.source.after = std::move(splice.source.after);
        open.target.after = std::move(splice.target.after);
    } else {
        undo_.push_back({std::move(splice), std::move(name)});
    }
    return outcome;
}

EditOutcome AlignmentEditor::apply(const Splice& splice, std::size_t focus, const std::function<void()>& also) {
    AlignmentOrdinals ordinals;
    if (also) {
        sql::Transaction transaction(workspace_.database());
        ordinals = store_splice(workspace_, ref_, splice, ordinals_);
        also();
        transaction.commit();
    } else {
        ordinals = store_splice(workspace_, ref_, splice, ordinals_);
    }
    ordinals_ = std::move(ordinals);
    apply_in_memory(document_, splice);
    const auto last = document_.beads.empty() ? 0 : document_.beads.size() - 1;
    return {splice.bead_begin, splice.beads_before.size(), splice.beads_after.size(), std::min(focus, last)};
}

std::string AlignmentEditor::undo_name() const { return undo_.empty() ? std::string() : undo_.back().name; }

std::string AlignmentEditor::redo_name() const { return redo_.empty() ? std::string() : redo_.back().name; }

EditOutcome AlignmentEditor::undo() {
    if (undo_.empty()) throw EditRefused("there is nothing to undo");
    const auto reversed = undo_.back().splice.reversed();
    auto outcome = apply(reversed, reversed.bead_begin);
    typing_open_ = false;
    redo_.push_back(std::move(undo_.back()));
    undo_.pop_back();
    return outcome;
}

EditOutcome AlignmentEditor::redo() {
    if (redo_.empty()) throw EditRefused("there is nothing to redo");
    auto outcome = apply(redo_.back().splice, redo_.back().splice.bead_begin);
    typing_open_ = false;
    undo_.push_back(std::move(redo_.back()));
    redo_.pop_back();
    return outcome;
}

}  // namespace korpu
