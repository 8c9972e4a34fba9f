// Entry point of the GUI tests: starts wxWidgets (without running its event loop), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <wx/app.h>
#include <wx/init.h>

int main(int argc, char** argv) {
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) {
        wxEntryCleanup();
        return 2;
    }
    const int result = Catch::Session().run(argc, argv);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
