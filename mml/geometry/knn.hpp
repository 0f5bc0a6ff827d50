// mml/geometry/knn.hpp — distances at work: distance matrices and k-nearest neighbours.   (MML §3.3, §12 intro)
//
// With a distance we can classify: a new point gets the label most common among the k
// training points closest to it. Which points are "closest" depends on the inner product that
// defines the distance — stretching one axis (A = diag(10, 1)) can change every prediction.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/geometry/inner_product.hpp"

#include <cstddef>
#include <vector>

namespace mml {

// Dᵢⱼ = d(xᵢ, xⱼ) between the rows of X under the inner product (symmetric, zero diagonal).
Matrix distance_matrix(const Matrix& X, const InnerProduct& inner);

// The label of x by majority vote of its k nearest rows of X_train (ties: the smaller label;
// equal distances: the earlier row). DomainError for k = 0 or k > number of rows.
int knn_classify(const Matrix& X_train, const std::vector<int>& labels, const Vector& x, std::size_t k,
                 const InnerProduct& inner);

}  // namespace mml
