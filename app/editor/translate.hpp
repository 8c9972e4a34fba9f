#pragma once
// tr("...") marks a user-visible string for translation (xgettext --keyword=tr) and looks it up in the
// loaded catalog. The editor's sources are UTF-8; unlike _(), tr() reads the message as UTF-8 whatever the
// C library's locale is, so "Körpü" and "→" stay right under LANG=C too.
#include <wx/string.h>
#include <wx/translation.h>

namespace korpu::editor {

inline wxString tr(const char* message) { return wxGetTranslation(wxString::FromUTF8(message)); }

// A UTF-8 string of the core library as wxWidgets text.
inline wxString from_utf8(const std::string& text) { return wxString::FromUTF8(text.data(), text.size()); }

}  // namespace korpu::editor
