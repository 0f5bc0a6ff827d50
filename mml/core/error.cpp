// mml/core/error.cpp — the two helpers behind the error types: MML_TODO()'s thrower and the
// "m x n" shape string every message uses.
#include "mml/core/error.hpp"

namespace mml {

void todo(const char* function, const char* file, int line) {
    throw NotImplemented(std::string("not implemented yet: ") + function + "() in " + file + ":" +
                         std::to_string(line) + " still calls MML_TODO(); replace it with your answer");
}

std::string shape_string(std::size_t rows, std::size_t cols) {
    return std::to_string(rows) + "x" + std::to_string(cols);
}

}  // namespace mml
