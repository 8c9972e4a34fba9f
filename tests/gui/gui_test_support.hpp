#pragma once
// What the GUI tests share: letting the window settle, pressing keys and typing through the
// platform's input (wxUIActionSimulator), and a workspace made from a bundled sample.
#include <filesystem>
#include <string>

#include "tm/store/aligned_document.hpp"

class wxWindow;

namespace korpu::test {

// The test program itself, for tests that run a second copy of it.
std::filesystem::path& gui_test_program();

// Lets the window lay itself out and paint, as it would between user actions.
void settle();
// Puts the pointer over a window and gives it the keyboard focus, as a click would.
void focus(wxWindow& window);
// Presses a key with modifiers (wxMOD_CONTROL, wxMOD_SHIFT) through the platform's input.
void press(int key, int modifiers);
void type_text(const std::string& ascii);

// Aligns a bundled sample pair (samples/PAIR/STEM.L.txt) into a new workspace; returns the bead count.
std::size_t align_sample(const std::filesystem::path& workspace_file, const std::string& pair, const std::string& stem,
                         const char* source_language);
// What the workspace file holds now, read through a connection of its own.
AlignedDocument saved_alignment(const std::filesystem::path& workspace_file);

}  // namespace korpu::test
