#pragma once
// Installs third-party Hunspell dictionaries for one user: a .aff/.dic pair, a LibreOffice extension
// (.oxt) or a Mozilla add-on (.xpi), both ZIP archives holding .aff/.dic pairs.
#include <filesystem>
#include <vector>

#include "tm/spell/dictionary_locator.hpp"

namespace korpu {

// Copies every dictionary in `source` into `folder` (created if needed), named by its files' base name
// with '-' turned into '_' ("en-GB.dic" -> en_GB), replacing a dictionary of the same name. Each pair is
// loaded before it is put in place, and written atomically. `source` is the .aff or the .dic of a pair
// (the other file must lie beside it), or an .oxt or .xpi file. Throws InputError naming the file when
// it holds no dictionary or a broken one, OutputError when the folder cannot be written.
std::vector<DictionaryFiles> install_dictionary(const std::filesystem::path& source,
                                                const std::filesystem::path& folder);

}  // namespace korpu
