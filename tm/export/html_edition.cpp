#include "tm/core/markup_escape.hpp"
#include "tm/export/detail/output_file.hpp"
#include "tm/export/edition_writers.hpp"

namespace korpu {
namespace {

// Screen and print styles in one sheet. Print: A4 with 2 cm margins, rows never split across pages
// unless taller than a page, 10.5 pt serif (the body size of most printed literary journals).
constexpr const char* kStyle = R"css(
:root { --ink: #1d1d1d; --muted: #666; --rule: #d8d8d8; --accent: #3b5b7a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem; color: var(--ink); background: #fff;
       font: 1.0625rem/1.55 "DejaVu Serif", "Noto Serif", Georgia, serif; }
header { text-align: center; margin-bottom: 2rem; }
header h1 { font-size: 1.9rem; margin: 0 0 .4rem; }
header p { margin: .2rem 0; color: var(--muted); }
table.parallel { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.parallel col { width: 50%; }
table.parallel th { font: 600 .8rem/1.2 "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: .06em;
                    color: var(--muted); text-align: left; padding: .4rem .9rem; border-bottom: 2px solid var(--rule); }
table.parallel td { vertical-align: top; padding: .35rem .9rem; border-bottom: 1px solid var(--rule); }
table.parallel td + td { border-left: 1px solid var(--rule); }
td p, section p { margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: .6rem 0 .3rem; }
section.pair { margin: 0 0 1.1rem; }
section.pair .target { color: var(--accent); border-left: 3px solid var(--rule); padding-left: .8rem; }
@media print {
  @page { size: A4; margin: 2cm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  tr, section.pair { break-inside: avoid; }
  thead { display: table-header-group; }
  section.pair .target { color: #333; }
}
)css";

void paragraphs(std::ostream& out, const std::vector<std::string>& texts, BlockKind kind, const std::string& language,
                const char* css_class) {
    const char* tag = kind == BlockKind::Heading ? "h2" : "p";
    for (const auto& text : texts) {
        out << '<' << tag << " lang=\"";
        out << escape_markup(language);
        out << '"';
        if (css_class) out << " class=\"" << css_class << '"';
        out << '>';
        out << escape_markup(text);
        out << "</" << tag << ">\n";
    }
}

void side_by_side(std::ostream& out, const BilingualEdition& edition) {
    out << "<table class=\"parallel\">\n<colgroup><col><col></colgroup>\n<thead><tr><th>";
    out << escape_markup(edition.source_language_name);
    out << "</th><th>";
    out << escape_markup(edition.target_language_name);
    out << "</th></tr></thead>\n<tbody>\n";
    for (const auto& row : edition.rows) {
        out << "<tr><td>";
        paragraphs(out, row.source, row.kind, edition.source_language, nullptr);
        out << "</td><td>";
        paragraphs(out, row.target, row.kind, edition.target_language, nullptr);
        out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void interleaved(std::ostream& out, const BilingualEdition& edition) {
    for (const auto& row : edition.rows) {
        out << "<section class=\"pair\">\n";
        paragraphs(out, row.source, row.kind, edition.source_language, "source");
        paragraphs(out, row.target, row.kind, edition.target_language, "target");
        out << "</section>\n";
    }
}

}  // namespace

void write_html_edition(const BilingualEdition& edition, EditionLayout layout, const std::filesystem::path& output) {
    detail::OutputFile file(output);
    auto& out = file.stream();
    // The page's own words (language names, credits) are English; every text carries its language, so that
    // browsers hyphenate, case and choose glyphs by the text's rules (Azerbaijani i/İ, Cyrillic forms).
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
           "content=\"width=device-width\">\n<title>";
    out << escape_markup(edition.title);
    out << "</title>\n<meta name=\"generator\" content=\"Körpü\">\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
    out << "<header>\n<h1 lang=\"";
    out << escape_markup(edition.source_language);
    out << "\">";
    out << escape_markup(edition.title);
    out << "</h1>\n<p class=\"credits\">";
    out << escape_markup(edition.credits());
    out << "</p>\n</header>\n<main>\n";
    if (layout == EditionLayout::SideBySide) {
        side_by_side(out, edition);
    } else {
        interleaved(out, edition);
    }
    out << "</main>\n</body>\n</html>\n";
    file.commit();
}

}  // namespace korpu
