// mml/models/checks.cpp — the shared input checks of the models (data, labels, K); each message is
// built only on the failure path.
#include "mml/models/checks.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"

namespace mml {

void require_data(const std::string& operation, const Matrix& X) {
    require_nonempty(operation, X);
    require_finite(operation, X);
}

void require_binary_labels(const std::string& operation, const std::vector<int>& y, std::size_t N) {
    if (y.size() != N)
        throw DimensionError(operation + ": X has " + std::to_string(N) + " rows but y has " + std::to_string(y.size()) +
                             " labels — give one label per example");
    for (std::size_t n = 0; n < N; ++n)
        if (y[n] != 1 && y[n] != -1)
            throw DomainError(operation + ": label y[" + std::to_string(n) + "] = " + std::to_string(y[n]) +
                              " — binary labels must be -1 or +1 (map 0/1 labels with y = 2·label − 1)");
}

void require_class_labels(const std::string& operation, const std::vector<std::size_t>& labels, std::size_t N,
                          std::size_t K) {
    if (labels.size() != N)
        throw DimensionError(operation + ": X has " + std::to_string(N) + " rows but there are " +
                             std::to_string(labels.size()) + " labels — give one class label per example");
    for (std::size_t n = 0; n < N; ++n)
        if (labels[n] >= K)
            throw DomainError(operation + ": label " + std::to_string(n) + " is " + std::to_string(labels[n]) +
                              " but there are only " + std::to_string(K) +
                              " classes — class labels must be 0 … K−1 (renumber them, or give more output units)");
}

void require_cluster_count(const std::string& operation, std::size_t K, std::size_t N) {
    if (K == 0 || K > N)
        throw DomainError(operation + ": K = " + std::to_string(K) + " with N = " + std::to_string(N) +
                          " examples — K must be between 1 and N (every cluster needs at least one example)");
}

}  // namespace mml
