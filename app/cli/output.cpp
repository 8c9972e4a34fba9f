#include "app/cli/output.hpp"

namespace korpu::cli {

std::string single_line(std::string text) {
    for (char& c : text) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

}  // namespace korpu::cli
