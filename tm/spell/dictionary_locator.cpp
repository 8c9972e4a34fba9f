#include "tm/spell/dictionary_locator.hpp"

#include <algorithm>
#include <cctype>

#include "tm/core/platform.hpp"

namespace korpu {
namespace {

// The region each language's default dictionary is named after (Hunspell's file names are
// language_REGION); the first entry is the default, the others are fallbacks.
std::vector<std::string> regions_for(const std::string& primary) {
    if (primary == "en") return {"US", "GB"};
    if (primary == "ru") return {"RU"};
    if (primary == "az") return {"AZ"};
    std::string upper = primary;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return {upper};
}

std::optional<DictionaryFiles> pair_in(const std::filesystem::path& folder, const std::string& name) {
    DictionaryFiles files{name, folder / (name + ".aff"), folder / (name + ".dic"), {}};
    std::error_code error;
    if (std::filesystem::is_regular_file(files.aff, error) && std::filesystem::is_regular_file(files.dic, error))
        return files;
    return std::nullopt;
}

// The dictionary with its supplement word list: the first folder's, so that a developer's build and an
// installed Körpü do not add the same words twice.
DictionaryFiles with_supplements(DictionaryFiles files, const std::vector<std::filesystem::path>& folders) {
    const std::string file_name = files.name + ".supplement.dic";
    for (const auto& folder : folders) {
        std::error_code error;
        const auto candidate = folder / file_name;
        if (std::filesystem::is_regular_file(candidate, error)) {
            files.supplements.push_back(candidate);
            break;
        }
    }
    return files;
}

}  // namespace

std::filesystem::path user_dictionary_folder() { return platform::user_data_folder() / "dictionaries"; }

std::vector<std::filesystem::path> dictionary_folders() {
    std::vector<std::filesystem::path> candidates;
    try {
        candidates.push_back(user_dictionary_folder());
    } catch (const std::exception&) {
        // No home folder (a service account): the other folders still serve.
    }
#ifdef KORPU_BUILD_DICTIONARY_DIR
    candidates.emplace_back(std::filesystem::u8path(KORPU_BUILD_DICTIONARY_DIR));
#endif
#ifdef KORPU_INSTALL_DICTIONARY_DIR
    candidates.emplace_back(std::filesystem::u8path(KORPU_INSTALL_DICTIONARY_DIR));
#endif
    candidates.emplace_back("/usr/share/hunspell");
    std::vector<std::filesystem::path> folders;
    for (auto& folder : candidates) {
        std::error_code error;
        if (std::filesystem::is_directory(folder, error)) folders.push_back(std::move(folder));
    }
    return folders;
}

std::vector<std::string> dictionary_names(const Language& language) {
    const std::string& primary = language.primary();
    std::vector<std::string> regions = regions_for(primary);
    const std::string& region = language.region();
    if (!region.empty()) {
        regions.erase(std::remove(regions.begin(), regions.end(), region), regions.end());
        regions.insert(regions.begin(), region);
    }
    std::vector<std::string> names;
    for (const auto& r : regions) names.push_back(primary + "_" + r);
    names.push_back(primary);
    return names;
}

std::optional<DictionaryFiles> find_dictionary(const Language& language,
                                               const std::vector<std::filesystem::path>& folders) {
    const auto names = dictionary_names(language);
    for (const auto& folder : folders)
        for (const auto& name : names)
            if (auto files = pair_in(folder, name)) return with_supplements(std::move(*files), folders);
    const std::string prefix = language.primary() + "_";  // any region: tt_RU serves "tt"
    for (const auto& files : list_dictionaries(folders))
        if (files.name.rfind(prefix, 0) == 0) return with_supplements(files, folders);
    return std::nullopt;
}

std::vector<DictionaryFiles> list_dictionaries(const std::vector<std::filesystem::path>& folders) {
    std::vector<DictionaryFiles> all;
    for (const auto& folder : folders) {
        std::vector<DictionaryFiles> here;
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            if (entry.path().extension() != ".aff") continue;
            if (auto files = pair_in(folder, entry.path().stem().u8string())) here.push_back(std::move(*files));
        }
        std::sort(here.begin(), here.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
        all.insert(all.end(), here.begin(), here.end());
    }
    return all;
}

}  // namespace korpu
