#pragma once
// Menu command identifiers of the editor window (the standard ones, wxID_UNDO etc., are used as well).
#include <wx/defs.h>

namespace korpu::editor {

enum CommandId : int {
    kCmdConfirmAndNext = wxID_HIGHEST + 100,
    kCmdMergeNext,
    kCmdMergePrevious,
    kCmdSplit,
    kCmdMoveFirstUp,
    kCmdMoveLastDown,
    kCmdInsertCounterpart,
    kCmdDeleteBead,
    kCmdNextBead,
    kCmdPreviousBead,
    kCmdNextReview,
    kCmdFilterAll,
    kCmdFilterReview,
    kCmdFilterUnconfirmed,
    kCmdFilterConfirmed,
    kCmdFilterLowConfidence,
    kCmdShowDocuments,
    kCmdShowMap,
    kCmdShowPane,
    kCmdResetLayout,
    kCmdNewWorkspace,
    kCmdImport,
    kCmdExport,
    kCmdInsertMatch1,
    kCmdInsertMatch2,
    kCmdInsertMatch3,
    kCmdConcordance,
    kCmdRealign,
    kCmdRunQa,
    kCmdShowPanels,
    kCmdFilterQa,
};

}  // namespace korpu::editor
