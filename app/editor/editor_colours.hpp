#pragma once
// The few colours the editor gives meaning to, shared by the grid, the map and the panels.
#include <wx/colour.h>

namespace korpu::editor {

// Beads that need a reviewer's eye: a light amber, readable under black text.
inline const wxColour kReviewBackground(255, 236, 179);
// Confirmed beads: a pale green.
inline const wxColour kConfirmedBackground(220, 242, 220);
// On the alignment map: the bead path, low-confidence stretches, unconfirmed and confirmed beads.
inline const wxColour kMapPath(40, 90, 160);
inline const wxColour kMapLowConfidence(220, 60, 40);
inline const wxColour kMapLowConfidenceBox(255, 214, 204);
// Selected grid rows: a light blue that leaves black text readable.
inline const wxColour kSelectionBackground(190, 215, 250);
inline const wxColour kMapConfirmed(40, 150, 60);
inline const wxColour kMapCursor(0, 0, 0);

}  // namespace korpu::editor
