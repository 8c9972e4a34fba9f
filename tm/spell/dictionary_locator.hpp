#pragma once
// Where Körpü looks for Hunspell dictionaries, and which file pair serves a language.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tm/core/language.hpp"

namespace korpu {

struct DictionaryFiles {
    std::string name;  // the files' base name: "az_AZ", "en_GB"
    std::filesystem::path aff;
    std::filesystem::path dic;
    // Extra word lists read with `aff`: the first "<name>.supplement.dic" in the folders searched
    // ("en_US.supplement.dic", written by the set-up from Debian packages into the build's and the
    // installation's dictionary folder, while en_US.aff/.dic themselves are found in /usr/share/hunspell).
    std::vector<std::filesystem::path> supplements;
};

// The folders searched, first match wins: the user's installed dictionaries
// (platform::user_data_folder()/dictionaries, so that a user's choice overrides the rest), the build
// folder's dictionaries (a developer's build), the installed Körpü's data folder, and the system's
// Hunspell folder (/usr/share/hunspell on Debian). Folders that do not exist are left out.
std::vector<std::filesystem::path> dictionary_folders();

// The user's dictionary folder (platform::user_data_folder()/dictionaries), where installs go.
std::filesystem::path user_dictionary_folder();

// The file names that may hold a language's dictionary, best first: "az-Latn" -> az_AZ, az;
// "en" -> en_US, en_GB, en; "en-GB" -> en_GB, en_US, en.
std::vector<std::string> dictionary_names(const Language& language);

// The first .aff/.dic pair for the language in `folders` (searched in order, then names in order);
// failing those, the first pair of the language for any region ("tt_RU" for "tt"). Its supplement is
// the first "<name>.supplement.dic" in `folders`.
std::optional<DictionaryFiles> find_dictionary(const Language& language,
                                               const std::vector<std::filesystem::path>& folders);

// Every .aff/.dic pair in `folders`, in folder order, then by name.
std::vector<DictionaryFiles> list_dictionaries(const std::vector<std::filesystem::path>& folders);

}  // namespace korpu
