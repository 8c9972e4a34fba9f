#pragma once
// Edits one alignment of a workspace the way a reviewer fixes it: merge, split, move a sentence to the
// neighbouring bead, insert an empty counterpart, delete, confirm, retype. Every edit is written to the
// workspace in its own transaction as it is made, so a crash loses nothing, and every edit can be undone
// and redone without limit. Headless: the editor window drives it, and so do the tests.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tm/core/error.hpp"
#include "tm/core/side.hpp"
#include "tm/edit/splice.hpp"
#include "tm/edit/splice_store.hpp"
#include "tm/store/aligned_document.hpp"

namespace korpu {

class TranslationMemory;
class Workspace;

// An edit that makes no sense where it was asked for (merging the last bead with the next, splitting at
// the edge of a text, ...). Nothing was changed.
class EditRefused : public Error {
  public:
    using Error::Error;
};

// What an edit changed, for a view to refresh: `removed` beads from `first` on were replaced by `added`
// ones; `focus` is the bead to show next.
struct EditOutcome {
    std::size_t first = 0;
    std::size_t removed = 0;
    std::size_t added = 0;
    std::size_t focus = 0;
    bool changed() const noexcept { return removed != 0 || added != 0; }
};

// Whether retyping continues the previous edit of the same text (one undo step for a burst of typing).
enum class Typing { NewEdit, Continue };

class AlignmentEditor {
  public:
    // Loads the alignment; throws Error when the workspace has no such alignment.
    AlignmentEditor(Workspace& workspace, std::int64_t alignment_id);

    const AlignedDocument& document() const noexcept { return document_; }
    std::size_t bead_count() const noexcept { return document_.beads.size(); }
    const Bead& bead(std::size_t index) const { return document_.beads.at(index); }
    std::vector<std::string> segments(std::size_t bead, Side side) const;
    // One side of a bead as the edit pane shows it: one segment a line.
    std::string text(std::size_t bead, Side side) const;

    EditOutcome merge_with_next(std::size_t bead);
    EditOutcome merge_with_previous(std::size_t bead);
    // Cuts the bead in two at a byte offset of text(bead, side): that side's text before the cut stays with
    // the whole other side, the rest becomes a new bead after it (with nothing on the other side). A cut
    // inside a line splits that segment in two.
    EditOutcome split(std::size_t bead, Side side, std::size_t offset);
    EditOutcome move_first_segment_to_previous(std::size_t bead, Side side);
    EditOutcome move_last_segment_to_next(std::size_t bead, Side side);
    // Gives the empty side of a 1-0 or 0-1 bead an empty segment to type into.
    EditOutcome insert_empty_counterpart(std::size_t bead);
    // Removes the bead with its segments on both sides.
    EditOutcome remove(std::size_t bead);
    EditOutcome set_status(std::size_t bead, BeadStatus status);
    // Confirms the bead; with a memory set, the pair enters it in the same transaction.
    EditOutcome confirm(std::size_t bead) { return set_status(bead, BeadStatus::Confirmed); }
    // Aligns again every stretch between confirmed beads (the aligner's realign_documents), keeping the
    // confirmed beads as they are; one undoable edit.
    EditOutcome realign_unconfirmed();
    // Confirmed beads enter this memory (null: none), as units created by `user`. The memory must use the
    // same workspace and outlive the editor.
    void set_memory(TranslationMemory* memory, std::string user);
    // Replaces one side's text; each line becomes a segment.
    EditOutcome set_text(std::size_t bead, Side side, const std::string& text, Typing typing = Typing::NewEdit);

    bool can_undo() const noexcept { return !undo_.empty(); }
    bool can_redo() const noexcept { return !redo_.empty(); }
    // What the next undo or redo would undo or redo ("merge", "split", ...); empty when there is none.
    std::string undo_name() const;
    std::string redo_name() const;
    EditOutcome undo();
    EditOutcome redo();

  private:
    struct Step {
        Splice splice;
        std::string name;
    };

    EditOutcome commit(Splice splice, std::string name, std::size_t focus, bool continues_typing = false,
                       const std::function<void()>& also = {});
    void enter_into_memory(std::size_t bead);
    EditOutcome apply(const Splice& splice, std::size_t focus, const std::function<void()>& also = {});
    void check_bead(std::size_t bead) const;
    void check_count_change(const Splice& splice) const;
    Splice bead_splice(std::size_t first, std::size_t count, std::vector<Bead> after) const;
    SegmentChange& side_change(Splice& splice, Side side) const;

    Workspace& workspace_;
    AlignmentRef ref_;
    AlignedDocument document_;
    AlignmentOrdinals ordinals_;  // in step with document_
    TranslationMemory* memory_ = nullptr;
    std::string memory_user_;
    bool source_shared_ = false;
    bool target_shared_ = false;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    // The bead and side of the typing the last step recorded, while it may still grow.
    bool typing_open_ = false;
    std::size_t typing_bead_ = 0;
    Side typing_side_ = Side::Source;
};

}  // namespace korpu
