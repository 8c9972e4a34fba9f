#include "app/editor/alignment_grid_table.hpp"

namespace korpu::editor {
namespace {

// Background of beads that need a reviewer's eye: a light amber, readable under black text.
const wxColour kReviewBackground(255, 236, 179);

wxString utf8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

}  // namespace

AlignmentGridTable::AlignmentGridTable(AlignedDocument document)
    : document_(std::move(document)),
      review_attr_(new wxGridCellAttr),
      text_attr_(new wxGridCellAttr),
      review_text_attr_(new wxGridCellAttr) {
    review_attr_->SetBackgroundColour(kReviewBackground);
    text_attr_->SetRenderer(new wxGridCellAutoWrapStringRenderer);
    review_text_attr_->SetRenderer(new wxGridCellAutoWrapStringRenderer);
    review_text_attr_->SetBackgroundColour(kReviewBackground);
}

AlignmentGridTable::~AlignmentGridTable() {
    review_attr_->DecRef();
    text_attr_->DecRef();
    review_text_attr_->DecRef();
}

int AlignmentGridTable::GetNumberRows() { return static_cast<int>(document_.beads.size()); }

int AlignmentGridTable::GetNumberCols() { return kColumnCount; }

wxString AlignmentGridTable::GetValue(int row, int col) {
    const auto index = static_cast<std::size_t>(row);
    const Bead& bead = document_.beads.at(index);
    switch (col) {
        case kNumber: return wxString::Format("%d", row + 1);
        case kType: return utf8(bead.type());
        case kConfidence: return wxString::Format("%.0f %%", bead.confidence * 100.0);
        case kStatus: return utf8(to_string(bead.status));
        case kSource: return utf8(document_.source_text(index));
        case kTarget: return utf8(document_.target_text(index));
        default: return {};
    }
}

void AlignmentGridTable::SetValue(int, int, const wxString&) {}

wxString AlignmentGridTable::GetColLabelValue(int col) {
    switch (col) {
        case kNumber: return "#";
        case kType: return "Bead";
        case kConfidence: return "Conf.";
        case kStatus: return "Status";
        case kSource: return "Source (" + utf8(document_.source_info.language.tag()) + ")";
        case kTarget: return "Target (" + utf8(document_.target_info.language.tag()) + ")";
        default: return {};
    }
}

wxGridCellAttr* AlignmentGridTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) {
    const bool review = document_.beads.at(static_cast<std::size_t>(row)).status == BeadStatus::NeedsReview;
    const bool text = col == kSource || col == kTarget;
    wxGridCellAttr* attr = text ? (review ? review_text_attr_ : text_attr_) : (review ? review_attr_ : nullptr);
    if (attr) attr->IncRef();
    return attr;
}

}  // namespace korpu::editor
