#pragma once
// Documents of a workspace with their paragraphs and segments.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tm/core/document.hpp"
#include "tm/core/import_finding.hpp"
#include "tm/core/language.hpp"

namespace korpu {

class Workspace;

struct DocumentInfo {
    std::int64_t id = 0;
    std::string name;
    Language language;
    std::optional<std::string> source_path;
    std::string format;
    std::optional<std::string> encoding;
    std::size_t segment_count = 0;
};

struct NewDocument {
    std::string name;
    Language language;
    std::optional<std::string> source_path;
    std::string format = "text";
    std::optional<std::string> encoding;
};

class DocumentStore {
  public:
    explicit DocumentStore(Workspace& workspace) : workspace_(workspace) {}

    // Stores the document with its paragraphs and segments, and what the importer noticed in it, in one
    // transaction; returns its id.
    std::int64_t add(const NewDocument& document, const SegmentedDocument& content,
                     const std::vector<ImportFinding>& findings = {});
    std::vector<DocumentInfo> list();
    // Throws Error when no document has this id.
    DocumentInfo info(std::int64_t id);
    SegmentedDocument content(std::int64_t id);
    // Only the segments' texts, in order: what content() holds without its paragraphs, read in one pass
    // over the segment table's own index (several times faster on a long document).
    std::vector<std::string> segments(std::int64_t id);
    // What the importer noticed in the document, by segment.
    std::vector<ImportFinding> findings(std::int64_t id);

  private:
    Workspace& workspace_;
};

}  // namespace korpu
