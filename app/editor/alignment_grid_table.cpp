#include "app/editor/alignment_grid_table.hpp"

#include <algorithm>

#include "app/editor/editor_colours.hpp"
#include "app/editor/translate.hpp"
#include "app/editor/wrapped_text_renderer.hpp"

namespace korpu::editor {
namespace {

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

wxString status_label(BeadStatus status) {
    switch (status) {
        case BeadStatus::NeedsReview: return tr("review");
        case BeadStatus::Confirmed: return tr("confirmed");
        case BeadStatus::Automatic: break;
    }
    return tr("automatic");
}

wxGridCellAttr* make_attr(const wxColour& background) {
    auto* attr = new wxGridCellAttr;
    attr->SetBackgroundColour(background);
    attr->SetRenderer(new WrappedTextRenderer);
    return attr;
}

}  // namespace

AlignmentGridTable::AlignmentGridTable(const AlignmentEditor* editor)
    : editor_(editor), review_attr_(make_attr(kReviewBackground)), confirmed_attr_(make_attr(kConfirmedBackground)) {}

AlignmentGridTable::~AlignmentGridTable() {
    for (auto* attr : {review_attr_, confirmed_attr_}) {
        attr->DecRef();
    }
}

int AlignmentGridTable::GetNumberRows() {
    if (!editor_) return 0;
    return static_cast<int>(filtered() ? rows_.size() : editor_->bead_count());
}

int AlignmentGridTable::GetNumberCols() { return kColumnCount; }

std::size_t AlignmentGridTable::bead_of_row(int row) const {
    const auto index = static_cast<std::size_t>(row);
    return filtered() ? rows_.at(index) : index;
}

int AlignmentGridTable::row_of_bead(std::size_t bead) const {
    if (!filtered()) return static_cast<int>(bead);
    const auto at = std::upper_bound(rows_.begin(), rows_.end(), bead);
    if (at == rows_.begin()) return rows_.empty() ? -1 : 0;
    return static_cast<int>(at - rows_.begin()) - 1;
}

wxString AlignmentGridTable::GetValue(int row, int col) {
    const auto index = bead_of_row(row);
    const Bead& bead = editor_->bead(index);
    const auto& document = editor_->document();
    switch (col) {
        case kNumber: return wxString::Format("%zu", index + 1);
        case kType: return utf8(bead.type());
        case kConfidence: return wxString::Format("%.0f %%", bead.confidence * 100.0);
        case kStatus: return status_label(bead.status);
        case kSource: return utf8(document.source_text(index));
        case kTarget: return utf8(document.target_text(index));
        default: return {};
    }
}

void AlignmentGridTable::SetValue(int, int, const wxString&) {}

wxString AlignmentGridTable::GetColLabelValue(int col) {
    const auto language = [this](bool source) {
        if (!editor_) return wxString();
        const auto& info = source ? editor_->document().source_info : editor_->document().target_info;
        return " (" + utf8(info.language.tag()) + ")";
    };
    switch (col) {
        case kNumber: return "#";
        case kType: return tr("Bead");
        case kConfidence: return tr("Conf.");
        case kStatus: return tr("Status");
        case kSource: return tr("Source") + language(true);
        case kTarget: return tr("Target") + language(false);
        default: return {};
    }
}

wxGridCellAttr* AlignmentGridTable::GetAttr(int row, int, wxGridCellAttr::wxAttrKind) {
    const Bead& bead = editor_->bead(bead_of_row(row));
    wxGridCellAttr* attr = nullptr;
    if (bead.status == BeadStatus::Confirmed) {
        attr = confirmed_attr_;
    } else if (bead.status == BeadStatus::NeedsReview || is_low_confidence(bead)) {
        attr = review_attr_;
    }
    if (attr) attr->IncRef();
    return attr;
}

void AlignmentGridTable::rebuild_rows() {
    rows_.clear();
    if (editor_ && filter_ != BeadFilter::All) rows_ = filter_beads(editor_->document().beads, filter_);
}

void AlignmentGridTable::announce_row_count(int before) {
    if (!GetView()) return;
    const int after = GetNumberRows();
    if (after < before) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_DELETED, after, before - after);
        GetView()->ProcessTableMessage(message);
    } else if (after > before) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_APPENDED, after - before);
        GetView()->ProcessTableMessage(message);
    }
}

void AlignmentGridTable::set_filter(BeadFilter filter) {
    const int before = GetNumberRows();
    filter_ = filter;
    chosen_ = false;
    rebuild_rows();
    announce_row_count(before);
}

void AlignmentGridTable::show_only(std::vector<std::size_t> beads) {
    const int before = GetNumberRows();
    filter_ = BeadFilter::All;
    chosen_ = true;
    rows_ = std::move(beads);
    announce_row_count(before);
}

void AlignmentGridTable::apply(const EditOutcome& outcome) {
    if (chosen_) {
        const int before = GetNumberRows();
        rows_ = beads_after_edit(rows_, outcome.first, outcome.removed, outcome.added);
        announce_row_count(before);
        return;
    }
    if (filter_ != BeadFilter::All) {
        const int before = GetNumberRows();
        rebuild_rows();
        announce_row_count(before);
        return;
    }
    if (!GetView() || outcome.removed == outcome.added) return;
    const auto position = static_cast<int>(outcome.first + std::min(outcome.removed, outcome.added));
    if (outcome.removed > outcome.added) {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_DELETED, position,
                                   static_cast<int>(outcome.removed - outcome.added));
        GetView()->ProcessTableMessage(message);
    } else {
        wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_INSERTED, position,
                                   static_cast<int>(outcome.added - outcome.removed));
        GetView()->ProcessTableMessage(message);
    }
}

}  // namespace korpu::editor
