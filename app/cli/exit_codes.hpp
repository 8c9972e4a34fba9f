#pragma once
// Exit codes of `korpu`, documented in `korpu --help` and the README.

namespace korpu::cli {

enum ExitCode : int {
    kSuccess = 0,
    kFindings = 1,        // spell/qa found problems the user must look at
    kUsageError = 2,      // wrong command line
    kInputError = 3,      // an input file is unreadable or malformed
    kWorkspaceError = 4,  // the workspace cannot be opened or is busy
    kOutputError = 5,     // an output file cannot be written
    kInternalError = 6,   // a bug: please report it
};

inline constexpr const char* kExitCodeHelp =
    "Exit codes: 0 success, 1 problems found (spell, qa), 2 wrong command line, 3 bad input file,\n"
    "4 workspace cannot be opened or is busy, 5 output cannot be written, 6 internal error.";

}  // namespace korpu::cli
