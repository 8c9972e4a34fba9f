#include "tm/qa/qa_report.hpp"

#include <algorithm>
#include <map>

#include "tm/core/error.hpp"
#include "tm/core/json_string.hpp"
#include "tm/core/markup_escape.hpp"

namespace korpu {
namespace {

const std::string& side_text(const Finding& f, const QaSegment& s) {
    return f.side == Side::Source ? s.source : s.target;
}

std::string span_text(const Finding& f, const QaSegment& s) {
    const auto& text = side_text(f, s);
    return f.begin <= f.end && f.end <= text.size() ? text.substr(f.begin, f.end - f.begin) : std::string();
}

std::string one_line(std::string text) {
    for (char& c : text) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

bool listed(const Finding& f, const ReportInput& input) { return input.show_accepted || !f.accepted; }

void write_text(std::ostream& out, const ReportInput& input) {
    for (const auto& f : input.findings) {
        if (!listed(f, input)) continue;
        const auto& s = input.segments[f.segment];
        const auto& text = side_text(f, s);
        out << s.document << ':' << s.number << ": " << to_string(f.severity) << ' ' << f.check << ": "
            << one_line(f.message) << (f.accepted ? " (accepted)" : "") << '\n';
        out << "    " << to_string(f.side) << ": " << one_line(text.substr(0, f.begin)) << "\u27E6"
            << one_line(span_text(f, s)) << "\u27E7" << one_line(text.substr(std::min(f.end, text.size()))) << '\n';
        out << "    key: " << f.key << '\n';
    }
    const auto counts = count_findings(input.findings);
    out << counts.errors << " error(s), " << counts.warnings << " warning(s), " << counts.accepted << " accepted\n";
}

std::string csv(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

void write_csv(std::ostream& out, const ReportInput& input) {
    out << "document,number,severity,check,side,begin,end,span,message,source,target,key,accepted\n";
    for (const auto& f : input.findings) {
        if (!listed(f, input)) continue;
        const auto& s = input.segments[f.segment];
        out << csv(s.document) << ',' << s.number << ',' << to_string(f.severity) << ',' << f.check << ','
            << to_string(f.side) << ',' << f.begin << ',' << f.end << ',' << csv(span_text(f, s)) << ','
            << csv(f.message) << ',' << csv(s.source) << ',' << csv(s.target) << ',' << f.key << ','
            << (f.accepted ? "yes" : "no") << '\n';
    }
}

void write_json(std::ostream& out, const ReportInput& input) {
    const auto counts = count_findings(input.findings);
    out << "{\"workspace\":" << json_string(input.title) << ",\"errors\":" << counts.errors
        << ",\"warnings\":" << counts.warnings << ",\"accepted\":" << counts.accepted << ",\"findings\":[";
    bool first = true;
    for (const auto& f : input.findings) {
        if (!listed(f, input)) continue;
        const auto& s = input.segments[f.segment];
        out << (first ? "" : ",") << "\n{\"check\":" << json_string(f.check)
            << ",\"severity\":" << json_string(to_string(f.severity)) << ",\"message\":" << json_string(f.message)
            << ",\"document\":" << json_string(s.document) << ",\"alignment\":" << s.alignment_id
            << ",\"number\":" << s.number << ",\"side\":" << json_string(to_string(f.side)) << ",\"begin\":" << f.begin
            << ",\"end\":" << f.end << ",\"span\":" << json_string(span_text(f, s))
            << ",\"source\":" << json_string(s.source) << ",\"target\":" << json_string(s.target)
            << ",\"key\":" << json_string(f.key) << ",\"accepted\":" << (f.accepted ? "true" : "false") << '}';
        first = false;
    }
    out << "\n]}\n";
}

std::string marked(const std::string& text, std::size_t begin, std::size_t end) {
    if (end > text.size() || begin > end) return escape_markup(text);
    return escape_markup(text.substr(0, begin)) + "<mark>" + escape_markup(text.substr(begin, end - begin)) +
           "</mark>" + escape_markup(text.substr(end));
}

constexpr const char* kStyle = R"css(
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#222;background:#fafafa}
h1{font-size:1.4em;margin-bottom:.2em} p.summary{margin-top:0;color:#555}
table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:2em}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left;font-size:.92em}
th{background:#eef2f5} tr.accepted td{color:#999}
.error{color:#b00020;font-weight:bold} .warning{color:#a15c00;font-weight:bold}
mark{background:#ffe08a;padding:0 .1em;border-radius:2px} td.text{max-width:28em}
code{font-size:.85em;color:#666}
)css";

void write_html(std::ostream& out, const ReportInput& input) {
    const auto counts = count_findings(input.findings);
    std::map<std::string, std::pair<std::size_t, Severity>> per_check;
    for (const auto& f : input.findings) {
        if (f.accepted) continue;
        auto& entry = per_check[f.check];
        ++entry.first;
        entry.second = f.severity;
    }
    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>QA report: "
        << escape_markup(input.title) << "</title><style>" << kStyle << "</style></head><body>\n";
    out << "<h1>QA report: " << escape_markup(input.title) << "</h1>\n<p class=\"summary\">" << counts.errors
        << " error(s), " << counts.warnings << " warning(s), " << counts.accepted << " accepted, in "
        << input.segments.size() << " segments</p>\n";
    out << "<table><tr><th>Check</th><th>Severity</th><th>Open findings</th></tr>\n";
    for (const auto& [check, entry] : per_check) {
        out << "<tr><td>" << escape_markup(check) << "</td><td class=\"" << to_string(entry.second) << "\">"
            << to_string(entry.second) << "</td><td>" << entry.first << "</td></tr>\n";
    }
    out << "</table>\n<table><tr><th>Where</th><th>Check</th><th>Message</th><th>Original</th><th>Translation</th></"
           "tr>\n";
    for (const auto& f : input.findings) {
        if (!listed(f, input)) continue;
        const auto& s = input.segments[f.segment];
        const bool on_source = f.side == Side::Source;
        out << "<tr" << (f.accepted ? " class=\"accepted\"" : "") << "><td>" << escape_markup(s.document) << ", "
            << s.number << "</td><td><span class=\"" << to_string(f.severity) << "\">" << to_string(f.severity)
            << "</span><br>" << escape_markup(f.check) << "</td><td>" << escape_markup(f.message)
            << (f.accepted ? " (accepted)" : "") << "<br><code>" << escape_markup(f.key)
            << "</code></td><td class=\"text\">"
            << (on_source ? marked(s.source, f.begin, f.end) : escape_markup(s.source)) << "</td><td class=\"text\">"
            << (on_source ? escape_markup(s.target) : marked(s.target, f.begin, f.end)) << "</td></tr>\n";
    }
    out << "</table>\n</body></html>\n";
}

}  // namespace

ReportFormat report_format_from_string(const std::string& name) {
    if (name == "text") return ReportFormat::Text;
    if (name == "csv") return ReportFormat::Csv;
    if (name == "json") return ReportFormat::Json;
    if (name == "html") return ReportFormat::Html;
    throw UsageError("unknown report format '" + name + "' (text, csv, json or html)");
}

FindingCounts count_findings(const std::vector<Finding>& findings) {
    FindingCounts counts;
    for (const auto& f : findings) {
        if (f.accepted) {
            ++counts.accepted;
        } else if (f.severity == Severity::Error) {
            ++counts.errors;
        } else {
            ++counts.warnings;
        }
    }
    return counts;
}

void write_qa_report(std::ostream& out, ReportFormat format, const ReportInput& input) {
    switch (format) {
        case ReportFormat::Text: write_text(out, input); return;
        case ReportFormat::Csv: write_csv(out, input); return;
        case ReportFormat::Json: write_json(out, input); return;
        case ReportFormat::Html: write_html(out, input); return;
    }
}

}  // namespace korpu
