#include "app/editor/window_capture.hpp"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>

namespace korpu::editor {

bool save_window_png(wxWindow& window, const std::filesystem::path& file) {
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    const wxRect area = window.GetScreenRect();
    wxBitmap bitmap(area.GetWidth(), area.GetHeight());
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, area.GetWidth(), area.GetHeight(), &screen, area.GetX(), area.GetY());
    memory.SelectObject(wxNullBitmap);
    return bitmap.SaveFile(wxString::FromUTF8(file.u8string()), wxBITMAP_TYPE_PNG);
}

}  // namespace korpu::editor
