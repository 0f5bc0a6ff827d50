// mml/geometry/knn.cpp — distance matrices and k-nearest-neighbour classification.  (MML §3.3)
//
// Brute force: the distance from the query to every training point under the chosen inner
// product, a partial sort for the k smallest, and a majority vote (ties go to the smallest label).
#include "mml/geometry/knn.hpp"

#include "mml/core/error.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string>

namespace mml {

Matrix distance_matrix(const Matrix& X, const InnerProduct& inner) {
    const std::size_t m = X.rows();
    Matrix D(m, m);
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = i + 1; j < m; ++j) D(i, j) = D(j, i) = inner.distance(X.row(i), X.row(j));
    return D;
}

int knn_classify(const Matrix& X_train, const std::vector<int>& labels, const Vector& x, std::size_t k,
                 const InnerProduct& inner) {
    const std::size_t m = X_train.rows();
    if (labels.size() != m)
        throw DimensionError("knn_classify: " + std::to_string(m) + " training points but " +
                             std::to_string(labels.size()) + " labels");
    if (k == 0 || k > m)
        throw DomainError("knn_classify: k = " + std::to_string(k) + " must be between 1 and the number of training points (" +
                          std::to_string(m) + ")");
    std::vector<double> d(m);
    for (std::size_t i = 0; i < m; ++i) d[i] = inner.distance(X_train.row(i), x);
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return d[a] < d[b]; });
    std::map<int, std::size_t> votes;  // ordered by label, so ties go to the smaller label
    for (std::size_t r = 0; r < k; ++r) ++votes[labels[order[r]]];
    int best = votes.begin()->first;
    std::size_t best_votes = 0;
    for (const auto& [label, count] : votes)
        if (count > best_votes) {
            best = label;
            best_votes = count;
        }
    return best;
}

}  // namespace mml
