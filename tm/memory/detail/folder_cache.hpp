#pragma once
// One TextFolder per language, made on first use. Internal to tm/memory.
#include <map>
#include <string>

#include "tm/memory/detail/text_key.hpp"

namespace korpu::detail {

class FolderCache {
  public:
    const TextFolder& operator()(const std::string& language) {
        auto found = folders_.find(language);
        if (found == folders_.end()) found = folders_.emplace(language, TextFolder(language)).first;
        return found->second;
    }

  private:
    std::map<std::string, TextFolder> folders_;
};

}  // namespace korpu::detail
