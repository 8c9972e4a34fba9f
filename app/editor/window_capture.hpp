#pragma once
// Saves what a window shows as a PNG: for screenshots in the documentation and for GUI tests.
#include <wx/window.h>

#include <filesystem>

namespace korpu::editor {

// Captures the window's area of the screen. Returns false when the image cannot be saved.
bool save_window_png(wxWindow& window, const std::filesystem::path& file);
// Captures the whole screen: for pictures with a popup menu that reaches past the window.
bool save_screen_png(const std::filesystem::path& file);

}  // namespace korpu::editor
