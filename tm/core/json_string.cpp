#include "tm/core/json_string.hpp"

#include <cstdio>
#include <sstream>

namespace korpu {

void write_json_string(std::ostream& out, std::string_view text) {
    out.put('"');
    for (const char c : text) {
        switch (c) {
            case '"': out << "\\\""; break;
            case '\\': out << "\\\\"; break;
            case '\n': out << "\\n"; break;
            case '\r': out << "\\r"; break;
            case '\t': out << "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out << escaped;
                } else {
                    out.put(c);
                }
        }
    }
    out.put('"');
}

std::string json_string(std::string_view text) {
    std::ostringstream out;
    write_json_string(out, text);
    return out.str();
}

}  // namespace korpu
