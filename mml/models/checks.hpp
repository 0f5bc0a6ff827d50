// mml/models/checks.hpp — the input checks the models share: data, labels, the number of clusters.
//
// Every model in this part starts from data X (N × D, one example per row, MML §8.1) and
// perhaps labels. The mistakes a learner makes with them are few and always the same: an empty
// table, a NaN that crept in while loading, labels 0/1 given to a classifier that wants ±1, a
// class index past the number of classes, more clusters than examples. Each check below throws
// the typed error (DimensionError for shapes, DomainError for values) with a message that names
// the operation, what was found and what would fix it, so every model checks its input in one line.
#pragma once
#include "mml/core/matrix.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace mml {

// DimensionError if X has no rows or no columns; DomainError naming the first NaN/∞ entry.
void require_data(const std::string& operation, const Matrix& X);

// Binary labels y ∈ {−1, +1} (README, conventions), one per row of X: DimensionError if
// y.size() ≠ N, DomainError naming the first other value (0/1 labels: map 0 ↦ −1).
void require_binary_labels(const std::string& operation, const std::vector<int>& y, std::size_t N);

// Class labels in {0, …, K−1}, one per row of X: DimensionError if labels.size() ≠ N, DomainError
// naming the first label ≥ K.
void require_class_labels(const std::string& operation, const std::vector<std::size_t>& labels, std::size_t N,
                          std::size_t K);

// 1 ≤ K ≤ N (clusters or mixture components): DomainError otherwise — K > N leaves a cluster with
// no example to describe it.
void require_cluster_count(const std::string& operation, std::size_t K, std::size_t N);

}  // namespace mml
