#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "app/cli/output.hpp"
#include "tm/store/aligned_document.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct InfoOptions {
    std::string workspace;
    bool show_beads = false;
};

int run_info(const InfoOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    std::cout << options.workspace << ": workspace version " << workspace.schema_version() << "\n";
    for (const auto& document : DocumentStore(workspace).list()) {
        std::cout << "document " << document.id << "  " << document.language.tag() << "  " << document.segment_count
                  << " segments  " << document.name << "  (" << document.format
                  << (document.encoding ? ", " + *document.encoding : std::string()) << ")\n";
    }
    for (const auto& alignment : AlignmentStore(workspace).list()) {
        std::cout << "alignment " << alignment.id << "  documents " << alignment.source_document << " -> "
                  << alignment.target_document << "  " << alignment.bead_count << " beads (" << alignment.method
                  << ")\n";
        if (!options.show_beads) continue;
        const auto aligned = load_aligned_document(workspace, alignment.id);
        for (std::size_t b = 0; b < aligned.beads.size(); ++b) {
            const auto& bead = aligned.beads[b];
            std::cout << b + 1 << '\t' << bead.type() << '\t' << to_string(bead.status) << '\t'
                      << single_line(aligned.source_text(b)) << '\t' << single_line(aligned.target_text(b)) << '\n';
        }
    }
    return kSuccess;
}

}  // namespace

void add_info_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand("info", "Show the documents and alignments of a workspace");
    auto options = std::make_shared<InfoOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required();
    command->add_flag("--beads", options->show_beads, "Also print every bead: number, type, status, source, target");
    command->callback([&selected, options] { selected = [options] { return run_info(*options); }; });
}

}  // namespace korpu::cli
