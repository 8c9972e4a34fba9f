#include "app/editor/window_capture.hpp"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/gdicmn.h>
#include <wx/image.h>

namespace korpu::editor {

namespace {

bool save_area_png(const wxRect& area, const std::filesystem::path& file) {
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    wxBitmap bitmap(area.GetWidth(), area.GetHeight());
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, area.GetWidth(), area.GetHeight(), &screen, area.GetX(), area.GetY());
    memory.SelectObject(wxNullBitmap);
    return bitmap.SaveFile(wxString::FromUTF8(file.u8string()), wxBITMAP_TYPE_PNG);
}

}  // namespace

bool save_window_png(wxWindow& window, const std::filesystem::path& file) {
    return save_area_png(window.GetScreenRect(), file);
}

bool save_screen_png(const std::filesystem::path& file) {
    int width = 0;
    int height = 0;
    wxDisplaySize(&width, &height);
    return save_area_png(wxRect(0, 0, width, height), file);
}

}  // namespace korpu::editor
