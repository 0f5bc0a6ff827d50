#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

#include <vector>

TEST_CASE("2.09 k-NN: the worked example") {
    const Matrix X{{0, 0}, {0, 1}, {3, 0}, {3, 1}};
    const std::vector<int> labels{0, 0, 1, 1};
    const Vector x{2, 0.5};
    CHECK(exercises::knn_predict(X, labels, x, 3) == 1);
    const Vector y{0.5, 0.5};
    CHECK(exercises::knn_predict(X, labels, y, 1) == 0);
}

// Two well-separated Gaussian clusters: every point predicts its own cluster; agrees with mml::knn_classify.
TEST_CASE("2.09 k-NN: separated clusters and agreement with mml::knn_classify (seeded random)") {
    Rng rng(2009);
    const std::size_t N = 40;
    Matrix X(N, 2);
    std::vector<int> labels(N);
    for (std::size_t n = 0; n < N; ++n) {
        labels[n] = n < N / 2 ? 0 : 1;
        X(n, 0) = (labels[n] ? 5.0 : -5.0) + rng.normal();
        X(n, 1) = rng.normal();
    }
    const InnerProduct euclid = InnerProduct::euclidean(2);
    for (int trial = 0; trial < 30; ++trial) {
        const Vector q{10 * rng.uniform() - 5, 2 * rng.uniform() - 1};
        for (std::size_t k : {1u, 3u, 5u}) CHECK(exercises::knn_predict(X, labels, q, k) == knn_classify(X, labels, q, k, euclid));
    }
    const Vector q{4.5, 0};
    CHECK(exercises::knn_predict(X, labels, q, 5) == 1);
    CHECK_THROWS_AS(exercises::knn_predict(X, labels, q, 0), DomainError);
}
