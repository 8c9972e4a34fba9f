#pragma once
// QA findings as a reviewer reads them: plain text, CSV, JSON, or a self-contained HTML page (inline
// CSS, no scripts, no external resources) that can be opened anywhere and shared.
#include <ostream>
#include <string>
#include <vector>

#include "tm/qa/finding.hpp"
#include "tm/qa/qa_check.hpp"

namespace korpu {

enum class ReportFormat { Text, Csv, Json, Html };

// "text", "csv", "json", "html"; throws UsageError otherwise.
ReportFormat report_format_from_string(const std::string& name);

struct ReportInput {
    std::string title;  // the workspace's file name
    const std::vector<QaSegment>& segments;
    const std::vector<Finding>& findings;
    bool show_accepted = false;  // list accepted findings too (marked as such)
};

void write_qa_report(std::ostream& out, ReportFormat format, const ReportInput& input);

// Per report: how many open errors and warnings, and how many were accepted.
struct FindingCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t accepted = 0;
};
FindingCounts count_findings(const std::vector<Finding>& findings);

}  // namespace korpu
