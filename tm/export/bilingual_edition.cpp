#include "tm/export/bilingual_edition.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <algorithm>

#include "tm/core/error.hpp"
#include "tm/export/alignment_choice.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/document_metadata.hpp"
#include "tm/store/document_store.hpp"

namespace korpu {
namespace {

std::string english_name(const Language& language) {
    icu::UnicodeString name;
    icu::Locale(language.icu_locale().c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
    std::string text;
    name.toUTF8String(text);
    return text.empty() ? language.tag() : text;
}

// Cuts one side's segments [begin, end) into paragraph texts; segments emptied by an XLIFF import are left
// out.
std::vector<std::string> paragraphs(const std::vector<std::string>& segments,
                                    const std::vector<std::size_t>& owner, std::size_t begin,
                                    std::size_t end) {
    std::vector<std::string> texts;
    for (std::size_t s = begin; s < end; ++s) {
        if (s == begin || owner[s] != owner[s - 1])
            texts.emplace_back();
        if (segments[s].empty())
            continue;
        if (!texts.back().empty())
            texts.back() += ' ';
        texts.back() += segments[s];
    }
    texts.erase(std::remove(texts.begin(), texts.end(), std::string()), texts.end());
    return texts;
}

bool at_paragraph_start(const std::vector<std::size_t>& owner, std::size_t position) {
    return position == 0 || position >= owner.size() || owner[position] != owner[position - 1];
}

}  // namespace

std::string BilingualEdition::original_credit() const {
    return source_language_name + " original" + (author.empty() ? "" : " by " + author);
}

std::string BilingualEdition::translation_credit() const {
    return target_language_name + " translation" + (translator.empty() ? "" : " by " + translator);
}

std::string BilingualEdition::credits() const {
    return original_credit() + ", " + translation_credit();
}

BilingualEdition build_edition(Workspace& workspace, std::optional<std::int64_t> alignment) {
    const auto aligned = load_aligned_document(workspace, choose_alignment(workspace, alignment));
    DocumentStore documents(workspace);
    const auto source_content = documents.content(aligned.source_info.id);
    const auto target_content = documents.content(aligned.target_info.id);
    const auto source_owner = source_content.paragraph_of_segment();
    const auto target_owner = target_content.paragraph_of_segment();
    const auto source_meta = read_document_metadata(workspace, aligned.source_info.id);
    const auto target_meta = read_document_metadata(workspace, aligned.target_info.id);

    BilingualEdition edition;
    edition.title = source_meta.title.value_or(aligned.source_info.name);
    edition.author = source_meta.author.value_or("");
    edition.translator = target_meta.translator.value_or(source_meta.translator.value_or(""));
    edition.source_language = aligned.source_info.language.tag();
    edition.target_language = aligned.target_info.language.tag();
    edition.source_language_name = english_name(aligned.source_info.language);
    edition.target_language_name = english_name(aligned.target_info.language);

    std::size_t row_source = 0;
    std::size_t row_target = 0;
    for (const auto& bead : aligned.beads) {
        const auto source_end = bead.source_begin + bead.source_count;
        const auto target_end = bead.target_begin + bead.target_count;
        if (!at_paragraph_start(source_owner, source_end) || !at_paragraph_start(target_owner, target_end))
            continue;
        EditionRow row;
        row.source = paragraphs(aligned.source_segments, source_owner, row_source, source_end);
        row.target = paragraphs(aligned.target_segments, target_owner, row_target, target_end);
        if (row_source < source_end)
            row.kind = source_content.paragraphs[source_owner[row_source]].kind;
        else if (row_target < target_end)
            row.kind = target_content.paragraphs[target_owner[row_target]].kind;
        row_source = source_end;
        row_target = target_end;
        if (!row.source.empty() || !row.target.empty())
            edition.rows.push_back(std::move(row));
    }
    return edition;
}

}  // namespace korpu
