#pragma once
// The few operating-system calls that have no portable standard form. Everything platform-specific in
// Körpü lives behind this header, so that the rest of the code builds unchanged on Linux, Windows and macOS.
#include <filesystem>

namespace korpu::platform {

// Forces a written file's content to stable storage (fsync / _commit). Throws OutputError on failure.
void flush_file_to_disk(const std::filesystem::path& file);

// The id of the running process.
unsigned long current_process_id();

// Whether a process with this id is running on this machine (a process of another user counts).
bool process_is_running(unsigned long id);

// The folder where Körpü keeps the user's own data (installed dictionaries): $XDG_DATA_HOME/korpu or
// ~/.local/share/korpu on Linux, ~/Library/Application Support/Korpu on macOS, %APPDATA%\Korpu on
// Windows. Not created here. Throws Error when the environment names no home folder.
std::filesystem::path user_data_folder();

}  // namespace korpu::platform
