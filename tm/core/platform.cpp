#include "tm/core/platform.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "tm/core/error.hpp"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace korpu::platform {

void flush_file_to_disk(const std::filesystem::path& file) {
#ifdef _WIN32
    const int fd = ::_wopen(file.c_str(), _O_RDWR | _O_BINARY);
    if (fd < 0) throw OutputError(file, std::string("cannot open to flush: ") + std::strerror(errno));
    const int result = ::_commit(fd);
    ::_close(fd);
#else
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0) throw OutputError(file, std::string("cannot open to flush: ") + std::strerror(errno));
    const int result = ::fsync(fd);
    ::close(fd);
#endif
    if (result != 0) throw OutputError(file, std::string("cannot flush to disk: ") + std::strerror(errno));
}

unsigned long current_process_id() {
#ifdef _WIN32
    return ::GetCurrentProcessId();
#else
    return static_cast<unsigned long>(::getpid());
#endif
}

bool process_is_running(unsigned long id) {
#ifdef _WIN32
    const HANDLE process = ::OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(id));
    if (process == nullptr) return ::GetLastError() == ERROR_ACCESS_DENIED;
    const bool running = ::WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    ::CloseHandle(process);
    return running;
#else
    if (id == 0 || id > static_cast<unsigned long>(std::numeric_limits<pid_t>::max())) return false;
    return ::kill(static_cast<pid_t>(id), 0) == 0 || errno == EPERM;
#endif
}

namespace {

std::filesystem::path environment_path(const char* name) {
#ifdef _WIN32
    const std::wstring wide_name(name, name + std::strlen(name));
    const wchar_t* value = ::_wgetenv(wide_name.c_str());
#else
    const char* value = std::getenv(name);
#endif
    return value && *value ? std::filesystem::path(value) : std::filesystem::path();
}

}  // namespace

std::filesystem::path user_data_folder() {
#if defined(_WIN32)
    const auto app_data = environment_path("APPDATA");
    if (app_data.empty()) throw Error("cannot find the user's data folder: APPDATA is not set");
    return app_data / "Korpu";
#elif defined(__APPLE__)
    const auto home = environment_path("HOME");
    if (home.empty()) throw Error("cannot find the user's data folder: HOME is not set");
    return home / "Library" / "Application Support" / "Korpu";
#else
    const auto data_home = environment_path("XDG_DATA_HOME");
    if (data_home.is_absolute()) return data_home / "korpu";
    const auto home = environment_path("HOME");
    if (home.empty()) throw Error("cannot find the user's data folder: neither XDG_DATA_HOME nor HOME is set");
    return home / ".local" / "share" / "korpu";
#endif
}

}  // namespace korpu::platform
