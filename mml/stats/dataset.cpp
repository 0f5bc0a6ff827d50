// mml/stats/dataset.cpp — data sets, train/test and K-fold splits, standardisation. (MML §8.1–§8.2)
//
// Splits shuffle the indices with mml's Rng (Fisher–Yates, Knuth TAOCP vol. 2 §3.4.2) so a seed
// gives the same split everywhere; K-fold cuts the shuffled order into K nearly equal parts
// (Hastie, Tibshirani & Friedman §7.10). Standardisation uses the column means and population
// standard deviations of the training data (descriptive.hpp).
#include "mml/stats/dataset.hpp"

#include "mml/core/checks.hpp"
#include "mml/core/error.hpp"
#include "mml/stats/descriptive.hpp"

#include <cmath>
#include <numeric>
#include <sstream>

namespace mml {

Dataset make_dataset(const Matrix& X, const Vector& y) {
    require_rows_match("make_dataset (X has one row per example, y one entry)", X, y);
    require_examples("make_dataset", X.rows(), 1);
    require_finite("make_dataset (inputs X)", X);
    require_finite("make_dataset (targets y)", y);
    return {X, y};
}

void require_examples(const std::string& operation, std::size_t N, std::size_t needed) {
    if (N >= needed) return;
    std::ostringstream msg;
    if (N == 0)
        msg << operation << ": the data set is empty; it needs at least " << needed << " example(s)";
    else
        msg << operation << ": " << N << " example(s) but at least " << needed
            << " are needed (e.g. one per parameter to fit); add data or use a model with fewer parameters";
    throw DomainError(msg.str());
}

Dataset subset(const Dataset& data, const std::vector<std::size_t>& indices) {
    Dataset part{Matrix(indices.size(), data.X.cols()), Vector(indices.size())};
    for (std::size_t k = 0; k < indices.size(); ++k) {
        part.X.set_row(k, data.X.row(indices[k]));  // row() checks the index
        part.y[k] = data.y[indices[k]];
    }
    return part;
}

TrainTestSplit train_test_split(const Dataset& data, double test_fraction, Rng& rng) {
    if (!(test_fraction > 0.0 && test_fraction < 1.0)) {
        std::ostringstream msg;
        msg << "train_test_split: test_fraction = " << test_fraction << " must lie strictly between 0 and 1 (e.g. 0.2)";
        throw DomainError(msg.str());
    }
    const std::size_t N = data.size();
    const auto n_test = static_cast<std::size_t>(std::llround(test_fraction * static_cast<double>(N)));
    if (n_test == 0 || n_test == N) {
        std::ostringstream msg;
        msg << "train_test_split: " << N << " examples with test_fraction = " << test_fraction << " leaves "
            << (n_test == 0 ? "no test" : "no training") << " examples; use more data or another fraction";
        throw DomainError(msg.str());
    }
    std::vector<std::size_t> order(N);
    std::iota(order.begin(), order.end(), std::size_t{0});
    rng.shuffle(order);
    const std::vector<std::size_t> test(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n_test));
    const std::vector<std::size_t> train(order.begin() + static_cast<std::ptrdiff_t>(n_test), order.end());
    return {subset(data, train), subset(data, test)};
}

std::vector<Fold> k_fold(std::size_t N, std::size_t K, Rng& rng) {
    if (K < 2 || K > N) {
        std::ostringstream msg;
        msg << "k_fold: K = " << K << " folds of N = " << N << " examples; need 2 ≤ K ≤ N (K = 5 or 10 is usual)";
        throw DomainError(msg.str());
    }
    std::vector<std::size_t> order(N);
    std::iota(order.begin(), order.end(), std::size_t{0});
    rng.shuffle(order);
    std::vector<Fold> folds(K);
    // Fold k holds the shuffled positions [kN/K, (k+1)N/K): sizes differ by at most one.
    for (std::size_t k = 0; k < K; ++k) {
        const std::size_t begin = k * N / K, end = (k + 1) * N / K;
        for (std::size_t p = 0; p < N; ++p)
            (p >= begin && p < end ? folds[k].validation : folds[k].train).push_back(order[p]);
    }
    return folds;
}

Standardiser fit_standardiser(const Matrix& X_train) {
    require_examples("fit_standardiser", X_train.rows(), 1);
    const Matrix S = covariance(X_train);
    Standardiser s{mean(X_train), Vector(X_train.cols())};
    for (std::size_t d = 0; d < X_train.cols(); ++d) s.stddev[d] = S(d, d) > 0.0 ? std::sqrt(S(d, d)) : 1.0;
    return s;
}

Matrix Standardiser::transform(const Matrix& X) const {
    if (X.cols() != mean.size()) {
        std::ostringstream msg;
        msg << "Standardiser::transform: fitted on " << mean.size() << " columns but X is " << shape_string(X.rows(), X.cols())
            << "; transform data with the same features as the training data";
        throw DimensionError(msg.str());
    }
    Matrix Z(X.rows(), X.cols());
    for (std::size_t n = 0; n < X.rows(); ++n)
        for (std::size_t d = 0; d < X.cols(); ++d) Z(n, d) = (X(n, d) - mean[d]) / stddev[d];
    return Z;
}

Matrix Standardiser::inverse_transform(const Matrix& Z) const {
    if (Z.cols() != mean.size()) {
        std::ostringstream msg;
        msg << "Standardiser::inverse_transform: fitted on " << mean.size() << " columns but Z is "
            << shape_string(Z.rows(), Z.cols());
        throw DimensionError(msg.str());
    }
    Matrix X(Z.rows(), Z.cols());
    for (std::size_t n = 0; n < Z.rows(); ++n)
        for (std::size_t d = 0; d < Z.cols(); ++d) X(n, d) = Z(n, d) * stddev[d] + mean[d];
    return X;
}

}  // namespace mml
