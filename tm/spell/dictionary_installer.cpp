#include "tm/spell/dictionary_installer.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>

#include "tm/core/atomic_file.hpp"
#include "tm/core/error.hpp"
#include "tm/import/file_bytes.hpp"
#include "tm/spell/spell_dictionary.hpp"
#include "tm/spell/zip_entries.hpp"

namespace korpu {
namespace {

struct DictionaryContent {
    std::string aff;
    std::string dic;
    bool has_aff = false;
    bool has_dic = false;
};

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// "dictionaries/en-GB.dic" -> "en_GB"; the base name only, so that no entry can point outside the folder.
std::string dictionary_name(const std::string& entry_name) {
    std::string name = entry_name.substr(entry_name.find_last_of("/\\") + 1);
    name = name.substr(0, name.rfind('.'));
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

void write_bytes(const std::filesystem::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) throw OutputError(file, "cannot be written");
}

DictionaryFiles install_pair(const std::filesystem::path& source, const std::string& name,
                             const DictionaryContent& content, const std::filesystem::path& folder) {
    if (name.empty() || name.front() == '.')
        throw InputError(source, "a dictionary has no usable name: \"" + name + "\"");
    DictionaryFiles files{
        name, folder / std::filesystem::u8path(name + ".aff"), folder / std::filesystem::u8path(name + ".dic"), {}};
    AtomicFile aff(files.aff);
    AtomicFile dic(files.dic);
    write_bytes(aff.temporary_path(), content.aff);
    write_bytes(dic.temporary_path(), content.dic);
    try {
        SpellDictionary check(aff.temporary_path(), dic.temporary_path());
    } catch (const InputError& error) {
        throw InputError(source, "the dictionary " + name + " is broken: " + error.what());
    }
    aff.commit();
    dic.commit();
    return files;
}

std::map<std::string, DictionaryContent> pairs_in_archive(const std::filesystem::path& source) {
    const auto entries = detail::read_zip_entries(source, [](const std::string& name) {
        const std::string lower = lowercase(name);
        return lower.size() > 4 &&
               (lower.compare(lower.size() - 4, 4, ".aff") == 0 || lower.compare(lower.size() - 4, 4, ".dic") == 0);
    });
    std::map<std::string, DictionaryContent> pairs;
    for (const auto& entry : entries) {
        auto& pair = pairs[dictionary_name(entry.name)];
        if (lowercase(entry.name.substr(entry.name.size() - 4)) == ".aff") {
            pair.aff = entry.content;
            pair.has_aff = true;
        } else {
            pair.dic = entry.content;
            pair.has_dic = true;
        }
    }
    for (auto it = pairs.begin(); it != pairs.end();)
        it = it->second.has_aff && it->second.has_dic ? std::next(it) : pairs.erase(it);
    if (pairs.empty()) throw InputError(source, "holds no Hunspell dictionary (no .aff/.dic pair with one name)");
    return pairs;
}

}  // namespace

std::vector<DictionaryFiles> install_dictionary(const std::filesystem::path& source,
                                                const std::filesystem::path& folder) {
    if (!std::filesystem::is_regular_file(source)) throw InputError(source, "no such file");
    const std::string extension = lowercase(source.extension().u8string());
    std::map<std::string, DictionaryContent> pairs;
    if (extension == ".oxt" || extension == ".xpi" || extension == ".zip") {
        pairs = pairs_in_archive(source);
    } else if (extension == ".aff" || extension == ".dic") {
        auto aff = source;
        auto dic = source;
        aff.replace_extension(".aff");
        dic.replace_extension(".dic");
        if (!std::filesystem::is_regular_file(aff))
            throw InputError(aff, "no such file: a .dic needs its .aff beside it");
        if (!std::filesystem::is_regular_file(dic))
            throw InputError(dic, "no such file: an .aff needs its .dic beside it");
        pairs[dictionary_name(source.filename().u8string())] = {read_file_bytes(aff), read_file_bytes(dic), true, true};
    } else {
        throw InputError(source, "not a dictionary: expected a .aff/.dic pair, an .oxt or an .xpi file");
    }
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) throw OutputError(folder, "cannot create the dictionary folder: " + error.message());
    std::vector<DictionaryFiles> installed;
    for (const auto& [name, content] : pairs) installed.push_back(install_pair(source, name, content, folder));
    return installed;
}

}  // namespace korpu
