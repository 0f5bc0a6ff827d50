// mml/stats/dataset.hpp — data for learning: the design matrix, splits, scaling.  (MML §8.1–§8.2)
//
// A data set {(xₙ, yₙ)}, n = 1…N, is stored as in MML §8.1: the inputs as the rows of the
// N × D design matrix X (one example per row, one feature per column) and the targets as the
// vector y ∈ ℝᴺ.
//
// To estimate how a model does on *unseen* data we hold some data back (MML §8.2.4):
//   train_test_split — one random split into a training and a test set;
//   k_fold           — K-fold cross-validation: the examples are shuffled and cut into K nearly
//                      equal folds; each fold is the validation set once, the other K − 1 train.
// Both shuffle with mml's Rng, so a seed gives the same split on every machine.
//
// Standardisation maps each feature to mean 0 and standard deviation 1, x̃_d = (x_d − μ_d)/σ_d,
// with μ and σ fitted on the *training* data only (fitting them on all data leaks the test set).
//
// Reading and writing data files: csv.hpp. Conventions (README, "Conventions"): X is N × D with
// one example per row, y has N entries.
#pragma once

#include "mml/core/matrix.hpp"
#include "mml/core/vector.hpp"
#include "mml/prob/rng.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace mml {

struct Dataset {
    Matrix X;  // N × D: example n is row n
    Vector y;  // N targets
    std::size_t size() const { return X.rows(); }
};

// A Dataset after checking that X and y have the same number of examples, N ≥ 1, and all
// values are finite (DimensionError / DomainError otherwise).
Dataset make_dataset(const Matrix& X, const Vector& y);

// DomainError unless N ≥ needed — "fewer examples than parameters" and "empty data set" both
// land here, with a message saying which operation needed how many.
void require_examples(const std::string& operation, std::size_t N, std::size_t needed);

// The examples with the given row indices, in that order (out-of-range indices throw).
Dataset subset(const Dataset& data, const std::vector<std::size_t>& indices);

struct TrainTestSplit {
    Dataset train;
    Dataset test;
};
// A random split with round(test_fraction · N) test examples; 0 < test_fraction < 1, and both
// parts must end up non-empty.
TrainTestSplit train_test_split(const Dataset& data, double test_fraction, Rng& rng);

struct Fold {
    std::vector<std::size_t> train;       // indices of the training examples
    std::vector<std::size_t> validation;  // indices of the held-out examples
};
// K-fold cross-validation folds of {0, …, N−1}: every index is held out exactly once; the fold
// sizes differ by at most one. 2 ≤ K ≤ N.
std::vector<Fold> k_fold(std::size_t N, std::size_t K, Rng& rng);

struct Standardiser {
    Vector mean;    // μ_d of each column of the training inputs
    Vector stddev;  // σ_d (population, ddof 0); a constant column gets σ_d = 1 so it maps to 0
    Matrix transform(const Matrix& X) const;          // (x_d − μ_d)/σ_d, column by column
    Matrix inverse_transform(const Matrix& Z) const;  // z_d σ_d + μ_d
};
Standardiser fit_standardiser(const Matrix& X_train);

}  // namespace mml
