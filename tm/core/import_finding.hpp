#pragma once
// Something the importer noticed in a document and left for a reviewer, unchanged: a word that mixes
// scripts ("Мoсква" with a Latin "o", "Әliyev" with a Cyrillic "Ә"), stored with the document.
#include <cstddef>
#include <string>

namespace korpu {

struct ImportFinding {
    std::size_t segment = 0;  // the segment's index in its document
    std::string kind;         // "mixed-script"
    std::string text;         // the word as it stands
    std::string detail;       // "Latin o in a Cyrillic word"
};

}  // namespace korpu
