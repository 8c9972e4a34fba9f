#include <iostream>

#include "app/cli/command.hpp"
#include "app/cli/exit_codes.hpp"
#include "tm/store/alignment_store.hpp"
#include "tm/store/realignment.hpp"
#include "tm/store/workspace.hpp"

namespace korpu::cli {
namespace {

struct RealignOptions {
    std::string workspace;
    std::vector<std::int64_t> alignments;
};

int run_realign(const RealignOptions& options) {
    auto workspace = Workspace::open(std::filesystem::u8path(options.workspace));
    auto ids = options.alignments;
    if (ids.empty())
        for (const auto& alignment : AlignmentStore(workspace).list()) ids.push_back(alignment.id);
    for (const auto id : ids) {
        const auto beads = realign_alignment(workspace, id);
        std::size_t confirmed = 0;
        std::size_t review = 0;
        for (const auto& bead : beads) {
            confirmed += bead.status == BeadStatus::Confirmed;
            review += bead.status == BeadStatus::NeedsReview;
        }
        std::cout << "alignment " << id << ": " << beads.size() << " beads, " << confirmed << " confirmed kept, "
                  << review << " to review\n";
    }
    return kSuccess;
}

}  // namespace

void add_realign_command(CLI::App& app, Action& selected) {
    auto* command = app.add_subcommand(
        "realign", "Align again around the confirmed beads: they stay, the stretches between them are re-aligned");
    auto options = std::make_shared<RealignOptions>();
    command->add_option("WORKSPACE", options->workspace, "The workspace")->required()->check(CLI::ExistingFile);
    command->add_option("--alignment", options->alignments, "Alignment id (repeatable; default: every alignment)");
    command->callback([&selected, options] { selected = [options] { return run_realign(*options); }; });
}

}  // namespace korpu::cli
