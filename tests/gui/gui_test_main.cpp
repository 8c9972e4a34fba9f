// Entry point of the GUI tests: starts wxWidgets (without running its event loop), then Catch2. The
// editor's settings go to a scratch file, so that the tests neither read nor change the user's.
#define CATCH_CONFIG_RUNNER
#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/init.h>
#include <catch2/catch.hpp>

#include <filesystem>

#include "gui/gui_test_support.hpp"

int main(int argc, char** argv) {
    korpu::test::gui_test_program() = std::filesystem::absolute(argv[0]);
    wxApp::SetInstance(new wxApp);
    // wxWidgets sees only the program's name: the arguments are Catch2's.
    int wx_argc = 1;
    if (!wxEntryStart(wx_argc, argv) || !wxTheApp->CallOnInit()) {
        wxEntryCleanup();
        return 2;
    }
    const auto settings = std::filesystem::temp_directory_path() / "korpu-gui-tests.ini";
    std::filesystem::remove(settings);
    delete wxConfigBase::Set(new wxFileConfig("korpu", "Korpu", wxString::FromUTF8(settings.u8string()), wxString(),
                                              wxCONFIG_USE_LOCAL_FILE));
    const int result = Catch::Session().run(argc, argv);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
